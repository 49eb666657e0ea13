// The popup and the options page, opened as extension pages with the real
// worker: values render; invalid settings show the worker's error naming the
// field, keep what was typed and save nothing; a template import error names
// the template; the UI language switches between Italian and English.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchWithExtension } from './browser.mjs';

let browser;
let base;
before(async () => {
  browser = await launchWithExtension();
  base = `chrome-extension://${new URL(browser.worker.url()).host}`;
});
after(async () => {
  await browser?.close();
});

async function ask(page, channel, payload = {}) {
  const response = await page.evaluate(([c, p]) => chrome.runtime.sendMessage({ ...p, channel: c }), [channel, payload]);
  if (!response.ok) throw new Error(response.error.message);
  return response.result;
}

async function openOptions() {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err));
  await page.goto(`${base}/options/options.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
  return { page, errors };
}

test('the popup shows today, 7 and 30 days, the badge and the next level', async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err));
  await page.goto(`${base}/popup/popup.html`);
  const now = Date.now();
  const MIN = 60_000;
  await ask(page, 'events.observe', {
    events: [
      { channel: 'x', thread: 'popup-1', kind: 'customer', at: now - 3 * 60 * MIN },
      { channel: 'x', thread: 'popup-1', kind: 'brand', at: now - 3 * 60 * MIN + 10 * MIN },
      { channel: 'facebook', thread: 'popup-2', kind: 'customer', at: now - 5 * MIN },
    ],
  });
  await page.reload();
  await page.waitForSelector('main[aria-busy="false"]');
  const shown = await page.evaluate(() => Object.fromEntries(['waiting', 'breaches', 'rate-7d', 'rate-30d', 'typical-7d',
    'conv-30d', 'badge-headline', 'next'].map((id) => [id, document.getElementById(id).textContent])));
  assert.ok(Number(shown.waiting) >= 1, shown.waiting);
  assert.match(shown.breaches, /^\d+$/);
  assert.match(shown['rate-7d'], /%/);
  assert.match(shown['rate-30d'], /%/);
  assert.match(shown['typical-7d'], /^\d+ (s|min|h \d+ min)$/);  // business time: may be 0 s off hours
  assert.ok(Number(shown['conv-30d']) >= 2);
  assert.notEqual(shown['badge-headline'], '–');
  assert.match(shown.next, /Next level|top level/);
  assert.equal(await page.locator('#error').isHidden(), true);
  assert.equal(await page.locator('a#open-trainer').getAttribute('href'), '../trainer/index.html');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the options page renders the settings, the hours and the library', async () => {
  const { page, errors } = await openOptions();
  assert.equal(await page.locator('#language').inputValue(), 'auto');
  assert.ok(await page.locator('#time-zone option').count() > 100);
  assert.ok(await page.locator('#time-zone option[value="Europe/Rome"]').count() === 1);
  assert.equal(await page.locator('#first-response').inputValue(), '60');
  assert.equal(await page.locator('#hours .day').count(), 7);
  assert.deepEqual(await page.locator('.day[data-day="mon"] .shift input').evaluateAll((inputs) => inputs.map((i) => i.value)),
    ['09:00', '18:00']);
  assert.equal(await page.locator('.day[data-day="sun"] .shift').count(), 0);
  assert.match(await page.locator('#templates-count').textContent(), /^\d+ saved replies$/);
  assert.ok(JSON.parse(await page.locator('#templates-json').inputValue()).templates.length > 10);

  // A split shift on Monday and a holiday save through the worker.
  await page.locator('.day[data-day="mon"] button.add').click();
  const mon = page.locator('.day[data-day="mon"] .shift');
  await mon.nth(0).locator('[data-role="to"]').fill('13:00');
  await mon.nth(1).locator('[data-role="from"]').fill('14:00');
  await mon.nth(1).locator('[data-role="to"]').fill('18:00');
  await page.locator('#holiday-new').fill('2026-12-25');
  await page.locator('#holiday-add').click();
  await page.locator('#save').click();
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Settings saved.');
  const saved = await ask(page, 'settings.get');
  assert.deepEqual(saved.policy.hours.mon, [['09:00', '13:00'], ['14:00', '18:00']]);
  assert.deepEqual(saved.policy.holidays, ['2026-12-25']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('invalid settings show the field error, keep what was typed and save nothing', async () => {
  const { page, errors } = await openOptions();
  const before = await ask(page, 'settings.get');
  const long = 'A'.repeat(120);
  await page.locator('#agent').fill(long);
  await page.locator('#first-response').fill('45');
  await page.locator('#save').click();
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.locator('#error').textContent(), /settings\.agent/);
  assert.equal(await page.locator('#agent').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'agent');
  assert.equal(await page.locator('#agent').inputValue(), long);
  assert.equal(await page.locator('#first-response').inputValue(), '45');
  assert.deepEqual(await ask(page, 'settings.get'), before);

  // Rules that are not JSON: the error says where; those that are JSON but wrong: the core says which.
  await page.locator('#agent').fill('Giulia');
  await page.locator('#rules').fill('{"schema": 1, "rules": [}');
  await page.locator('#save').click();
  await page.waitForSelector('#rules-error:not([hidden])');
  assert.match(await page.locator('#rules-error').textContent(), /line 1, column \d+/);
  assert.equal(await page.locator('#rules').inputValue(), '{"schema": 1, "rules": [}');
  await page.locator('#rules').fill('{"schema": 1, "rules": [{"id": "no-asap", "severity": "loud"}]}');
  await page.locator('#save').click();
  await page.waitForFunction(() => /settings\.rules/.test(document.getElementById('rules-error').textContent));
  assert.deepEqual(await ask(page, 'settings.get'), before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a template import error names the template and changes nothing', async () => {
  const { page, errors } = await openOptions();
  const before = await ask(page, 'templates.get');
  const bad = { schema: 1, templates: [
    { id: 'fine-one', title: 'Fine', language: 'en', channels: ['x'], visibility: ['public'], body: 'Hi {{first_name|there}}, thanks!' },
    { id: 'broken-refund', title: 'Refund', language: 'en', channels: ['x'], visibility: ['public'] },
  ] };
  await page.locator('#templates-file').setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await page.waitForSelector('#templates-error:not([hidden])');
  assert.match(await page.locator('#templates-error').textContent(), /broken-refund/);
  assert.deepEqual(await ask(page, 'templates.get'), before);

  // A good CSV file merges.
  const good = { schema: 1, templates: [{ id: 'options-test', title: 'Options test', language: 'en', channels: ['x', 'facebook'], visibility: ['public', 'private'], body: 'Hi {{first_name|there}}, thanks for writing!' }] };
  await page.locator('#templates-file').setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await page.waitForFunction(() => /1 added/.test(document.getElementById('status').textContent));
  assert.ok((await ask(page, 'templates.get')).templates.some((t) => t.id === 'options-test'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('the language switches between Italian and English', async () => {
  const { page, errors } = await openOptions();
  await page.locator('#language').selectOption('it');
  await page.locator('#save').click();
  await page.waitForFunction(() => document.querySelector('h1').textContent === 'Impostazioni di Pronto');
  assert.equal(await page.locator('#status').textContent(), 'Impostazioni salvate.');
  assert.equal(await page.locator('.day[data-day="mon"] .name').textContent(), 'lunedì');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'it');

  const popup = await browser.context.newPage();
  await popup.goto(`${base}/popup/popup.html`);
  await popup.waitForSelector('main[aria-busy="false"]');
  assert.equal(await popup.locator('#today-title').textContent(), 'Oggi');
  await popup.close();

  await page.locator('#language').selectOption('en');
  await page.locator('#save').click();
  await page.waitForFunction(() => document.querySelector('h1').textContent === 'Pronto settings');
  assert.deepEqual(errors, []);
  await page.close();
});
