// The wasm build must agree with the native one: the same golden cases
// (tests/golden/tokens.json) that tests/core/golden_test.cc runs natively.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { loadBuiltPronto, readGolden, distDir } from './load.mjs';

const pronto = await loadBuiltPronto();
const { ProntoError } = await import(`${distDir}pronto.mjs`);
const golden = await readGolden('tokens.json');

test('golden file is the shared one', () => {
  assert.equal(golden.schema, 1);
  assert.ok(golden.cases.length >= 20);
});

for (const c of golden.cases) {
  test(`golden: ${c.name}`, () => {
    const input = c.hex ? Uint8Array.from(Buffer.from(c.hex, 'hex')) : c.text;
    if (c.error) {
      assert.throws(() => pronto.tokenize(input), (err) => {
        assert.ok(err instanceof ProntoError);
        assert.equal(err.code, c.error.code);
        assert.equal(err.offset, c.error.offset);
        assert.match(err.message, new RegExp(`byte offset ${c.error.offset}\\b`));
        return true;
      });
      return;
    }
    const actual = pronto.tokenize(input).map((t) => [t.kind, t.text, t.start, t.end, t.byteStart, t.byteEnd]);
    assert.deepEqual(actual, c.tokens);
  });
}

test('UTF-16 offsets slice the JavaScript string to the token text', () => {
  const text = 'Ciao 👨‍👩‍👧 @anna, città? <3 https://x.it/é 🇮🇹!';
  for (const t of pronto.tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
});

test('a lone surrogate in a JS string keeps offsets aligned', () => {
  const text = 'ok \uD83D fine';
  const tokens = pronto.tokenize(text);
  assert.equal(text.slice(tokens.at(-1).start, tokens.at(-1).end), 'fine');
});

test('version matches the native CLI contract', () => {
  assert.match(pronto.version, /^\d+\.\d+\.\d+$/);
});

test('wrong input types are a TypeError naming what was expected', () => {
  assert.throws(() => pronto.tokenize(42), /expected a string or a Uint8Array, got number/);
  assert.throws(() => pronto.tokenize(null), /got null/);
});

test('a large text round-trips (memory growth works)', () => {
  const text = 'Ciao @brand il mio ordine è in ritardo 😡 '.repeat(20000);
  const tokens = pronto.tokenize(text);
  assert.equal(tokens.length, 9 * 20000);
  assert.equal(tokens.at(-1).end, text.trimEnd().length);
});

test('tokenizeJson is the document the native CLI prints', async () => {
  const { execFileSync } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const cli = fileURLToPath(new URL('../../build/native/pronto', import.meta.url));
  for (const c of golden.cases.filter((x) => !x.error)) {
    const native = execFileSync(cli, ['tokens'], { input: c.text, encoding: 'utf8' }).trimEnd();
    assert.equal(pronto.tokenizeJson(c.text), native, c.name);
  }
});
