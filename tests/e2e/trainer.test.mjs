// Trainer mode (extension/trainer/) in real Chromium: on the demo site
// (/trainer/) and inside the extension (chrome-extension://<id>/trainer/).
// Navigation by buttons and keys, live scoring with highlighted findings,
// golden equality with `pronto check --json`, deck import errors, the SLA
// clock, the session report, presentation mode and the it/en UI. The browser
// runs with an Italian locale, so the page starts in Italian.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { launchWithExtension } from './browser.mjs';
import { checkArgs, parseDeck } from '../../extension/trainer/deck.js';
import { keys as stringKeys } from '../../extension/trainer/i18n.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const decks = {};
for (const lang of ['it', 'en']) decks[lang] = parseDeck(await readFile(`${root}assets/decks/${lang}.json`, 'utf8'));

let browser;
before(async () => {
  browser = await launchWithExtension({ locale: 'it-IT' });
});
after(async () => {
  await browser?.close();
});

/** Opens the trainer (demo site unless `url` says otherwise) with no remembered language. */
async function openTrainer(url = `${browser.baseUrl}/trainer/`) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 20000 });
  page.errors = errors;
  return page;
}

async function pickDeck(page, id) {
  const index = await page.locator('#deck-select option').evaluateAll((options, wanted) =>
    options.findIndex((o) => o.textContent.includes(wanted)), id === 'it-basics' ? '(IT,' : '(EN,');
  await page.selectOption('#deck-select', String(index));
  await page.locator(`body[data-deck="${id}"]`).waitFor();
}

/** The findings a list shows: [{rule, severity, start, end}]. */
const shownFindings = (page, selector) =>
  page.locator(`${selector} li[data-rule]`).evaluateAll((items) =>
    items.map((li) => ({ rule: li.dataset.rule, severity: li.dataset.severity, start: Number(li.dataset.start), end: Number(li.dataset.end) })));

const scenarioId = (page) => page.locator('#scenario').getAttribute('data-scenario');

test('the demo site links the trainer, and both default decks load', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${browser.baseUrl}/`);
  await page.click('a[href="/trainer/"]');
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 20000 });
  const options = await page.locator('#deck-select option').allTextContents();
  assert.equal(options.length, 2);
  const counts = [`(IT, ${decks.it.scenarios.length})`, `(EN, ${decks.en.scenarios.length})`];
  assert.deepEqual(counts, ['(IT, 18)', '(EN, 18)']);
  assert.ok(counts.every((count) => options.some((o) => o.includes(count))), options.join(' | '));
  await page.close();
});

test('navigation: pick the Italian and English decks, move with buttons and keys', async () => {
  const page = await openTrainer();
  for (const lang of ['it', 'en']) {
    const deck = decks[lang];
    await pickDeck(page, deck.id);
    const ids = deck.scenarios.map((s) => s.id);
    assert.equal(await scenarioId(page), ids[0]);
    assert.equal(await page.locator('#scenario-title').textContent(), deck.scenarios[0].title);
    assert.ok(await page.locator('#prev').isDisabled());
    await page.click('#next');
    assert.equal(await scenarioId(page), ids[1]);
    await page.click('#next');
    assert.equal(await scenarioId(page), ids[2]);
    await page.click('#prev');
    assert.equal(await scenarioId(page), ids[1]);
    await page.locator('#scenario-title').click();  // focus out of any field
    await page.keyboard.press('ArrowRight');
    assert.equal(await scenarioId(page), ids[2]);
    await page.keyboard.press('PageDown');
    assert.equal(await scenarioId(page), ids[3]);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await scenarioId(page), ids[1]);
    await page.selectOption('#scenario-select', String(ids.length - 1));
    assert.equal(await scenarioId(page), ids.at(-1));
    assert.ok(await page.locator('#next').isDisabled());
    await page.keyboard.press('ArrowRight');  // stays on the last one
    assert.equal(await scenarioId(page), ids.at(-1));
    // Arrows typed into the trainee's box move the caret, not the scenario.
    await page.locator('#trainee-reply').fill('Ciao');
    await page.locator('#trainee-reply').press('ArrowLeft');
    assert.equal(await scenarioId(page), ids.at(-1));
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('every scenario shows the message as on its site and each candidate with its findings highlighted', async () => {
  const page = await openTrainer();
  for (const lang of ['it', 'en']) {
    const deck = decks[lang];
    await pickDeck(page, deck.id);
    for (const [i, scenario] of deck.scenarios.entries()) {
      await page.selectOption('#scenario-select', String(i));
      assert.equal(await scenarioId(page), scenario.id);
      const post = page.locator('#customer-post');
      assert.equal(await post.getAttribute('data-channel'), scenario.channel);
      assert.equal(await post.getAttribute('data-visibility'), scenario.visibility);
      assert.equal(await post.locator('.post-body').textContent(), scenario.customer.message);
      // A follow-up in a running conversation says so.
      assert.equal(await post.locator('.badge.follow-up').count(), scenario.followUp ? 1 : 0, scenario.id);
      const cards = page.locator('.candidate');
      assert.equal(await cards.count(), scenario.candidates.length);
      for (const [k, candidate] of scenario.candidates.entries()) {
        const card = cards.nth(k);
        assert.equal(await card.locator('.reply-text').textContent(), candidate.text);
        assert.equal(await card.locator('.rationale p').textContent(), candidate.rationale);
        const findings = await shownFindings(page, `.candidate:nth-child(${k + 1}) .findings`);
        if (candidate.quality === 'good') {
          assert.equal(await card.getAttribute('data-status'), 'ok', `${scenario.id} ${candidate.label}`);
          assert.deepEqual(findings.filter((f) => f.severity !== 'info'), []);
        } else {
          const rules = new Set(findings.map((f) => f.rule));
          for (const rule of candidate.expect) assert.ok(rules.has(rule), `${scenario.id} ${candidate.label}: ${rule}`);
          assert.ok(Number(await card.locator('.reply-text').getAttribute('data-highlight-count')) > 0);
        }
      }
    }
  }
  // The CSS Custom Highlight API carries the spans (Chromium has it).
  const highlights = await page.evaluate(() => ({
    mode: document.querySelector('.candidate.bad .reply-text').dataset.highlight,
    warning: CSS.highlights.get('pronto-warning')?.size ?? 0,
  }));
  assert.equal(highlights.mode, 'css');
  assert.ok(highlights.warning > 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('live scoring: the trainee\'s reply is checked as it is typed and compared with the models', async () => {
  const page = await openTrainer();
  await pickDeck(page, 'it-basics');
  assert.equal(await scenarioId(page), 'ritardo-furioso');
  const box = page.locator('#trainee-reply');
  await box.pressSequentially('Giulia, come già detto');
  await page.locator('#trainee-findings li[data-rule="blaming"]').waitFor();
  let rules = (await shownFindings(page, '#trainee-findings')).map((f) => f.rule);
  assert.ok(rules.includes('missing_greeting') && rules.includes('missing_apology'), rules.join());
  await box.pressSequentially('!!!');
  await page.locator('#trainee-findings li[data-rule="exclamations"]').waitFor();
  assert.equal(await page.locator('#trainee').getAttribute('data-status'), 'review');
  assert.match(await page.locator('#trainee-compare').textContent(), /Come la risposta da evitare C: .*blaming/);
  assert.ok(Number(await page.locator('#trainee-preview').getAttribute('data-highlight-count')) > 0);
  // The textarea itself is never decorated.
  assert.equal(await box.evaluate((t) => t.children.length), 0);

  await box.fill('Ciao Giulia, ci dispiace davvero per il ritardo dell\'ordine 48213: ti scriviamo subito in privato.');
  await page.locator('#trainee[data-status="ok"]').waitFor();
  assert.deepEqual((await shownFindings(page, '#trainee-findings')).filter((f) => f.severity !== 'info'), []);
  assert.match(await page.locator('#trainee-compare').textContent(), /Nessuno dei problemi/);

  // The draft is kept per scenario.
  await page.click('#next');
  assert.equal(await box.inputValue(), '');
  await page.click('#prev');
  assert.match(await box.inputValue(), /^Ciao Giulia/);
  await page.close();
});

test('live scoring waits for the word being typed; left as it is, it counts after a pause', async () => {
  const page = await openTrainer();
  await pickDeck(page, 'en-basics');
  const box = page.locator('#trainee-reply');
  await box.pressSequentially('Hi Ben, sorry, we will ass');
  // Scored at every keystroke, and "ass" (on the way to "assist") is not a stop while the caret is in it.
  await page.locator('#trainee-findings li').first().waitFor();
  assert.notEqual(await page.locator('#trainee').getAttribute('data-status'), 'stop');
  assert.equal(await page.locator('#trainee-findings li[data-rule="answering_in_kind"]').count(), 0);
  // The trainee pauses: the draft as it is counts.
  await page.locator('#trainee[data-status="stop"]').waitFor({ timeout: 5000 });
  assert.equal(await page.locator('#trainee-findings li[data-rule="answering_in_kind"] q').textContent(), 'ass');
  await box.pressSequentially('ist you');
  assert.notEqual(await page.locator('#trainee').getAttribute('data-status'), 'stop');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('without the CSS Custom Highlight API, spans are <mark> slices of a read-only copy', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => { window.Highlight = undefined; });
  await page.goto(`${browser.baseUrl}/trainer/`);
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 20000 });
  await pickDeck(page, 'it-basics');
  const text = 'Giulia, come già detto!!!';
  await page.locator('#trainee-reply').fill(text);
  const preview = page.locator('#trainee-preview');
  assert.equal(await preview.getAttribute('data-highlight'), 'mark');
  assert.equal(await preview.textContent(), text);
  // Overlapping spans are cut into pieces; each piece is a slice of the text at its offsets.
  const marks = await preview.locator('mark').evaluateAll((ms) => ms.map((m) => [m.className, m.textContent, Number(m.dataset.start), Number(m.dataset.end)]));
  for (const [cls, words, start, end] of marks) {
    assert.equal(cls, 'finding-warning');
    assert.equal(text.slice(start, end), words);
  }
  const marked = (from, to) => Array.from({ length: to - from }, (_, k) => from + k).every((i) => marks.some(([, , s, e]) => s <= i && i < e));
  const blame = text.indexOf('come già detto');
  assert.ok(marked(blame, blame + 'come già detto'.length), JSON.stringify(marks));
  assert.ok(marked(text.indexOf('!!!'), text.length));
  await page.close();
});

test('golden: findings shown for typed text equal `pronto check --json` for the same scenario', async () => {
  const page = await openTrainer();
  const cases = [
    ['it', 'ritardo-furioso', 'Gentile cliente, come già detto avresti dovuto leggere le FAQ!!! Carta 4111 1111 1111 1111'],
    ['it', 'rimborso-terza-volta', 'Ciao Elena, ci dispiace per l\'attesa: il rimborso è in lavorazione e arriverà a breve.'],
    ['it', 'troll-barzelletta', 'Certo come no 🙄 IDIOTA SARAI TU, leggi http://esempio.it/faq 😡'],
    ['it', 'solo-cuore', '❤️'],
    ['en', 'account-email-public', 'Hi Ben, I checked ben.walker@example.com, call me on +44 7700 900123 {{agent}}'],
    ['en', 'x-too-long', `@ryanf ${'Sorry about the 7:42, we are looking into the cancellation with the depot team right now. '.repeat(4)}`],
    ['en', 'boiler-2am', 'Our opening hours are 8am to 6pm. Please be advised that we guarantee a reply. 👍🏽'],
    // A follow-up: no greeting asked, the lecture still flagged.
    ['en', 'courier-follow-up', 'As I already said, they ring first. Nothing is left outside.'],
    ['it', 'corriere-seguito', 'Suona prima di lasciarlo, tranquillo.'],
  ];
  for (const [lang, id, text] of cases) {
    await pickDeck(page, decks[lang].id);
    const index = decks[lang].scenarios.findIndex((s) => s.id === id);
    await page.selectOption('#scenario-select', String(index));
    await page.locator('#trainee-reply').fill(text);
    await page.locator('#trainee-findings li').first().waitFor();
    const shown = await shownFindings(page, '#trainee-findings');
    const native = JSON.parse(execFileSync(`${root}build/native/pronto`, checkArgs(decks[lang], decks[lang].scenarios[index], text), { encoding: 'utf8' }));
    assert.deepEqual(shown, native.findings.map(({ rule, severity, start, end }) => ({ rule, severity, start, end })), `${id}: ${text}`);
    assert.equal(await page.locator('#trainee').getAttribute('data-status'), native.status);
    // The words each finding quotes are the CLI's span of the same string.
    const quoted = await page.locator('#trainee-findings li[data-rule] q').allTextContents();
    const expected = native.findings.map((f) => text.slice(f.start, f.end)).filter(Boolean).map((w) => (w.length > 80 ? `${w.slice(0, 77)}…` : w));
    assert.deepEqual(quoted, expected);
  }
  await page.close();
});

test('import: an invalid deck shows an error naming the field and changes nothing; a valid one is added', async () => {
  const page = await openTrainer();
  await pickDeck(page, 'en-basics');
  await page.click('#next');
  const before = { deck: await page.locator('body').getAttribute('data-deck'), scenario: await scenarioId(page), decks: await page.locator('#deck-select option').count() };

  const broken = structuredClone(decks.it);
  broken.id = 'team-deck';
  broken.scenarios[2].candidates[1].expect = 'blaming';
  await page.setInputFiles('#deck-import', { name: 'team-deck.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const notice = page.locator('.notice-error[data-kind="import-error"]');
  await notice.waitFor();
  assert.equal(await notice.getAttribute('role'), 'alert');
  const errorText = await notice.textContent();
  assert.match(errorText, /team-deck\.json/);
  assert.match(errorText, /deck "team-deck", scenario #3 \("solo-cuore"\), field "candidates\[1\]\.expect": must be an array of rule ids/);
  assert.deepEqual({ deck: await page.locator('body').getAttribute('data-deck'), scenario: await scenarioId(page), decks: await page.locator('#deck-select option').count() }, before);

  await page.setInputFiles('#deck-import', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": 1,\n  "id": oops}') });
  await page.locator('.notice-error[data-kind="import-error"]').nth(1).waitFor();
  assert.match(await page.locator('.notice-error').nth(1).textContent(), /deck file "notes\.json": not valid JSON at line 2/);
  assert.deepEqual({ deck: await page.locator('body').getAttribute('data-deck'), scenario: await scenarioId(page), decks: await page.locator('#deck-select option').count() }, before);
  // Non-blocking: the page still works, and the panel can be dismissed.
  await page.click('#next');
  await notice.first().locator('.notice-close').click();
  assert.equal(await page.locator('.notice-error').count(), 1);

  const mine = { schema: 1, id: 'team-deck', title: 'Team deck', language: 'en', scenarios: [decks.en.scenarios[3]] };
  await page.setInputFiles('#deck-import', { name: 'team-deck.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
  await page.locator('body[data-deck="team-deck"]').waitFor();
  assert.equal(await page.locator('#deck-select option').count(), before.decks + 1);
  assert.equal(await scenarioId(page), decks.en.scenarios[3].id);

  // Export gives the deck back, valid.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#deck-export')]);
  assert.equal(download.suggestedFilename(), 'team-deck.json');
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(exported, mine);
  await page.close();
});

test('the SLA clock counts down, speeds up and pauses', async () => {
  const page = await openTrainer();
  await pickDeck(page, 'it-basics');
  const clock = page.locator('#clock');
  assert.match(await clock.locator('.clock-time').textContent(), /^1[45]:\d\d$/);
  await page.selectOption('#clock-speed', 'fast');
  await page.waitForFunction(() => Number(document.querySelector('#clock .clock-time').textContent.split(':')[0]) <= 12);
  await page.click('#clock-toggle');
  assert.equal(await clock.getAttribute('data-running'), 'false');
  const paused = await clock.locator('.clock-time').textContent();
  await page.waitForTimeout(600);
  assert.equal(await clock.locator('.clock-time').textContent(), paused);
  await page.click('#clock-toggle');
  await page.waitForFunction(() => document.querySelector('#clock').dataset.state === 'warning', null, { timeout: 15000 });
  await page.waitForFunction(() => document.querySelector('#clock').dataset.state === 'late', null, { timeout: 15000 });
  assert.match(await clock.locator('.clock-time').textContent(), /^\+/);
  assert.match(await clock.locator('.clock-note').textContent(), /oltre uno SLA di 15 minuti/);
  await page.click('#clock-restart');
  assert.equal(await clock.getAttribute('data-state'), 'ok');
  await page.close();
});

test('session report: JSON export with answers and findings, and a printable view', async () => {
  const page = await openTrainer();
  await pickDeck(page, 'it-basics');
  const answer = 'Giulia, come già detto!!!';
  await page.locator('#trainee-reply').fill(answer);
  await page.click('#next');
  await page.click('#next');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#report-export')]);
  assert.match(download.suggestedFilename(), /^pronto-session-it-basics-.*\.json$/);
  const report = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(report.schema, 1);
  assert.equal(report.deck.id, 'it-basics');
  assert.deepEqual(report.scenarios.map((s) => s.id), decks.it.scenarios.slice(0, 3).map((s) => s.id));
  const first = report.scenarios[0].answer;
  assert.equal(first.text, answer);
  assert.equal(first.status, 'review');
  assert.ok(first.findings.some((f) => f.rule === 'blaming' && f.text === 'come già detto'));
  assert.equal(typeof first.clockSeconds, 'number');
  assert.equal(report.scenarios[1].answer, null);

  await page.evaluate(() => { window.print = () => { document.body.dataset.printed = 'true'; }; });
  await page.click('#report-print');
  assert.equal(await page.locator('body').getAttribute('data-printed'), 'true');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('#report').isVisible());
  assert.ok(!(await page.locator('main').isVisible()));
  assert.equal(await page.locator('#report li[data-scenario]').count(), 3);
  assert.equal(await page.locator('#report blockquote').first().textContent(), answer);
  await page.emulateMedia({ media: 'screen' });
  assert.ok(!(await page.locator('#report').isVisible()));
  await page.close();
});

test('presentation mode: "p" enters, large type and no chrome, arrows move, Escape leaves', async () => {
  const page = await openTrainer();
  await pickDeck(page, 'en-basics');
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.reply-text')).fontSize));
  const normal = await size();
  await page.locator('#scenario-title').click();
  await page.keyboard.press('p');
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('presenting')), true);
  assert.equal(await page.locator('#present').getAttribute('aria-pressed'), 'true');
  assert.ok(!(await page.locator('header.chrome').isVisible()));
  assert.ok(!(await page.locator('.clock-controls').isVisible()));
  assert.ok((await size()) >= normal * 1.4, `font ${await size()} vs ${normal}`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  assert.equal(await scenarioId(page), decks.en.scenarios[2].id);
  await page.keyboard.press('PageUp');
  assert.equal(await scenarioId(page), decks.en.scenarios[1].id);
  // Typing "p" in the reply box types it.
  await page.locator('#trainee-reply').fill('');
  await page.locator('#trainee-reply').press('p');
  assert.equal(await page.locator('#trainee-reply').inputValue(), 'p');
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('presenting')), true);
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('presenting')), false);
  assert.ok(await page.locator('header.chrome').isVisible());
  // The button toggles too.
  await page.click('#present');
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('presenting')), true);
  await page.click('#leave-present');
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('presenting')), false);
  await page.close();
});

test('inside the extension: chrome-extension://<id>/trainer/index.html loads its decks and scores a reply', async () => {
  const id = new URL(browser.worker.url()).host;
  const page = await openTrainer(`chrome-extension://${id}/trainer/index.html`);
  assert.equal(await page.locator('#deck-select option').count(), 2);
  await pickDeck(page, 'en-basics');
  assert.equal(await page.locator('.candidate').count(), decks.en.scenarios[0].candidates.length);
  await page.locator('#trainee-reply').fill('Dear customer, we apologize for any inconvenience.');
  await page.locator('#trainee-findings li[data-rule="robotic"]').first().waitFor();
  assert.equal(await page.locator('#trainee').getAttribute('data-status'), 'review');
  assert.equal(await page.locator('#trainee-preview').getAttribute('data-highlight'), 'css');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('localisation: Italian by the browser\'s language, English by the switch, remembered', async () => {
  assert.deepEqual(stringKeys.it, stringKeys.en);
  const page = await openTrainer();
  const ui = () => page.evaluate(() => ({
    lang: document.documentElement.lang,
    prev: document.querySelector('#prev [data-i18n]').textContent,
    yourReply: document.querySelector('label[for="trainee-reply"]').textContent,
    channel: document.querySelector('#customer-post .channel').textContent,
    quality: document.querySelector('.candidate .quality').textContent,
    present: document.querySelector('#present').textContent,
  }));
  assert.deepEqual(await ui(), { lang: 'it', prev: 'Precedente', yourReply: 'La tua risposta', channel: 'Facebook · commento pubblico', quality: 'Buona', present: 'Modalità presentazione' });
  assert.equal(await page.locator('body').getAttribute('data-deck'), 'it-basics');  // the deck in the UI language
  await page.locator('#trainee-reply').fill('Giulia, come già detto');
  assert.match(await page.locator('#trainee-findings li[data-rule="blaming"] .message').textContent(), /dà la colpa/);

  await page.click('.lang-switch button[data-lang="en"]');
  assert.deepEqual(await ui(), { lang: 'en', prev: 'Previous', yourReply: 'Your reply', channel: 'Facebook · public comment', quality: 'Good', present: 'Presentation mode' });
  assert.match(await page.locator('#trainee-findings li[data-rule="blaming"] .message').textContent(), /blames or lectures/);
  assert.equal(await page.locator('#trainee-reply').inputValue(), 'Giulia, come già detto');  // the draft survives
  await page.reload();
  await page.locator('body[data-ready="true"]').waitFor();
  assert.equal((await ui()).prev, 'Previous');
  await page.click('.lang-switch button[data-lang="it"]');
  assert.equal((await ui()).prev, 'Precedente');
  await page.close();
});
