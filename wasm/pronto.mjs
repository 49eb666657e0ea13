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

/**
 * Turns the JSON the core returns into a value, throwing ProntoError when it
 * holds {"error": …}.
 */
function unwrap(json) {
  const value = JSON.parse(json);
  if (value && typeof value === 'object' && value.error) {
    const { code, message, offset } = value.error;
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

/** The loaded core. Create it with loadPronto(). */
export class Pronto {
  #core;
  #kindNames;

  constructor(core) {
    this.#core = core;
    this.#kindNames = core.tokenKindNames().split(',');
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
 * @param {{wasmBinary?: ArrayBuffer|Uint8Array, wasmUrl?: string|URL}} [options]
 *   wasmBinary: the module's bytes (required under Node, where fetch of a file
 *   path fails); wasmUrl: where to fetch it (defaults to pronto-core.wasm
 *   beside this file).
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
  return new Pronto(core);
}
