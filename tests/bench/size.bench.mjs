// Sizes of what the browser downloads: the full wasm core + its Embind glue +
// the facade, raw and gzip -9. Budget: ≤ 200 KB gzipped (lexicon data apart).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../build/wasm/dist/', import.meta.url));
const files = ['pronto-core.wasm', 'pronto-core.mjs', 'pronto.mjs'];
let raw = 0;
let gzipped = 0;
for (const f of files) {
  const bytes = readFileSync(dist + f);
  raw += bytes.length;
  gzipped += gzipSync(bytes, { level: 9 }).length;
}
const budget = 200 * 1000;  // 200 KB, counted strictly
console.log(JSON.stringify({ name: 'core_wasm_gzip_bytes', unit: 'bytes', ours: gzipped, raw, budget, within_budget: gzipped <= budget }));
