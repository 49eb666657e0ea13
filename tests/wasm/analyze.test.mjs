// The tone engine through the wasm build gives, byte for byte, the lines the
// native `pronto analyze` prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { loadBuiltPronto } from './load.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pronto = await loadBuiltPronto();

const messages = [
  { id: 1, text: 'Ancora nessuna risposta dopo 3 giorni, VERGOGNA!!! 😡 #fail' },
  { id: 2, text: 'Grazie mille ragazzi, servizio top 👏👏' },
  { id: 3, text: "Hi, where's my parcel? It was due on Monday." },
  { id: 4, text: '❤️' },
  { id: 5, text: 'not bad at all, but the app keeps crashing :(' },
  { id: 6, text: 'scrivetemi in privato per favore, è urgente' },
  { id: 7, text: 'You are useless idiots', role: 'customer', visibility: 'public' },
  { id: 8, text: 'Ciao Anna, ci dispiace per il ritardo: ti scrivo in privato.', role: 'reply' },
];

test('wasm analyze equals native analyze on every message', () => {
  const input = messages.map((m) => JSON.stringify(m)).join('\n') + '\n';
  const native = execFileSync(`${root}build/native/pronto`, ['analyze'], { input, encoding: 'utf8' })
    .trimEnd().split('\n').map((line) => JSON.parse(line));
  assert.equal(native.length, messages.length);
  for (const [i, m] of messages.entries()) {
    const { id, text, ...options } = m;
    const { id: nativeId, ...expected } = native[i];
    assert.equal(nativeId, id);
    assert.deepEqual(pronto.analyze(text, options), expected, text);
  }
});

test('analysis reads what a community manager needs', () => {
  const angry = pronto.analyze(messages[0].text);
  assert.equal(angry.lang, 'it');
  assert.equal(angry.sentiment.label, 'negative');
  assert.ok(angry.intents.some((i) => i.name === 'complaint'));
  const heart = pronto.analyze('❤️');
  assert.ok(heart.intents.some((i) => i.name === 'reaction'));
  const thanks = pronto.analyze(messages[1].text);
  assert.equal(thanks.sentiment.label, 'positive');
  assert.ok(angry.priority > thanks.priority);
});

test('bad input is a clear error', () => {
  assert.throws(() => pronto.analyze(42), /expected a string/);
  assert.throws(() => pronto.analyze('x', { role: 'boss' }), /"role" must be "customer" or "reply"/);
});

test('the packed customer path equals native analyze on every trainer message, in every language mode', () => {
  // 32 team-written customer messages (the trainer decks) plus edge cases: empty,
  // emoji only, a lone surrogate, many intents at once, a long text.
  const texts = ['en', 'it'].flatMap((lang) =>
    JSON.parse(readFileSync(`${root}assets/decks/${lang}.json`, 'utf8')).scenarios.map((s) => s.customer.message));
  texts.push('', '👍', 'bad \uD83D text', 'Urgent!!! call me or DM me now, where is my refund?? thanks you idiots 😡'.repeat(3),
    'x'.repeat(5000));
  const requests = texts.flatMap((text, i) => ['auto', 'it', 'en'].flatMap((lang) =>
    ['public', 'private'].map((visibility) => ({ id: `${i}-${lang}-${visibility}`, text: text.toWellFormed(), lang, visibility }))));
  const input = requests.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const native = execFileSync(`${root}build/native/pronto`, ['analyze'], { input, encoding: 'utf8', maxBuffer: 1 << 26 })
    .trimEnd().split('\n').map((line) => JSON.parse(line));
  assert.equal(native.length, requests.length);
  assert.ok(native.some((r) => r.intents.length >= 2), 'some message has several intents');
  for (const [i, { id, text, lang, visibility }] of requests.entries()) {
    const { id: nativeId, ...expected } = native[i];
    assert.equal(nativeId, id);
    assert.deepEqual(pronto.analyze(texts[Number(id.split('-')[0])], { lang, visibility }), expected, id);
  }
});
