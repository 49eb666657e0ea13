// Responsiveness metrics at scale, in one run: the native core
// (build/native/metrics_bench: 1,000,000 events → full metrics, memory per
// event, timers for 10,000 open threads) and the same ledger + metrics code
// in wasm under Node (the badge build's typed-array API, which is how the
// widget feeds it: no JSON parsing in the measurement).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

// Native figures, printed by the C++ benchmark itself.
process.stdout.write(execFileSync(`${root}build/native/metrics_bench`, { encoding: 'utf8' }));

const { default: createCore } = await import(`${root}build/widget/pronto-badge-core.mjs`);
const core = await createCore({ wasmBinary: await readFile(`${root}build/widget/pronto-badge-core.wasm`) });

// 500,000 threads over 30 days: a customer message and, for 85%, a reply.
const now = Date.parse('2026-03-31T00:00:00Z');
const span = 30 * 86400000;
const events = [];
let seed = 11;
const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
for (let t = 0; events.length < 3 * 1_000_000; t++) {
  const at = now - span + Math.floor(rnd() * (span - 86400000));
  events.push(at, 0, t);
  if (rnd() < 0.85) events.push(at + Math.floor(rnd() * 4 * 3600000), 1, t);
}
const count = events.length / 3;
const header = [now, span, 20,
  1, 0.9, 15 * 60000, 15, ...Buffer.from('very_responsive'),  // one level
  1, 0,        // always open, no shifts
  0, 0,        // no holidays, no away periods
  0, 0,        // UTC, no transitions
  count];
const input = Float64Array.from([...header, ...events]);

function run() {
  const ptr = core._pronto_badge_input(input.length);
  new Float64Array(core.HEAPF64.buffer, ptr, input.length).set(input);
  const t0 = process.hrtime.bigint();
  const rc = core._pronto_badge_compute();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (rc !== 0) throw new Error('pronto_badge_compute failed');
  return seconds;
}
let best = Infinity;
for (let i = 0; i < 3; i++) best = Math.min(best, run());
const memoryMb = core.HEAPF64.buffer.byteLength / 1048576;
console.log(JSON.stringify({ name: 'metrics_1m_events_wasm', unit: 's', ours: Number(best.toFixed(3)), events: count,
  budget: 0.8, within_budget: best <= 0.8, wasm_memory_mb: Number(memoryMb.toFixed(1)),
  note: 'ingest into the ledger + calendar + metrics + badge, best of 3' }));
