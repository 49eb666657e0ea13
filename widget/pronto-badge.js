// Copyright 2026 The Pronto Authors.
//
// <pronto-badge>: a brand's responsiveness (level, response rate, typical
// response time, window and sample, a histogram on demand) from the
// pronto-badge.json that `pronto badge --json --brand NAME` and the extension
// export. The live figures come from the slim wasm build of the same metrics
// code (pronto-badge-core.wasm beside this file), so the rolling window ends
// "now"; when the page's CSP forbids wasm, or it fails, the badge shows the
// precomputed summary and says when it was computed. Bad data shows a neutral
// "not available" and one console warning; nothing here throws into the page,
// and text from the data is only ever set with textContent.
//
//   import { ProntoBadgeElement } from './pronto-badge.js';
//   ProntoBadgeElement.define();                 // <pronto-badge>
//   ProntoBadgeElement.define('brand-badge');    // or any other name
//
// Attributes: src (the JSON, fetched without credentials), lang (it|en,
// else the page's), theme (light|dark|auto), size (s|m|l), layout
// (inline|floating). Changes in one task are batched into one render, after
// which the element fires a `render` event ({detail: {state}}).

const CHROME = {
  en: {
    details: 'Details',
    histogram: 'First response times',
    computed: (when) => `Figures computed on ${when}`,
    unavailable: 'Response times not available',
    loading: 'Loading response times…',
    count: (n) => `${n} ${n === 1 ? 'conversation' : 'conversations'}`,
    over: '>',
    day: 'd',
  },
  it: {
    details: 'Dettagli',
    histogram: 'Tempi della prima risposta',
    computed: (when) => `Dati calcolati il ${when}`,
    unavailable: 'Tempi di risposta non disponibili',
    loading: 'Caricamento dei tempi di risposta…',
    count: (n) => `${n} ${n === 1 ? 'conversazione' : 'conversazioni'}`,
    over: '>',
    day: 'g',
  },
};

const STYLE = `
:host { display: inline-block; max-width: 100%; font: 14px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --pb-bg: #ffffff; --pb-fg: #1f2328; --pb-muted: #59636e; --pb-border: #d1d9e0; --pb-accent: #59636e;
  --pb-level-very_responsive: #1a7f37; --pb-level-within_an_hour: #0969da; --pb-level-within_a_few_hours: #9a6700;
  --pb-level-within_a_day: #bc4c00; --pb-focus: #0969da; color: var(--pb-fg); }
:host([hidden]) { display: none; }
:host([theme="dark"]) { --pb-bg: #0d1117; --pb-fg: #e6edf3; --pb-muted: #9198a1; --pb-border: #3d444d; --pb-accent: #9198a1;
  --pb-level-very_responsive: #3fb950; --pb-level-within_an_hour: #4493f8; --pb-level-within_a_few_hours: #d29922;
  --pb-level-within_a_day: #f0883e; --pb-focus: #4493f8; }
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"]):not([theme="dark"])) { --pb-bg: #0d1117; --pb-fg: #e6edf3; --pb-muted: #9198a1;
    --pb-border: #3d444d; --pb-accent: #9198a1; --pb-level-very_responsive: #3fb950; --pb-level-within_an_hour: #4493f8;
    --pb-level-within_a_few_hours: #d29922; --pb-level-within_a_day: #f0883e; --pb-focus: #4493f8; }
}
:host([size="s"]) { font-size: 12px; }
:host([size="l"]) { font-size: 17px; }
:host([layout="floating"]) { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; max-width: calc(100vw - 32px); }
* { box-sizing: border-box; }
.badge { position: relative; display: flex; gap: .6em; align-items: flex-start; padding: .55em .75em .55em .6em;
  background: var(--pb-bg); border: 1px solid var(--pb-border); border-radius: 8px; color: var(--pb-fg); }
:host([layout="floating"]) .badge { box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.mark { flex: none; width: .45em; align-self: stretch; border-radius: 3px; background: var(--pb-accent); }
.body { min-width: 0; display: flex; flex-direction: column; gap: .1em; }
.headline { font-weight: 650; color: var(--level, var(--pb-fg)); overflow-wrap: anywhere; }
.figures { overflow-wrap: anywhere; }
.meta, .note { color: var(--pb-muted); font-size: .86em; overflow-wrap: anywhere; }
button { flex: none; align-self: center; font: inherit; font-size: .86em; color: var(--pb-fg); background: transparent;
  border: 1px solid var(--pb-border); border-radius: 6px; padding: .2em .6em; cursor: pointer; }
button:hover { background: color-mix(in srgb, var(--pb-fg) 8%, transparent); }
button:focus-visible { outline: 2px solid var(--pb-focus); outline-offset: 2px; }
.popover { position: absolute; z-index: 1; top: calc(100% + 6px); right: 0; min-width: 16em; max-width: min(24em, 90vw);
  padding: .6em .75em; background: var(--pb-bg); color: var(--pb-fg); border: 1px solid var(--pb-border); border-radius: 8px;
  box-shadow: 0 6px 20px rgba(0,0,0,.2); transition: opacity .15s ease-out, transform .15s ease-out; }
:host([layout="floating"]) .popover { top: auto; bottom: calc(100% + 6px); }
.popover[hidden] { display: none; }
.popover h2 { margin: 0 0 .4em; font-size: 1em; }
.popover ol { list-style: none; margin: 0; padding: 0; display: grid; gap: .25em; }
.popover li { display: grid; grid-template-columns: 7em 1fr auto; gap: .5em; align-items: center; font-size: .9em; }
.bar { height: .7em; border-radius: 2px; background: var(--level, var(--pb-accent)); min-width: 1px; }
.level-very_responsive { --level: var(--pb-level-very_responsive); }
.level-within_an_hour { --level: var(--pb-level-within_an_hour); }
.level-within_a_few_hours { --level: var(--pb-level-within_a_few_hours); }
.level-within_a_day { --level: var(--pb-level-within_a_day); }
.level-very_responsive .mark, .level-within_an_hour .mark, .level-within_a_few_hours .mark, .level-within_a_day .mark {
  background: var(--level); }
@media (prefers-reduced-motion: reduce) { .popover { transition: none; } }
`;

let sheet = null;
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
}

/** Thrown by the validators: `where` names the field, e.g. "events[3][1]". */
class BadData extends Error {}
const fail = (where, what) => {
  throw new BadData(`${where} ${what}`);
};
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function num(v, where, min = -8.64e15, max = 8.64e15) {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) fail(where, `must be a number from ${min} to ${max}`);
  return v;
}
function int(v, where, min, max) {
  if (!Number.isInteger(num(v, where, min, max))) fail(where, 'must be a whole number');
  return v;
}
function str(v, where, max = 300) {
  if (typeof v !== 'string' || v.length > max) fail(where, `must be a string of at most ${max} characters`);
  return v;
}
function list(v, where, max) {
  if (!Array.isArray(v) || v.length > max) fail(where, `must be a list of at most ${max} items`);
  return v;
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
function clock(v, where) {
  const m = /^(\d\d):(\d\d)$/.exec(str(v, where, 5));
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : -1;
  if (!m || Number(m[2]) > 59 || minutes > 1440) fail(where, 'must be a local time "HH:MM"');
  return minutes;
}
function day(v, where) {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(str(v, where, 10));
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!Number.isFinite(ms)) fail(where, 'must be a date "YYYY-MM-DD"');
  return ms / 86400000;
}
function instant(v, where) {
  const ms = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/.test(str(v, where, 24)) ? Date.parse(v) : NaN;
  if (!Number.isFinite(ms)) fail(where, 'must be a UTC time "YYYY-MM-DDTHH:MM:SSZ"');
  return ms;
}

/**
 * Checks a pronto-badge.json document (schema 1, see widget/README.md) and
 * returns what the badge needs; throws BadData naming the first bad field.
 */
export function readBadgeData(doc) {
  if (!isObject(doc)) fail('the document', 'must be a JSON object');
  if (doc.schema !== 1) fail('schema', 'must be 1');
  const brand = str(doc.brand, 'brand', 200);
  const channels = list(doc.channels, 'channels', 20).map((c, i) => str(c, `channels[${i}]`, 40));
  if (!isObject(doc.policy)) fail('policy', 'must be an object');
  const policy = doc.policy;
  const badge = isObject(policy.badge) ? policy.badge : fail('policy.badge', 'must be an object');
  const levels = list(badge.levels, 'policy.badge.levels', 64).map((l, i) => {
    const where = `policy.badge.levels[${i}]`;
    if (!isObject(l)) fail(where, 'must be an object');
    const id = str(l.id, `${where}.id`, 64);
    if (!/^[a-z0-9_]+$/.test(id)) fail(`${where}.id`, 'must be a name such as "within_an_hour"');
    return { id, minRate: num(l.minRate, `${where}.minRate`, 0, 1),
      maxTypicalMs: Math.round(num(l.maxTypicalMinutes, `${where}.maxTypicalMinutes`, 1e-3, 1e9) * 60000) };
  });
  if (!levels.length) fail('policy.badge.levels', 'must not be empty');
  const windowMs = Math.round(num(badge.windowDays, 'policy.badge.windowDays', 1e-3, 3660) * 86400000);
  const minSample = int(badge.minSample, 'policy.badge.minSample', 1, 1e7);
  const shifts = [];
  if (policy.hours !== undefined) {
    if (!isObject(policy.hours)) fail('policy.hours', 'must be an object');
    for (const [key, value] of Object.entries(policy.hours)) {
      const weekday = DAYS.indexOf(key);
      if (weekday < 0) fail(`policy.hours.${key.slice(0, 10)}`, 'is not a day (sun … sat)');
      list(value, `policy.hours.${key}`, 8).forEach((s, i) => {
        const where = `policy.hours.${key}[${i}]`;
        list(s, where, 2);
        shifts.push(weekday, clock(s[0], where), clock(s[1], where));
      });
    }
  }
  const holidays = list(policy.holidays ?? [], 'policy.holidays', 10000).map((d, i) => day(d, `policy.holidays[${i}]`));
  const away = list(policy.away ?? [], 'policy.away', 10000).map((a, i) => {
    if (!isObject(a)) fail(`policy.away[${i}]`, 'must be {from, until}');
    return [instant(a.from, `policy.away[${i}].from`), instant(a.until, `policy.away[${i}].until`)];
  });
  const zone = isObject(doc.zone) ? doc.zone : fail('zone', 'must be an object');
  const transitions = list(zone.transitions, 'zone.transitions', 10000).map((t, i) => {
    if (!isObject(t)) fail(`zone.transitions[${i}]`, 'must be {at, offsetSeconds}');
    return [int(t.at, `zone.transitions[${i}].at`, -8.64e15, 8.64e15),
      int(t.offsetSeconds, `zone.transitions[${i}].offsetSeconds`, -64800, 64800)];
  });
  const initialOffset = int(zone.initialOffsetSeconds, 'zone.initialOffsetSeconds', -64800, 64800);
  const events = list(doc.events, 'events', 2e6);
  const packedEvents = new Float64Array(events.length * 3);
  events.forEach((e, i) => {
    if (!Array.isArray(e) || e.length !== 3) fail(`events[${i}]`, 'must be [at, "customer"|"brand", thread]');
    packedEvents[i * 3] = int(e[0], `events[${i}][0]`, -8.64e15, 8.64e15);
    if (e[1] !== 'customer' && e[1] !== 'brand') fail(`events[${i}][1]`, 'must be "customer" or "brand"');
    packedEvents[i * 3 + 1] = e[1] === 'brand' ? 1 : 0;
    packedEvents[i * 3 + 2] = int(e[2], `events[${i}][2]`, 0, 2 ** 26);
  });
  const summary = readSummary(doc.summary);
  return { brand, channels, levels, windowMs, minSample, alwaysOpen: policy.hours === undefined, shifts, holidays,
    away, initialOffset, transitions, packedEvents, summary };
}

function readWords(words, where) {
  if (!isObject(words)) fail(where, 'must be an object');
  const out = {};
  for (const key of ['headline', 'rate', 'typical', 'window', 'sample']) out[key] = str(words[key], `${where}.${key}`);
  if (!out.headline) fail(`${where}.headline`, 'must not be empty');
  return out;
}

function readHistogram(h, where) {
  if (!isObject(h)) fail(where, 'must be {boundsMs, counts}');
  const bounds = list(h.boundsMs, `${where}.boundsMs`, 32).map((b, i) => int(b, `${where}.boundsMs[${i}]`, 1, 1e12));
  const counts = list(h.counts, `${where}.counts`, 33).map((c, i) => int(c, `${where}.counts[${i}]`, 0, 1e9));
  if (counts.length !== bounds.length + 1) fail(`${where}.counts`, 'must have one more item than boundsMs');
  return { bounds, counts };
}

function readSummary(s) {
  if (!isObject(s)) fail('summary', 'must be an object');
  const level = str(s.level, 'summary.level', 64);
  const sample = int(s.sample, 'summary.sample', 0, 1e9);
  const minSample = int(s.minSample, 'summary.minSample', 1, 1e7);
  // Never a level from too little: a summary that claims one is not trusted.
  if (sample < minSample && level !== 'insufficient_data') fail('summary.level', 'must be "insufficient_data" below minSample');
  if (!isObject(s.words)) fail('summary.words', 'must be {it, en}');
  return {
    level,
    sample,
    minSample,
    computedAt: num(s.computedAt, 'summary.computedAt'),
    words: { it: readWords(s.words.it, 'summary.words.it'), en: readWords(s.words.en, 'summary.words.en') },
    histogram: readHistogram(s.histogram, 'summary.histogram'),
  };
}

// The wasm core, loaded once a page, from beside this file (same origin as
// the widget): the glue module and its .wasm. Resolves null when it cannot
// run (a CSP without 'wasm-unsafe-eval', a missing file, an old browser).
let corePromise = null;
/** Loads the wasm core once (resolves null when it cannot run); exported for tests and benchmarks. */
export const loadBadgeCore = () => loadCore();
const CORE_TIMEOUT_MS = 3000;
function loadCore() {
  corePromise ??= (async () => {
    try {
      // Compiling first fails fast where the page's CSP forbids wasm.
      const [{ default: createProntoBadgeCore }, module] = await Promise.all([
        import('./pronto-badge-core.mjs'),
        fetch(new URL('./pronto-badge-core.wasm', import.meta.url), { credentials: 'omit' })
          .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`))))
          .then((bytes) => WebAssembly.compile(bytes)),
      ]);
      const core = await Promise.race([
        createProntoBadgeCore({
          print() {},
          printErr() {},
          instantiateWasm(imports, done) {
            WebAssembly.instantiate(module, imports).then(done, () => {});
            return {};
          },
        }),
        new Promise((resolve) => setTimeout(resolve, CORE_TIMEOUT_MS, null)),
      ]);
      return core ?? null;
    } catch {
      return null;
    }
  })();
  return corePromise;
}

const utf8 = new TextDecoder();
function readCString(core, ptr) {
  const bytes = core.HEAPU8;
  let end = ptr;
  while (bytes[end] !== 0) end++;
  return utf8.decode(bytes.subarray(ptr, end));
}

/** Computes the badge at `now` with the wasm core; throws when the core reports an error. */
export function computeLive(core, data, now) {
  const input = [now, data.windowMs, data.minSample, data.levels.length];
  const encoder = new TextEncoder();
  for (const l of data.levels) {
    const id = encoder.encode(l.id);
    input.push(l.minRate, l.maxTypicalMs, id.length, ...id);
  }
  input.push(data.alwaysOpen ? 1 : 0, data.shifts.length / 3, ...data.shifts);
  input.push(data.holidays.length, ...data.holidays, data.away.length, ...data.away.flat());
  input.push(data.initialOffset, data.transitions.length, ...data.transitions.flat(), data.packedEvents.length / 3);
  const length = input.length + data.packedEvents.length;
  const ptr = core._pronto_badge_input(length);
  const heap = new Float64Array(core.HEAPF64.buffer, ptr, length);
  heap.set(input);
  heap.set(data.packedEvents, input.length);
  if (core._pronto_badge_compute() !== 0) throw new Error(readCString(core, core._pronto_badge_error()));
  const out = core.HEAPF64.subarray(core._pronto_badge_result() / 8,
    core._pronto_badge_result() / 8 + core._pronto_badge_result_length());
  const index = out[0];
  const words = {};
  for (const [lang, italian] of [['en', 0], ['it', 1]]) {
    const [headline, rate, typical, window, sample] = readCString(core, core._pronto_badge_words(italian)).split('\x1f');
    words[lang] = { headline, rate, typical, window, sample };
  }
  const boundCount = out[9];
  const bounds = Array.from(out.subarray(10, 10 + boundCount));
  const counts = Array.from(out.subarray(10 + boundCount, 11 + 2 * boundCount));
  return {
    level: index >= 0 ? data.levels[index].id : index === -2 ? 'insufficient_data' : 'none',
    responseRate: out[1], typicalMs: out[2], sample: out[3], minSample: out[4], answered: out[5],
    from: out[6], until: out[7], computedAt: out[8], words, histogram: { bounds, counts }, live: true,
  };
}

function shortDuration(ms, lang) {
  const minutes = Math.round(ms / 60000);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 1440) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} ${CHROME[lang].day}`;
}

// "5–15 min", "15 min–1 h": the unit once when both ends share it.
function range(from, to, lang) {
  const [a, b] = [shortDuration(from, lang), shortDuration(to, lang)];
  const [unitA, unitB] = [a.split(' ')[1], b.split(' ')[1]];
  return unitA === unitB ? `${a.split(' ')[0]}–${b}` : `${a}–${b}`;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

let popoverIds = 0;

export class ProntoBadgeElement extends HTMLElement {
  static observedAttributes = ['src', 'lang', 'theme', 'size', 'layout'];

  /** Registers the element as `tag` (default pronto-badge) in `registry`; returns the class. */
  static define(tag = 'pronto-badge', registry = customElements) {
    registry.define(tag, this);
    return this;
  }

  #root = null;
  #renderQueued = false;
  #loadedSrc = null;
  #request = 0;
  #state = 'loading';  // loading | live | summary | unavailable
  #badge = null;  // the figures shown (live or the summary)
  #brand = '';
  #open = false;
  #popoverId = `pronto-badge-popover-${++popoverIds}`;

  connectedCallback() {
    if (!this.#root) {
      this.#root = this.attachShadow({ mode: 'open' });
      this.#root.adoptedStyleSheets = [styleSheet()];
      this.#root.addEventListener('keydown', (e) => {
        if (e.key === 'Escape' && this.#open) this.#toggle(false, true);
      });
    }
    this.#queueRender();
  }

  attributeChangedCallback() {
    if (this.#root) this.#queueRender();
  }

  /** 'loading', 'live' (computed now by the wasm core), 'summary' (precomputed) or 'unavailable'. */
  get state() {
    return this.#state;
  }

  #queueRender() {
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      try {
        this.#update();
      } catch (error) {
        this.#unavailable(`cannot render (${error?.message ?? error})`);
      }
    });
  }

  #update() {
    const src = this.getAttribute('src');
    if (src !== this.#loadedSrc) {
      this.#loadedSrc = src;
      this.#state = 'loading';
      this.#badge = null;
      if (src) this.#load(src, ++this.#request);
      else this.#unavailable('has no src attribute', false);
    }
    this.#render();
  }

  async #load(src, request) {
    let data;
    const core = loadCore();  // in parallel with the data
    try {
      const response = await fetch(new URL(src, document.baseURI), { credentials: 'omit' });
      if (!response.ok) throw new BadData(`HTTP ${response.status}`);
      let doc;
      try {
        doc = JSON.parse(await response.text());
      } catch {
        throw new BadData('is not JSON');
      }
      data = readBadgeData(doc);
    } catch (error) {
      if (request !== this.#request) return;
      this.#unavailable(`${src}: ${error instanceof BadData ? error.message : `cannot be fetched (${error?.message ?? error})`}`);
      return;
    }
    let badge = null;
    const loaded = await core;
    if (loaded) {
      try {
        badge = computeLive(loaded, data, Date.now());
      } catch {
        badge = null;
      }
    }
    if (request !== this.#request) return;
    this.#brand = data.brand;
    this.#badge = badge ?? { ...data.summary, live: false };
    this.#state = badge ? 'live' : 'summary';
    this.#queueRender();
  }

  #unavailable(reason, render = true) {
    console.warn(`<${this.localName}> ${reason}; showing "not available".`);
    this.#state = 'unavailable';
    this.#badge = null;
    this.#request++;
    if (render) this.#queueRender();
  }

  #lang() {
    const lang = (this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? 'en').toLowerCase();
    return lang.startsWith('it') ? 'it' : 'en';
  }

  #toggle(open, focusButton = false) {
    this.#open = open;
    const popover = this.#root.getElementById(this.#popoverId);
    const button = this.#root.querySelector('button');
    if (!popover || !button) return;
    popover.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (focusButton) button.focus();
  }

  #render() {
    const lang = this.#lang();
    const chrome = CHROME[lang];
    const root = this.#root;
    const badge = this.#badge;
    const box = element('div', 'badge');
    box.setAttribute('part', 'badge');
    box.setAttribute('lang', lang);
    box.append(element('span', 'mark'));
    box.firstChild.setAttribute('aria-hidden', 'true');
    const body = element('div', 'body');
    box.append(body);
    if (!badge) {
      const text = this.#state === 'loading' ? chrome.loading : chrome.unavailable;
      body.append(element('span', 'headline', text));
      box.setAttribute('role', this.#state === 'loading' ? 'status' : 'group');
      box.setAttribute('aria-label', text);
      box.classList.add(`state-${this.#state}`);
    } else {
      const words = badge.words[lang];
      // Only a known level colours the badge; below the minimum sample there is none.
      if (badge.level !== 'insufficient_data' && badge.level !== 'none') box.classList.add(`level-${badge.level}`);
      box.classList.add(`state-${this.#state}`);
      body.append(element('span', 'headline', words.headline));
      const figures = [words.rate, words.typical].filter(Boolean).join(' · ');
      if (figures) body.append(element('span', 'figures', figures));
      const meta = [this.#brand, words.window, words.sample].filter(Boolean).join(' · ');
      body.append(element('span', 'meta', meta));
      let note = '';
      if (!badge.live) {
        const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(badge.computedAt);
        note = chrome.computed(when);
        body.append(element('span', 'note', note));
      }
      box.setAttribute('role', 'group');
      box.setAttribute('aria-label', [words.headline, figures, meta, note].filter(Boolean).join(' · '));
      box.append(this.#detailsButton(chrome), this.#popover(badge, lang));
    }
    root.replaceChildren(box);
    if (badge) this.#toggle(this.#open);
    this.dispatchEvent(new CustomEvent('render', { detail: { state: this.#state } }));
  }

  #detailsButton(chrome) {
    const button = element('button', 'details', chrome.details);
    button.type = 'button';
    button.setAttribute('aria-controls', this.#popoverId);
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', () => this.#toggle(!this.#open));
    return button;
  }

  #popover(badge, lang) {
    const chrome = CHROME[lang];
    const popover = element('div', 'popover');
    popover.id = this.#popoverId;
    popover.hidden = true;
    popover.setAttribute('role', 'region');
    const title = element('h2', '', chrome.histogram);
    title.id = `${this.#popoverId}-title`;
    popover.setAttribute('aria-labelledby', title.id);
    const { bounds, counts } = badge.histogram;
    const most = Math.max(1, ...counts);
    const rows = element('ol');
    counts.forEach((count, i) => {
      const label = i === 0 ? `≤ ${shortDuration(bounds[0], lang)}`
        : i < bounds.length ? range(bounds[i - 1], bounds[i], lang)
          : `${chrome.over} ${shortDuration(bounds[bounds.length - 1], lang)}`;
      const row = element('li');
      row.setAttribute('aria-label', `${label}: ${chrome.count(count)}`);
      const bar = element('span', 'bar');
      bar.style.width = `${Math.round((count / most) * 100)}%`;
      bar.setAttribute('aria-hidden', 'true');
      row.append(element('span', 'label', label), bar, element('span', 'count', String(count)));
      rows.append(row);
    });
    popover.append(title, rows);
    return popover;
  }
}
