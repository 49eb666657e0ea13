#!/usr/bin/env node
// Serves the demo site and the test fixtures (tests/fixtures) on 127.0.0.1
// only. Every page is also served under /strict/ (/strict/inspect.html is
// inspect.html) with a strict Content-Security-Policy, as Facebook and X send,
// to prove Pronto works where the page forbids inline code and wasm.
//
//   node scripts/serve.mjs [--port 8080] [--root DIR] [--live]   (port 0: any free port;
//                          --live: fixture timestamps relative to now, for the demo)
//   import { startServer } from './serve.mjs'              (tests)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

// The instant the X and Facebook fixtures' timestamps are written against
// (the browser tests pin the clock here). With `live`, the server moves every
// ISO timestamp in those pages by (now − this), so the demo's timers read as
// if the messages had just arrived.
export const FIXTURE_NOW = Date.UTC(2026, 10, 14, 12, 0);  // Sat 14 Nov 2026, 13:00 in Rome
const isoStamp = /\b20\d\d-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,3})?)?Z\b/g;

/** Shifts every ISO UTC timestamp in `html` by `deltaMs`. */
export function shiftTimestamps(html, deltaMs) {
  return html.replace(isoStamp, (stamp) => new Date(Date.parse(stamp) + deltaMs).toISOString());
}

export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";
const defaultRoot = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));
// Other parts of the demo site, by URL prefix: the built wasm core (and the
// badge build under /core/badge/), trainer mode and the extension's shared
// scripts it imports, the assembled widget and the shipped assets (decks,
// template libraries).
const mounts = [
  ['/core/', `${repo}build/wasm/dist/`],
  ['/trainer/', `${repo}extension/trainer/`],
  ['/shared/', `${repo}extension/shared/`],
  ['/widget/', `${repo}build/widget/`],
  ['/assets/', `${repo}assets/`],
];

/** Starts the server; resolves with {server, port, url, close()}. */
export function startServer({ root = defaultRoot, port = 8080, host = '127.0.0.1', live = false } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const strict = path.startsWith('/strict/');
    const sitePath = strict ? path.slice('/strict'.length) : path;
    const mount = root === defaultRoot ? mounts.find(([prefix]) => sitePath.startsWith(prefix)) : undefined;
    const dir = mount ? resolve(mount[1]) : base;
    let file = normalize(join(dir, mount ? sitePath.slice(mount[0].length) : sitePath));
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (live && extname(file) === '.html' && /^\/(x|facebook)\//.test(sitePath)) {
        body = shiftTimestamps(body.toString('utf8'), Date.now() - FIXTURE_NOW);
      }
      const headers = { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
      if (strict) headers['Content-Security-Policy'] = strictCsp;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`not found: ${path}`);
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolvePromise({
        server,
        port: actual,
        url: `http://${host}:${actual}`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
  };
  const port = Number(option('--port', process.env.PORT ?? 8080));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: --port must be a whole number from 0 to 65535, got '${option('--port')}'`);
    process.exit(2);
  }
  startServer({ root: option('--root', defaultRoot), port, live: args.includes('--live') }).then(
    ({ url }) => console.log(`Pronto demo site: ${url}/`),
    (err) => {
      console.error(`serve: cannot listen on 127.0.0.1:${port}: ${err.code ?? err.message}` +
                    (err.code === 'EADDRINUSE' ? ' (try --port 0 or PORT=8081)' : ''));
      process.exit(1);
    },
  );
}
