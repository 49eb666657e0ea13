// Loads the wasm facade from the build tree for node --test (Node cannot
// fetch a file path, so the bytes are read and passed in).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const distDir = fileURLToPath(new URL('../../build/wasm/dist/', import.meta.url));
export const goldenDir = fileURLToPath(new URL('../golden/', import.meta.url));

export async function loadBuiltPronto() {
  const { loadPronto } = await import(`${distDir}pronto.mjs`);
  const wasmBinary = await readFile(`${distDir}pronto-core.wasm`);
  const lexicon = await readFile(`${distDir}pronto-lexicon.txt`);
  return loadPronto({ wasmBinary, lexicon });
}

export async function readGolden(name) {
  return JSON.parse(await readFile(`${goldenDir}${name}`, 'utf8'));
}
