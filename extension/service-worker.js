// Copyright 2026 The Pronto Authors.
//
// The module service worker hosts the wasm core. Content scripts never compile
// wasm (a strict page CSP would block it); they send text here and get results
// back. One block per message channel, each saying who may call it and what it
// takes and returns. Everything lives in chrome.storage.local (storage.js), so
// when Chrome stops this worker and starts it again nothing is lost: the
// caches below are rebuilt on the first request.
import { loadPronto, ProntoError } from './core/pronto.mjs';
import * as storage from './storage.js';

// Module service workers may not use top-level await: start loading now and
// let every handler wait for the same promises.
const coreReady = loadPronto({
  wasmUrl: chrome.runtime.getURL('core/pronto-core.wasm'),
  lexiconUrl: chrome.runtime.getURL('core/pronto-lexicon.txt'),
});
coreReady.catch((err) => console.error('Pronto: the wasm core failed to load:', err));
// For the worker's DevTools console and the browser tests: `await prontoCore`.
globalThis.prontoCore = coreReady;

let state = null;  // storage.load() result, kept in step with every save
let stateLoading = null;
let suggester = null;
let tracker = null;
let appliedRules = null;

async function ready() {
  const pronto = await coreReady;
  if (!state) {
    stateLoading ??= storage.load();
    state = await stateLoading;
    stateLoading = null;
  }
  if (appliedRules !== state.settings.rules) {
    pronto.setReplyRules(state.settings.rules);
    appliedRules = state.settings.rules;
  }
  return pronto;
}

async function defaultLibrary(pronto) {
  const libraries = await Promise.all(['it', 'en'].map(async (lang) => {
    const response = await fetch(chrome.runtime.getURL(`templates/${lang}.json`));
    return response.json();
  }));
  // The two libraries share ids (one per case, per language): prefix them.
  const templates = libraries.flatMap((lib) => lib.templates.map((t) => ({ ...t, id: `${t.language}-${t.id}` })));
  return pronto.parseLibrary({ schema: 1, templates });
}

async function library(pronto) {
  return state.templates ?? defaultLibrary(pronto);
}

async function getSuggester(pronto) {
  if (!suggester) {
    suggester = pronto.createSuggester(await library(pronto));
    if (state.usage) {
      try {
        suggester.loadUsage(state.usage);
      } catch (err) {
        console.warn('Pronto: stored template usage was unreadable and is ignored:', err.message);
      }
    }
  }
  return suggester;
}

function resetSuggester() {
  suggester?.dispose();
  suggester = null;
}

function getTracker(pronto) {
  if (!tracker) {
    tracker = pronto.createTracker();
    tracker.setPolicy(state.settings.policy);
    if (state.events.length) tracker.addEvents(state.events);
  }
  return tracker;
}

function resetTracker() {
  tracker?.dispose();
  tracker = null;
}

/** Checks settings field by field; the core validates the policy and the rules. */
function validateSettings(pronto, settings) {
  const fail = (field, what) => {
    throw new ProntoError('invalid_settings', `settings.${field}: ${what}`);
  };
  if (!settings || typeof settings !== 'object') fail('', 'must be an object');
  if (!['auto', 'it', 'en'].includes(settings.language)) fail('language', 'must be auto, it or en');
  if (!settings.sites || typeof settings.sites.x !== 'boolean' || typeof settings.sites.facebook !== 'boolean') {
    fail('sites', 'needs x and facebook switches (true or false)');
  }
  for (const field of ['agent', 'brand']) {
    if (typeof settings[field] !== 'string' || settings[field].length > 80) fail(field, 'must be text of at most 80 characters');
  }
  const probe = pronto.createTracker();
  try {
    probe.setPolicy(settings.policy);
  } catch (err) {
    fail('policy', err.message);
  } finally {
    probe.dispose();
  }
  try {
    pronto.setReplyRules(settings.rules);
  } catch (err) {
    fail('rules', err.message);
  } finally {
    pronto.setReplyRules(state.settings.rules);
  }
  return { ...settings, schema: 1 };
}

function levelLabel(id) {
  return id.replaceAll('_', ' ');
}

/**
 * What it would take to reach the next badge level up: the level and a list
 * of needs, as data the popup words in the UI language:
 * {kind: 'sample', count} | {kind: 'rate', percent} | {kind: 'typical', minutes}.
 */
function nextLevel(badge, levels) {
  const order = levels.map((l) => l.id);
  const current = order.indexOf(badge.level);
  const target = current === -1 ? levels[levels.length - 1] : levels[current - 1];
  if (!target) return null;
  const needs = [];
  if (badge.sample < badge.minSample) needs.push({ kind: 'sample', count: badge.minSample - badge.sample });
  if (badge.responseRate < target.minRate) needs.push({ kind: 'rate', percent: Math.round(target.minRate * 100) });
  if (badge.typicalMs > target.maxTypicalMs) needs.push({ kind: 'typical', minutes: Math.round(target.maxTypicalMs / 60000) });
  return { level: target.id, label: levelLabel(target.id), needs };
}

const defaultLevels = [
  { id: 'very_responsive', minRate: 0.9, maxTypicalMs: 15 * 60000 },
  { id: 'within_an_hour', minRate: 0.5, maxTypicalMs: 60 * 60000 },
  { id: 'within_a_few_hours', minRate: 0.5, maxTypicalMs: 4 * 3600000 },
  { id: 'within_a_day', minRate: 0.5, maxTypicalMs: 24 * 3600000 },
];

/** Handlers by channel. Each gets the message and returns a JSON-able value. */
const channels = {
  // core.tokenize — Pronto's content scripts and pages: {text} → {tokens}.
  // Text stays inside the browser: it goes to the wasm core and nowhere else.
  async 'core.tokenize'(message) {
    if (typeof message.text !== 'string') throw new ProntoError('bad_request', 'core.tokenize needs {text: string}');
    const pronto = await coreReady;
    return { tokens: pronto.tokenize(message.text) };
  },

  // core.version — any Pronto script or page: {} → {version}.
  async 'core.version'() {
    const pronto = await coreReady;
    return { version: pronto.version };
  },

  // core.analyze — content scripts: {text, role?, lang?, visibility?} → the analysis.
  async 'core.analyze'(message) {
    const pronto = await ready();
    return pronto.analyze(String(message.text ?? ''), {
      role: message.role, lang: message.lang, visibility: message.visibility,
    });
  },

  // core.checkReply — content scripts and trainer: {draft, context} → status and findings.
  async 'core.checkReply'(message) {
    const pronto = await ready();
    if (typeof message.draft !== 'string') throw new ProntoError('bad_request', 'core.checkReply needs {draft: string}');
    return pronto.checkReply(message.draft, message.context ?? {});
  },

  // rules.try — options page: {rules, draft, lang?} → the check of `draft` ({status, findings}, team
  // rules' findings as rule 'custom:<id>') with `rules` in force instead of the stored ones. Nothing is
  // stored or kept: the stored rules are back in force before this returns. Invalid rules are an error
  // naming the rule and field.
  async 'rules.try'(message) {
    const pronto = await ready();
    if (typeof message.draft !== 'string') throw new ProntoError('bad_request', 'rules.try needs {rules, draft: string}');
    // Synchronous from here to the restore, so no other request can run with the trial rules.
    try {
      pronto.setReplyRules(message.rules ?? { schema: 1, rules: [] });
      return pronto.checkReply(message.draft, { lang: message.lang });
    } finally {
      pronto.setReplyRules(state.settings.rules);
    }
  },

  // templates.suggest — content scripts: {message, language?, channel?, visibility?, values?, variantSeed?, k?}
  // → ranked, filled suggestions. The message's intents come from the tone engine here.
  async 'templates.suggest'(message) {
    const pronto = await ready();
    if (typeof message.message !== 'string') throw new ProntoError('bad_request', 'templates.suggest needs {message}');
    const analysis = pronto.analyze(message.message, { visibility: message.visibility ?? 'public' });
    const intents = Object.fromEntries(analysis.intents.map((i) => [i.name, i.confidence]));
    const values = { agent: state.settings.agent, brand: state.settings.brand, ...(message.values ?? {}) };
    const s = await getSuggester(pronto);
    return s.suggest({
      message: message.message,
      language: message.language ?? (analysis.lang === 'other' ? undefined : analysis.lang),
      channel: message.channel, visibility: message.visibility, intents, values,
      variantSeed: message.variantSeed, k: message.k ?? 5,
    });
  },

  // templates.chosen — content scripts: {id, message} → {}; the template rises for similar messages.
  async 'templates.chosen'(message) {
    const pronto = await ready();
    const s = await getSuggester(pronto);
    s.recordChoice(String(message.id), String(message.message ?? ''));
    state.usage = s.usage();
    await storage.save({ usage: state.usage });
    return {};
  },

  // templates.get — options page: {} → the library in use.
  async 'templates.get'() {
    const pronto = await ready();
    return library(pronto);
  },

  // templates.import — options page: {text, format: 'json'|'csv', mode: 'merge'|'replace'} →
  // {report}. All or nothing: an invalid file changes nothing.
  async 'templates.import'(message) {
    const pronto = await ready();
    const incoming = pronto.parseLibrary(String(message.text ?? ''), message.format === 'csv' ? 'csv' : 'json');
    let next;
    let report;
    if (message.mode === 'replace') {
      next = incoming;
      report = { added: incoming.templates.map((t) => t.id), updated: [], unchanged: [] };
    } else {
      ({ library: next, report } = pronto.mergeLibraries(await library(pronto), incoming));
    }
    await storage.save({ templates: next });
    state.templates = next;
    resetSuggester();
    return { report };
  },

  // templates.export — options page: {format} → {text}.
  async 'templates.export'(message) {
    const pronto = await ready();
    const lib = await library(pronto);
    return { text: message.format === 'csv' ? pronto.libraryToCsv(lib) : JSON.stringify(lib, null, 2) };
  },

  // events.observe — content scripts: {events: [{channel, thread, kind, at, …}]} → {added}.
  // Thread ids are hashed with this install's salt before anything is stored.
  async 'events.observe'(message) {
    const pronto = await ready();
    if (!Array.isArray(message.events)) throw new ProntoError('bad_request', 'events.observe needs {events: [...]}');
    const events = await Promise.all(message.events.map(async (e) => ({
      ...e, thread: await storage.hashThread(state.salt, e.channel, String(e.thread)),
    })));
    const added = getTracker(pronto).addEvents(events);  // validates; throws with the event index
    if (added > 0) {
      const merged = [...state.events, ...events];
      state.events = merged.length > storage.MAX_EVENTS ? merged.slice(-storage.MAX_EVENTS) : merged;
      await storage.save({ events: state.events });
    }
    return { added };
  },

  // timers.forThreads — content scripts: {threads: [{channel, id, lastCustomerAt, brandAnsweredLast,
  // lastBrandAt, priority?}], now?} → {timers}, keyed by the ids sent. Nothing is stored.
  async 'timers.forThreads'(message) {
    const pronto = await ready();
    const now = Number.isFinite(message.now) ? message.now : Date.now();
    const t = pronto.createTracker();
    try {
      t.setPolicy(state.settings.policy);
      const events = [];
      for (const th of message.threads ?? []) {
        if (!Number.isFinite(th.lastCustomerAt)) continue;
        const thread = String(th.id);
        events.push({ channel: th.channel, thread, kind: 'customer', at: th.lastCustomerAt, priority: th.priority });
        if (th.brandAnsweredLast && Number.isFinite(th.lastBrandAt)) {
          events.push({ channel: th.channel, thread, kind: 'brand', at: Math.max(th.lastBrandAt, th.lastCustomerAt) });
        }
      }
      if (events.length) t.addEvents(events);
      const { timers } = t.timers(now);
      return { now, timers: timers.map(({ thread, ...rest }) => ({ id: thread, ...rest })) };
    } finally {
      t.dispose();
    }
  },

  // stats.get — popup: {now?, lang?} → today's waiting and breaches, 7/30-day metrics, the badge
  // (worded and drawn in `lang`, it or en), next level.
  async 'stats.get'(message) {
    const pronto = await ready();
    const now = Number.isFinite(message.now) ? message.now : Date.now();
    const tr = getTracker(pronto);
    const { timers } = tr.timers(now);
    const badge = tr.badge({ now, lang: message.lang === 'it' ? 'it' : 'en' });
    const levels = (state.settings.policy.badge?.levels ?? defaultLevels).map((l) => ({
      id: l.id, minRate: l.minRate ?? l.min_rate ?? 0, maxTypicalMs: l.maxTypicalMs ?? (l.maxTypicalMinutes ?? 0) * 60000,
    }));
    return {
      now,
      today: { waiting: timers.length, breaches: timers.filter((x) => x.state === 'breached').length },
      windows: { '7d': tr.metrics({ now, window: '7d' }), '30d': tr.metrics({ now, window: '30d' }) },
      badge,
      next: nextLevel(badge.badge, levels),
    };
  },

  // badge.export — popup and options: {now?} → {text}: the pronto-badge.json a brand publishes
  // for the <pronto-badge> widget (times and kinds only; no text, no ids).
  async 'badge.export'(message) {
    const pronto = await ready();
    const now = Number.isFinite(message.now) ? message.now : Date.now();
    if (!state.settings.brand) {
      throw new ProntoError('invalid_settings', 'settings.brand: set the brand name in Options before exporting the badge');
    }
    const doc = getTracker(pronto).exportBadge({ brand: state.settings.brand, now });
    return { text: JSON.stringify(doc) };
  },

  // settings.get — extension pages and content scripts: {} → settings.
  async 'settings.get'() {
    await ready();
    return state.settings;
  },

  // settings.set — options page: {settings} → {settings}; invalid fields are an error naming
  // the field, and nothing changes.
  async 'settings.set'(message) {
    const pronto = await ready();
    const settings = validateSettings(pronto, message.settings);
    await storage.save({ settings });
    state.settings = settings;
    resetTracker();
    return { settings };
  },

  // data.export — options page: {} → {text}: every stored item as one JSON file.
  async 'data.export'() {
    await ready();
    const { settings, templates, usage, events } = state;
    return { text: JSON.stringify({ schema: storage.SCHEMA, pronto: 'data', settings, templates, usage, events }, null, 2) };
  },

  // data.import — options page: {text} → {}. Everything is validated before anything is written.
  async 'data.import'(message) {
    const pronto = await ready();
    let data;
    try {
      data = storage.migrate(JSON.parse(String(message.text ?? '')));
    } catch (err) {
      throw new ProntoError('invalid_data', `not a Pronto data file: ${err.message}`);
    }
    const settings = validateSettings(pronto, { ...storage.defaultSettings(), ...data.settings });
    const templates = data.templates ? pronto.parseLibrary(data.templates) : null;
    const events = Array.isArray(data.events) ? data.events : [];
    const probe = pronto.createTracker();
    try {
      probe.addEvents(events);
    } finally {
      probe.dispose();
    }
    await storage.save({ settings, templates, usage: data.usage ?? null, events });
    Object.assign(state, { settings, templates, usage: data.usage ?? null, events });
    resetTracker();
    resetSuggester();
    return {};
  },
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only this extension's own content scripts and pages may call the core.
  if (sender.id !== chrome.runtime.id || !message || typeof message.channel !== 'string') return false;
  const handler = Object.hasOwn(channels, message.channel) ? channels[message.channel] : null;
  if (!handler) {
    sendResponse({ ok: false, error: { code: 'unknown_channel', message: `no channel '${message.channel}'` } });
    return false;
  }
  handler(message, sender).then(
    (result) => sendResponse({ ok: true, result }),
    (err) => sendResponse({ ok: false, error: { code: err.code ?? 'internal', message: String(err.message ?? err) } }),
  );
  return true;  // the response is sent asynchronously
});

// Exposed for the browser tests, which call channels from the worker itself.
globalThis.prontoChannels = channels;
