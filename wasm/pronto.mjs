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
