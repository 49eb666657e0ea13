// The demo/fixture server: loopback only, /strict/ adds the CSP, mounts, no
// path escapes, and --live moves fixture timestamps to "now".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';

import { startServer, shiftTimestamps, FIXTURE_NOW } from '../../scripts/serve.mjs';

test('live mode moves the X and Facebook fixtures to now', async () => {
  const server = await startServer({ port: 0, live: true });
  try {
    const html = await (await fetch(`${server.url}/x/notifications.en.html`)).text();
    const stamps = [...html.matchAll(/datetime="([^"]+)"/g)].map((m) => Date.parse(m[1]));
    assert.ok(stamps.length > 0);
    const newest = Math.max(...stamps);
    assert.ok(Math.abs(Date.now() - newest) < 3 * 86400000, 'the newest message is recent');
    assert.ok(newest <= Date.now() + 1000, 'nothing in the future');
    const fixed = await startServer({ port: 0 });
    try {
      const original = await (await fetch(`${fixed.url}/x/notifications.en.html`)).text();
      assert.ok(original.includes('2026-11-14T10:30:00.000Z'), 'without --live the fixture is unchanged');
    } finally {
      await fixed.close();
    }
  } finally {
    await server.close();
  }
});

test('shiftTimestamps keeps the form and moves by the delta', () => {
  assert.equal(shiftTimestamps('<time datetime="2026-11-14T10:30:00.000Z">', 3600000),
    '<time datetime="2026-11-14T11:30:00.000Z">');
  assert.equal(new Date(FIXTURE_NOW).toISOString(), '2026-11-14T12:00:00.000Z');
});

test('strict pages carry the CSP; paths cannot leave the served folders', async () => {
  const server = await startServer({ port: 0 });
  try {
    const strict = await fetch(`${server.url}/strict/inspect.html`);
    assert.match(strict.headers.get('content-security-policy'), /script-src 'self'/);
    assert.equal((await fetch(`${server.url}/inspect.html`)).headers.get('content-security-policy'), null);
    // fetch() normalises "..", so send the raw request line.
    const status = await new Promise((resolve, reject) => {
      get({ host: '127.0.0.1', port: server.port, path: '/..%2f..%2fREADME.md' }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on('error', reject);
    });
    assert.equal(status, 403);
    assert.equal((await fetch(`${server.url}/core/pronto.mjs`)).status, 200);
    assert.equal(server.server.address().address, '127.0.0.1');
  } finally {
    await server.close();
  }
});
