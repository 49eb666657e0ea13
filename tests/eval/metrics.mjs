// Shared by the evaluations (tests/eval/*.eval.mjs): the metrics, the npm
// sentiment peers, each with its documented decision threshold, and a run of
// `pronto analyze` over records, and the reader of the team-written probe files.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

export function f1PerClass(gold, pred, cls) {
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (pred[i] === cls && gold[i] === cls) tp++;
    else if (pred[i] === cls) fp++;
    else if (gold[i] === cls) fn++;
  }
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
export const macroF1 = (gold, pred, classes) =>
  classes.reduce((s, c) => s + f1PerClass(gold, pred, c), 0) / classes.length;
export const accuracy = (gold, pred) => gold.reduce((s, g, i) => s + (g === pred[i]), 0) / gold.length;
/** "positive" at or above `pos`, "negative" at or below -`neg`, else "neutral". */
export const label3 = (x, pos, neg = pos) => (x >= pos ? 'positive' : x <= -neg ? 'negative' : 'neutral');
export const round = (x, d = 3) => (x === null || x === undefined ? null : Number(x.toFixed(d)));

/**
 * The npm peers: {name, threshold, score(text, lang), slow}; score >= threshold
 * is positive, <= -threshold negative. multilang-sentiment is told the
 * language (about 40 ms a message: slow), the others read English.
 */
export async function loadPeers() {
  const { default: vader } = await import('vader-sentiment');
  const { default: Sentiment } = await import('sentiment');
  const { default: wink } = await import('wink-sentiment');
  const { default: multilang } = await import('multilang-sentiment');
  const sentiment = new Sentiment();
  return [
    { name: 'vader-sentiment', threshold: 0.05, score: (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound, slow: false },
    { name: 'sentiment', threshold: 1e-9, score: (t) => sentiment.analyze(t).comparative, slow: false },
    { name: 'wink-sentiment', threshold: 1e-9, score: (t) => wink(t).normalizedScore, slow: false },
    { name: 'multilang-sentiment', threshold: 1e-9, score: (t, lang) => multilang(t, lang).score, slow: true },
  ];
}

/**
 * Runs `cli analyze ...args` over `records` (objects, each given `id` = its
 * index) and returns the result lines by index, null where a record was
 * answered with an error line. `die(what)` ends the evaluation when the CLI
 * fails; `onErrors(count, total)` is told how many records got an error line
 * (by default that too is the end of the evaluation).
 */
export function analyzeAll(cli, args, records, die,
  onErrors = (count, total) => die(`${count} of ${total} records returned an error`)) {
  if (!records.length) return [];
  const input = records.map((r, i) => JSON.stringify({ ...r, id: i })).join('\n') + '\n';
  let out;
  try {
    out = execFileSync(cli, ['analyze', ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (e) {
    if (e.status !== 1 || !e.stdout) die(`'${cli} analyze ${args.join(' ')}' failed: ${e.stderr || e.message}`);
    out = e.stdout;  // some lines were errors: counted below
  }
  const results = new Array(records.length).fill(null);
  for (const line of out.split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line);
    if (typeof r.id === 'number' && !r.error) results[r.id] = r;
  }
  const errors = results.filter((r) => r === null).length;
  if (errors) onErrors(errors, records.length);
  return results;
}

/**
 * Reads a team-written probe file in this folder: the header must be
 * `columns` joined by tabs, then one case a line with as many tab-separated
 * fields. Calls `row(fields, where)` for each line ("file.tsv:12", for its
 * own error messages) and returns what it returns. A wrong header or field
 * count goes to `die` with the file and line.
 */
export function readProbeFile(dir, name, columns, die, row) {
  const lines = fs.readFileSync(path.join(dir, name), 'utf8').split('\n').filter((l) => l.trim());
  const header = lines.shift();
  if (header !== columns.join('\t')) die(`${name}: unexpected header '${header}', expected '${columns.join(' ')}'`);
  return lines.map((line, i) => {
    const fields = line.split('\t');
    const where = `${name}:${i + 2}`;
    if (fields.length !== columns.length) {
      die(`${where}: expected ${columns.length} tab-separated fields, got ${fields.length}`);
    }
    return row(fields, where);
  });
}
