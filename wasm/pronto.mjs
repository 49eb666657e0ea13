// Copyright 2026 The Pronto Authors.
//
// The ES module facade over the Embind core (pronto-core.mjs + .wasm).
// The C++ side returns errors as data; this layer throws them as ProntoError
// with a stable `code`, a sentence for people and, where it applies, the byte
// offset in the input.
//
//   import { loadPronto } from './pronto.mjs';
//   const pronto = await loadPronto();                    // browser / worker
//   const pronto = await loadPronto({ wasmBinary });      // Node: pass the bytes
//   pronto.tokenize('Ciao @anna 😍');                      // [{kind, text, start, end, byteStart, byteEnd}]
import createProntoCore from './pronto-core.mjs';

/** An error reported by the core: what was wrong, where, what to do. */
export class ProntoError extends Error {
  /**
   * @param {string} code stable identifier, e.g. "invalid_utf8"
   * @param {string} message a sentence for people
   * @param {number|undefined} offset byte offset in the input, when it applies
   */
  constructor(code, message, offset) {
    super(message);
    this.name = 'ProntoError';
    this.code = code;
    if (offset !== undefined && offset !== null && offset >= 0) this.offset = offset;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const CHECK_STATUS = ['ok', 'review', 'stop'];  // AnalyzerBinding::PackCheck's status numbers

/**
 * Turns the JSON the core returns into a value, throwing ProntoError when it
 * holds {"error": …}.
 */
function unwrap(json) {
  const value = JSON.parse(json);
  if (value && typeof value === 'object' && value.error) {
    const { code, message } = value.error;
    const offset = value.error.offset;
    throw new ProntoError(code, message, offset);
  }
  return value;
}

/**
 * Encodes input for the core. Strings are encoded as UTF-8 (a lone surrogate
 * becomes U+FFFD, which keeps UTF-16 offsets unchanged); Uint8Array bytes are
 * passed as they are, so invalid UTF-8 reaches the core and is reported.
 */
function toBytes(input, what) {
  if (typeof input === 'string') return encoder.encode(input);
  if (input instanceof Uint8Array) return input;
  throw new TypeError(`${what}: expected a string or a Uint8Array, got ${input === null ? 'null' : typeof input}`);
}

/** Replaces lone surrogates (which JSON and UTF-8 cannot carry) with U+FFFD. */
function wellFormed(text) {
  return typeof text.toWellFormed === 'function' ? text.toWellFormed() : text;
}

/** JSON text for the core, with every string well formed. */
function toCoreJson(value, what) {
  if (value === null || typeof value !== 'object') throw new TypeError(`${what}: expected an object`);
  return JSON.stringify(value, (key, v) => (typeof v === 'string' ? wellFormed(v) : v));
}

/**
 * Ranks a template library's saved replies for customer messages. Create it
 * with pronto.createSuggester(library); call dispose() when done.
 */
export class TemplateSuggester {
  #binding;

  constructor(binding) {
    this.#binding = binding;
  }

  /**
   * @param {{message: string, language?: 'it'|'en', channel?: 'facebook'|'x',
   *   visibility?: 'public'|'private', intents?: Object<string, number>,
   *   values?: Object<string, string>, variantSeed?: string, k?: number}} request
   * @returns {{id: string, title: string, score: number, variant: number, text: string,
   *   unfilled: {name: string, start: number, end: number}[],
   *   reasons: {words: string[], triggers: string[], intents: string[], extracted: Object, usedBefore: boolean},
   *   notes: string}[]}
   */
  suggest(request) {
    if (!request || typeof request.message !== 'string') throw new TypeError('suggest: expected {message: string, …}');
    return unwrap(this.#binding.suggest(toCoreJson(request, 'suggest')));
  }

  /** Notes that the team chose template `id` for `message`: it rises for similar messages. */
  recordChoice(id, message) {
    this.#binding.recordChoice(String(id), wellFormed(String(message)));
  }

  /** The recorded choices, as an object to store. */
  usage() {
    return JSON.parse(this.#binding.usageJson());
  }

  /** Restores choices saved with usage(); throws (changing nothing) on bad data. */
  loadUsage(usage) {
    const error = this.#binding.loadUsage(toCoreJson(usage, 'loadUsage'));
    if (error) unwrap(error);
  }

  /** Frees the wasm memory behind this suggester. */
  dispose() {
    this.#binding.delete();
  }
}

/**
 * The zone table the core needs for `timeZone` over [fromMs, untilMs), built
 * from the browser's own time-zone data (Intl) — the wasm has no tz database.
 * Same JSON as `pronto zone NAME --from … --to …` prints natively.
 */
export function zoneOffsetsFromIntl(timeZone, fromMs, untilMs) {
  let format;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  } catch {
    throw new ProntoError('unknown_zone', `unknown time zone '${timeZone}'; use an IANA name such as Europe/Rome`);
  }
  const offsetAt = (ms) => {
    const name = format.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/.exec(name);
    if (!m) throw new ProntoError('unknown_zone', `cannot read the offset '${name}' of ${timeZone}`);
    if (!m[1]) return 0;
    const seconds = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
    return m[1] === '-' ? -seconds : seconds;
  };
  const step = 6 * 3600 * 1000;  // zones change offset months apart, never twice in 6 hours
  const initial = offsetAt(fromMs);
  const transitions = [];
  let current = initial;
  for (let t = fromMs; t < untilMs; t += step) {
    const next = Math.min(t + step, untilMs);
    if (offsetAt(next) === current) continue;
    let lo = t;  // offset at lo is `current`, at hi it is not
    let hi = next;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(mid) === current) lo = mid;
      else hi = mid;
    }
    current = offsetAt(hi);
    transitions.push({ at: hi, offsetSeconds: current });
  }
  return { schema: 1, zone: timeZone, initialOffsetSeconds: initial, transitions };
}

/**
 * Timers, metrics and the badge over a growing set of conversation events.
 * Create it with pronto.createTracker(); call dispose() when done.
 */
export class ResponsivenessTracker {
  #binding;
  #zoneSpan = null;  // [from, until) the zone table covers

  constructor(binding) {
    this.#binding = binding;
  }

  /** Sets the SLA policy (object or JSON text); throws and keeps the old one on error. */
  setPolicy(policy) {
    const error = this.#binding.setPolicy(typeof policy === 'string' ? policy : toCoreJson(policy, 'setPolicy'));
    if (error) unwrap(error);
    this.#zoneSpan = null;
  }

  /** Sets an explicit zone table (see zoneOffsetsFromIntl); otherwise one is built from Intl as needed. */
  setZone(zone) {
    const error = this.#binding.setZone(typeof zone === 'string' ? zone : toCoreJson(zone, 'setZone'));
    if (error) unwrap(error);
    this.#zoneSpan = [-Infinity, Infinity];
  }

  /** Adds events (array or {schema, events}); returns how many were new. All or nothing. */
  addEvents(events) {
    const doc = Array.isArray(events) ? { schema: 1, events } : events;
    return unwrap(this.#binding.addEvents(toCoreJson(doc, 'addEvents'))).added;
  }

  #ensureZone(now) {
    const span = JSON.parse(this.#binding.zoneSpan(now));
    if (this.#zoneSpan && this.#zoneSpan[0] <= span.from && span.until <= this.#zoneSpan[1]) return;
    const zone = zoneOffsetsFromIntl(this.#binding.timeZone(), span.from, span.until);
    const error = this.#binding.setZone(JSON.stringify(zone));
    if (error) unwrap(error);
    this.#zoneSpan = [span.from, span.until];
  }

  /** The waiting threads at `now` (UTC ms), most urgent first. */
  timers(now = Date.now()) {
    this.#ensureZone(now);
    return unwrap(this.#binding.timers(now));
  }

  /** Metrics: {now?, window?: '7d'|'30d'|'90d', from?, until?, groupBy?}. */
  metrics(options = {}) {
    const request = { now: Date.now(), ...options };
    this.#ensureZone(request.now);
    return unwrap(this.#binding.metrics(JSON.stringify(request)));
  }

  /** The badge: {now?, lang?: 'it'|'en'} → {badge, text, headline, svg}. */
  badge(options = {}) {
    const request = { now: Date.now(), ...options };
    this.#ensureZone(request.now);
    return unwrap(this.#binding.badge(JSON.stringify(request)));
  }

  /**
   * The pronto-badge.json document the <pronto-badge> widget reads:
   * {brand, now?} → the document (anonymised events, policy, zone, summary).
   */
  exportBadge({ brand, now = Date.now() } = {}) {
    this.#ensureZone(now);
    return unwrap(this.#binding.exportBadge(String(brand ?? ''), JSON.stringify({ now })));
  }

  /** Frees the wasm memory behind this tracker. */
  dispose() {
    this.#binding.delete();
  }
}

/** The loaded core. Create it with loadPronto(). */
export class Pronto {
  #core;
  #kindNames;
  #analysisNames;
  #analyzer = null;
  #findingTexts = [];  // id -> {rule, severity, message, suggestion}: see AnalyzerBinding::CheckPacked

  constructor(core) {
    this.#core = core;
    this.#kindNames = core.tokenKindNames().split(',');
    this.#analysisNames = core.analysisNames().split('|').map((names) => names.split(','));
    /** The core's version string, the same as `pronto --version`. */
    this.version = core.version();
  }

  /**
   * Splits text into tokens.
   * @param {string|Uint8Array} input text, or UTF-8 bytes
   * @returns {{kind: string, text: string, start: number, end: number, byteStart: number, byteEnd: number}[]}
   *   start/end are UTF-16 offsets into the string (what DOM ranges use).
   * @throws {ProntoError} code "invalid_utf8" with the byte offset, for bad bytes
   */
  tokenize(input) {
    const bytes = toBytes(input, 'tokenize');
    const packed = this.#core.tokenizePacked(bytes);
    if (typeof packed === 'string') unwrap(packed);  // throws the core's error
    const kinds = this.#kindNames;
    const tokens = new Array(packed.length / 5);
    for (let i = 0, k = 0; i < packed.length; i += 5, k++) {
      const start = packed[i + 1];
      const end = packed[i + 2];
      const byteStart = packed[i + 3];
      const byteEnd = packed[i + 4];
      tokens[k] = {
        kind: kinds[packed[i]],
        // The token's text, cut from the caller's own string where there is one.
        text: typeof input === 'string' ? input.slice(start, end) : decoder.decode(bytes.subarray(byteStart, byteEnd)),
        start,
        end,
        byteStart,
        byteEnd,
      };
    }
    return tokens;
  }

  /**
   * Finds sensitive data (e-mail, phone, payment card, IBAN, codice fiscale),
   * each validated by its checksum.
   * @param {string} text
   * @returns {{kind: string, text: string, start: number, end: number, byteStart: number, byteEnd: number}[]}
   */
  findPii(text) {
    if (typeof text !== 'string') throw new TypeError(`findPii: expected a string, got ${typeof text}`);
    return unwrap(this.#core.findPiiJson(encoder.encode(text))).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
  }

  /**
   * Loads the tone engine's lexicon asset (pronto-lexicon.txt); loadPronto()
   * does it unless told `lexicon: false`.
   * @param {Uint8Array|string} bytes
   */
  loadLexicon(bytes) {
    const analyzer = new this.#core.Analyzer();
    const error = analyzer.loadLexicon(typeof bytes === 'string' ? encoder.encode(bytes) : bytes);
    if (error) {
      analyzer.delete();
      unwrap(error);
    }
    this.#analyzer?.delete();
    this.#analyzer = analyzer;
    this.#findingTexts = [];
  }

  /**
   * Analyses a customer message or a reply draft, exactly as `pronto analyze`:
   * {lang, lang_confidence, sentiment: {label, score, …}, intents: [{name, confidence}],
   *  toxicity, urgency, priority} plus, for role 'reply', politeness and findings.
   * @param {string} text
   * @param {{role?: 'customer'|'reply', lang?: 'auto'|'it'|'en', visibility?: 'public'|'private'}} [options]
   */
  analyze(text, options = {}) {
    if (!this.#analyzer) throw new ProntoError('no_lexicon', 'load the lexicon first (loadLexicon)');
    if (typeof text !== 'string') throw new TypeError(`analyze: expected a string, got ${typeof text}`);
    const { role = 'customer', lang = 'auto', visibility = 'public' } = options;
    if (role !== 'customer' && role !== 'reply') {
      throw new ProntoError('bad_field', 'the field "role" must be "customer" or "reply"');
    }
    if (lang !== 'auto' && lang !== 'it' && lang !== 'en') {
      throw new ProntoError('bad_field', 'the field "lang" must be "auto", "it" or "en"');
    }
    if (visibility !== 'public' && visibility !== 'private') {
      throw new ProntoError('bad_field', 'the field "visibility" must be "public" or "private"');
    }
    if (role === 'reply') return unwrap(this.#analyzer.analyzeText(encoder.encode(text), role, lang, visibility));
    return this.#analyzeCustomer(text, lang === 'auto' ? 0 : lang === 'it' ? 1 : 2, visibility === 'private' ? 1 : 0);
  }

  // Customer analysis without JSON: the text is encoded straight into the
  // core's input buffer and the numbers are read back from its results (see
  // AnalyzerBinding::AnalyzePacked); the object equals what `pronto analyze` prints.
  #analyzeCustomer(text, lang, visibility) {
    const core = this.#core;
    const analyzer = this.#analyzer;
    const capacity = text.length * 3;  // UTF-8 needs at most 3 bytes per UTF-16 unit
    const at = analyzer.inputBuffer(capacity);
    const { written } = encoder.encodeInto(text, core.HEAPU8.subarray(at, at + capacity));
    const error = analyzer.analyzePacked(written, lang, visibility);
    if (error) unwrap(error);
    const r = core.HEAPF64;  // read after the call: memory may have grown
    const base = analyzer.results() / 8;
    const [languages, labels, intentNames] = this.#analysisNames;
    const intents = [];
    for (let k = 0, n = r[base + 10]; k < n; k++) {
      intents.push({ name: intentNames[r[base + 11 + 2 * k]], confidence: r[base + 12 + 2 * k] });
    }
    return {
      lang: languages[r[base]],
      lang_confidence: r[base + 1],
      sentiment: {
        label: labels[r[base + 2]], score: r[base + 3], positive: r[base + 4], negative: r[base + 5], irony: r[base + 6] === 1,
      },
      intents,
      toxicity: r[base + 7],
      urgency: r[base + 8],
      priority: r[base + 9],
    };
  }

  /**
   * Tone checks on a reply draft, exactly as `pronto check --json`.
   * `caret` (UTF-16 offset in the draft, while the agent types) holds back the
   * findings that start in the unfinished word at the caret ("ass" on the way
   * to "assist"); `deferred` counts them. Check again without a caret when the
   * agent pauses. `followUp`: the brand has already written in this
   * conversation, so the draft owes no new greeting, name or personal detail.
   * @param {string} draft
   * @param {{message?: string, name?: string, channel?: 'x'|'facebook', visibility?: 'public'|'private',
   *   lang?: 'auto'|'it'|'en', templates?: string[], recent?: string[], caret?: number,
   *   followUp?: boolean}} [context]
   * @returns {{status: 'ok'|'review'|'stop', lang: string, politeness: number, readability: number,
   *   weightedLength: number, limit: number, deferred: number, findings: {rule: string,
   *   severity: 'info'|'warning'|'stop', message: {en: string, it: string}, suggestion: {en: string, it: string},
   *   start: number, end: number}[]}}
   */
  checkReply(draft, context = {}) {
    if (!this.#analyzer) throw new ProntoError('no_lexicon', 'load the lexicon first (loadLexicon)');
    if (typeof draft !== 'string') throw new TypeError(`checkReply: expected a string, got ${typeof draft}`);
    if (context === null || typeof context !== 'object') throw new TypeError('checkReply: expected an object');
    // The draft and the customer message go straight into the core's input
    // buffer (no JSON on the way in); only template and recent-reply lists,
    // when given, travel as JSON.
    const field = (name) => (typeof context[name] === 'string' ? context[name] : '');
    const message = field('message');
    const lang = context.lang === 'it' ? 1 : context.lang === 'en' ? 2 : 0;
    if (context.followUp != null && typeof context.followUp !== 'boolean') {
      throw new TypeError(`checkReply: context.followUp must be true or false, got ${typeof context.followUp}`);
    }
    const flags = (context.channel === 'x' ? 1 : 0) | (context.visibility === 'private' ? 2 : 0) | (lang << 2) |
      (context.followUp ? 16 : 0);
    let caret = -1;
    if (context.caret !== undefined && context.caret !== null) {
      caret = context.caret;
      if (!Number.isInteger(caret) || caret < 0 || caret > draft.length) {
        throw new TypeError(`checkReply: context.caret must be an integer from 0 to the draft's length (${draft.length}), got ${caret}`);
      }
    }
    const lists = {};
    for (const name of ['templates', 'recent']) {
      if (Array.isArray(context[name]) && context[name].length) lists[name] = context[name];
    }
    const listsJson = lists.templates || lists.recent ? toCoreJson(lists, 'checkReply') : '';
    const analyzer = this.#analyzer;
    const capacity = (draft.length + message.length) * 3;  // at most 3 UTF-8 bytes per UTF-16 unit
    const at = analyzer.inputBuffer(capacity);
    const heap = this.#core.HEAPU8;
    const { written: draftBytes } = encoder.encodeInto(draft, heap.subarray(at, at + draft.length * 3));
    const { written: messageBytes } = encoder.encodeInto(message, heap.subarray(at + draftBytes, at + capacity));
    const news = analyzer.checkPacked(draftBytes, messageBytes, wellFormed(field('name')), flags, caret, listsJson);
    // A finding's words come once, the first time the core reports them;
    // afterwards only numbers: the id of its texts and its span.
    const texts = this.#findingTexts;
    if (news) {
      const { reset, texts: fresh } = unwrap(news);
      if (reset) texts.length = 0;
      for (const [id, rule, severity, en, it, suggestionEn, suggestionIt] of fresh) {
        // Shared by every finding with these words, so frozen.
        const message = Object.freeze({ en, it });
        const suggestion = Object.freeze({ en: suggestionEn, it: suggestionIt });
        texts[id] = { rule, severity, message, suggestion };
      }
    }
    const r = this.#core.HEAPF64;  // read after the call: memory may have grown
    const base = analyzer.checkResults() / 8;
    const findings = [];
    for (let k = 0, n = r[base + 6], at = base + 8; k < n; k++, at += 3) {
      const { rule, severity, message, suggestion } = texts[r[at]];
      findings.push({ rule, severity, message, suggestion, start: r[at + 1], end: r[at + 2] });
    }
    return {
      status: CHECK_STATUS[r[base]],
      lang: this.#analysisNames[0][r[base + 1]],
      politeness: r[base + 2],
      readability: r[base + 3],
      weightedLength: r[base + 4],
      limit: r[base + 5],
      deferred: r[base + 7],
      findings,
    };
  }

  /**
   * Sets the team's own reply rules ({schema: 1, rules: [{id, phrases | pattern, severity, message, suggestion}]}).
   * Throws, keeping the rules in force, when a rule is invalid (the message names it).
   */
  setReplyRules(rules) {
    if (!this.#analyzer) throw new ProntoError('no_lexicon', 'load the lexicon first (loadLexicon)');
    const error = this.#analyzer.setRules(typeof rules === 'string' ? rules : toCoreJson(rules, 'setReplyRules'));
    if (error) unwrap(error);
  }

  /** A tracker for timers, metrics and the badge. */
  createTracker() {
    return new ResponsivenessTracker(new this.#core.Tracker());
  }

  /**
   * Parses and validates a template library.
   * @param {string|object} input JSON text or object (schema 1), or CSV text with format 'csv'
   * @param {'json'|'csv'} [format]
   * @returns {{schema: 1, templates: object[]}} the library, normalised
   * @throws {ProntoError} naming the template, field and position (or CSV line and column)
   */
  parseLibrary(input, format = 'json') {
    if (format === 'csv') return unwrap(this.#core.libraryFromCsv(wellFormed(String(input))));
    const text = typeof input === 'string' ? wellFormed(input) : toCoreJson(input, 'parseLibrary');
    return unwrap(this.#core.libraryFromJson(text));
  }

  /** The library (object or JSON text) as CSV for a spreadsheet. */
  libraryToCsv(library) {
    const text = typeof library === 'string' ? library : toCoreJson(library, 'libraryToCsv');
    const csv = this.#core.libraryToCsv(text);
    if (csv.startsWith('{"error"')) unwrap(csv);
    return csv;
  }

  /**
   * Merges `incoming` into `current` by template id. All or nothing: when
   * either is invalid this throws and nothing is merged.
   * @returns {{library: object, report: {added: string[], updated: string[], unchanged: string[]}}}
   */
  mergeLibraries(current, incoming) {
    return unwrap(this.#core.mergeLibraries(toCoreJson(current, 'mergeLibraries'), toCoreJson(incoming, 'mergeLibraries')));
  }

  /** Indexes `library` (object or JSON text) for suggestions. */
  createSuggester(library) {
    const binding = new this.#core.Suggester();
    const error = binding.load(typeof library === 'string' ? wellFormed(library) : toCoreJson(library, 'createSuggester'));
    if (error) {
      binding.delete();
      unwrap(error);
    }
    return new TemplateSuggester(binding);
  }

  /**
   * Checks that a draft reply is personal: not the template unchanged, not a
   * reply already sent, no unfilled placeholder, something about the customer.
   * @param {{draft: string, templates?: string[], recentReplies?: string[],
   *   customerMessage?: string, customerFirstName?: string, language?: 'it'|'en'}} input
   * @returns {{status: 'ok'|'review'|'stop', findings: object[]}}
   */
  checkPersonalization(input) {
    return unwrap(this.#core.checkPersonalizationJson(toCoreJson(input, 'checkPersonalization')));
  }

  /** The first name to greet from a display name: "dott.ssa ANNA Bianchi" → "Anna". */
  firstName(displayName) {
    return this.#core.firstNameFromDisplayName(wellFormed(String(displayName ?? '')));
  }

  /**
   * Like tokenize(), but returns the core's own JSON document (the same text
   * `pronto tokens` prints); for tools that forward JSON unchanged.
   */
  tokenizeJson(input) {
    const json = this.#core.tokenizeJson(toBytes(input, 'tokenizeJson'));
    unwrap(json);
    return json;
  }
}

/**
 * Instantiates the wasm core.
 * @param {{wasmBinary?: ArrayBuffer|Uint8Array, wasmUrl?: string|URL,
 *   lexicon?: Uint8Array|string|false, lexiconUrl?: string|URL}} [options]
 *   wasmBinary: the module's bytes (required under Node, where fetch of a file
 *   path fails); wasmUrl: where to fetch it (defaults to pronto-core.wasm
 *   beside this file). lexicon: the tone engine's lexicon bytes, or false to
 *   skip it; otherwise it is fetched from lexiconUrl (default
 *   pronto-lexicon.txt beside this file).
 * @returns {Promise<Pronto>}
 */
export async function loadPronto(options = {}) {
  let { wasmBinary } = options;
  if (!wasmBinary) {
    const url = options.wasmUrl ?? new URL('./pronto-core.wasm', import.meta.url);
    const response = await fetch(url);
    if (!response.ok) {
      throw new ProntoError('wasm_unavailable', `cannot load the Pronto core from ${url}: HTTP ${response.status}`);
    }
    wasmBinary = await response.arrayBuffer();
  }
  const core = await createProntoCore({ wasmBinary });
  const pronto = new Pronto(core);
  let { lexicon } = options;
  if (lexicon === undefined) {
    const url = options.lexiconUrl ?? new URL('./pronto-lexicon.txt', import.meta.url);
    const response = await fetch(url);
    if (!response.ok) {
      throw new ProntoError('lexicon_unavailable', `cannot load the lexicon from ${url}: HTTP ${response.status}`);
    }
    lexicon = new Uint8Array(await response.arrayBuffer());
  }
  if (lexicon !== false) pronto.loadLexicon(lexicon);
  return pronto;
}
