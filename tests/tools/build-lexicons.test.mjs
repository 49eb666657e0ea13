// The lexicon build (assets/tools/build-lexicons.mjs): the shipped team lists
// build, and a mistake in a team list stops the build with the file and line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const script = path.join(root, 'assets/tools/build-lexicons.mjs');
const nodeModules = path.join(root, 'node_modules');

function build(teamLists) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pronto-lexicons-'));
  const out = path.join(dir, 'lexicon.txt');
  let teamDir;
  if (teamLists) {
    teamDir = path.join(dir, 'team');
    fs.mkdirSync(teamDir);
    for (const [name, text] of Object.entries(teamLists)) fs.writeFileSync(path.join(teamDir, name), text);
  }
  const run = spawnSync(process.execPath, [script, nodeModules, out, ...(teamDir ? [teamDir] : [])], {
    encoding: 'utf8',
  });
  const asset = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : null;
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: run.status, stderr: run.stderr, asset };
}

test('the shipped team lists build, and team values win over the packages', () => {
  const { status, stderr, asset } = build();
  assert.equal(status, 0, stderr);
  assert.match(asset, /^pronto-lexicon 1\n/);
  // "freeze" is 0.2 in vader-sentiment; the team rates it for customer care.
  const valenceEn = asset.slice(asset.indexOf('\n@valence en\n'));
  assert.match(valenceEn, /\nfreeze\t-1\n/);
});

test('a term listed twice in one section stops the build, naming both lines', () => {
  const { status, stderr, asset } = build({ 'team-en.txt': '@valence en\nslow\t-1\n# note\nSlow\t-2\n' });
  assert.equal(status, 1);
  assert.match(stderr, /team-en\.txt:4: 'Slow' is already in @valence en at team-en\.txt:2/);
  assert.equal(asset, null);
});

test('the same term in two sections is fine', () => {
  const { status, stderr } = build({ 'team-en.txt': '@valence en\nslow\t-1\n@cue.complaint en\nslow\t0.5\n' });
  assert.equal(status, 0, stderr);
});

test('an unknown section or a bad value names the file and line', () => {
  let r = build({ 'team-it.txt': '@valence it\nlento\t-1\n@sparkle it\n' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /team-it\.txt:3: unknown section '@sparkle it'/);
  r = build({ 'team-it.txt': '@valence it\nlento\tmolto\n' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /team-it\.txt:2: value 'molto' is not a number/);
});

test('a cue-only form takes its lemma\'s negative valence, by the core\'s inflection rules', () => {
  const { status, stderr, asset } = build({
    // Made-up words, so that no package lists them.
    'team-en.txt': '@valence en\nblorf\t-1.7\nzap\t-1.2\n@cue.complaint en\nblorfing\t0.7\nzapped\t0.5\n',
    'team-it.txt': '@valence it\nrotto\t-2\nsbrolfare\t-1.4\n@cue.complaint it\nrotta\t0.6\nsbrolfato\t0.7\n',
  });
  assert.equal(status, 0, stderr);
  const section = (name) => {
    const start = asset.indexOf(`\n@${name}\n`);
    const end = asset.indexOf('\n@', start + 1);
    return asset.slice(start, end === -1 ? undefined : end);
  };
  assert.match(section('valence en'), /\nblorfing\t-1\.7\n/);  // -ing
  assert.match(section('valence en'), /\nzapped\t-1\.2\n/);    // doubled consonant + -ed
  assert.match(section('valence it'), /\nrotta\t-2\n/);        // gender
  assert.match(section('valence it'), /\nsbrolfato\t-1\.4\n/); // participle -> infinitive
});

test('a praise cue form takes its lemma\'s positive valence; a complaint cue does not', () => {
  const { status, stderr, asset } = build({
    // Made-up words: "glimmers" is a praise cue, "snurfs" a complaint cue.
    'team-en.txt': '@valence en\nglimmer\t2.1\nsnurf\t1.5\n@cue.praise en\nglimmers\t0.8\n@cue.complaint en\nsnurfs\t0.6\n',
  });
  assert.equal(status, 0, stderr);
  const start = asset.indexOf('\n@valence en\n');
  const valenceEn = asset.slice(start, asset.indexOf('\n@', start + 1));
  assert.match(valenceEn, /\nglimmers\t2\.1\n/);
  assert.doesNotMatch(valenceEn, /\nsnurfs\t/);
});

test('a question, contact, spam or urgency cue form keeps its lemma\'s rating of either sign', () => {
  const { status, stderr, asset } = build({
    // Made-up words: "florbing" asks for contact, "grumped" is urgent.
    'team-en.txt': '@valence en\nflorb\t1.3\ngrump\t-0.9\n@cue.contact en\nflorbing\t0.7\n@cue.urgent en\ngrumped\t0.6\n',
  });
  assert.equal(status, 0, stderr);
  const start = asset.indexOf('\n@valence en\n');
  const valenceEn = asset.slice(start, asset.indexOf('\n@', start + 1));
  assert.match(valenceEn, /\nflorbing\t1\.3\n/);
  assert.match(valenceEn, /\ngrumped\t-0\.9\n/);
});
