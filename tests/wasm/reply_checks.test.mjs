// Reply checks through the wasm build equal `pronto check --json`, draft for
// draft: the extension, trainer mode and the CLI show the same findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { loadBuiltPronto, distDir } from './load.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pronto = await loadBuiltPronto();
const { ProntoError } = await import(`${distDir}pronto.mjs`);

const cases = [
  { draft: 'Gentile cliente, come già detto avresti dovuto leggere le FAQ!!! Carta 4111 1111 1111 1111',
    context: { message: 'il pacco è in ritardo, vergogna', name: 'Anna', channel: 'facebook', visibility: 'public' } },
  { draft: 'Ciao Anna 😊 ci dispiace per il ritardo: ti scrivo in privato con il tracking.',
    context: { message: 'il mio ordine è in ritardo', name: 'Anna', channel: 'x', visibility: 'public', lang: 'it' } },
  { draft: 'YOU ARE WRONG, read http://example.com/faq 🙄',
    context: { channel: 'x', visibility: 'private', lang: 'en' } },
  { draft: 'Hi Jo, thanks so much for the kind words about the new app!',
    context: { message: 'Love the new app, great job team', name: 'Jo', templates: ['Hi Jo, thanks so much for the kind words about the new app!'] } },
  // Typed so far, the caret at the end of "ass" (on the way to "assist"): held back.
  { draft: 'Hi Jo 😊 sorry about that, we will ass',
    context: { message: 'my order is late', name: 'Jo', caret: 38 } },
  // A follow-up in a conversation the brand has written in: no new greeting or name owed.
  { draft: 'Sure thing: tomorrow before noon.',
    context: { message: 'ok and when will it get here?', name: 'Jo', followUp: true } },
];

function cliArgs({ draft, context }) {
  const args = ['check', '--reply', draft, '--json'];
  if (context.message) args.push('--message', context.message);
  if (context.name) args.push('--name', context.name);
  if (context.channel) args.push('--channel', context.channel);
  if (context.visibility) args.push('--visibility', context.visibility);
  if (context.lang) args.push('--lang', context.lang);
  for (const t of context.templates ?? []) args.push('--template', t);
  if (context.caret !== undefined) args.push('--caret', String(context.caret));
  if (context.followUp) args.push('--follow-up');
  return args;
}

for (const c of cases) {
  test(`wasm checkReply equals pronto check: ${c.draft.slice(0, 40)}…`, () => {
    const native = JSON.parse(execFileSync(`${root}build/native/pronto`, cliArgs(c), { encoding: 'utf8' }));
    const ours = pronto.checkReply(c.draft, c.context);
    assert.deepEqual(ours, native);
    for (const f of ours.findings) {
      assert.ok(f.start < f.end && f.end <= c.draft.length, `${f.rule} span inside the draft`);
      assert.ok(f.message.en && f.message.it, `${f.rule} explained in both languages`);
    }
  });
}

test('the word at the caret waits until it is finished; a bad caret is a TypeError', () => {
  const draft = 'Hi Jo 😊 sorry about that, we will ass';
  assert.equal(draft.length, 38);  // the emoji is two UTF-16 units
  const finished = pronto.checkReply(draft, { name: 'Jo' });
  assert.equal(finished.status, 'stop');
  assert.equal(finished.deferred, 0);
  const typing = pronto.checkReply(draft, { name: 'Jo', caret: 38 });
  assert.notEqual(typing.status, 'stop');
  assert.equal(typing.deferred, 1);
  assert.ok(!typing.findings.some((f) => f.rule === 'answering_in_kind'));
  // The caret elsewhere: "ass" is finished and counts.
  assert.equal(pronto.checkReply(draft, { name: 'Jo', caret: 10 }).status, 'stop');
  for (const caret of [39, -1, 1.5, '38', NaN]) {
    assert.throws(() => pronto.checkReply(draft, { caret }), (err) => err instanceof TypeError && /context\.caret must be an integer from 0 to the draft's length \(38\)/.test(err.message), String(caret));
  }
  assert.equal(pronto.checkReply(draft, { name: 'Jo', caret: null }).status, 'stop');
});

test('a follow-up owes no new greeting, name or personal detail; followUp must be a boolean', () => {
  const draft = 'Sure thing: tomorrow before noon.';
  const context = { message: 'ok and when will it get here?', name: 'Jo' };
  const rules = (check) => check.findings.map((f) => f.rule);
  assert.deepEqual(rules(pronto.checkReply(draft, context)), ['missing_greeting', 'missing_name', 'no_personal_element']);
  assert.deepEqual(rules(pronto.checkReply(draft, { ...context, followUp: true })), []);
  for (const followUp of [false, null]) {
    assert.deepEqual(rules(pronto.checkReply(draft, { ...context, followUp })), rules(pronto.checkReply(draft, context)));
  }
  for (const followUp of ['yes', 1]) {
    assert.throws(() => pronto.checkReply(draft, { ...context, followUp }),
      (err) => err instanceof TypeError && /context\.followUp must be true or false/.test(err.message), String(followUp));
  }
});

test('finding texts cross the boundary once, and stay right when the facade\'s table starts over', () => {
  // The missing-name suggestion quotes the name: 1,100 names make 1,100
  // distinct texts, past the table's 1,024, so the ids start over once.
  const context = { message: 'il pacco è in ritardo', lang: 'it', channel: 'x' };
  const suggestionFor = (name) => pronto.checkReply('Buongiorno, ci dispiace per il ritardo.', { ...context, name })
    .findings.find((f) => f.rule === 'missing_name').suggestion;
  for (let i = 0; i < 1100; i++) assert.equal(suggestionFor(`Nome${i}`).it, `Usa il suo nome: "Ciao Nome${i},".`);
  // Names seen before the start-over get their own words, not another entry's.
  assert.equal(suggestionFor('Nome3').en, 'Use their name: "Ciao Nome3,".');  // the reply's language
  assert.equal(suggestionFor('Nome1099').en, 'Use their name: "Ciao Nome1099,".');
  // The shared texts are frozen: a caller cannot change another finding's words.
  const first = pronto.checkReply('YOU ARE WRONG', { lang: 'en' }).findings[0];
  assert.throws(() => { first.message.en = 'changed'; }, TypeError);
  assert.notEqual(pronto.checkReply('YOU ARE WRONG', { lang: 'en' }).findings[0].message.en, 'changed');
});

test('each check answers its own customer message (the last one analysed is reused only when it is the same)', () => {
  const draft = 'Ciao Anna, ecco il link del tracking.';
  const rules = (message, visibility = 'public') => pronto.checkReply(draft, { message, name: 'Anna', lang: 'it', visibility })
    .findings.map((f) => f.rule);
  const complaint = 'il pacco è in ritardo, vergogna';
  const praise = 'grazie mille, servizio top!';
  assert.deepEqual(rules(complaint), ['missing_apology']);
  assert.deepEqual(rules(complaint), ['missing_apology']);
  assert.deepEqual(rules(praise), ['missing_thanks']);
  assert.deepEqual(rules(complaint, 'private'), ['missing_apology']);
  assert.deepEqual(rules(''), []);
  assert.deepEqual(rules(praise), ['missing_thanks']);
});

test('findings name the exact words (UTF-16 spans of the JS string)', () => {
  const draft = 'Ciao 😊 Anna, come già detto trovi tutto online.';
  const { findings } = pronto.checkReply(draft, { lang: 'it' });
  const blaming = findings.find((f) => f.rule === 'blaming');
  assert.equal(draft.slice(blaming.start, blaming.end), 'come già detto');
});

test('team rules: added, applied, and a bad pattern names the rule and keeps the old rules', () => {
  pronto.setReplyRules({ schema: 1, rules: [{ id: 'competitor', phrases: ['acme corp'], severity: 'stop',
    message: { en: 'Never name competitors.', it: 'Mai nominare i concorrenti.' } }] });
  const check = pronto.checkReply('Hi Jo, unlike Acme Corp we answer fast.', { lang: 'en' });
  assert.equal(check.status, 'stop');
  assert.ok(check.findings.some((f) => f.rule === 'custom:competitor'));
  assert.throws(() => pronto.setReplyRules({ schema: 1, rules: [{ id: 'bad', pattern: '(a' }] }),
    (err) => err instanceof ProntoError && /rule #1 \('bad'\)/.test(err.message));
  assert.ok(pronto.checkReply('Hi Jo, unlike Acme Corp we answer fast.', { lang: 'en' })
    .findings.some((f) => f.rule === 'custom:competitor'));
  pronto.setReplyRules({ schema: 1, rules: [] });
});
