// The shipped trainer decks (assets/decks/{it,en}.json) against the tone
// engine they teach: every "good" model answer passes the checks (no warning
// or stop finding) and every "bad" one is flagged for each reason the deck
// gives. Also: schema 1 validation names the deck, scenario and field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { loadBuiltPronto } from './load.mjs';
import { DeckError, SITUATIONS, checkContext, parseDeck, validateDeck } from '../../extension/trainer/deck.js';

/** The DeckError `fn` throws (fails the test when it throws nothing else). */
function deckErrorOf(fn) {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof DeckError, error.message);
    return error;
  }
  assert.fail('expected a DeckError');
}

const decksDir = fileURLToPath(new URL('../../assets/decks/', import.meta.url));
const pronto = await loadBuiltPronto();
const decks = {};
for (const lang of ['it', 'en']) decks[lang] = parseDeck(await readFile(`${decksDir}${lang}.json`, 'utf8'), { source: `${lang}.json` });

for (const lang of ['it', 'en']) {
  const deck = decks[lang];

  test(`${lang}.json: a valid schema-1 deck in ${lang}, at least 15 scenarios, 2–3 candidates each`, () => {
    assert.equal(deck.schema, 1);
    assert.equal(deck.language, lang);
    assert.ok(deck.scenarios.length >= 15, `${deck.scenarios.length} scenarios`);
    for (const s of deck.scenarios) {
      assert.ok(s.candidates.length >= 2 && s.candidates.length <= 3, `${s.id}: ${s.candidates.length} candidates`);
      assert.ok(s.candidates.some((c) => c.quality === 'good'), `${s.id}: no good candidate`);
      assert.ok(s.candidates.some((c) => c.quality === 'bad'), `${s.id}: no bad candidate`);
      for (const c of s.candidates) assert.ok(c.rationale.trim().length > 20, `${s.id} ${c.label}: rationale`);
    }
  });

  test(`${lang}.json covers every situation trainers teach`, () => {
    const tags = new Set(deck.scenarios.flatMap((s) => s.tags ?? []));
    for (const situation of SITUATIONS) assert.ok(tags.has(situation), `no scenario tagged "${situation}"`);
    const channels = new Set(deck.scenarios.map((s) => `${s.channel}/${s.visibility}`));
    for (const c of ['facebook/public', 'facebook/private', 'x/public', 'x/private']) assert.ok(channels.has(c), `no ${c} scenario`);
    assert.ok(deck.scenarios.some((s) => s.customer.outOfHours), 'no out-of-hours customer');
  });

  for (const s of deck.scenarios) {
    test(`${lang}.json "${s.id}": good answers pass, bad ones are flagged for the deck's reasons`, () => {
      for (const c of s.candidates) {
        const check = pronto.checkReply(c.text, checkContext(deck, s));
        const rules = check.findings.map((f) => `${f.rule}/${f.severity}`);
        if (c.quality === 'good') {
          const serious = check.findings.filter((f) => f.severity !== 'info');
          assert.deepEqual(serious.map((f) => f.rule), [], `good answer ${c.label} of "${s.id}" is flagged: ${rules.join(', ')}`);
          assert.equal(check.status, 'ok');
        } else {
          const found = new Set(check.findings.map((f) => f.rule));
          for (const rule of c.expect) {
            assert.ok(found.has(rule), `bad answer ${c.label} of "${s.id}" should be flagged ${rule}; got ${rules.join(', ') || 'nothing'}`);
          }
          assert.notEqual(check.status, 'ok');
        }
      }
    });
  }
}

test('scenario ids are unique across the default decks', () => {
  const ids = [...decks.it.scenarios, ...decks.en.scenarios].map((s) => s.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('a bad deck is rejected with errors naming the deck, scenario and field', () => {
  const broken = structuredClone(decks.it);
  broken.scenarios[2].candidates[1].expect = 'blaming';
  broken.scenarios[4].channel = 'instagram';
  delete broken.scenarios[5].customer.message;
  broken.scenarios[6].candidates[0].expect = ['blaming'];  // a good answer must not expect findings
  broken.scenarios[7].candidates[1].expect = ['rude'];
  broken.scenarios[8].customer.receivedAt = 'yesterday';
  broken.scenarios[9].id = broken.scenarios[0].id;
  broken.scenarios[10].followUp = 'yes';
  const error = deckErrorOf(() => validateDeck(broken));
  const s = (i) => `deck "it-basics", scenario #${i + 1} ("${broken.scenarios[i].id}")`;
  assert.equal(error.errors.length, 8, error.message);
  assert.deepEqual(error.errors.filter((_, i) => i !== 4), [
    `${s(2)}, field "candidates[1].expect": must be an array of rule ids, got "blaming"`,
    `${s(4)}, field "channel": must be "facebook" or "x", got "instagram"`,
    `${s(5)}, field "customer.message": must be a non-empty string`,
    `${s(6)}, field "candidates[0].expect": a "good" candidate must not expect findings (leave it empty)`,
    `${s(8)}, field "customer.receivedAt": must be an ISO date such as "2026-03-14T23:40:00+01:00", got "yesterday"`,
    `${s(9)}, field "id": repeats the id of scenario #1`,
    `${s(10)}, field "followUp": must be true or false, got "yes"`,
  ]);
  assert.ok(error.errors[4].startsWith(`${s(7)}, field "candidates[1].expect[0]": "rude" is not a rule id; use one of missing_greeting, `),
    error.errors[4]);
});

test('broken JSON and wrong top-level fields are named too', () => {
  assert.throws(() => parseDeck('{"schema": 1,\n "id": "x",\n oops}', { source: 'mine.json' }),
    (e) => e instanceof DeckError && /^deck file "mine\.json": not valid JSON at line 3, column 2/.test(e.message));
  assert.throws(() => parseDeck('[]', { source: 'mine.json' }), /deck file "mine\.json": must be a JSON object/);
  const error = deckErrorOf(() => validateDeck({ schema: 2, id: 'team', title: 'T', language: 'fr', scenarios: [], colour: 1 }));
  assert.deepEqual(error.errors, [
    'deck "team", field "colour": is not a deck field (check the spelling)',
    'deck "team", field "schema": must be 1, got 2',
    'deck "team", field "language": must be "it" or "en", got "fr"',
    'deck "team", field "scenarios": must be a non-empty array of scenarios',
  ]);
});
