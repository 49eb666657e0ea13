#!/usr/bin/env node
// Evaluates the street-address check of the reply rules: a customer's home or
// delivery address written in a public reply is sensitive_data_public, the
// brand's own shop, office or returns address is not, and neither is "via
// email" or "Street Fighter 6". Team-written, team-labelled drafts, written
// by a helper session before the check existed (columns: lang, label
// customer_address|none, draft), split by line into two files:
//   - address-probes-dev.tsv (120): read while writing the check;
//   - address-probes-heldout.tsv (120): never read while changing it. Keep it so.
// Figures per language: the share of customer addresses flagged (recall) and
// of the other drafts flagged for an address (false alarms). No npm package
// in the project's dependencies finds Italian and English street addresses,
// so there is no peer. PRONTO_EVAL_SPLIT=dev|heldout limits the run to one
// file. Prints one JSON object per line, as sentiment.eval.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { analyzeAll, readProbeFile, round } from './metrics.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const cli = process.env.PRONTO_CLI || path.join(repo, 'build/native/pronto');
const split = process.env.PRONTO_EVAL_SPLIT;

function die(message) {
  console.error(`address-probes.eval: ${message}`);
  process.exit(1);
}
if (!fs.existsSync(cli)) die(`the CLI ${cli} is missing; build it (scripts/build native) or set PRONTO_CLI`);
if (split && !['dev', 'heldout'].includes(split)) die(`PRONTO_EVAL_SPLIT must be dev or heldout, not '${split}'`);

function readProbes(name) {
  return readProbeFile(here, name, ['lang', 'label', 'draft'], die, (fields, where) => {
    const [lang, label, draft] = fields;
    if (!['it', 'en'].includes(lang)) die(`${where}: lang must be it or en, not '${lang}'`);
    if (!['customer_address', 'none'].includes(label)) die(`${where}: label must be customer_address or none, not '${label}'`);
    return { lang, address: label === 'customer_address', draft };
  });
}

// The finding for an address: sensitive_data_public whose message names it.
const flagsAddress = (r) => r.findings.some((f) => f.rule === 'sensitive_data_public' && /street address/.test(f.message.en));

for (const [set, file] of [['heldout', 'address-probes-heldout.tsv'], ['dev', 'address-probes-dev.tsv']]) {
  if (split && split !== set) continue;
  const all = readProbes(file);
  const results = analyzeAll(cli, ['--role', 'reply'], all.map((c) => ({ role: 'reply', text: c.draft })), die);
  const note = set === 'dev' ? 'read while writing the check: not a measure of generalisation' : 'never read while writing the check';
  for (const lang of ['it', 'en']) {
    const cases = all.map((c, i) => ({ ...c, flagged: flagsAddress(results[i]) })).filter((c) => c.lang === lang);
    const addresses = cases.filter((c) => c.address);
    const others = cases.filter((c) => !c.address);
    const line = (name, value, n, what) => console.log(JSON.stringify({
      name: `address_probes_${lang}_${name}_${set}`, unit: 'share', ours: round(value), peer: null, peer_value: null,
      ratio: null, split: set, n, note: `${what} (${file}); ${note}`,
    }));
    line('recall', addresses.filter((c) => c.flagged).length / addresses.length, addresses.length,
      "share of public drafts with a customer's street address that are flagged for it");
    line('false_alarms', others.filter((c) => c.flagged).length / others.length, others.length,
      "share of drafts without one (the brand's own addresses, 'via email', …) flagged for an address");
  }
}
