// The site adapters (extension/content/sites/*.js, on extension/content/site-kit.js)
// on the committed X and Facebook fixtures (tests/fixtures/{x,facebook}/), in
// real Chromium: every selector matches where and as often as stated below;
// threads, surfaces, languages and times come out as expected with a pinned
// `now`; text goes into the fixture editors' own models (which, like Draft.js
// and Lexical, revert direct DOM edits); a recycled virtual list is read
// afresh; a missing list is reported, not thrown. Every page is run again
// under /strict/ (script-src 'self'), where the adapters are loaded as
// same-origin files: nothing in them needs inline code.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { launchWithExtension, extensionDir } from './browser.mjs';

const source = (path) => fileURLToPath(new URL(`../../extension/content/${path}`, import.meta.url));
const scripts = { x: ['site-kit.js', 'sites/x.js'], facebook: ['site-kit.js', 'sites/facebook.js'] };

const NOW = Date.UTC(2026, 10, 14, 12, 0);  // Saturday 14 November 2026, 13:00 in Rome
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** UTC ms of a wall-clock time in Rome in November (CET, UTC+1). */
const rome = (month, day, hour = 0, minute = 0) => Date.UTC(2026, month - 1, day, hour - 1, minute);

/**
 * Where each selector of each adapter must match, and how many times. A
 * fixture not listed must have no match. The test fails if an adapter has a
 * selector missing here, or if a listed selector matches nowhere.
 */
const selectorCounts = {
  x: {
    primaryColumn: { 'x/notifications.en.html': 1, 'x/notifications.it.html': 1, 'x/thread.en.html': 1, 'x/dm-legacy.en.html': 1 },
    tweet: { 'x/notifications.en.html': 3, 'x/notifications.it.html': 2, 'x/thread.en.html': 6 },
    focalTweet: { 'x/thread.en.html': 1 },
    userName: { 'x/notifications.en.html': 3, 'x/notifications.it.html': 2, 'x/thread.en.html': 6 },
    statusTime: { 'x/notifications.en.html': 3, 'x/notifications.it.html': 2, 'x/thread.en.html': 5 },  // the ad has none
    tweetText: { 'x/notifications.en.html': 3, 'x/notifications.it.html': 2, 'x/thread.en.html': 6 },
    notification: { 'x/notifications.en.html': 1, 'x/notifications.it.html': 1 },
    profileLink: { 'x/notifications.en.html': 1, 'x/notifications.it.html': 1, 'x/thread.en.html': 1, 'x/dm-legacy.en.html': 1, 'x/dm-xchat.it.html': 1 },
    avatar: { 'x/notifications.en.html': 5, 'x/notifications.it.html': 4, 'x/thread.en.html': 8, 'x/dm-legacy.en.html': 4, 'x/dm-xchat.it.html': 4 },
    replyEditor: { 'x/thread.en.html': 1 },
    draftEditor: { 'x/thread.en.html': 1, 'x/dm-legacy.en.html': 1 },
    conversation: { 'x/dm-legacy.en.html': 3 },
    dmTimeline: { 'x/dm-legacy.en.html': 1 },
    messageEntry: { 'x/dm-legacy.en.html': 3 },
    dmComposer: { 'x/dm-legacy.en.html': 1 },
    xchatContainer: { 'x/dm-xchat.it.html': 1 },
    xchatItem: { 'x/dm-xchat.it.html': 3 },
    xchatMessages: { 'x/dm-xchat.it.html': 1 },
    xchatComposer: { 'x/dm-xchat.it.html': 1 },
    selected: { 'x/dm-legacy.en.html': 1, 'x/dm-xchat.it.html': 1 },
  },
  facebook: {
    threadList: { 'facebook/page-inbox.it.html': 1, 'facebook/business-inbox.en.html': 1 },
    threadRow: { 'facebook/page-inbox.it.html': 6, 'facebook/business-inbox.en.html': 4 },
    threadLink: { 'facebook/page-inbox.it.html': 6, 'facebook/business-inbox.en.html': 4 },
    selected: { 'facebook/page-inbox.it.html': 1, 'facebook/business-inbox.en.html': 2 },  // the open row (+ the active tab)
    conversationPane: { 'facebook/page-inbox.it.html': 1 },
    messageList: { 'facebook/page-inbox.it.html': 1, 'facebook/business-inbox.en.html': 1 },
    messageRow: { 'facebook/page-inbox.it.html': 4, 'facebook/business-inbox.en.html': 3 },
    messageHeading: { 'facebook/page-inbox.it.html': 4, 'facebook/business-inbox.en.html': 3 },
    messageComposer: { 'facebook/page-inbox.it.html': 1 },
    businessComposer: { 'facebook/business-inbox.en.html': 1 },
    commentArticle: { 'facebook/comments.en.html': 4, 'facebook/comments.it.html': 3 },
    replyArticle: { 'facebook/comments.en.html': 3, 'facebook/comments.it.html': 1 },
    commentLink: { 'facebook/comments.en.html': 7, 'facebook/comments.it.html': 4 },
    commentBody: { 'facebook/comments.en.html': 8, 'facebook/comments.it.html': 5 },  // comments + replies + the post
    commentBox: { 'facebook/comments.en.html': 2, 'facebook/comments.it.html': 1 },
    postAuthor: { 'facebook/comments.en.html': 1, 'facebook/comments.it.html': 1 },
  },
};

// followUp: the brand has already written to the customer in this conversation.
const t = (id, customerName, customerHandle, lastCustomerAt, lastCustomerText, brandAnsweredLast, lastBrandAt, visibility,
  followUp = false) =>
  ({ id, customerName, customerHandle, lastCustomerAt, lastCustomerText, brandAnsweredLast, lastBrandAt, followUp, visibility });
const iso = Date.parse;

/** What each fixture must yield. `remove` takes the list away for the health check. */
const fixtures = {
  'x/notifications.en.html': {
    site: 'x', surface: 'notifications', lang: 'en', skipped: 0, composer: null,
    threads: [
      t('x:status:1857000000000000001', 'Anna 🌸 Rossi', '@anna_rossi', iso('2026-11-14T10:30:00Z'), '@BrandIT_help my order #12345 is still not here 😡', false, null, 'public'),
      t('x:status:1857000000000000002', 'Marco 🍕', '@marco_b', iso('2026-11-14T11:45:00Z'), '@BrandIT_help thanks, all sorted! ❤️', false, null, 'public'),
      t('x:status:1857000000000000003', 'Giulia', '@giulia_dev', iso('2026-11-13T18:05:00Z'), 'Does @BrandIT_help ship to Malta?', false, null, 'public'),
    ],
    remove: '[data-testid="primaryColumn"]', missing: ['primaryColumn'],
  },
  'x/notifications.it.html': {
    site: 'x', surface: 'notifications', lang: 'it', skipped: 0, composer: null,
    threads: [
      t('x:status:1857000000000000011', 'Chiara 🌻 Verdi', '@chiara_v', iso('2026-11-14T11:57:00Z'), '@BrandIT_help il codice sconto non funziona 😕', false, null, 'public'),
      t('x:status:1857000000000000012', 'Paolo Ferri', '@paolo_f', iso('2026-11-12T08:15:00Z'), '@BrandIT_help a che ora apre il negozio di Milano?', false, null, 'public'),
    ],
    remove: '[data-testid="primaryColumn"]', missing: ['primaryColumn'],
  },
  'x/thread.en.html': {
    site: 'x', surface: 'thread', lang: 'en', skipped: 1,  // the promoted post has no status link
    composer: { kind: 'draftjs', threadId: 'x:status:1857000000000000101' },
    threads: [
      t('x:status:1857000000000000101', 'Anna 🌸 Rossi', '@anna_rossi', iso('2026-11-14T09:00:00Z'), '@BrandIT_help my order #12345 is late 😡', true, iso('2026-11-14T09:20:00Z'), 'public'),
      t('x:status:1857000000000000103', 'Anna 🌸 Rossi', '@anna_rossi', iso('2026-11-14T09:40:00Z'), '@BrandIT_help Done, sent you a DM', false, null, 'public', true),
      t('x:status:1857000000000000104', 'Marco 🍕', '@marco_b', iso('2026-11-14T10:00:00Z'), '@BrandIT_help same problem here, order #12377', true, iso('2026-11-14T10:10:00Z'), 'public'),
    ],
    remove: '[data-testid="primaryColumn"]', missing: ['primaryColumn', 'tweet', 'userName', 'statusTime', 'replyEditor'],
  },
  'x/dm-legacy.en.html': {
    site: 'x', surface: 'dm-legacy', lang: 'en', skipped: 0,
    composer: { kind: 'draftjs', threadId: 'x:dm:44196397-1590001' },
    threads: [
      t('x:dm:44196397-1590001', 'Anna 🌸 Rossi', '@anna_rossi', iso('2026-11-14T11:10:00Z'), 'Hi, my order #12345 still hasn’t arrived', false, null, 'private'),
      t('x:dm:44196397-1590002', 'Luca Bianchi', '@lucab', null, null, true, iso('2026-11-14T08:00:00Z'), 'private', true),
      t('x:dm:44196397-1590003', 'Sofia ✨', '@sofia_s', iso('2026-11-13T21:30:00Z'), 'Can I change the delivery address?', false, null, 'private'),
    ],
    remove: '[data-testid="primaryColumn"]', missing: ['conversation'],
  },
  'x/dm-xchat.it.html': {
    site: 'x', surface: 'dm-xchat', lang: 'it', skipped: 0,
    composer: { kind: 'textarea', threadId: 'x:dm:1590004-44196397' },
    threads: [
      t('x:dm:1590004-44196397', 'Chiara 🌻 Verdi', '@chiara_v', NOW - 3 * MIN, 'Il codice sconto non funziona 😕', false, null, 'private'),
      t('x:dm:1590005-44196397', 'Paolo Ferri', '@paolo_f', null, null, true, NOW - 2 * HOUR, 'private', true),
      t('x:dm:1590006-44196397', 'Elena 🐱', '@elena_gatti', rome(11, 13), 'Avete novità sul mio ordine?', false, null, 'private'),
    ],
    remove: '[data-testid="dm-container"] [role="list"]', missing: ['xchatItem'],
  },
  'facebook/page-inbox.it.html': {
    site: 'facebook', surface: 'page-inbox', lang: 'it', skipped: 0,
    composer: { kind: 'lexical', threadId: 'fb:thread:1001' },
    threads: [
      t('fb:thread:1001', 'Anna 🌸 Rossi', null, null, null, true, NOW - 2 * HOUR, 'private', true),
      t('fb:thread:1002', 'Marco 🍕 Bianchi', null, NOW - 3 * MIN, 'Il mio ordine non è ancora arrivato 😡', false, null, 'private'),
      t('fb:thread:1003', 'Giulia Neri', null, NOW - 25 * MIN, 'Posso cambiare taglia?', false, null, 'private'),
      t('fb:thread:1004', 'Luca ⚽ Esposito', null, null, null, true, NOW - HOUR, 'private', true),
      t('fb:thread:1005', 'Sofia Romano', null, NOW - 5 * HOUR, 'Grazie mille ❤️', false, null, 'private'),
      t('fb:thread:1006', 'Paolo Ferri', null, rome(11, 13), 'Avete un negozio a Torino?', false, null, 'private'),
    ],
    remove: '[role="grid"]', missing: ['threadList', 'threadRow'],
  },
  'facebook/business-inbox.en.html': {
    site: 'facebook', surface: 'business-inbox', lang: 'en', skipped: 0,
    composer: { kind: 'textarea', threadId: 'fb:thread:5001' },
    threads: [
      // Open: its messages show the Page's reply before his question, so a reply now is a follow-up.
      t('fb:thread:5001', 'Marco 🍕 Bianchi', null, rome(11, 14, 10, 42), 'Is the shop open on Sunday?', false, null, 'private', true),
      t('fb:thread:5002', 'Giulia Neri', null, null, null, true, rome(11, 13, 18, 15), 'private', true),
      t('fb:thread:5003', 'Ahmed Khan', null, rome(11, 12), 'Where is my order? It says delivered but nothing here', false, null, 'private'),
      t('fb:thread:5004', 'Laura 💬 Conti', null, NOW - 3 * HOUR, 'Love the new collection!', false, null, 'public'),
    ],
    remove: '[role="grid"]', missing: ['threadList', 'threadRow'],
  },
  'facebook/comments.en.html': {
    site: 'facebook', surface: 'comments', lang: 'en', skipped: 0,
    composer: { kind: 'lexical', threadId: null },  // the post's own box, not the reply box
    threads: [
      t('fb:comment:7001', 'Anna 🌸 Rossi', 'anna.rossi', NOW - 2 * HOUR, 'When will the Milan store reopen?', true, NOW - HOUR, 'public'),
      t('fb:comment:7003', 'Tom Smith', '100012345', NOW - 5 * MIN, 'I did, no answer', false, NOW - 30 * MIN, 'public', true),
      t('fb:comment:7007', 'Zoë 🐝 Martin', 'zoe.martin', NOW - DAY, 'Do you ship to Switzerland?', false, null, 'public'),
    ],
    remove: 'li:has(> [role="article"])', missing: ['commentArticle', 'commentLink'],
  },
  'facebook/comments.it.html': {
    site: 'facebook', surface: 'comments', lang: 'it', skipped: 0,
    composer: { kind: 'lexical', threadId: null },
    threads: [
      t('fb:comment:8001', 'Giovanni ⚽ Russo', 'giovanni.russo', NOW - 3 * HOUR, 'Il pacco è arrivato rotto 😢', true, NOW - 2 * HOUR, 'public'),
      t('fb:comment:8003', 'Francesca Galli', 'francesca.galli', NOW - 20 * MIN, 'Quando arrivano i saldi online?', false, null, 'public'),
      t('fb:comment:8004', 'Luca Moretti', '100077777', NOW - DAY, 'Consegna velocissima, grazie!', false, null, 'public'),
    ],
    remove: 'li:has(> [role="article"])', missing: ['commentArticle', 'commentLink'],
  },
};

let browser;
before(async () => {
  browser = await launchWithExtension();
});
after(async () => {
  await browser?.close();
});

/**
 * Opens a fixture (under /strict/ when `strict`) and loads the site's adapter
 * into the page: from its path on a normal page, from a same-origin URL under
 * the strict CSP (which blocks the inline script addScriptTag({path}) makes).
 */
async function open(path, { strict = false } = {}) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err));
  const url = `${browser.baseUrl}${strict ? '/strict' : ''}/${path}`;
  const response = await page.goto(url);
  if (strict) assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self'/);
  const site = path.split('/')[0];
  for (const file of scripts[site]) {
    if (strict) {
      await page.route(`${browser.baseUrl}/__pronto/${file}`, async (route) =>
        route.fulfill({ contentType: 'text/javascript', body: await readFile(source(file), 'utf8') }));
      await page.addScriptTag({ url: `${browser.baseUrl}/__pronto/${file}` });
    } else {
      await page.addScriptTag({ path: source(file) });
    }
  }
  await page.waitForFunction((id) => globalThis.prontoContent?.sites?.some((s) => s.id === id), site);
  return { page, errors, site };
}

/** The adapter's threads without their elements, times as given. */
function readThreads(page, site, options = { now: NOW }) {
  return page.evaluate(([id, opts]) => {
    const adapter = globalThis.prontoContent.sites.find((s) => s.id === id);
    const threads = adapter.threads(document, opts);
    return {
      skipped: threads.skipped,
      threads: threads.map(({ element, channel, surface, ...rest }) => ({
        ...rest, channel, surface, connected: element.isConnected,
      })),
    };
  }, [site, options]);
}

test('every adapter selector is accounted for in the fixture table', async () => {
  const { page } = await open('x/notifications.en.html');
  const xNames = await page.evaluate(() => Object.keys(globalThis.prontoContent.sites.find((s) => s.id === 'x').selectors));
  await page.close();
  const { page: fbPage } = await open('facebook/comments.en.html');
  const fbNames = await fbPage.evaluate(() => Object.keys(globalThis.prontoContent.sites.find((s) => s.id === 'facebook').selectors));
  await fbPage.close();
  assert.deepEqual(Object.keys(selectorCounts.x).sort(), xNames.sort());
  assert.deepEqual(Object.keys(selectorCounts.facebook).sort(), fbNames.sort());
  for (const [site, table] of Object.entries(selectorCounts)) {
    for (const [name, where] of Object.entries(table)) {
      assert.ok(Object.values(where).some((n) => n > 0), `${site}.${name} must match on some fixture`);
      for (const fixture of Object.keys(where)) assert.ok(fixtures[fixture], `${site}.${name}: no fixture ${fixture}`);
    }
  }
});

for (const strict of [false, true]) {
  const mode = strict ? ' (strict CSP)' : '';
  for (const [path, want] of Object.entries(fixtures)) {
    test(`${path}${mode}: each selector matches as many times as stated`, async () => {
      const { page, errors, site } = await open(path, { strict });
      const counts = await page.evaluate((id) => {
        const adapter = globalThis.prontoContent.sites.find((s) => s.id === id);
        return Object.fromEntries(Object.entries(adapter.selectors)
          .map(([name, { css }]) => [name, document.querySelectorAll(css).length]));
      }, site);
      const expected = Object.fromEntries(Object.entries(selectorCounts[site]).map(([name, where]) => [name, where[path] ?? 0]));
      assert.deepEqual(counts, expected);
      // health() reports the same counts, nothing required missing.
      const health = await page.evaluate((id) => globalThis.prontoContent.sites.find((s) => s.id === id).health(), site);
      assert.deepEqual(Object.fromEntries(health.map((h) => [h.name, h.found])), expected);
      assert.deepEqual(health.filter((h) => h.required && h.found === 0), []);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test(`${path}${mode}: surface, language and threads`, async () => {
      const { page, errors, site } = await open(path, { strict });
      const basics = await page.evaluate((id) => {
        const adapter = globalThis.prontoContent.sites.find((s) => s.id === id);
        const others = globalThis.prontoContent.sites.filter((s) => s.id !== id);
        return {
          matches: adapter.matches(location),
          surface: adapter.surface(document),
          lang: adapter.uiLanguage(document),
          othersMatch: others.some((s) => s.matches(location)),
        };
      }, site);
      assert.deepEqual(basics, { matches: true, surface: want.surface, lang: want.lang, othersMatch: false });
      const { skipped, threads } = await readThreads(page, site);
      assert.equal(skipped, want.skipped);
      assert.deepEqual(threads, want.threads.map((thread) => ({
        ...thread, channel: site, surface: want.surface, connected: true,
      })));
      assert.deepEqual(errors, []);
      await page.close();
    });

    test(`${path}${mode}: health reports the missing list and threads() stays calm`, async () => {
      const { page, errors, site } = await open(path, { strict });
      const result = await page.evaluate(([id, selector]) => {
        const adapter = globalThis.prontoContent.sites.find((s) => s.id === id);
        document.querySelectorAll(selector).forEach((el) => el.remove());
        return {
          surface: adapter.surface(document),
          missing: adapter.health().filter((h) => h.required && h.found === 0).map((h) => h.name),
          // What the layout notice asks: only the required selectors, the same verdict.
          missingRequiredOnly: adapter.health(document, { requiredOnly: true })
            .filter((h) => { if (!h.required) throw new Error(`${h.name} is not required`); return h.found === 0; })
            .map((h) => h.name),
          threads: adapter.threads(document, { now: Date.now() }).length,
          emptyRoot: adapter.threads(document.createElement('div')).length,
        };
      }, [site, want.remove]);
      assert.deepEqual(result, {
        surface: want.surface, missing: want.missing, missingRequiredOnly: want.missing, threads: 0, emptyRoot: 0,
      });
      assert.deepEqual(errors, []);
      await page.close();
    });

    test(`${path}${mode}: composer`, async () => {
      const { page, errors, site } = await open(path, { strict });
      const found = await page.evaluate((id) => {
        const composer = globalThis.prontoContent.sites.find((s) => s.id === id).composer();
        return composer && { kind: composer.kind, threadId: composer.threadId };
      }, site);
      assert.deepEqual(found, want.composer);
      if (!found) {
        await page.close();
        return;
      }
      // Real typing goes through the fixture editor's own handlers.
      const editor = page.locator('[data-fixture-editor]').first();
      if (path === 'facebook/comments.en.html') await page.locator('[aria-label="Write a comment…"]').click();
      else await editor.click();
      await page.keyboard.type('Hi! ');
      const result = await page.evaluate(async (id) => {
        const composer = globalThis.prontoContent.sites.find((s) => s.id === id).composer();
        const inserted = await composer.insertText('Ciao Anna 😊');
        return { inserted, text: composer.getText(), model: composer.element.getAttribute('data-model-text') };
      }, site);
      assert.deepEqual(result, { inserted: true, text: 'Hi! Ciao Anna 😊', model: 'Hi! Ciao Anna 😊' });

      // A direct edit does not reach the editor's state, and is undone (proves the fixture is realistic).
      const reverted = await page.evaluate(async (id) => {
        const composer = globalThis.prontoContent.sites.find((s) => s.id === id).composer();
        const element = composer.element;
        if (composer.kind === 'textarea') {
          element.value = 'x';
          element.blur();
        } else {
          element.textContent = 'x';
        }
        await new Promise((resolve) => setTimeout(resolve, 0));
        return { text: composer.getText(), model: element.getAttribute('data-model-text') };
      }, site);
      assert.deepEqual(reverted, { text: 'Hi! Ciao Anna 😊', model: 'Hi! Ciao Anna 😊' });

      // A composer whose editor left the page answers false, never throws.
      const detached = await page.evaluate(async (id) => {
        const composer = globalThis.prontoContent.sites.find((s) => s.id === id).composer();
        composer.element.remove();
        return composer.insertText('Ciao');
      }, site);
      assert.equal(detached, false);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
}

test('the recycled virtual list is read afresh after scrolling', async () => {
  const { page, errors } = await open('facebook/page-inbox.it.html');
  const rowsBefore = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('[role="grid"] [role="row"]')];
    rows.forEach((row, i) => { row.fixtureMark = i; });  // to prove the same elements come back
    return rows.length;
  });
  assert.equal(rowsBefore, 6);
  await page.evaluate(() => { document.querySelector('[role="grid"]').scrollTop = 10 * 64; });
  await page.waitForFunction(() => document.querySelector('[role="grid"]').getAttribute('data-fixture-first-row') === '10');
  const after = await page.evaluate((now) => {
    const adapter = globalThis.prontoContent.sites.find((s) => s.id === 'facebook');
    const rows = [...document.querySelectorAll('[role="grid"] [role="row"]')];
    return {
      recycled: rows.every((row, i) => row.fixtureMark === i),
      threads: adapter.threads(document, { now }).map((th) => [th.id, th.customerName, th.lastCustomerAt, th.brandAnsweredLast, th.lastBrandAt]),
    };
  }, NOW);
  assert.equal(after.recycled, true);
  assert.deepEqual(after.threads, [
    ['fb:thread:1011', 'Chiara 🌻 Verdi', NOW - 3 * DAY, false, null],
    ['fb:thread:1012', 'Federico Conti', null, true, NOW - 4 * DAY],
    ['fb:thread:1013', 'Sara 🎀 De Luca', NOW - 5 * DAY, false, null],
    ['fb:thread:1014', 'Matteo Mancini', NOW - 6 * DAY, false, null],
    ['fb:thread:1015', 'Valentina Rizzi', null, true, NOW - 7 * DAY],
    ['fb:thread:1016', 'Giorgio 🎸 Lombardi', NOW - 7 * DAY, false, null],
  ]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('visible times in Italian and English, relative to a pinned now', async () => {
  const { page } = await open('x/notifications.it.html');
  const cases = {
    '2h': NOW - 2 * HOUR, '3 min': NOW - 3 * MIN, '5 m': NOW - 5 * MIN, '45s': NOW - 45_000,
    '2 ore fa': NOW - 2 * HOUR, 'an hour ago': NOW - HOUR, "un'ora fa": NOW - HOUR, '1 g': NOW - DAY,
    '1d': NOW - DAY, '2 sett': NOW - 14 * DAY, 'adesso': NOW, 'Just now': NOW,
    'ieri': rome(11, 13), 'Yesterday at 10:15': rome(11, 13, 10, 15), 'ieri alle 18:30': rome(11, 13, 18, 30),
    'Yesterday at 6:15 PM': rome(11, 13, 18, 15), '10:42 AM': rome(11, 14, 10, 42), '14:30': rome(11, 13, 14, 30),
    'Oggi alle 9:05': rome(11, 14, 9, 5), 'lun': rome(11, 9), 'Friday at 9:00': rome(11, 13, 9, 0),
    '12 nov': rome(11, 12), 'Nov 12': rome(11, 12), '12 novembre alle 9:30': rome(11, 12, 9, 30),
    'Nov 12, 2025 at 9:30 AM': Date.UTC(2025, 10, 12, 8, 30), '3 dic': Date.UTC(2025, 11, 2, 23, 0),
    '': null, 'Sponsorizzato': null, 'Ad': null, '32 nov': null,
  };
  const got = await page.evaluate(([texts, now]) =>
    Object.fromEntries(texts.map((text) => [text, globalThis.prontoContent.siteKit.parseVisibleTime(text, now)])),
  [Object.keys(cases), NOW]);
  assert.deepEqual(got, cases);
  await page.close();
});

test('a focused reply box is the composer, answering its comment', async () => {
  const { page, errors } = await open('facebook/comments.en.html');
  await page.locator('[aria-label="Reply to Tom Smith…"]').click();
  const found = await page.evaluate(async () => {
    const composer = globalThis.prontoContent.sites.find((s) => s.id === 'facebook').composer();
    const inserted = await composer.insertText('Tom, ti scriviamo subito 🙏');
    return { threadId: composer.threadId, label: composer.element.getAttribute('aria-label'), inserted,
      model: composer.element.getAttribute('data-model-text') };
  });
  assert.deepEqual(found, { threadId: 'fb:comment:7003', label: 'Reply to Tom Smith…', inserted: true,
    model: 'Tom, ti scriviamo subito 🙏' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a caller can name the brand when the page does not show it', async () => {
  const { page } = await open('x/thread.en.html');
  const ids = await page.evaluate((now) => {
    document.querySelector('[data-testid="AppTabBar_Profile_Link"]').remove();
    const adapter = globalThis.prontoContent.sites.find((s) => s.id === 'x');
    return {
      unknown: adapter.threads(document, { now }).length,  // every post is someone else's
      named: adapter.threads(document, { now, brandHandle: 'BrandIT_help' }).map((th) => th.id),
    };
  }, NOW);
  assert.deepEqual(ids, {
    unknown: 5,
    named: ['x:status:1857000000000000101', 'x:status:1857000000000000103', 'x:status:1857000000000000104'],
  });
  await page.close();
});

test('the unpacked extension loads the adapters before content/main.js', async () => {
  const manifest = JSON.parse(await readFile(`${extensionDir}/manifest.json`, 'utf8'));
  const js = manifest.content_scripts[0].js;
  const main = js.indexOf('content/main.js');
  for (const file of ['content/site-kit.js', 'content/sites/x.js', 'content/sites/facebook.js']) {
    assert.ok(js.indexOf(file) >= 0 && js.indexOf(file) < main, `${file} before content/main.js`);
  }
  assert.ok(js.indexOf('content/site-kit.js') < js.indexOf('content/sites/x.js'));
});

test('no request left the machine', () => {
  assert.deepEqual(browser.offsite, []);
});
