// The <pronto-badge> budgets (DESIGN.md): total transfer of the widget's
// JavaScript and wasm, gzipped, and the first render after the script loads
// on localhost, in Debian's Chromium. Prints JSON lines like the other benches:
//   {"name":"badge_widget_transfer_gzip","unit":"bytes","ours":…,"budget":61440,"files":{…}}
//   {"name":"badge_first_render","unit":"ms","ours":…,"budget":100,"runs":[…]}
//   node tests/bench/widget.bench.mjs          (after scripts/build)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve.mjs';

const widget = fileURLToPath(new URL('../../build/widget/', import.meta.url));
const files = ['pronto-badge-define.js', 'pronto-badge.js', 'pronto-badge-core.mjs', 'pronto-badge-core.wasm'];
const sizes = Object.fromEntries(files.map((f) => [f, gzipSync(readFileSync(`${widget}${f}`), { level: 9 }).length]));
const total = Object.values(sizes).reduce((a, b) => a + b, 0);
console.log(JSON.stringify({ name: 'badge_widget_transfer_gzip', unit: 'bytes', ours: total, budget: 61440, files: sizes }));

const server = await startServer({ port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.PRONTO_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const runs = [];
try {
  for (let i = 0; i < 7; i++) {
    const context = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome' });
    const page = await context.newPage();
    const data = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/brand/pronto-badge.json', import.meta.url))));
    await page.clock.setFixedTime(data.computedAt);
    await page.goto(`${server.url}/brand/widget-test.html`);
    // From the moment the widget's scripts have loaded (the define module
    // evaluated) to the first render with figures: data fetch, wasm, compute, DOM.
    const ms = await page.evaluate(() => new Promise((resolve) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/widget/pronto-badge-define.js';
      script.onload = () => {
        const loaded = performance.now();
        const badge = document.createElement('pronto-badge');
        badge.setAttribute('src', '/brand/pronto-badge.json');
        badge.addEventListener('render', (e) => {
          if (e.detail.state !== 'loading') resolve(performance.now() - loaded);
        });
        document.getElementById('host').append(badge);
      };
      document.head.append(script);
    }));
    runs.push(Math.round(ms * 10) / 10);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const sorted = [...runs].sort((a, b) => a - b);
console.log(JSON.stringify({ name: 'badge_first_render', unit: 'ms', ours: sorted[Math.floor(sorted.length / 2)],
  budget: 100, worst: sorted[sorted.length - 1], runs }));
