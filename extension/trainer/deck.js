// Copyright 2026 The Pronto Authors.
//
// Trainer decks: parsing and schema validation (schema 1, described in
// README.md), the check context a scenario gives the tone engine, and where
// the default decks live. No DOM here: Node tests import this file too.
//
//   import { parseDeck, checkContext } from './deck.js';
//   const deck = parseDeck(text, { source: 'my-deck.json' });  // throws DeckError
//   pronto.checkReply(draft, checkContext(deck, deck.scenarios[0]));

export const DECK_SCHEMA = 1;

/** The engine's rule ids a deck may expect (plus "custom:<id>" for team rules). */
export const RULE_IDS = Object.freeze([
  'missing_greeting', 'missing_name', 'missing_thanks', 'missing_apology', 'non_apology', 'blaming', 'answering_in_kind',
  'sarcasm', 'shouting', 'exclamations', 'too_long', 'hard_to_read', 'robotic', 'unverifiable_promise',
  'sensitive_data_public', 'sensitive_data_private', 'asks_for_private_data', 'insecure_link', 'template_unchanged', 'repeated_reply',
  'unfilled_placeholder', 'no_personal_element',
]);

/** The situations trainers tag scenarios with (free tags are allowed too). */
export const SITUATIONS = Object.freeze([
  'angry-complaint', 'troll', 'emoji-only', 'praise', 'needs-dm', 'repeated-customer', 'out-of-hours',
  'do-not-delete', 'follow-up',
]);

/** Default SLA, in minutes, when a scenario gives none. */
export const DEFAULT_SLA_MINUTES = 15;

/** An invalid deck: `errors` lists every problem found, each naming where. */
export class DeckError extends Error {
  /** @param {string[]} errors one sentence each, e.g. `deck "x", scenario #3 ("y"), field "z": …` */
  constructor(errors) {
    super(errors.length === 1 ? errors[0] : `${errors.length} problems:\n${errors.join('\n')}`);
    this.name = 'DeckError';
    this.errors = errors;
  }
}

const MAX_ERRORS = 20;
const DECK_FIELDS = new Set(['schema', 'id', 'title', 'language', 'description', 'scenarios']);
const SCENARIO_FIELDS = new Set(['id', 'title', 'channel', 'visibility', 'customer', 'context', 'slaMinutes',
  'tags', 'recent', 'followUp', 'candidates']);
const CUSTOMER_FIELDS = new Set(['name', 'handle', 'message', 'receivedAt', 'outOfHours']);
const CANDIDATE_FIELDS = new Set(['label', 'text', 'quality', 'expect', 'rationale']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v) => typeof v === 'string' && v.trim() !== '';
const describe = (v) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? `"${v}"` : typeof v === 'object' ? 'an object' : String(v));

/**
 * Checks a parsed deck against schema 1 and returns it (a deep copy).
 * @param {unknown} value the parsed JSON
 * @param {{source?: string}} [options] source: the file name, used when the deck has no usable id
 * @throws {DeckError} listing every problem, each naming the deck, scenario index/id and field
 */
export function validateDeck(value, { source } = {}) {
  const errors = [];
  const deckName = isObject(value) && isText(value.id) ? `deck "${value.id}"` : source ? `deck file "${source}"` : 'deck';
  const fail = (where, message) => {
    if (errors.length < MAX_ERRORS) errors.push(`${where}: ${message}`);
  };
  if (!isObject(value)) {
    throw new DeckError([`${deckName}: must be a JSON object {"schema":1,"id":…,"scenarios":[…]}, got ${describe(value)}`]);
  }
  const at = (field) => `${deckName}, field "${field}"`;
  for (const key of Object.keys(value)) if (!DECK_FIELDS.has(key)) fail(at(key), 'is not a deck field (check the spelling)');
  if (value.schema !== DECK_SCHEMA) fail(at('schema'), `must be ${DECK_SCHEMA}, got ${describe(value.schema)}`);
  if (!isText(value.id)) fail(at('id'), 'must be a non-empty string');
  else if (!/^[a-z0-9][a-z0-9._-]*$/i.test(value.id)) fail(at('id'), 'use letters, digits, ".", "_" or "-" only');
  if (!isText(value.title)) fail(at('title'), 'must be a non-empty string');
  if (value.language !== 'it' && value.language !== 'en') fail(at('language'), `must be "it" or "en", got ${describe(value.language)}`);
  if (value.description !== undefined && typeof value.description !== 'string') fail(at('description'), 'must be a string');
  if (!Array.isArray(value.scenarios) || value.scenarios.length === 0) {
    fail(at('scenarios'), 'must be a non-empty array of scenarios');
  } else {
    const seen = new Map();
    value.scenarios.forEach((scenario, i) => {
      const label = `${deckName}, scenario #${i + 1}${isObject(scenario) && isText(scenario.id) ? ` ("${scenario.id}")` : ''}`;
      validateScenario(scenario, (field, message) => fail(field ? `${label}, field "${field}"` : label, message));
      if (isObject(scenario) && isText(scenario.id)) {
        if (seen.has(scenario.id)) fail(`${label}, field "id"`, `repeats the id of scenario #${seen.get(scenario.id) + 1}`);
        else seen.set(scenario.id, i);
      }
    });
  }
  if (errors.length) throw new DeckError(errors);
  return structuredClone(value);
}

function validateScenario(s, fail) {
  if (!isObject(s)) {
    fail('', `must be an object, got ${describe(s)}`);
    return;
  }
  for (const key of Object.keys(s)) if (!SCENARIO_FIELDS.has(key)) fail(key, 'is not a scenario field (check the spelling)');
  if (!isText(s.id)) fail('id', 'must be a non-empty string');
  if (!isText(s.title)) fail('title', 'must be a non-empty string');
  if (s.channel !== 'facebook' && s.channel !== 'x') fail('channel', `must be "facebook" or "x", got ${describe(s.channel)}`);
  if (s.visibility !== 'public' && s.visibility !== 'private') fail('visibility', `must be "public" or "private", got ${describe(s.visibility)}`);
  if (s.context !== undefined && typeof s.context !== 'string') fail('context', 'must be a string');
  if (s.followUp !== undefined && typeof s.followUp !== 'boolean') fail('followUp', `must be true or false, got ${describe(s.followUp)}`);
  if (s.slaMinutes !== undefined && !(typeof s.slaMinutes === 'number' && s.slaMinutes > 0 && s.slaMinutes <= 10080)) {
    fail('slaMinutes', `must be a number of minutes from 1 to 10080, got ${describe(s.slaMinutes)}`);
  }
  for (const list of ['tags', 'recent']) {
    if (s[list] !== undefined && !(Array.isArray(s[list]) && s[list].every(isText))) fail(list, 'must be an array of non-empty strings');
  }
  const c = s.customer;
  if (!isObject(c)) {
    fail('customer', `must be an object {"name", "message", …}, got ${describe(c)}`);
  } else {
    for (const key of Object.keys(c)) if (!CUSTOMER_FIELDS.has(key)) fail(`customer.${key}`, 'is not a customer field (check the spelling)');
    if (!isText(c.name)) fail('customer.name', 'must be a non-empty string');
    if (c.handle !== undefined && !isText(c.handle)) fail('customer.handle', 'must be a non-empty string');
    if (!isText(c.message)) fail('customer.message', 'must be a non-empty string');
    if (c.receivedAt !== undefined && !(typeof c.receivedAt === 'string' && ISO_DATE.test(c.receivedAt) && !Number.isNaN(Date.parse(c.receivedAt)))) {
      fail('customer.receivedAt', `must be an ISO date such as "2026-03-14T23:40:00+01:00", got ${describe(c.receivedAt)}`);
    }
    if (c.outOfHours !== undefined && typeof c.outOfHours !== 'boolean') fail('customer.outOfHours', 'must be true or false');
  }
  if (!Array.isArray(s.candidates) || s.candidates.length === 0) {
    fail('candidates', 'must be a non-empty array of candidate replies');
    return;
  }
  s.candidates.forEach((k, j) => {
    const f = (field) => `candidates[${j}]${field ? `.${field}` : ''}`;
    if (!isObject(k)) {
      fail(f(''), `must be an object, got ${describe(k)}`);
      return;
    }
    for (const key of Object.keys(k)) if (!CANDIDATE_FIELDS.has(key)) fail(f(key), 'is not a candidate field (check the spelling)');
    if (!isText(k.label)) fail(f('label'), 'must be a non-empty string');
    if (!isText(k.text)) fail(f('text'), 'must be a non-empty string');
    if (k.quality !== 'good' && k.quality !== 'bad') fail(f('quality'), `must be "good" or "bad", got ${describe(k.quality)}`);
    if (!isText(k.rationale)) fail(f('rationale'), 'must be a non-empty string: say why this reply is good or bad');
    if (k.expect !== undefined && !Array.isArray(k.expect)) {
      fail(f('expect'), `must be an array of rule ids, got ${describe(k.expect)}`);
    } else {
      const expect = k.expect ?? [];
      expect.forEach((rule, r) => {
        if (typeof rule !== 'string' || !(RULE_IDS.includes(rule) || /^custom:.+/.test(rule))) {
          fail(`${f('expect')}[${r}]`, `${describe(rule)} is not a rule id; use one of ${RULE_IDS.join(', ')} or "custom:<id>"`);
        }
      });
      if (k.quality === 'bad' && expect.length === 0) fail(f('expect'), 'a "bad" candidate must list the rule ids the engine must flag');
      if (k.quality === 'good' && expect.length > 0) fail(f('expect'), 'a "good" candidate must not expect findings (leave it empty)');
    }
  });
}

/**
 * The offset of the first JSON syntax error in `text`, or null. Browsers word
 * JSON.parse errors differently (and some give no position), so this scans.
 */
export function syntaxErrorOffset(text) {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = () => {
    throw i;
  };
  const literal = (word) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++;  // the opening quote
    while (i < text.length && text[i] !== '"') {
      if (text[i] < ' ') fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-f]{4}$/i.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = () => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (c === '"') {
      string();
    } else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
      if (!m) fail();
      i += m[0].length;
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return null;
  } catch (offset) {
    return typeof offset === 'number' ? offset : null;
  }
}

/**
 * Parses deck JSON text and validates it.
 * @param {string} text
 * @param {{source?: string}} [options] source: the file name, for messages
 * @throws {DeckError}
 */
export function parseDeck(text, { source } = {}) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const name = source ? `deck file "${source}"` : 'deck';
    const offset = syntaxErrorOffset(text);
    let where = '';
    if (offset !== null) {
      const before = text.slice(0, offset).split('\n');
      where = ` at line ${before.length}, column ${before.at(-1).length + 1}`;
    }
    throw new DeckError([`${name}: not valid JSON${where} (${error.message})`]);
  }
  return validateDeck(value, { source });
}

/** The deck as JSON text for export (validated, pretty-printed). */
export function deckToJson(deck) {
  return `${JSON.stringify(validateDeck(deck), null, 2)}\n`;
}

/** The customer's first name, as the engine's name check wants it. */
export function firstName(name) {
  return String(name).trim().split(/\s+/)[0] ?? '';
}

/**
 * What the tone engine is told about a scenario: the same for every
 * candidate, for the trainee's reply and for `pronto check` (golden test).
 */
export function checkContext(deck, scenario) {
  const context = {
    message: scenario.customer.message,
    name: firstName(scenario.customer.name),
    channel: scenario.channel,
    visibility: scenario.visibility,
    lang: deck.language,
  };
  if (scenario.recent?.length) context.recent = [...scenario.recent];
  if (scenario.followUp) context.followUp = true;
  return context;
}

/** The same context as `pronto check` arguments. */
export function checkArgs(deck, scenario, draft) {
  const c = checkContext(deck, scenario);
  const args = ['check', '--reply', draft, '--message', c.message, '--name', c.name, '--channel', c.channel,
    '--visibility', c.visibility, '--lang', c.lang, '--json'];
  for (const r of c.recent ?? []) args.push('--recent', r);
  if (c.followUp) args.push('--follow-up');
  return args;
}

/** Where the shipped decks are: beside the extension (../decks/) or on the demo site (../assets/decks/). */
export function defaultDeckUrls(base = globalThis.location?.href) {
  const dir = globalThis.location?.protocol === 'chrome-extension:' ? '../decks/' : '../assets/decks/';
  return ['it.json', 'en.json'].map((file) => new URL(dir + file, base).href);
}

/** Fetches and validates the shipped decks; a deck that fails is reported in `errors`, not thrown. */
export async function loadDefaultDecks(fetchImpl = globalThis.fetch) {
  const decks = [];
  const errors = [];
  for (const url of defaultDeckUrls()) {
    try {
      const response = await fetchImpl(url);
      if (!response.ok) throw new DeckError([`deck file "${url}": HTTP ${response.status}`]);
      decks.push(parseDeck(await response.text(), { source: url.split('/').pop() }));
    } catch (error) {
      errors.push(error instanceof DeckError ? error.message : `deck file "${url}": ${error.message}`);
    }
  }
  return { decks, errors };
}
