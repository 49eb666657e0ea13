// The overlay on the X and Facebook fixtures, with the real extension and its
// worker: tone findings underlined with the CSS Custom Highlight API at the
// draft's exact words and a one-glance status; template suggestions for the
// conversation's customer message, inserted with Enter into the fixture
// editor's own model; timer chips with the right values for a pinned clock
// (?pronto-now=, honoured on the loopback fixture server only), made for the
// rows near the screen of a 500-thread inbox and dropped with their rows; the
// strict-CSP variant; the "layout changed" notice when the thread list goes away.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchWithExtension } from './browser.mjs';

const NOW = Date.UTC(2026, 10, 14, 12, 0);  // Saturday 14 November 2026, 13:00 in Rome
const CARD = '4111 1111 1111 1111';

let browser;
let extensionOrigin;
before(async () => {
  browser = await launchWithExtension();
  extensionOrigin = `chrome-extension://${new URL(browser.worker.url()).host}`;
});
after(async () => {
  await browser?.close();
});

/** Sends a request to the worker from an extension page, as the options page does. */
async function ask(channel, payload = {}) {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${extensionOrigin}/popup/popup.html`);
    const response = await page.evaluate(([c, p]) => chrome.runtime.sendMessage({ ...p, channel: c }), [channel, payload]);
    if (!response.ok) throw new Error(response.error.message);
    return response.result;
  } finally {
    await page.close();
  }
}

/** Policy with Saturday hours too, so a Saturday clock is inside business hours. */
async function setPolicy(hours) {
  const settings = await ask('settings.get');
  settings.policy = { ...settings.policy, timeZone: 'Europe/Rome', firstResponseMinutes: 60, warningFraction: 0.75, hours };
  await ask('settings.set', { settings });
}
const weekdays = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '18:00']]]));

async function open(path) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err));
  await page.goto(`${browser.baseUrl}${path}${path.includes('?') ? '&' : '?'}pronto-now=${NOW}`);
  return { page, errors };
}

/** The text of each range of a highlight; runs in the page's own world. */
function highlightTexts(name) {
  const highlight = CSS.highlights.get(name);
  if (!highlight) return [];
  return [...highlight].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString();
  });
}
const highlighted = (page, name) => page.evaluate(highlightTexts, name);
// Polls from Node with page.evaluate: a string predicate for waitForFunction
// would be compiled in the page, which the strict fixture's CSP forbids.
async function waitForHighlight(page, name, text, timeout = 15000) {
  const deadline = Date.now() + timeout;
  while (!(await highlighted(page, name)).includes(text)) {
    if (Date.now() > deadline) throw new Error(`"${text}" not in highlight ${name} after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const panelSelector = 'pronto-overlay[data-pronto="composer-panel"]';
function inPanel(page, css) {
  return page.evaluate(([host, c]) => {
    const root = document.querySelector(host)?.shadowRoot;
    return root ? [...root.querySelectorAll(c)].map((node) => ({ text: node.textContent, data: { ...node.dataset } })) : [];
  }, [panelSelector, css]);
}
async function waitForStatus(page, status) {
  await page.waitForFunction(([host, s]) =>
    document.querySelector(host)?.shadowRoot.querySelector('.status')?.dataset.status === s, [panelSelector, status],
  { timeout: 15000 });
}

for (const prefix of ['', '/strict']) {
  test(`${prefix}/x/thread.en.html: a card number in a public reply is underlined and stops the reply`, async () => {
    const { page, errors } = await open(`${prefix}/x/thread.en.html`);
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    const draft = `Hi Anna, sorry! Pay again with ${CARD} please!!!`;
    await page.keyboard.type(draft);
    await waitForStatus(page, 'stop');
    // "stop" already holds once the card number is typed: wait for the check
    // of the whole draft, the one that also sees the final "!!!".
    await waitForHighlight(page, 'pronto-warning', '!!!');
    // The editor's own state has the draft; nothing of Pronto's is inside it.
    const model = await page.locator('[data-testid="tweetTextarea_0"]').getAttribute('data-model-text');
    assert.equal(model, draft);
    assert.equal(await page.locator('[data-testid="tweetTextarea_0"] pronto-overlay').count(), 0);
    assert.deepEqual(await highlighted(page, 'pronto-stop'), [CARD]);
    assert.ok((await highlighted(page, 'pronto-warning')).includes('!!!'));
    const findings = await inPanel(page, '.finding');
    const card = findings.find((f) => f.data.rule === 'sensitive_data_public');
    assert.equal(card.data.severity, 'stop');
    assert.equal(draft.slice(Number(card.data.start), Number(card.data.end)), CARD);
    assert.match(card.text, /private message/);
    // The status says it in words and with an icon, not colour alone.
    const [status] = await inPanel(page, '.status');
    assert.match(status.text, /Stop/);

    // Fixing the draft clears the stop.
    for (let i = 0; i < draft.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('Hi Anna, I am so sorry your order #12345 is late. Could you DM us so we can check it?');
    await page.waitForFunction((host) =>
      document.querySelector(host)?.shadowRoot.querySelector('.status')?.dataset.status !== 'stop', panelSelector);
    assert.deepEqual(await highlighted(page, 'pronto-stop'), []);
    // The page shows "Anna 🟡 Rossi": the draft's "Hi Anna" uses her name.
    const deadline = Date.now() + 15000;
    while ((await inPanel(page, '.finding')).some((f) => f.data.rule === 'missing_name')) {
      assert.ok(Date.now() < deadline, 'missing_name still shown for "Hi Anna"');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('/x/thread.en.html: the word being typed waits until it is finished; left as it is, it counts after a pause', async () => {
  const { page, errors } = await open('/x/thread.en.html');
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.waitForFunction((host) => document.querySelector(host)?.shadowRoot?.querySelector('.status'), panelSelector);
  // Every status the panel shows, in order.
  await page.evaluate((host) => {
    const status = document.querySelector(host).shadowRoot.querySelector('.status');
    window.prontoStatuses = [];
    new MutationObserver(() => window.prontoStatuses.push(status.dataset.status))
      .observe(status, { attributes: true, attributeFilter: ['data-status'] });
  }, panelSelector);
  // Typed slowly enough that every prefix is checked: "ass" and "tit" are
  // on the way to "assist" and "title", never a stop.
  await page.keyboard.type('Hi Anna, we will assist you with the title', { delay: 90 });
  await new Promise((resolve) => setTimeout(resolve, 900));  // past the pause that re-checks without the caret
  const seen = await page.evaluate(() => window.prontoStatuses);
  assert.ok(seen.includes('review') || seen.includes('ok'), JSON.stringify(seen));
  assert.ok(!seen.includes('stop'), `a stop flashed while typing: ${JSON.stringify(seen)}`);

  // Back to "ass" and left there: nothing while the caret is in it, then the
  // pause re-checks the draft as it is and "ass" stops it.
  for (let i = 0; i < 'ist you with the title'.length; i++) await page.keyboard.press('Backspace');
  const leftAt = Date.now();
  await waitForHighlight(page, 'pronto-stop', 'ass');
  const waited = Date.now() - leftAt;
  assert.ok(waited >= 600, `the stop came ${waited} ms after the last keystroke, before the pause`);
  await waitForStatus(page, 'stop');
  // Typing on finishes the word: the stop goes.
  await page.keyboard.type('ure you');
  await page.waitForFunction((host) =>
    document.querySelector(host)?.shadowRoot.querySelector('.status')?.dataset.status !== 'stop', panelSelector);
  assert.deepEqual(await highlighted(page, 'pronto-stop'), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('facebook/comments.en.html: the reply box to a comment is checked in public', async () => {
  const { page, errors } = await open('/facebook/comments.en.html');
  await page.locator('[aria-label="Reply to Tom Smith…"]').click();
  await page.keyboard.type(`Tom, we refunded the card ${CARD}`);
  await waitForStatus(page, 'stop');
  assert.deepEqual(await highlighted(page, 'pronto-stop'), [CARD]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a follow-up owes no new greeting: Tom and Marco wrote again after the brand\'s reply, Anna\'s first post did not', async () => {
  const draft = 'Sorry about that: the refund left today, it shows in 3 days.';
  const checkedRules = async (path, box, status, followUp) => {
    const { page, errors } = await open(path);
    await page.locator(box).click();
    await page.keyboard.type(draft);
    await waitForStatus(page, status);
    // The last check is the whole draft's: wait until no check has come for 600 ms.
    const checks = () => page.evaluate((host) => document.querySelector(host).getAttribute('data-checks'), panelSelector);
    for (let last = await checks(), quiet = 0; quiet < 6;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const now = await checks();
      quiet = now === last ? quiet + 1 : 0;
      last = now;
    }
    await waitForStatus(page, status);
    const rules = (await inPanel(page, '.finding')).map((f) => f.data.rule);
    // The panel says why no greeting is asked.
    const note = (await inPanel(page, '.note.follow-up')).map((n) => n.text);
    assert.deepEqual(note, followUp ? ['A follow-up: you have already written to them here, so no new greeting is asked.'] : []);
    assert.deepEqual(errors, []);
    await page.close();
    return rules;
  };
  // Anna's first post: the brand answered it, but this reply is not a follow-up of hers.
  const first = await checkedRules('/x/thread.en.html', '[data-testid="tweetTextarea_0"]', 'review', false);
  assert.deepEqual(first, ['missing_greeting', 'no_personal_element', 'missing_name']);
  // Tom wrote "I did, no answer" below the brand's reply: the draft continues the exchange.
  assert.deepEqual(await checkedRules('/facebook/comments.en.html', '[aria-label="Reply to Tom Smith…"]', 'ok', true), []);
  // Marco's open Messenger conversation shows the Page's "You sent" message before his question.
  assert.deepEqual(await checkedRules('/facebook/business-inbox.en.html', 'textarea[aria-label="Reply in Messenger…"]', 'ok', true), []);
});

test('suggestions for the customer message; Alt+Shift+S, arrows and Enter insert into the editor model', async () => {
  const { page, errors } = await open('/x/thread.en.html');
  const editor = page.locator('[data-testid="tweetTextarea_0"]');
  await editor.click();
  await page.waitForFunction((host) => Number(document.querySelector(host)?.getAttribute('data-suggestions')) > 0,
    panelSelector, { timeout: 15000 });
  const options = await inPanel(page, '[role="option"]');
  assert.ok(options.length >= 2);
  // The customer's message is about a late order: that template ranks first, greeting Anna by first name.
  assert.match(options[0].text, /late/i);
  assert.match(options[0].text, /Hi Anna\b/);
  assert.match(options[0].text, /Why:/);

  await page.keyboard.press('Alt+Shift+KeyS');
  await page.waitForFunction((host) =>
    document.querySelector(host)?.shadowRoot.activeElement?.getAttribute('role') === 'option', panelSelector);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const chosen = await page.evaluate((host) => document.querySelector(host).shadowRoot.activeElement.querySelector('.body').textContent, panelSelector);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (document.querySelector('[data-testid="tweetTextarea_0"]').getAttribute('data-model-text') ?? '').length > 0);
  const model = await editor.getAttribute('data-model-text');
  assert.equal(model, chosen);
  assert.doesNotMatch(model, /\{\{/);
  // Then the inserted reply is checked like typed text.
  await page.waitForFunction((host) => document.querySelector(host)?.shadowRoot.querySelector('.status')?.dataset.status !== 'pending', panelSelector);
  // Escape closes the panel and gives the focus back to the editor.
  await page.keyboard.press('Alt+Shift+KeyS');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate((host) => document.querySelector(host).style.display, panelSelector), 'none');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-testid')), 'tweetTextarea_0');
  assert.deepEqual(errors, []);
  await page.close();
});

/** Each chip: [thread id, state, waited text]. */
function chips(page) {
  return page.evaluate(() => [...document.querySelectorAll('pronto-overlay[data-pronto="timer-chip"]')]
    .map((host) => [host.dataset.thread, host.dataset.state, host.shadowRoot.querySelector('.time').textContent,
      host.shadowRoot.querySelector('.chip').getAttribute('aria-label')]));
}
async function waitForChips(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('pronto-overlay[data-pronto="timer-chip"][data-state]').length === n,
    count, { timeout: 15000 });
}

test('timer chips on X notifications, pinned clock: outside hours paused, inside hours on time or overdue', async () => {
  await setPolicy(weekdays);
  let { page } = await open('/x/notifications.en.html');
  await waitForChips(page, 3);
  assert.deepEqual((await chips(page)).map(([id, state]) => [id, state]), [
    ['x:status:1857000000000000001', 'paused'],
    ['x:status:1857000000000000002', 'paused'],
    ['x:status:1857000000000000003', 'paused'],
  ]);
  await page.close();

  await setPolicy({ ...weekdays, sat: [['09:00', '18:00']] });
  ({ page } = await open('/x/notifications.en.html'));
  await waitForChips(page, 3);
  await page.waitForFunction(() => !document.querySelector('pronto-overlay[data-pronto="timer-chip"][data-state="paused"]'));
  const shown = await chips(page);
  assert.deepEqual(shown.map(([id, state, time]) => [id, state, time]), [
    ['x:status:1857000000000000001', 'breached', '1h 30m'],   // 11:30 → 13:00, threshold 60 min
    ['x:status:1857000000000000002', 'ok', '15m 00s'],        // 12:45 → 13:00
    ['x:status:1857000000000000003', 'breached', '17h 55m'],  // Friday 19:05, after hours
  ]);
  assert.match(shown[0][3], /Waiting for 1h 30m · overdue · overdue by 30m 00s/);
  assert.match(shown[1][3], /on time · reply due in 45m 00s/);

  // The waiting panel: most urgent first, click to open.
  await page.evaluate(() => document.querySelector('pronto-overlay[data-pronto="launcher"]').shadowRoot.querySelector('.launch').click());
  const listed = await page.evaluate(() => [...document.querySelector('pronto-overlay[data-pronto="launcher"]').shadowRoot
    .querySelectorAll('li button')].map((b) => b.dataset.thread));
  assert.equal(listed.length, 3);
  assert.equal(listed.at(-1), 'x:status:1857000000000000002');
  await page.evaluate(() => {
    const root = document.querySelector('pronto-overlay[data-pronto="launcher"]').shadowRoot;
    root.querySelector('select').value = 'oldest';
    root.querySelector('select').dispatchEvent(new Event('change'));
  });
  const oldest = await page.evaluate(() => [...document.querySelector('pronto-overlay[data-pronto="launcher"]').shadowRoot
    .querySelectorAll('li button')].map((b) => b.dataset.thread));
  assert.deepEqual(oldest, ['x:status:1857000000000000003', 'x:status:1857000000000000001', 'x:status:1857000000000000002']);
  const clicked = await page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('click', (event) => {
      if (event.target.localName === 'pronto-overlay') return;  // the panel's own button
      event.preventDefault();
      resolve(event.target.closest('a')?.getAttribute('href'));
    }, { capture: true });
    document.querySelector('pronto-overlay[data-pronto="launcher"]').shadowRoot.querySelector('li button').click();
  }));
  assert.equal(clicked, '/giulia_dev/status/1857000000000000003');
  await page.close();
});

test('timer chips on the Business Suite inbox, from visible times', async () => {
  await setPolicy({ ...weekdays, sat: [['09:00', '18:00']] });
  const { page, errors } = await open('/facebook/business-inbox.en.html');
  await waitForChips(page, 3);
  await page.waitForFunction(() => !document.querySelector('pronto-overlay[data-pronto="timer-chip"][data-state="paused"]'));
  assert.deepEqual((await chips(page)).map(([id, state, time]) => [id, state, time]), [
    ['fb:thread:5001', 'breached', '2h 18m'],  // 10:42 AM
    ['fb:thread:5003', 'breached', '2d 13h'],  // Nov 12
    ['fb:thread:5004', 'breached', '3h 00m'],  // 3h
  ]);
  // The chips sit in the rows, not in the editor.
  assert.equal(await page.locator('[role="row"] > pronto-overlay[data-pronto="timer-chip"]').count(), 3);
  assert.deepEqual(errors, []);
  await page.close();
  await setPolicy(weekdays);
});

test('timer chips on a 500-thread inbox: made for the rows near the screen, then as rows scroll near; gone with their rows', async () => {
  await setPolicy({ ...weekdays, sat: [['09:00', '18:00']] });
  const { page, errors } = await open('/x/notifications-500.en.html');
  const launcherCount = () => page.evaluate(() =>
    document.querySelector('pronto-overlay[data-pronto="launcher"]')?.shadowRoot.querySelector('.launch')?.dataset.count);
  /** The chip in a post's row: [thread, state, time], or null. */
  const chipOf = (index) => page.evaluate((i) => {
    const host = document.querySelectorAll('article[data-testid="tweet"]')[i]
      .querySelector(':scope > pronto-overlay[data-pronto="timer-chip"][data-state]');
    return host ? [host.dataset.thread, host.dataset.state, host.shadowRoot.querySelector('.time').textContent] : null;
  }, index);
  const statusOf = (index) => page.evaluate((i) => 'x:status:' + /\/status\/(\d+)/.exec(document.querySelectorAll('article[data-testid="tweet"]')[i]
    .querySelector('a[href*="/status/"]').getAttribute('href'))[1], index);
  // The waiting panel lists all 500 (every row was read and timed): [thread, state, time] by thread.
  const listed = async () => {
    const items = await page.evaluate(() => {
      const root = document.querySelector('pronto-overlay[data-pronto="launcher"]').shadowRoot;
      if (root.querySelector('.panel').hidden) root.querySelector('.launch').click();
      return [...root.querySelectorAll('li button')].map((b) => [b.dataset.thread, b.querySelector('.chip').dataset.state,
        b.querySelector('.chip').textContent]);
    });
    return new Map(items.map(([id, state, text]) => [id, [state, text]]));
  };

  await page.waitForFunction(() => document.querySelector('pronto-overlay[data-pronto="launcher"]')?.shadowRoot
    .querySelector('.launch')?.dataset.count === '500', null, { timeout: 15000 });
  await page.waitForFunction(() => document.querySelector('article[data-testid="tweet"] > pronto-overlay[data-state]'));
  const made = await page.locator('pronto-overlay[data-pronto="timer-chip"]').count();
  assert.ok(made > 0 && made < 60, `chips made for the rows near the screen only, not ${made}`);
  const panel = await listed();
  assert.equal(panel.size, 500);
  // The first row's chip agrees with the waiting panel.
  const [firstId, firstState, firstTime] = await chipOf(0);
  assert.equal(firstId, await statusOf(0));
  assert.equal(panel.get(firstId)[0], firstState);
  assert.match(panel.get(firstId)[1], new RegExp(` ${firstTime} `));
  assert.equal(await chipOf(499), null);

  // Scrolled near, the last row gets its chip, with the same values as the panel.
  await page.evaluate(() => [...document.querySelectorAll('article[data-testid="tweet"]')].at(-1).scrollIntoView());
  await page.waitForFunction(() => [...document.querySelectorAll('article[data-testid="tweet"]')].at(-1)
    .querySelector(':scope > pronto-overlay[data-state]'), null, { timeout: 5000 });
  const [lastId, lastState, lastTime] = await chipOf(499);
  assert.equal(lastId, await statusOf(499));
  assert.equal(panel.get(lastId)[0], lastState);
  assert.match(panel.get(lastId)[1], new RegExp(` ${lastTime} `));

  // A recycled row (same element, another post) shows the other post's chip.
  await page.evaluate(() => {
    const row = [...document.querySelectorAll('article[data-testid="tweet"]')].at(-1);
    const link = row.querySelector('a[href*="/status/"]');
    link.setAttribute('href', link.getAttribute('href').replace(/\/status\/\d+/, '/status/1858000000000000999'));
    row.querySelector('[data-testid="tweetText"] span').textContent = '@BrandIT_help is anyone there?';
  });
  await page.waitForFunction(() => [...document.querySelectorAll('article[data-testid="tweet"]')].at(-1)
    .querySelector(':scope > pronto-overlay[data-state]')?.dataset.thread === 'x:status:1858000000000000999', null, { timeout: 5000 });

  // Removed rows take their chips with them, and leave the waiting list.
  await page.evaluate(() => {
    for (const row of [...document.querySelectorAll('article[data-testid="tweet"]')].slice(-3)) row.closest('[data-testid="cellInnerDiv"]').remove();
  });
  await page.waitForFunction(() => document.querySelector('pronto-overlay[data-pronto="launcher"]')?.shadowRoot
    .querySelector('.launch')?.dataset.count === '497', null, { timeout: 5000 });
  assert.equal(await launcherCount(), '497');
  assert.equal(await page.locator('pronto-overlay[data-pronto="timer-chip"][data-thread="x:status:1858000000000000999"]').count(), 0);
  assert.equal((await listed()).has('x:status:1858000000000000999'), false);
  // Those refreshes took the chips off the rows left far above.
  assert.equal(await chipOf(0), null);
  assert.ok(await page.locator('pronto-overlay[data-pronto="timer-chip"]').count() < 60);
  assert.deepEqual(errors, []);
  await page.close();
  await setPolicy(weekdays);
});

test('the layout-changed notice appears when the thread list is removed', async () => {
  const { page, errors } = await open('/x/notifications.en.html');
  await waitForChips(page, 3);
  const notice = () => page.evaluate(() => {
    const node = document.querySelector('pronto-overlay[data-pronto="launcher"]')?.shadowRoot.querySelector('.notice');
    return node && !node.hidden ? { missing: node.dataset.missing, text: node.textContent } : null;
  });
  assert.equal(await notice(), null);
  await page.evaluate(() => document.querySelector('[data-testid="primaryColumn"]').remove());
  await page.waitForFunction(() => {
    const node = document.querySelector('pronto-overlay[data-pronto="launcher"]')?.shadowRoot.querySelector('.notice');
    return node && !node.hidden;
  }, null, { timeout: 10000 });
  const shown = await notice();
  assert.equal(shown.missing, 'primaryColumn');
  assert.match(shown.text, /layout has changed/);
  // The chips went with their rows; nothing threw.
  assert.equal(await page.locator('pronto-overlay[data-pronto="timer-chip"]').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a site switched off in the settings gets no overlay', async () => {
  const settings = await ask('settings.get');
  await ask('settings.set', { settings: { ...settings, sites: { x: false, facebook: true } } });
  const { page } = await open('/x/notifications.en.html');
  await page.waitForTimeout(800);
  assert.equal(await page.locator('pronto-overlay[data-pronto="timer-chip"]').count(), 0);
  await page.close();
  await ask('settings.set', { settings: { ...settings, sites: { x: true, facebook: true } } });
});
