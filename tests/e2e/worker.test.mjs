// The extension's service worker in a real browser: every message channel,
// storage with hashed ids, validation that changes nothing on error, and
// surviving a worker stop/restart without losing state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchWithExtension } from './browser.mjs';

let browser;
before(async () => {
  browser = await launchWithExtension();
});
after(async () => {
  await browser?.close();
});

/** Calls a channel inside the worker, as a content script's message would. */
async function call(channel, payload = {}) {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  return worker.evaluate(async ([c, p]) => {
    try {
      return { ok: true, result: await globalThis.prontoChannels[c]({ channel: c, ...p }) };
    } catch (err) {
      return { ok: false, error: { code: err.code, message: err.message } };
    }
  }, [channel, payload]);
}

const iso = (s) => Date.parse(s);

test('checkReply and analyze run in the worker', async () => {
  const r = await call('core.checkReply', { draft: 'Carta 4111 1111 1111 1111', context: { visibility: 'public', lang: 'it' } });
  assert.ok(r.ok, JSON.stringify(r));
  assert.equal(r.result.status, 'stop');
  const a = await call('core.analyze', { text: 'Grazie mille, siete fantastici ❤️' });
  assert.equal(a.result.sentiment.label, 'positive');
});

test('suggestions use the message intents and the shipped libraries', async () => {
  const r = await call('templates.suggest', {
    message: 'il mio pacco non è ancora arrivato, è in ritardo di una settimana', channel: 'x', visibility: 'public',
    values: { first_name: 'Anna' },
  });
  assert.ok(r.ok, JSON.stringify(r));
  assert.ok(r.result.length > 0);
  assert.match(r.result[0].id, /^it-/);
  assert.ok(r.result[0].text.includes('Anna'));
  assert.ok((await call('templates.chosen', { id: r.result[1].id, message: 'pacco in ritardo' })).ok);
});

test('settings are validated field by field and a bad save changes nothing', async () => {
  const { result: before } = await call('settings.get');
  const bad = await call('settings.set', { settings: { ...before, policy: { ...before.policy, firstResponseMinutes: 'soon' } } });
  assert.equal(bad.ok, false);
  assert.equal(bad.error.code, 'invalid_settings');
  assert.match(bad.error.message, /^settings\.policy: /);
  const badRule = await call('settings.set', { settings: { ...before, rules: { schema: 1, rules: [{ id: 'x', pattern: '(a' }] } } });
  assert.match(badRule.error.message, /settings\.rules: rule #1 \('x'\)/);
  assert.deepEqual((await call('settings.get')).result, before);
  const good = await call('settings.set', { settings: { ...before, agent: 'Giulia', policy: { ...before.policy, timeZone: 'Europe/Rome', firstResponseMinutes: 30 } } });
  assert.ok(good.ok, JSON.stringify(good));
  assert.equal((await call('settings.get')).result.agent, 'Giulia');
});

test('observed events are stored with hashed thread ids; stats and timers come from them', async () => {
  const now = iso('2026-11-18T12:00:00Z');  // a Wednesday
  const events = [];
  for (let i = 0; i < 30; i++) {
    const at = now - (i + 1) * 3 * 3600000;
    events.push({ channel: 'x', thread: `status-${i}`, kind: 'customer', at });
    if (i % 5) events.push({ channel: 'x', thread: `status-${i}`, kind: 'brand', at: at + 10 * 60000, agent: 'Giulia' });
  }
  const r = await call('events.observe', { events });
  assert.ok(r.ok, JSON.stringify(r));
  assert.equal(r.result.added, events.length);
  const stored = await browser.worker.evaluate(() => chrome.storage.local.get('events'));
  assert.equal(stored.events.length, events.length);
  assert.ok(stored.events.every((e) => /^[0-9a-f]{24}$/.test(e.thread) && !e.thread.includes('status')));
  const stats = await call('stats.get', { now });
  assert.ok(stats.ok, JSON.stringify(stats));
  assert.equal(stats.result.windows['7d'].overall.conversations > 0, true);
  assert.ok(['insufficient_data', 'none', 'very_responsive', 'within_an_hour', 'within_a_few_hours', 'within_a_day']
    .includes(stats.result.badge.badge.level));
  // What the next badge level needs is data the popup words in its own language.
  for (const need of stats.result.next?.needs ?? []) {
    assert.ok(['sample', 'rate', 'typical'].includes(need.kind), JSON.stringify(need));
    assert.ok(Number.isFinite(need.count ?? need.percent ?? need.minutes));
  }
  const bad = await call('events.observe', { events: [{ channel: 'x', thread: 'a', kind: 'maybe', at: now }] });
  assert.equal(bad.ok, false);
  assert.match(bad.error.message, /events\[0\]\.kind/);
});

test('timers for the threads on screen, keyed by their own ids', async () => {
  const now = iso('2026-11-18T12:00:00Z');
  const r = await call('timers.forThreads', {
    now,
    threads: [
      { channel: 'x', id: 'a', lastCustomerAt: now - 45 * 60000, brandAnsweredLast: false },
      { channel: 'x', id: 'b', lastCustomerAt: now - 5 * 60000, brandAnsweredLast: false },
      { channel: 'x', id: 'c', lastCustomerAt: now - 90 * 60000, brandAnsweredLast: true, lastBrandAt: now - 80 * 60000 },
    ],
  });
  assert.ok(r.ok, JSON.stringify(r));
  const byId = Object.fromEntries(r.result.timers.map((t) => [t.id, t]));
  assert.equal(byId.c, undefined, 'answered threads have no timer');
  assert.equal(byId.a.state, 'breached');  // 45 min against the 30-minute policy set above
  assert.ok(['ok', 'warning'].includes(byId.b.state));
  assert.equal(r.result.timers[0].id, 'a', 'most urgent first');
});

test('template import is all or nothing and export round-trips', async () => {
  const before = (await call('templates.get')).result;
  const bad = await call('templates.import', { text: 'id,title\nx,"open', format: 'csv', mode: 'merge' });
  assert.equal(bad.ok, false);
  assert.match(bad.error.message, /line 2/);
  assert.deepEqual((await call('templates.get')).result, before);
  const csv = (await call('templates.export', { format: 'csv' })).result.text;
  const again = await call('templates.import', { text: csv, format: 'csv', mode: 'merge' });
  assert.ok(again.ok, JSON.stringify(again));
  assert.equal(again.result.report.added.length, 0);
  assert.equal(again.result.report.unchanged.length, before.templates.length);
});

test('all data exports to one file and imports back; a bad file changes nothing', async () => {
  const { text } = (await call('data.export')).result;
  const doc = JSON.parse(text);
  assert.equal(doc.schema, 1);
  const bad = await call('data.import', { text: JSON.stringify({ ...doc, settings: { ...doc.settings, language: 'fr' } }) });
  assert.match(bad.error.message, /settings\.language/);
  assert.equal((await call('settings.get')).result.language, doc.settings.language);
  assert.ok((await call('data.import', { text })).ok);
});

test('state survives the worker being stopped and restarted', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${browser.baseUrl}/inspect.html`);
  const cdp = await browser.context.newCDPSession(page);
  const oldWorker = browser.context.serviceWorkers()[0];
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // The next message from a content script starts the worker again.
  const answer = await page.evaluate(() => new Promise((resolve) => {
    document.getElementById('draft').value = 'ciao di nuovo';
    document.getElementById('draft').dispatchEvent(new Event('input'));
    setTimeout(resolve, 50, true);
  }));
  assert.ok(answer);
  await page.waitForFunction(() => {
    const host = document.querySelector('pronto-overlay[data-pronto="token-inspector"]');
    return host?.shadowRoot.querySelectorAll('li').length === 3;
  }, null, { timeout: 15000 });
  const settings = await call('settings.get');
  assert.equal(settings.result.agent, 'Giulia', 'settings written before the restart are back');
  assert.ok(browser.context.serviceWorkers().length >= 1);
  assert.ok(oldWorker);
  await page.close();
});

test('the badge export is the widget\'s pronto-badge.json, anonymised', async () => {
  const now = Date.parse('2026-11-18T12:00:00Z');
  const { result: settings } = await call('settings.get');
  const noBrand = await call('badge.export', { now });
  if (!settings.brand) assert.match(noBrand.error.message, /settings\.brand/);
  assert.ok((await call('settings.set', { settings: { ...settings, brand: 'Pronto Demo' } })).ok);
  const r = await call('badge.export', { now });
  assert.ok(r.ok, JSON.stringify(r));
  const doc = JSON.parse(r.result.text);
  assert.equal(doc.schema, 1);
  assert.equal(doc.brand, 'Pronto Demo');
  assert.ok(doc.summary && doc.policy && doc.zone);
  assert.ok(doc.events.length > 0);
  for (const e of doc.events) {
    assert.equal(e.length, 3);
    assert.ok(Number.isFinite(e[0]) && ['customer', 'brand'].includes(e[1]) && Number.isInteger(e[2]));
  }
  assert.ok(!r.result.text.includes('Giulia'), 'no agent names leave');
});

test('rules.try checks a draft with rules it neither stores nor keeps', async () => {
  const { result: settings } = await call('settings.get');
  const kept = { schema: 1, rules: [{ id: 'kept', phrases: ['kept'] }] };
  assert.ok((await call('settings.set', { settings: { ...settings, rules: kept } })).ok);
  const { result: before } = await call('settings.get');
  const draft = 'A kept Trial reply';
  const tried = await call('rules.try', { rules: { schema: 1, rules: [{ id: 'trial', pattern: '(?i)trial', severity: 'stop' }] }, draft });
  assert.ok(tried.ok, JSON.stringify(tried));
  const custom = tried.result.findings.filter((f) => f.rule.startsWith('custom:'));
  assert.deepEqual(custom.map((f) => [f.rule, f.start, f.end, f.severity]), [['custom:trial', 7, 12, 'stop']]);
  assert.equal(tried.result.status, 'stop');
  // The stored rules are back in force, and nothing was stored.
  const check = (await call('core.checkReply', { draft })).result;
  assert.deepEqual(check.findings.filter((f) => f.rule.startsWith('custom:')).map((f) => f.rule), ['custom:kept']);
  assert.deepEqual((await call('settings.get')).result, before);

  const bad = await call('rules.try', { rules: { schema: 1, rules: [{ id: 'trial', pattern: '(unclosed' }] }, draft });
  assert.equal(bad.ok, false);
  assert.match(bad.error.message, /^rule #1 \('trial'\): "pattern" is not valid RE2 syntax/);
  const after = (await call('core.checkReply', { draft })).result;
  assert.deepEqual(after.findings.filter((f) => f.rule.startsWith('custom:')).map((f) => f.rule), ['custom:kept']);
  assert.equal((await call('rules.try', { rules: kept })).error.code, 'bad_request');
  assert.deepEqual((await call('settings.get')).result, before);
});
