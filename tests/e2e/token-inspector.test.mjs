// The first slice through every layer, in a real browser: a fixture page on
// 127.0.0.1 → the extension's content script → its module service worker →
// the wasm core → tokens shown on the page. Also under a strict page CSP.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { launchWithExtension, extensionDir } from './browser.mjs';

let browser;
before(async () => {
  browser = await launchWithExtension();
});
after(async () => {
  await browser?.close();
});

/** Reads the chips the overlay under `fieldSelector` shows: [kind, text, start, end]. */
async function shownTokens(page, index) {
  const panel = page.locator('pronto-overlay[data-pronto="token-inspector"]').nth(index).locator('.panel');
  await panel.locator('[data-kind]').first().waitFor({ timeout: 10000 });
  return panel.locator('li').evaluateAll((items) =>
    items.map((li) => [li.dataset.kind, li.firstChild.textContent, Number(li.dataset.start), Number(li.dataset.end)]));
}

test('the extension is the real unpacked build with the wasm CSP', async () => {
  const manifest = JSON.parse(await readFile(`${extensionDir}/manifest.json`, 'utf8'));
  assert.equal(manifest.manifest_version, 3);
  assert.equal(manifest.background.type, 'module');
  assert.match(manifest.content_security_policy.extension_pages, /'wasm-unsafe-eval'/);
  assert.match(browser.worker.url(), /^chrome-extension:\/\/[a-p]{32}\/service-worker\.js$/);
});

test('the service worker hosts the wasm core', async () => {
  const { version, tokens } = await browser.worker.evaluate(async () => {
    const pronto = await globalThis.prontoCore;
    return { version: pronto.version, tokens: pronto.tokenize('Ciao 👋🏽 :)').map((t) => t.kind) };
  });
  assert.match(version, /^\d+\.\d+\.\d+$/);
  assert.deepEqual(tokens, ['word', 'emoji', 'emoticon']);
});

for (const path of ['/inspect.html', '/strict/inspect.html']) {
  test(`tokens of page text are shown on ${path}`, async () => {
    const page = await browser.context.newPage();
    const csp = [];
    page.on('response', (r) => {
      if (r.url().endsWith(path)) csp.push(r.headers()['content-security-policy'] ?? '');
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(browser.baseUrl + path);
    if (path.startsWith('/strict/')) assert.match(csp[0], /script-src 'self'/);

    const tokens = await shownTokens(page, 0);
    const kinds = Object.fromEntries(tokens.map(([kind, text]) => [text, kind]));
    assert.equal(kinds['@BrandIT_help'], 'mention');
    assert.equal(kinds['#fail'], 'hashtag');
    assert.equal(kinds['😡'], 'emoji');
    assert.equal(kinds[':-('], 'emoticon');
    assert.equal(kinds['https://example.com/ordini'], 'url');
    assert.equal(kinds['12345'], 'number');
    // UTF-16 offsets slice the page's own string.
    const value = await page.locator('#draft').inputValue();
    for (const [, text, start, end] of tokens) assert.equal(value.slice(start, end), text);

    // The contenteditable paragraph is read too.
    const note = await shownTokens(page, 1);
    assert.deepEqual(note.map(([kind]) => kind), ['word', 'word', 'emoji', 'emoticon', 'word', 'word', 'email']);

    // Typing updates the tokens.
    await page.locator('#draft').fill('Grazie mille ❤️ @anna');
    await page.waitForFunction(() => {
      const host = document.querySelector('pronto-overlay[data-pronto="token-inspector"]');
      return host?.shadowRoot.querySelectorAll('li').length === 4;
    });
    assert.deepEqual((await shownTokens(page, 0)).map(([kind, text]) => `${kind}:${text}`),
      ['word:Grazie', 'word:mille', 'emoji:❤️', 'mention:@anna']);

    // Page CSS does not reach the overlay (the fixture sets li { color: red !important }).
    const color = await page.locator('pronto-overlay').first().locator('li').first()
      .evaluate((li) => getComputedStyle(li).color);
    assert.notEqual(color, 'rgb(255, 0, 0)');
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the strict page itself cannot compile wasm (why the core lives in the worker)', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${browser.baseUrl}/strict/inspect.html`);
  const outcome = await page.evaluate(async () => {
    try {
      await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      return 'compiled';
    } catch (err) {
      return err.name;
    }
  });
  assert.equal(outcome, 'CompileError');
  await page.close();
});

test('no request left the machine', () => {
  assert.deepEqual(browser.offsite, []);
});
