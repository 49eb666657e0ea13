// Tokens per second on ~1 MB of mixed it/en social text: the wasm build under
// Node, the native build (tests/bench/tokens_bench.cc), and wink-tokenizer
// (the tokenizer npm's wink-sentiment uses) as the peer, in one run.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import WinkTokenizer from 'wink-tokenizer';

import { corpusFile } from './corpus.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpusPath = `${root}build/bench/social-1mb.txt`;
const text = corpusFile(corpusPath, 1 << 20);

function bestOf(runs, fn) {
  let best = Infinity;
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { seconds: best, result };
}

const { loadPronto } = await import(`${root}build/wasm/dist/pronto.mjs`);
const pronto = await loadPronto({ wasmBinary: await readFile(`${root}build/wasm/dist/pronto-core.wasm`), lexicon: false });
const wasm = bestOf(5, () => pronto.tokenize(text).length);

const native = JSON.parse(execFileSync(`${root}build/native/bench_tokens`, [corpusPath], { encoding: 'utf8' }));

const wink = new WinkTokenizer();
const peer = bestOf(5, () => wink.tokenize(text).length);

const line = (name, ours, extra = {}) => console.log(JSON.stringify({ name, unit: 'tokens/s', ours: Math.round(ours), ...extra }));
const peerFigures = (ours) => ({
  peer: 'wink-tokenizer',
  peer_value: Math.round(peer.result / peer.seconds),
  ratio: Number((ours / (peer.result / peer.seconds)).toFixed(2)),
});
const wasmRate = wasm.result / wasm.seconds;
line('tokenize_1mb_native', native.tokens_per_second, { ...peerFigures(native.tokens_per_second), bytes: Buffer.byteLength(text), tokens: native.tokens });
line('tokenize_1mb_wasm', wasmRate, { ...peerFigures(wasmRate), bytes: Buffer.byteLength(text), tokens: wasm.result });
