// The README's CLI examples are run and their output compared, so the README
// stays true. Every ```console block line "$ build/native/pronto …" (or
// "$ printf … | build/native/pronto …") is run with bash from the repo root; the
// lines after it, up to the next "$ ", are its expected output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');

const examples = [];
for (const block of readme.matchAll(/```console\n([\s\S]*?)```/g)) {
  let current = null;
  for (const line of block[1].split('\n')) {
    if (line.startsWith('$ ')) {
      current = /build\/native\/pronto/.test(line) ? { command: line.slice(2), expected: [] } : null;
      if (current) examples.push(current);
    } else if (current && line !== '') {
      current.expected.push(line);
    }
  }
}

test('the README has CLI examples', () => {
  assert.ok(examples.length >= 2, `found ${examples.length}`);
});

for (const { command, expected } of examples) {
  test(`README: ${command}`, () => {
    const out = execFileSync('bash', ['-c', command], { cwd: root, encoding: 'utf8' });
    assert.equal(out.trimEnd(), expected.join('\n'));
  });
}
