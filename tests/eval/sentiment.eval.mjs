#!/usr/bin/env node
// Evaluates Pronto's tone engine (`pronto analyze`) beside the npm peers
// sentiment, wink-sentiment, vader-sentiment and multilang-sentiment, in one
// run, on the public data sets in ../shared/datasets (never shipped):
//   - English sentiment: en_sentiment_vader_tweets, 3-class macro-F1;
//   - generalisation: en_brand_tweets_smile (emotion-labelled tweets to brand
//     accounts), 3-class macro-F1 on every row, a set nothing was tuned on;
//   - Italian sentiment: it_sentiment_sentipolc_train, SENTIPOLC-style F;
//   - politeness: en_politeness_wikipedia, top vs bottom quartile accuracy;
//   - toxicity: en_toxicity_jigsaw_sample, F1 of the "toxic" class;
//   - language identification on the English and Italian sets;
//   - speed of the native core and of each peer.
// Prints one JSON object per line:
//   {"name","unit","ours","peer","peer_value","ratio","split","n","note"}
//
// Generalise, don't fit: every item is assigned to "dev" (70%) or "heldout"
// (30%) by a hash of its data set and id. The only constants tuned on data
// (the sentiment label thresholds in core/src/sentiment.cc) were set on dev;
// peers' decision thresholds are either their documented defaults or, in the
// "*_tuned_peers" lines, tuned on dev the same way. Figures are on heldout
// unless PRONTO_EVAL_SPLIT=dev.
//
// Environment: PRONTO_CLI (default build/native/pronto), PRONTO_EVAL_SPLIT
// (heldout|dev|all), PRONTO_EVAL_PEERS=0 to skip the peers (fast tuning runs).
//
// Neutral band for the English labels: VADER's ground truth is the mean of
// ~20 raters on -4..+4; |mean| < 0.5 (less than half a scale point from
// neutral) is "neutral", >= 0.5 positive, <= -0.5 negative. The same gold
// labels are used for every system.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { accuracy, analyzeAll, f1PerClass, label3, loadPeers, macroF1, round } from './metrics.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const datasets = path.resolve(repo, '../shared/datasets');
const cli = process.env.PRONTO_CLI || path.join(repo, 'build/native/pronto');
const split = process.env.PRONTO_EVAL_SPLIT || 'heldout';
const withPeers = process.env.PRONTO_EVAL_PEERS !== '0';
const NEUTRAL_BAND = 0.5;
const HELDOUT_PERCENT = 30;

function die(message) {
  console.error(`sentiment.eval: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(datasets)) die(`data sets not found at ${datasets} (expected ../shared/datasets next to the repository)`);
if (!fs.existsSync(cli)) die(`the CLI ${cli} is missing; build it (cmake --build) or set PRONTO_CLI`);
if (!['heldout', 'dev', 'all'].includes(split)) die(`PRONTO_EVAL_SPLIT must be heldout, dev or all, not '${split}'`);

function readData(rel) {
  const file = path.join(datasets, rel);
  if (!fs.existsSync(file)) die(`missing ${file}`);
  return fs.readFileSync(file, 'utf8');
}

// RFC 4180 CSV: quoted fields with "" escapes and embedded newlines.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// FNV-1a of "dataset:id": a deterministic split independent of file order.
function splitOf(dataset, id) {
  let h = 2166136261;
  for (const ch of Buffer.from(`${dataset}:${id}`)) {
    h ^= ch;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h % 100 < HELDOUT_PERCENT ? 'heldout' : 'dev';
}

function inSplit(items, which) {
  return which === 'all' ? items : items.filter((x) => x.split === which);
}

// Runs `pronto analyze` over items ({text}) and returns results by index; a
// message answered with an error line is counted on stderr, not fatal.
function analyze(items, args) {
  return analyzeAll(cli, args, items.map((x) => ({ text: x.text })), die,
    (count, total) => console.error(`sentiment.eval: ${count} of ${total} messages returned an error`));
}

// ---- metrics (f1PerClass, macroF1, accuracy, label3, round: metrics.mjs) -----
// SENTIPOLC: mean over the positive and negative tasks of the mean F1 of classes 0 and 1.
function sentipolcF(items, labels) {
  const task = (key, lab) => {
    const gold = items.map((x) => x[key]);
    const pred = labels.map((l) => (l === lab ? 1 : 0));
    return (f1PerClass(gold, pred, 0) + f1PerClass(gold, pred, 1)) / 2;
  };
  return (task('opos', 'positive') + task('oneg', 'negative')) / 2;
}
// Pearson's r between two equal-length number arrays.
function pearson(a, b) {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < n; i++) {
    cov += (a[i] - ma) * (b[i] - mb);
    va += (a[i] - ma) ** 2;
    vb += (b[i] - mb) ** 2;
  }
  return va && vb ? cov / Math.sqrt(va * vb) : 0;
}

// ---- peers -----------------------------------------------------------------
const peers = withPeers ? await loadPeers() : [];
// A fast peer's threshold tuned on dev for `metric`; the slow multilang-sentiment
// (about 40 ms a message, integer scores) keeps its sign rule.
const GRID = [1e-9, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1, 1.5, 2];
function tuneThreshold(scores, metric) {
  let best = { t: GRID[0], v: -1 };
  for (const t of GRID) {
    const v = metric(scores.map((s) => label3(s, t)));
    if (v > best.v) best = { t, v };
  }
  return best.t;
}
function timePeer(peer, texts, lang) {
  const sample = texts.slice(0, peer.slow ? 100 : 1000);
  const t0 = process.hrtime.bigint();
  for (const t of sample) peer.score(t, lang);
  return Number(process.hrtime.bigint() - t0) / 1e3 / sample.length;
}

const lines = [];
function report(name, unit, ours, best, extra = {}) {
  const line = { name, unit, ours: round(ours, unit === 'us' ? 2 : 3) };
  if (best) {
    line.peer = best.peer;
    line.peer_value = round(best.value, unit === 'us' ? 2 : 3);
    line.ratio = best.value ? round(ours / best.value, 2) : null;
  } else {
    line.peer = null;
    line.peer_value = null;
    line.ratio = null;
  }
  Object.assign(line, extra);
  console.log(JSON.stringify(line));
  lines.push(line);
}
// The best of `values` ({peer: value}); lower is better for timings.
function bestPeer(values, lowerIsBetter = false) {
  let best = null;
  for (const [peer, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    if (!best || (lowerIsBetter ? value < best.value : value > best.value)) best = { peer, value };
  }
  return best;
}

// ---- English sentiment -----------------------------------------------------
{
  const rows = readData('en_sentiment_vader_tweets/tweets_GroundTruth.txt').split('\n').filter(Boolean).map((l) => {
    const [id, mean, ...text] = l.split('\t');
    return { id, mean: Number(mean), text: text.join('\t'), split: splitOf('en_vader', id) };
  });
  for (const r of rows) r.gold = label3(r.mean, NEUTRAL_BAND);
  const evalItems = inSplit(rows, split);
  const dev = inSplit(rows, 'dev');
  const classes = ['negative', 'neutral', 'positive'];
  const ours = analyze(evalItems, ['--lang', 'en']);
  const oursF1 = macroF1(evalItems.map((x) => x.gold), ours.map((r) => r?.sentiment.label ?? 'neutral'), classes);
  const defaults = {};
  const tuned = {};
  const correlations = {};
  for (const p of peers) {
    const scores = evalItems.map((x) => p.score(x.text, 'en'));
    correlations[p.name] = pearson(scores, evalItems.map((x) => x.mean));
    defaults[p.name] = macroF1(evalItems.map((x) => x.gold), scores.map((s) => label3(s, p.threshold)), classes);
    if (!p.slow) {
      const devScores = dev.map((x) => p.score(x.text, 'en'));
      const t = tuneThreshold(devScores, (pred) => macroF1(dev.map((x) => x.gold), pred, classes));
      tuned[p.name] = macroF1(evalItems.map((x) => x.gold), scores.map((s) => label3(s, t)), classes);
    } else {
      tuned[p.name] = defaults[p.name];
    }
  }
  const counts = Object.fromEntries(classes.map((c) => [c, evalItems.filter((x) => x.gold === c).length]));
  const note = `3-class macro-F1; gold neutral band |mean| < ${NEUTRAL_BAND} on -4..+4; gold counts ${JSON.stringify(counts)}`;
  report(`en_sentiment_macro_f1_${split}`, 'f1', oursF1, bestPeer(defaults), { split, n: evalItems.length, target: 'ours >= best peer + 0.10', met: bestPeer(defaults) ? oursF1 >= bestPeer(defaults).value + 0.1 : null, note: `${note}; peers at their documented thresholds` });
  report(`en_sentiment_macro_f1_${split}_tuned_peers`, 'f1', oursF1, bestPeer(tuned), { split, n: evalItems.length, note: `${note}; fast peers' thresholds tuned on dev like ours` });
  // How closely the scores follow the raters' mean, before any threshold: the
  // ceiling the 3-class figure is read against. Hutto & Gilbert (ICWSM 2014)
  // report r = 0.888 for an individual human rater against this same mean.
  const oursR = pearson(ours.map((r) => r?.sentiment.score ?? 0), evalItems.map((x) => x.mean));
  report(`en_sentiment_pearson_${split}`, 'r', oursR, bestPeer(correlations), { split, n: evalItems.length, note: "Pearson's r of the score against the mean human rating (-4..+4); an individual human rater reaches 0.888 on this set (Hutto & Gilbert 2014)" });
  // What an even-error scorer reaches: the raters' means plus Gaussian noise
  // sized for a given r, labelled at its best band. At a single rater's r
  // (0.888) this is the macro-F1 a human's agreement buys; the r at which it
  // reaches the target says how far past a single rater the target lies.
  const means = evalItems.map((x) => x.mean);
  const gold = evalItems.map((x) => x.gold);
  const mu = means.reduce((a, b) => a + b, 0) / means.length;
  const variance = means.reduce((a, b) => a + (b - mu) ** 2, 0) / means.length;
  const evenErrorF1 = (r) => {
    const sd = Math.sqrt(variance * (1 / (r * r) - 1));
    let seed = 12345;
    const uniform = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) + 0.5) / 4294967296;
    const draws = 30;
    let sum = 0;
    for (let k = 0; k < draws; ++k) {
      const noisy = means.map((m) => m + sd * Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform()));
      sum += Math.max(...[0.3, 0.4, 0.5, 0.6, 0.7].map((t) => macroF1(gold, noisy.map((v) => label3(v, t)), classes)));
    }
    return sum / draws;
  };
  const target = bestPeer(defaults) ? bestPeer(defaults).value + 0.1 : null;
  let needed = null;
  if (target !== null) {
    let lo = 0.85, hi = 0.995;
    for (let i = 0; i < 12; ++i) {
      const mid = (lo + hi) / 2;
      if (evenErrorF1(mid) >= target) hi = mid; else lo = mid;
    }
    needed = round(hi);
  }
  report(`en_sentiment_macro_f1_${split}_even_error_at_rater_r`, 'f1', evenErrorF1(0.888), null, { split, n: evalItems.length, r_needed_for_target: needed, note: "macro-F1 of the raters' means plus even Gaussian noise sized for r = 0.888 (a single human rater's), at its best band of 0.3-0.7 (mean of 30 draws); r_needed_for_target: the r at which such a scorer reaches the target (best peer + 0.10)" });
  for (const p of peers) report(`en_sentiment_macro_f1_${split}_vs_${p.name}`, 'f1', oursF1, { peer: p.name, value: defaults[p.name] }, { split, n: evalItems.length, peer_tuned_value: round(tuned[p.name]) });

  const auto = analyze(evalItems, ['--lang', 'auto']);
  const langAcc = auto.filter((r) => r?.lang === 'en').length / evalItems.length;
  report(`en_language_id_accuracy_${split}`, 'accuracy', langAcc, null, { split, n: evalItems.length, note: 'share of English tweets identified as "en" by --lang auto; no npm peer does language identification' });
  globalThis.enTexts = evalItems.map((x) => x.text);
}

// ---- English brand tweets (SMILE): generalisation, never tuned on ----------
// Tweets to museum brand accounts with emotion labels: "happy" is positive,
// "angry", "sad" or "disgust" negative, "nocode" neutral; "not-relevant",
// "surprise" alone and happy mixed with a negative emotion are left out. No
// constant of ours was set on this set, so every row counts, whatever the
// split; peers use their documented thresholds.
{
  const negative = ['angry', 'sad', 'disgust'];
  // The file starts with a truncated fragment (an unbalanced quote, see its
  // SOURCE.txt): parsing begins at the first line that starts with an id.
  const raw = readData('en_brand_tweets_smile/smile-annotations-final.csv');
  const rows = parseCsv(raw.slice(raw.search(/^\d+,/m)))
    .filter((r) => r.length === 3)
    .map(([id, text, category]) => {
      const labels = category.split('|');
      const happy = labels.includes('happy');
      const sad = labels.some((l) => negative.includes(l));
      const gold = happy && !sad ? 'positive' : sad && !happy ? 'negative' : category === 'nocode' ? 'neutral' : null;
      return { id, text, gold };
    })
    .filter((r) => r.gold);
  if (rows.length < 2000) die(`en_brand_tweets_smile: only ${rows.length} labelled rows read; expected about 2,200`);
  const classes = ['negative', 'neutral', 'positive'];
  const gold = rows.map((x) => x.gold);
  const ours = analyze(rows, ['--lang', 'en']);
  const oursF1 = macroF1(gold, ours.map((r) => r?.sentiment.label ?? 'neutral'), classes);
  const defaults = {};
  for (const p of peers) defaults[p.name] = macroF1(gold, rows.map((x) => label3(p.score(x.text, 'en'), p.threshold)), classes);
  const counts = Object.fromEntries(classes.map((c) => [c, gold.filter((g) => g === c).length]));
  report('en_brand_tweets_macro_f1_all', 'f1', oursF1, bestPeer(defaults), {
    split: 'all', n: rows.length, note: `3-class macro-F1 on SMILE brand tweets, a set no constant was tuned on; gold counts ${JSON.stringify(counts)}; peers at their documented thresholds`,
  });
  for (const p of peers) report(`en_brand_tweets_macro_f1_all_vs_${p.name}`, 'f1', oursF1, { peer: p.name, value: defaults[p.name] }, { split: 'all', n: rows.length });
}

// ---- Italian sentiment (SENTIPOLC 2016) ------------------------------------
{
  const table = parseCsv(readData('it_sentiment_sentipolc_train/training_set_sentipolc16.csv'));
  const header = table.shift();
  const col = (name) => header.indexOf(name);
  const rows = table.filter((r) => r.length === header.length).map((r) => ({
    id: r[col('idtwitter')], text: r[col('text')], opos: Number(r[col('opos')]), oneg: Number(r[col('oneg')]),
    split: splitOf('it_sentipolc', r[col('idtwitter')]),
  }));
  const evalItems = inSplit(rows, split);
  const dev = inSplit(rows, 'dev');
  const ours = analyze(evalItems, ['--lang', 'it']);
  const oursF = sentipolcF(evalItems, ours.map((r) => r?.sentiment.label ?? 'neutral'));
  const defaults = {};
  const tuned = {};
  for (const p of peers) {
    const lang = p.name === 'multilang-sentiment' ? 'it' : 'en';
    const scores = evalItems.map((x) => p.score(x.text, lang));
    defaults[p.name] = sentipolcF(evalItems, scores.map((s) => label3(s, p.threshold)));
    if (!p.slow) {
      const devScores = dev.map((x) => p.score(x.text, lang));
      const t = tuneThreshold(devScores, (pred) => sentipolcF(dev, pred));
      tuned[p.name] = sentipolcF(evalItems, scores.map((s) => label3(s, t)));
    } else {
      tuned[p.name] = defaults[p.name];
    }
  }
  const note = 'SENTIPOLC F: mean over the pos and neg tasks of the mean per-class F1 (positive label -> opos=1, negative -> oneg=1); multilang-sentiment runs with lang "it", the English-only peers as they are';
  const ml = defaults['multilang-sentiment'];
  report(`it_sentiment_sentipolc_f_${split}`, 'f', oursF, ml === undefined ? null : { peer: 'multilang-sentiment', value: ml }, { split, n: evalItems.length, target: 'ours >= multilang-sentiment + 0.05', met: ml === undefined ? null : oursF >= ml + 0.05, note });
  report(`it_sentiment_sentipolc_f_${split}_best_peer`, 'f', oursF, bestPeer(tuned), { split, n: evalItems.length, note: `${note}; fast peers' thresholds tuned on dev` });
  for (const p of peers) report(`it_sentiment_sentipolc_f_${split}_vs_${p.name}`, 'f', oursF, { peer: p.name, value: defaults[p.name] }, { split, n: evalItems.length, peer_tuned_value: round(tuned[p.name]) });

  const auto = analyze(evalItems, ['--lang', 'auto']);
  const langAcc = auto.filter((r) => r?.lang === 'it').length / evalItems.length;
  report(`it_language_id_accuracy_${split}`, 'accuracy', langAcc, null, { split, n: evalItems.length, note: 'share of Italian tweets identified as "it" by --lang auto' });
  globalThis.itTexts = evalItems.map((x) => x.text);
}

// ---- Politeness (Stanford Politeness Corpus, Wikipedia) ---------------------
{
  const table = parseCsv(readData('en_politeness_wikipedia/wikipedia.annotated.csv'));
  const header = table.shift();
  const rows = table.filter((r) => r.length === header.length).map((r) => ({
    id: r[header.indexOf('Id')], text: r[header.indexOf('Request')], score: Number(r[header.indexOf('Normalized Score')]),
  }));
  // Quartiles over the whole corpus, as in Danescu-Niculescu-Mizil et al. (2013).
  const sorted = rows.map((r) => r.score).sort((a, b) => a - b);
  const q1 = sorted[Math.floor(sorted.length / 4)];
  const q3 = sorted[Math.floor((sorted.length * 3) / 4)];
  const extremes = rows.filter((r) => r.score <= q1 || r.score >= q3).map((r) => ({ ...r, gold: r.score >= q3 ? 1 : 0, split: splitOf('en_politeness', r.id) }));
  const evalItems = inSplit(extremes, split);
  const dev = inSplit(extremes, 'dev');
  // Every system's threshold is tuned on dev (politeness has no natural zero for the peers).
  const binary = (scores, t) => scores.map((s) => (s > t ? 1 : 0));
  const tuneBinary = (devScores, gold) => {
    const candidates = [...new Set(devScores)].sort((a, b) => a - b);
    let best = { t: 0, v: -1 };
    for (let i = 0; i < candidates.length; i += Math.max(1, Math.floor(candidates.length / 400))) {
      const v = accuracy(gold, binary(devScores, candidates[i]));
      if (v > best.v) best = { t: candidates[i], v };
    }
    return best.t;
  };
  const oursDev = analyze(dev, ['--role', 'reply', '--lang', 'en']).map((r) => r?.politeness ?? 0);
  const oursEval = split === 'dev' ? oursDev : analyze(evalItems, ['--role', 'reply', '--lang', 'en']).map((r) => r?.politeness ?? 0);
  const tOurs = tuneBinary(oursDev, dev.map((x) => x.gold));
  const oursAcc = accuracy(evalItems.map((x) => x.gold), binary(oursEval, tOurs));
  const oursAt0 = accuracy(evalItems.map((x) => x.gold), binary(oursEval, 0));
  const peerAcc = {};
  for (const p of peers) {
    if (p.slow) continue;  // sentiment proxies only; multilang-sentiment is too slow to tune here
    const devScores = dev.map((x) => p.score(x.text, 'en'));
    const t = tuneBinary(devScores, dev.map((x) => x.gold));
    peerAcc[p.name] = accuracy(evalItems.map((x) => x.gold), binary(evalItems.map((x) => p.score(x.text, 'en')), t));
  }
  report(`en_politeness_quartile_accuracy_${split}`, 'accuracy', oursAcc, bestPeer(peerAcc), {
    split, n: evalItems.length, target: 'ours >= 0.75', met: oursAcc >= 0.75, ours_at_zero: round(oursAt0), threshold: round(tOurs),
    note: 'top vs bottom quartile of Normalized Score; ours = politeness of --role reply; peers = their sentiment score as a proxy; every threshold tuned on dev',
  });
}

// ---- Toxicity (Jigsaw sample) ----------------------------------------------
{
  const table = parseCsv(readData('en_toxicity_jigsaw_sample/train_sample.csv'));
  const header = table.shift();
  const labels = ['toxic', 'severe_toxic', 'obscene', 'threat', 'insult', 'identity_hate'];
  const rows = table.filter((r) => r.length === header.length).map((r) => ({
    id: r[0], text: r[1], gold: labels.some((l) => r[header.indexOf(l)] === '1') ? 1 : 0, split: splitOf('en_toxicity', r[0]),
  }));
  const evalItems = inSplit(rows, split);
  const dev = inSplit(rows, 'dev');
  const ours = analyze(evalItems, ['--lang', 'en']);
  const oursPred = ours.map((r) => (r && r.intents.some((i) => i.name === 'toxic') ? 1 : 0));
  const gold = evalItems.map((x) => x.gold);
  const oursF1 = f1PerClass(gold, oursPred, 1);
  const peerF1 = {};
  for (const p of peers) {
    if (p.slow) continue;
    // Proxy: a negative sentiment score below a threshold tuned on dev means toxic.
    const devScores = dev.map((x) => -p.score(x.text, 'en'));
    let best = { t: 0, v: -1 };
    for (const t of GRID) {
      const v = f1PerClass(dev.map((x) => x.gold), devScores.map((s) => (s >= t ? 1 : 0)), 1);
      if (v > best.v) best = { t, v };
    }
    peerF1[p.name] = f1PerClass(gold, evalItems.map((x) => (-p.score(x.text, 'en') >= best.t ? 1 : 0)), 1);
  }
  report(`en_toxicity_f1_${split}`, 'f1', oursF1, bestPeer(peerF1), {
    split, n: evalItems.length, positives: gold.filter(Boolean).length, accuracy: round(accuracy(gold, oursPred)),
    note: 'F1 of the toxic class (any Jigsaw label); ours = the "toxic" intent; peers = negative sentiment as a proxy, threshold tuned on dev; small sample',
  });
}

// ---- Speed -----------------------------------------------------------------
{
  const texts = [...(globalThis.enTexts || []), ...(globalThis.itTexts || [])].slice(0, 2000);
  const input = texts.map((t, i) => JSON.stringify({ id: i, text: t })).join('\n') + '\n';
  const proc = spawnSync(cli, ['analyze', '--timing'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  let timing = null;
  const m = /"us_per_message":([0-9.]+)/.exec(proc.stderr || '');
  if (m) timing = Number(m[1]);
  const peerTimes = {};
  for (const p of peers) peerTimes[p.name] = timePeer(p, texts, 'en');
  if (timing !== null) {
    report('analyze_customer_message_native_us', 'us', timing, bestPeer(peerTimes, true), {
      n: texts.length, note: 'native core, full customer analysis (tokenize, language, sentiment, intents, priority) per message, best of 5 rounds; peers: sentiment alone in Node; the wasm budget (<= 5 us) is measured by the wasm benchmarks',
    });
  }
}
