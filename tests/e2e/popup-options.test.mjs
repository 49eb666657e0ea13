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
  await page.locator('#rules-advanced summary').click();
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

// ── The template form editor ────────────────────────────────────────────────

/** The ids of the options the list shows, in order. */
const listedIds = (page) => page.locator('#template-list [role="option"]').evaluateAll((items) => items.map((i) => i.dataset.id));

async function saveTemplateForm(page) {
  await page.locator('#template-save').click();
  await page.waitForFunction(() => /saved replies in the library|Not saved/.test(
    document.getElementById('template-status').textContent + document.getElementById('template-form-error').textContent));
}

test('the template form finds, edits and saves a saved reply through the worker', async () => {
  const { page, errors } = await openOptions();
  const before = await ask(page, 'templates.get');
  assert.equal(await page.locator('#template-list [role="option"]').count(), before.templates.length);
  assert.match(await page.locator('#template-shown').textContent(), new RegExp(`^${before.templates.length} of ${before.templates.length} shown$`));

  // Language filter and search (accents and case ignored) narrow the list.
  await page.locator('#template-language-filter').selectOption('en');
  assert.deepEqual(await listedIds(page), before.templates.filter((t) => t.language === 'en').map((t) => t.id));
  await page.locator('#template-language-filter').selectOption('it');
  await page.locator('#template-search').fill('CONSEGNA RITARDO');
  const found = await listedIds(page);
  assert.ok(found.includes('it-delivery-delay') && found.every((id) => id.startsWith('it-')), found.join());
  assert.ok(found.length < 10, found.join());
  await page.locator('#template-search').fill('zzz-nothing-matches');
  assert.equal(await page.locator('#template-list [role="option"]').count(), 0);
  assert.equal(await page.locator('#template-list-empty').isVisible(), true);
  await page.locator('#template-search').fill('consegna ritardo');

  // The form shows every field of the template.
  await page.locator('#template-list [data-id="it-delivery-delay"]').click();
  const stored = before.templates.find((t) => t.id === 'it-delivery-delay');
  assert.equal(await page.locator('[data-id="it-delivery-delay"]').getAttribute('aria-selected'), 'true');
  assert.equal(await page.locator('#tpl-id').inputValue(), stored.id);
  assert.equal(await page.locator('#tpl-title').inputValue(), stored.title);
  assert.equal(await page.locator('#tpl-language').inputValue(), 'it');
  assert.equal(await page.locator('#tpl-body').inputValue(), stored.body);
  assert.equal(await page.locator('#tpl-triggers').inputValue(), stored.triggers.join('\n'));
  assert.equal(await page.locator('#tpl-tags').inputValue(), stored.tags.join(', '));
  assert.deepEqual(await page.locator('#tpl-variants textarea').evaluateAll((n) => n.map((x) => x.value)), stored.variants);
  assert.equal(await page.locator('#tpl-notes').inputValue(), stored.notes);
  const checked = (name) => page.locator(`#template-form input[name="${name}"]:checked`).evaluateAll((n) => n.map((x) => x.value));
  assert.deepEqual(await checked('channels'), stored.channels);
  assert.deepEqual(await checked('visibility'), stored.visibility);
  assert.deepEqual(await checked('intents'), stored.intents);

  // Edit the text, a channel and a title that looks like markup; save.
  const body = 'Ciao {{first_name|}}, ci scusiamo per il ritardo: controllo subito con il corriere.';
  const title = '<img src=x onerror="window.__xss = 1">Ritardo';
  await page.locator('#tpl-body').fill(body);
  await page.locator('#tpl-title').fill(title);
  await page.locator('#template-form input[name="visibility"][value="private"]').check();
  assert.match(await page.locator('#template-dirty').textContent(), /Unsaved/);
  await saveTemplateForm(page);
  assert.match(await page.locator('#template-status').textContent(), new RegExp(`^Changes saved: ${before.templates.length} saved replies`));
  assert.equal(await page.locator('#template-dirty').textContent(), '');
  const after = await ask(page, 'templates.get');
  const edited = after.templates.find((t) => t.id === 'it-delivery-delay');
  assert.equal(edited.body, body);
  assert.equal(edited.title, title);
  assert.deepEqual(edited.visibility, ['public', 'private']);
  // Nothing else changed, and the order is kept.
  assert.deepEqual(after.templates.map((t) => t.id), before.templates.map((t) => t.id));
  assert.deepEqual(after.templates.filter((t) => t.id !== 'it-delivery-delay'), before.templates.filter((t) => t.id !== 'it-delivery-delay'));
  // Untrusted text stays text.
  assert.equal(await page.locator('#template-list img, #template-form-title img').count(), 0);
  assert.equal(await page.locator('[data-id="it-delivery-delay"] .template-option-title').textContent(), title);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  // The advanced JSON view shows the saved library.
  await page.locator('#templates-advanced summary').click();
  assert.equal(JSON.parse(await page.locator('#templates-json').inputValue()).templates.find((t) => t.id === 'it-delivery-delay').body, body);

  // Keyboard: arrows move through the list and open each template.
  await page.locator('[data-id="it-delivery-delay"]').focus();
  await page.keyboard.press('End');
  const last = (await listedIds(page)).at(-1);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), last);
  assert.equal(await page.locator('#tpl-id').inputValue(), last);
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tpl-title');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an invalid template shows the core error naming template and field, keeps the typing and stores nothing', async () => {
  const { page, errors } = await openOptions();
  const before = await ask(page, 'templates.get');
  const index = before.templates.findIndex((t) => t.id === 'en-lost-parcel');

  // Empty the reply text of one template, then move to another one and save.
  await page.locator('[data-id="en-lost-parcel"]').click();
  await page.locator('#tpl-body').fill('');
  await page.locator('#tpl-title').fill('Lost parcel, edited');
  await page.locator('[data-id="en-wrong-item"]').click();
  await page.locator('#tpl-notes').fill('Typed notes that must survive the error');
  await saveTemplateForm(page);
  const message = await page.locator('#template-form-error').textContent();
  assert.match(message, new RegExp(`template 'en-lost-parcel' \\(#${index + 1}\\), field 'body'`));
  assert.match(message, /“Lost parcel, edited”, field “Reply text”/);
  assert.deepEqual(await ask(page, 'templates.get'), before);
  // The form opened the template at fault and points at the field.
  assert.equal(await page.locator('#tpl-id').inputValue(), 'en-lost-parcel');
  assert.equal(await page.locator('#tpl-body').getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#tpl-body').getAttribute('aria-describedby'), /\btemplate-form-error\b/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tpl-body');
  assert.equal(await page.locator('#tpl-title').inputValue(), 'Lost parcel, edited');
  await page.locator('[data-id="en-wrong-item"]').click();
  assert.equal(await page.locator('#tpl-notes').inputValue(), 'Typed notes that must survive the error');
  assert.equal(await page.locator('[data-id="en-wrong-item"] .template-option-edited').count(), 1);

  // A duplicate id: the copy is named, its id field marked.
  await page.locator('[data-id="en-lost-parcel"]').click();
  await page.locator('#tpl-body').fill('Hi {{first_name|there}}, I am sorry the parcel has not arrived.');
  await page.locator('#template-duplicate').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tpl-id');
  assert.equal(await page.locator('#tpl-id').inputValue(), 'en-lost-parcel-copy');
  await page.locator('#tpl-id').fill('en-lost-parcel');
  await saveTemplateForm(page);
  assert.match(await page.locator('#template-form-error').textContent(),
    new RegExp(`template 'en-lost-parcel' \\(#${index + 2}\\), field 'id': duplicates template #${index + 1}`));
  assert.equal(await page.locator('#tpl-id').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tpl-id');
  assert.deepEqual(await ask(page, 'templates.get'), before);

  // Fixed: the error goes away and everything saves.
  await page.locator('#tpl-id').fill('en-lost-parcel-courier');
  await saveTemplateForm(page);
  assert.equal(await page.locator('#template-form-error').isHidden(), true);
  assert.equal(await page.locator('#tpl-id').getAttribute('aria-invalid'), null);
  const after = await ask(page, 'templates.get');
  assert.equal(after.templates.length, before.templates.length + 1);
  assert.equal(after.templates[index + 1].id, 'en-lost-parcel-courier');
  assert.equal(after.templates.find((t) => t.id === 'en-wrong-item').notes, 'Typed notes that must survive the error');
  assert.deepEqual(errors, []);
  await page.close();
});

// Clicks the button `value` of the open modal `dialog` and waits until its
// "close" event has run: the event is queued as a task, so the page's own
// listener (registered first) has finished when this one-shot one fires.
async function answerDialog(page, dialog, value) {
  await page.locator(dialog).evaluate((d) => {
    d.dataset.testClosed = '';
    d.addEventListener('close', () => { d.dataset.testClosed = 'yes'; }, { once: true });
  });
  await page.locator(`${dialog} button[value="${value}"]`).click();
  await page.waitForFunction((sel) => document.querySelector(sel).dataset.testClosed === 'yes', dialog);
}

test('New, then Delete with confirmation, each change exactly one template', async () => {
  const { page, errors } = await openOptions();
  const before = await ask(page, 'templates.get');

  await page.locator('#template-new').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tpl-title');
  await page.locator('#tpl-title').fill('Opening hours');
  await page.locator('#tpl-id').fill('en-opening-hours');
  await page.locator('#tpl-language').selectOption('en');
  await page.locator('#template-form input[name="channels"][value="facebook"]').uncheck();
  await page.locator('#template-form input[name="visibility"][value="public"]').uncheck();
  await page.locator('#template-form input[name="intents"][value="question"]').check();
  await page.locator('#tpl-body').fill('Hi {{first_name|there}}, we are open 9:00 to 18:00, Monday to Friday. {{agent|}}');
  await page.locator('#tpl-variant-add').click();
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Variant 1');
  await page.keyboard.type('Hello {{first_name|there}}, our hours are 9:00 to 18:00 on weekdays.');
  await page.locator('#tpl-triggers').fill('opening hours\nwhen are you open\n\n  open on sunday  ');
  await page.locator('#tpl-tags').fill('hours, shop');
  await page.locator('#tpl-patterns').fill('(?i)\\bopen(?:ing)?\\b');
  await page.locator('#tpl-notes').fill('Holiday hours are on the website.');
  await saveTemplateForm(page);
  const added = await ask(page, 'templates.get');
  assert.equal(added.templates.length, before.templates.length + 1);
  assert.deepEqual(added.templates.at(-1), {
    id: 'en-opening-hours', title: 'Opening hours', language: 'en', channels: ['x'], visibility: ['private'],
    intents: ['question'], tags: ['hours', 'shop'], triggers: ['opening hours', 'when are you open', 'open on sunday'],
    patterns: ['(?i)\\bopen(?:ing)?\\b'],
    body: 'Hi {{first_name|there}}, we are open 9:00 to 18:00, Monday to Friday. {{agent|}}',
    variants: ['Hello {{first_name|there}}, our hours are 9:00 to 18:00 on weekdays.'],
    notes: 'Holiday hours are on the website.',
  });
  assert.deepEqual(added.templates.slice(0, -1), before.templates);

  // Delete asks first; "Keep it" keeps it.
  await page.locator('#template-search').fill('');
  await page.locator('#template-language-filter').selectOption('');
  const victim = before.templates[3].id;
  await page.locator(`[data-id="${victim}"]`).click();
  await page.locator('#template-delete').click();
  assert.equal(await page.locator('#template-delete-dialog').evaluate((d) => d.open), true);
  assert.match(await page.locator('#template-delete-text').textContent(), new RegExp(`\\(${victim}\\)`));
  await answerDialog(page, '#template-delete-dialog', 'cancel');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'template-delete');
  assert.equal(await page.locator(`[data-id="${victim}"]`).count(), 1);
  await page.locator('#template-delete').click();
  await answerDialog(page, '#template-delete-dialog', 'delete');
  assert.equal(await page.locator(`[data-id="${victim}"]`).count(), 0);
  // The next template is selected and focused; saving removes exactly the one deleted.
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), before.templates[4].id);
  await saveTemplateForm(page);
  const after = await ask(page, 'templates.get');
  assert.deepEqual(after.templates, added.templates.filter((t) => t.id !== victim));
  assert.deepEqual(errors, []);
  await page.close();
});

// ── Away periods ────────────────────────────────────────────────────────────

test('away periods typed in the policy zone are stored as the right UTC instants across DST', async () => {
  const { page, errors } = await openOptions();
  // The browser runs in Europe/Rome; the policy zone decides, not the browser's.
  await page.locator('#time-zone').selectOption('Europe/Rome');
  assert.match(await page.locator('#away-hint').textContent(), /Europe\/Rome/);

  // The end before the start: an error on the end field, nothing added.
  await page.locator('#away-from').fill('2026-08-17T09:00');
  await page.locator('#away-until').fill('2026-08-10T09:00');
  await page.locator('#away-add').click();
  assert.equal(await page.locator('#away-error').isVisible(), true);
  assert.match(await page.locator('#away-error').textContent(), /after its start/);
  assert.equal(await page.locator('#away-until').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'away-until');
  assert.equal(await page.locator('#away-list li').count(), 0);
  await page.locator('#away-from').fill('');
  await page.locator('#away-add').click();
  assert.match(await page.locator('#away-error').textContent(), /start and the end/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'away-from');

  // The night the clocks go forward in Rome: 01:30 is UTC+1, 04:00 is UTC+2.
  await page.locator('#away-from').fill('2026-03-29T01:30');
  await page.locator('#away-until').fill('2026-03-29T04:00');
  await page.locator('#away-add').click();
  assert.equal(await page.locator('#away-error').isHidden(), true);
  assert.equal(await page.locator('#away-list li').count(), 1);
  assert.equal(await page.locator('#away-list li').first().getAttribute('data-from'), '2026-03-29T01:30');

  // New York, west of UTC, on its own DST day; Enter adds too.
  await page.locator('#time-zone').selectOption('America/New_York');
  assert.equal(await page.locator('#away-list li').first().getAttribute('data-from'), '2026-03-28T20:30');
  await page.locator('#away-from').fill('2026-03-08T01:30');
  await page.locator('#away-until').fill('2026-03-08T03:30');
  await page.locator('#away-until').press('Enter');
  assert.equal(await page.locator('#away-list li').count(), 2);
  await page.locator('#save').click();
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Settings saved.');
  const saved = (await ask(page, 'settings.get')).policy;
  assert.equal(saved.timeZone, 'America/New_York');
  const instants = saved.away.map((a) => [Date.parse(a.from), Date.parse(a.until)].map((ms) => new Date(ms).toISOString()));
  assert.deepEqual(instants.sort(), [
    ['2026-03-08T06:30:00.000Z', '2026-03-08T07:30:00.000Z'],
    ['2026-03-29T00:30:00.000Z', '2026-03-29T02:00:00.000Z'],
  ]);
  assert.deepEqual(saved.away.find((a) => a.from.startsWith('2026-03-29')), { from: '2026-03-29T01:30:00+01:00', until: '2026-03-29T04:00:00+02:00' });

  // After a reload the list shows them in the policy's zone, earliest first; Remove takes out one.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.deepEqual(await page.locator('#away-list li').evaluateAll((items) => items.map((i) => [i.dataset.from, i.dataset.until])),
    [['2026-03-08T01:30', '2026-03-08T03:30'], ['2026-03-28T20:30', '2026-03-28T22:00']]);
  assert.match(await page.locator('#away-list li').first().textContent(), /Mar/);
  await page.locator('#away-list li').first().getByRole('button').click();
  await page.locator('#time-zone').selectOption('Europe/Rome');
  await page.locator('#save').click();
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Settings saved.');
  assert.deepEqual((await ask(page, 'settings.get')).policy.away, [{ from: '2026-03-29T01:30:00+01:00', until: '2026-03-29T04:00:00+02:00' }]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the new editors speak Italian: every label is translated', async () => {
  const { page, errors } = await openOptions();
  await page.locator('#language').selectOption('it');
  await page.locator('#save').click();
  await page.waitForFunction(() => document.querySelector('h1').textContent === 'Impostazioni di Pronto');
  assert.equal(await page.locator('label[for="tpl-body"]').textContent(), 'Testo della risposta');
  assert.equal(await page.locator('label[for="away-from"]').textContent(), "Inizio dell'assenza");
  assert.match(await page.locator('#away-hint').textContent(), /^Gli orari sono nel fuso orario scelto sopra \(Europe\/Rome\)/);
  assert.match(await page.locator('#template-shown').textContent(), /^\d+ di \d+ mostrate$/);
  assert.match(await page.locator('#template-form-title').textContent(), /^Stai modificando: /);
  const untranslated = await page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((node) => node.children.length === 0 && /^(options|day_)\w+$/.test(node.textContent.trim()))
    .map((node) => node.textContent));
  assert.deepEqual(untranslated, []);
  await page.locator('#language').selectOption('en');
  await page.locator('#save').click();
  await page.waitForFunction(() => document.querySelector('h1').textContent === 'Pronto settings');
  assert.deepEqual(errors, []);
  await page.close();
});

test('importing over unsaved form edits asks first, and "cancel" keeps the edits and imports nothing', async () => {
  const { page, errors } = await openOptions();
  const before = await ask(page, 'templates.get');
  await page.locator('#template-list [role="option"]').first().click();
  await page.locator('#template-form textarea').first().fill('An edit not saved yet');
  const good = { schema: 1, templates: [{ id: 'import-guard', title: 'Guard', language: 'en', channels: ['x'], visibility: ['public'], body: 'Hi {{first_name|there}}!' }] };
  const file = { name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) };
  const dialogs = [];
  page.once('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.locator('#templates-file').setInputFiles(file);
  await page.waitForTimeout(300);
  assert.equal(dialogs.length, 1);
  assert.match(dialogs[0], /unsaved changes/);
  assert.deepEqual(await ask(page, 'templates.get'), before);
  assert.equal(await page.locator('#template-form textarea').first().inputValue(), 'An edit not saved yet');

  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('#templates-file').setInputFiles(file);
  await page.waitForFunction(() => /1 added/.test(document.getElementById('status').textContent));
  assert.ok((await ask(page, 'templates.get')).templates.some((t) => t.id === 'import-guard'));
  assert.deepEqual(errors, []);
  await page.close();
});

// ── The team rules editor ───────────────────────────────────────────────────

/** The ids of the rules the list shows, in order. */
const ruleIds = (page) => page.locator('#rule-list [role="option"]').evaluateAll((items) => items.map((i) => i.dataset.id));
const customFindings = (check, id) => check.findings.filter((f) => f.rule === `custom:${id}`);

async function saveSettings(page) {
  await page.locator('#save').click();
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Settings saved.' ||
    !document.getElementById('rules-error').hidden || !document.getElementById('error').hidden);
}

/** Stores `rules` through the worker and reopens the options page on them. */
async function withStoredRules(page, rules) {
  const settings = await ask(page, 'settings.get');
  await ask(page, 'settings.set', { settings: { ...settings, rules: { schema: 1, rules } } });
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
}

test('a rule added through the form is saved with the settings, and the core flags it where it matches', async () => {
  const { page, errors } = await openOptions();
  await withStoredRules(page, [{ id: 'no-asap', phrases: ['asap'], severity: 'warning' }]);
  const before = await ask(page, 'settings.get');

  await page.locator('#rule-add').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rule-id');
  assert.equal(await page.locator('#rule-id').inputValue(), 'new-rule');
  assert.equal(await page.locator('input[name="rule-match"][value="phrases"]').isChecked(), true);
  assert.equal(await page.locator('input[name="rule-severity"][value="warning"]').isChecked(), true);
  assert.equal(await page.locator('#rule-pattern').isVisible(), false);
  await page.locator('#rule-id').fill('no-competitor');
  await page.locator('#rule-phrases').fill('acme\n\n  rival shop*  ');
  await page.locator('input[name="rule-severity"][value="stop"]').check();
  const markup = '<img src=x onerror="window.__xss = 1">Never name competitors.';
  await page.locator('#rule-message-en').fill(markup);
  await page.locator('#rule-message-it').fill('Non nominare i concorrenti.');
  await page.locator('#rule-suggestion-en').fill('Talk about what we offer.');
  await page.locator('#rule-suggestion-it').fill('Parla di quello che offriamo noi.');
  assert.deepEqual(await ruleIds(page), ['no-asap', 'no-competitor']);
  const option = page.locator('#rule-list [data-id="no-competitor"]');
  assert.equal(await option.getAttribute('aria-selected'), 'true');
  assert.equal(await option.locator('.rule-option-meta').textContent(), 'Stop');
  assert.equal(await option.locator('.rule-option-summary').textContent(), '“acme”, “rival shop*”');
  assert.match(await page.locator('#rules-dirty').textContent(), /Unsaved/);
  // The Advanced JSON box follows the form.
  await page.locator('#rules-advanced summary').click();
  const typed = { id: 'no-competitor', phrases: ['acme', 'rival shop*'], severity: 'stop',
    message: { en: markup, it: 'Non nominare i concorrenti.' },
    suggestion: { en: 'Talk about what we offer.', it: 'Parla di quello che offriamo noi.' } };
  assert.deepEqual(JSON.parse(await page.locator('#rules').inputValue()).rules.at(-1), typed);

  await saveSettings(page);
  assert.equal(await page.locator('#status').textContent(), 'Settings saved.');
  assert.equal(await page.locator('#rules-dirty').textContent(), '');
  const saved = await ask(page, 'settings.get');
  assert.deepEqual(saved.rules, { schema: 1, rules: [...before.rules.rules, typed] });
  assert.deepEqual({ ...saved, rules: null, policy: null }, { ...before, rules: null, policy: null });

  // The core now flags the phrase, with the span of the words it matched.
  const draft = 'Ciao Anna, unlike ACME we ship today; the Rival Shopping centre does not.';
  const check = await ask(page, 'core.checkReply', { draft, context: {} });
  const found = customFindings(check, 'no-competitor');
  assert.deepEqual(found.map((f) => draft.slice(f.start, f.end)), ['ACME', 'Rival Shopping']);
  assert.equal(found[0].start, draft.indexOf('ACME'));
  assert.equal(found[0].severity, 'stop');
  assert.equal(found[0].message.en, markup);
  assert.equal(check.status, 'stop');
  // Untrusted text stays text.
  await page.locator('#rule-try-text').fill('acme');
  await page.waitForFunction(() => /1 match/.test(document.getElementById('rule-try-result').textContent));
  assert.match(await page.locator('#rule-try-note').textContent(), /<img src=x/);
  assert.equal(await page.locator('#rules-section img').count(), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an invalid RE2 pattern shows the core error beside the pattern field, keeps the typing and stores nothing', async () => {
  const { page, errors } = await openOptions();
  await withStoredRules(page, [{ id: 'no-asap', phrases: ['asap'] }]);
  const before = await ask(page, 'settings.get');

  // The bad rule, then another one: the error must bring the form back to the rule at fault.
  await page.locator('#rule-add').click();
  await page.locator('#rule-id').fill('acme-corp');
  await page.locator('input[name="rule-match"][value="pattern"]').check();
  assert.equal(await page.locator('#rule-phrases').isVisible(), false);
  await page.locator('#rule-pattern').fill('(unclosed');
  await page.locator('#rule-message-en').fill('Say our name instead.');
  await page.locator('#rule-add').click();
  await page.locator('#rule-id').fill('no-sorry-for-inconvenience');
  await page.locator('#rule-phrases').fill('sorry for the inconvenience');
  await saveSettings(page);

  const message = await page.locator('#rules-error').textContent();
  assert.match(message, /settings\.rules: rule #2 \('acme-corp'\): "pattern" is not valid RE2 syntax/);
  assert.match(message, /^Rule “acme-corp”, field “Pattern \(RE2\)”: Not saved, nothing changed/);
  assert.equal(await page.locator('#rules-error').isVisible(), true);
  assert.deepEqual(await ask(page, 'settings.get'), before);
  // The form shows the rule at fault, its pattern field marked and focused, everything typed kept.
  assert.equal(await page.locator('#rule-list [data-id="acme-corp"]').getAttribute('aria-selected'), 'true');
  assert.equal(await page.locator('#rule-id').inputValue(), 'acme-corp');
  assert.equal(await page.locator('#rule-pattern').inputValue(), '(unclosed');
  assert.equal(await page.locator('#rule-message-en').inputValue(), 'Say our name instead.');
  assert.equal(await page.locator('#rule-pattern').getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#rule-pattern').getAttribute('aria-describedby'), /^rule-pattern-hint rules-error$/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rule-pattern');
  // Another rule in the form: no field of it is marked; back on the rule at fault, the mark is back.
  await page.locator('#rule-list [data-id="no-sorry-for-inconvenience"]').click();
  assert.equal(await page.locator('#rule-phrases').inputValue(), 'sorry for the inconvenience');
  assert.equal(await page.locator('#rule-form [aria-invalid]').count(), 0);
  await page.locator('#rule-list [data-id="acme-corp"]').click();
  assert.equal(await page.locator('#rule-pattern').getAttribute('aria-invalid'), 'true');

  // Fixed: the error goes away and both rules save.
  await page.locator('#rule-list [data-id="acme-corp"]').click();
  await page.locator('#rule-pattern').fill('(?i)acme\\s*corp');
  await saveSettings(page);
  assert.equal(await page.locator('#status').textContent(), 'Settings saved.');
  assert.equal(await page.locator('#rules-error').isHidden(), true);
  assert.equal(await page.locator('#rule-pattern').getAttribute('aria-invalid'), null);
  assert.equal(await page.locator('#rule-pattern').getAttribute('aria-describedby'), 'rule-pattern-hint');
  const saved = (await ask(page, 'settings.get')).rules.rules;
  assert.deepEqual(saved.map((r) => r.id), ['no-asap', 'acme-corp', 'no-sorry-for-inconvenience']);
  assert.deepEqual(saved[1], { id: 'acme-corp', pattern: '(?i)acme\\s*corp', severity: 'warning', message: { en: 'Say our name instead.' } });
  const draft = 'Hi! We are not ACME  Corp.';
  const found = customFindings(await ask(page, 'core.checkReply', { draft }), 'acme-corp');
  assert.deepEqual(found.map((f) => [f.start, f.end]), [[draft.indexOf('ACME'), draft.indexOf('.')]]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Delete asks first and removes exactly one rule; the JSON box follows both ways', async () => {
  const { page, errors } = await openOptions();
  const stored = [
    { id: 'first', phrases: ['one'], severity: 'info' },
    { id: 'second', pattern: '\\btwo\\b', severity: 'stop' },
    { id: 'third', phrases: ['three'], severity: 'warning', message: { en: 'Three.', it: 'Tre.', de: 'Drei.' } },
  ];
  await withStoredRules(page, stored);
  assert.deepEqual(await ruleIds(page), ['first', 'second', 'third']);
  assert.equal(await page.locator('#rule-count').textContent(), '3 rules');
  assert.equal(await page.locator('#rule-list [data-id="second"] .rule-option-summary').textContent(), '/\\btwo\\b/');

  // Keyboard: the arrows move the selection and the form follows; Enter opens the form.
  await page.locator('#rule-list [data-id="first"]').click();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'second');
  assert.equal(await page.locator('#rule-list [aria-selected="true"]').getAttribute('data-id'), 'second');
  assert.equal(await page.locator('#rule-id').inputValue(), 'second');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rule-id');
  // An edit re-renders the option in place; it stays the selected one.
  await page.locator('#rule-pattern').fill('\\btwo\\b|\\b2\\b');
  assert.equal(await page.locator('#rule-list [data-id="second"] .rule-option-summary').textContent(), '/\\btwo\\b|\\b2\\b/');
  assert.equal(await page.locator('#rule-list [aria-selected="true"]').getAttribute('data-id'), 'second');
  assert.equal(await page.locator('#rule-list [data-id="second"]').getAttribute('tabindex'), '0');

  await page.locator('#rule-list [data-id="second"]').click();
  assert.equal(await page.locator('input[name="rule-match"][value="pattern"]').isChecked(), true);
  await page.locator('#rule-delete').click();
  assert.equal(await page.locator('#rule-delete-dialog').evaluate((d) => d.open), true);
  assert.match(await page.locator('#rule-delete-text').textContent(), /“second”/);
  await answerDialog(page, '#rule-delete-dialog', 'cancel');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rule-delete');
  assert.deepEqual(await ruleIds(page), ['first', 'second', 'third']);
  await page.locator('#rule-delete').click();
  await answerDialog(page, '#rule-delete-dialog', 'delete');
  assert.deepEqual(await ruleIds(page), ['first', 'third']);
  // The next rule is selected and focused.
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'third');
  assert.equal(await page.locator('#rule-id').inputValue(), 'third');
  await page.locator('#rules-advanced summary').click();
  assert.deepEqual(JSON.parse(await page.locator('#rules').inputValue()).rules.map((r) => r.id), ['first', 'third']);

  // A rule typed in the JSON box shows in the list and the form.
  const typed = { schema: 1, rules: [stored[0], stored[2], { id: 'fourth', phrases: ['four'] }] };
  await page.locator('#rules').fill(JSON.stringify(typed, null, 2));
  assert.deepEqual(await ruleIds(page), ['first', 'third', 'fourth']);
  await page.locator('#rule-list [data-id="fourth"]').click();
  assert.equal(await page.locator('#rule-phrases').inputValue(), 'four');
  await page.locator('#rule-list [data-id="third"]').click();
  await page.locator('#rule-message-en').fill('Three, edited.');
  await saveSettings(page);
  assert.equal(await page.locator('#status').textContent(), 'Settings saved.');
  assert.deepEqual((await ask(page, 'settings.get')).rules, { schema: 1, rules: [
    stored[0], { ...stored[2], message: { en: 'Three, edited.', it: 'Tre.', de: 'Drei.' } }, { id: 'fourth', phrases: ['four'] },
  ] });
  assert.deepEqual(errors, []);
  await page.close();
});

test('Try it shows where an unsaved rule matches, computed by the core, and the stored rules stay as they were', async () => {
  const { page, errors } = await openOptions();
  await withStoredRules(page, [{ id: 'stored-pizza', phrases: ['pizza'], severity: 'info' }]);
  const before = await ask(page, 'settings.get');
  const result = page.locator('#rule-try-result');

  await page.locator('#rule-add').click();
  await page.locator('#rule-id').fill('no-asap');
  await page.locator('#rule-phrases').fill('asap\nsubit*');
  await page.locator('#rule-message-en').fill('Promise a time, not a hurry.');
  assert.equal(await result.textContent(), 'Type a reply above to see where this rule matches.');
  const sample = 'Ciao Anna, pizza ASAP? Ti rispondiamo subito, asap.';
  await page.locator('#rule-try-text').fill(sample);
  await page.waitForFunction(() => /^3 matches/.test(document.getElementById('rule-try-result').textContent));
  assert.equal(await result.textContent(), '3 matches: “ASAP”, “subito”, “asap”');
  const marks = await page.locator('#rule-try-preview mark').evaluateAll((nodes) => nodes.map((m) => [m.textContent, Number(m.dataset.start), Number(m.dataset.end)]));
  assert.deepEqual(marks, [['ASAP', 17, 21], ['subito', 38, 44], ['asap', 46, 50]]);
  assert.equal(await page.locator('#rule-try-preview').textContent(), sample);
  assert.equal(await page.locator('#rule-try-note').textContent(), 'Warning: Promise a time, not a hurry.');

  // Editing the rule tries again: the words, then a pattern, a broken one, a fixed one.
  await page.locator('#rule-phrases').fill('domani');
  await page.waitForFunction(() => /^No match/.test(document.getElementById('rule-try-result').textContent));
  assert.equal(await page.locator('#rule-try-preview mark').count(), 0);
  await page.locator('input[name="rule-match"][value="pattern"]').check();
  await page.locator('#rule-pattern').fill('(unclosed');
  await page.waitForFunction(() => /cannot be tried/.test(document.getElementById('rule-try-result').textContent));
  assert.match(await result.textContent(), /^This rule cannot be tried yet: "pattern" is not valid RE2 syntax: missing \)/);
  await page.locator('#rule-pattern').fill('(?i)\\basap\\b');
  await page.waitForFunction(() => /^2 matches/.test(document.getElementById('rule-try-result').textContent));
  assert.equal(await result.textContent(), '2 matches: “ASAP”, “asap”');

  // Nothing was stored, and the stored rules are the ones in force again.
  assert.deepEqual(await ask(page, 'settings.get'), before);
  const check = await ask(page, 'core.checkReply', { draft: sample });
  assert.equal(customFindings(check, 'no-asap').length, 0);
  assert.deepEqual(customFindings(check, 'stored-pizza').map((f) => sample.slice(f.start, f.end)), ['pizza']);
  assert.deepEqual(errors, []);
  await page.close();
});
