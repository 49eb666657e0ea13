// Template suggestions: top-5 over 2,000 templates in the wasm build under
// Node, beside a MiniSearch index over the same templates (a plain JS
// baseline); and the hit rate of both on the team-written labelled set
// (tests/eval/suggest-labelled.json: customer messages → expected template).
// Ranking weights were set before this set was written and not tuned on it;
// our side uses the tone engine's intents, as the extension does.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';

import { loadBuiltPronto } from '../wasm/load.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pronto = await loadBuiltPronto();
const libraries = {
  it: JSON.parse(readFileSync(`${root}assets/templates/it.json`, 'utf8')),
  en: JSON.parse(readFileSync(`${root}assets/templates/en.json`, 'utf8')),
};
const labelled = JSON.parse(readFileSync(`${root}tests/eval/suggest-labelled.json`, 'utf8')).pairs;

function miniSearchOver(templates) {
  const index = new MiniSearch({
    fields: ['title', 'triggers', 'tags', 'body'],
    storeFields: ['language', 'channels', 'visibility'],
    searchOptions: { boost: { triggers: 3, title: 2, tags: 2 }, fuzzy: 0.2, prefix: true },
  });
  index.addAll(templates.map((t) => ({
    id: t.id, title: t.title, triggers: (t.triggers ?? []).join(' '), tags: (t.tags ?? []).join(' '),
    body: t.body, language: t.language, channels: t.channels, visibility: t.visibility,
  })));
  return (pair, k) => index.search(pair.message, {
    filter: (r) => r.language === pair.language && r.channels.includes(pair.channel) &&
      r.visibility.includes(pair.visibility),
  }).slice(0, k).map((r) => r.id);
}

// Hit rate on the labelled set, both languages' default libraries.
const ours = { it: pronto.createSuggester(libraries.it), en: pronto.createSuggester(libraries.en) };
const peer = { it: miniSearchOver(libraries.it.templates), en: miniSearchOver(libraries.en.templates) };
const hits = { ours1: 0, ours3: 0, peer1: 0, peer3: 0 };
for (const pair of labelled) {
  // As the extension does: the tone engine's intents go with the message.
  const intents = Object.fromEntries(pronto.analyze(pair.message).intents.map((i) => [i.name, i.confidence]));
  const mine = ours[pair.language].suggest({
    message: pair.message, language: pair.language, channel: pair.channel, visibility: pair.visibility, k: 3, intents,
  }).map((s) => s.id);
  const theirs = peer[pair.language](pair, 3);
  const hit = (ids, k) => ids.slice(0, k).some((id) => pair.expected.includes(id));
  hits.ours1 += hit(mine, 1);
  hits.ours3 += hit(mine, 3);
  hits.peer1 += hit(theirs, 1);
  hits.peer3 += hit(theirs, 3);
}
const rate = (n) => Number((n / labelled.length).toFixed(3));
const line = (o) => console.log(JSON.stringify(o));
line({ name: 'suggest_hit_at_1', unit: 'share', ours: rate(hits.ours1), peer: 'minisearch', peer_value: rate(hits.peer1),
  ratio: Number((hits.ours1 / hits.peer1).toFixed(2)), pairs: labelled.length });
line({ name: 'suggest_hit_at_3', unit: 'share', ours: rate(hits.ours3), peer: 'minisearch', peer_value: rate(hits.peer3),
  ratio: Number((hits.ours3 / hits.peer3).toFixed(2)), pairs: labelled.length });

// Speed: 2,000 templates (the 100 defaults, 20 times over with their triggers
// rotated so the copies differ), top-5 for every labelled message.
const big = { schema: 1, templates: [] };
for (let copy = 0; copy < 20; copy++) {
  for (const t of [...libraries.it.templates, ...libraries.en.templates]) {
    const triggers = t.triggers ?? [];
    const shift = copy % Math.max(1, triggers.length);
    big.templates.push({ ...t, id: `${t.language}-${t.id}-${copy}`, triggers: [...triggers.slice(shift), ...triggers.slice(0, shift)].slice(0, 1 + (copy % triggers.length || triggers.length)) });
  }
}
const bigOurs = pronto.createSuggester(big);
const bigPeer = miniSearchOver(big.templates);
function medianMicros(fn) {
  const samples = [];
  for (let round = 0; round < 3; round++) {
    for (const pair of labelled) {
      const t0 = process.hrtime.bigint();
      fn(pair);
      samples.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}
for (const pair of labelled.slice(0, 20)) bigOurs.suggest({ message: pair.message, k: 5 });  // warm-up
const oursUs = medianMicros((pair) => bigOurs.suggest({
  message: pair.message, language: pair.language, channel: pair.channel, visibility: pair.visibility, k: 5,
}));
const peerUs = medianMicros((pair) => bigPeer(pair, 5));
line({ name: 'suggest_top5_2000_templates_wasm', unit: 'us', ours: Number(oursUs.toFixed(1)), peer: 'minisearch',
  peer_value: Number(peerUs.toFixed(1)), ratio: Number((oursUs / peerUs).toFixed(2)), budget: 500,
  within_budget: oursUs <= 500, templates: big.templates.length });
