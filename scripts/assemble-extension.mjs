#!/usr/bin/env node
// Assembles the unpacked extension in build/extension from extension/ (code),
// assets/ (locales, trainer decks) and build/wasm/dist (the wasm core and its facade).
//
//   node scripts/assemble-extension.mjs
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}build/extension`;
const dist = `${root}build/wasm/dist`;

for (const file of ['pronto.mjs', 'pronto-core.mjs', 'pronto-core.wasm', 'pronto-lexicon.txt']) {
  if (!existsSync(`${dist}/${file}`)) {
    console.error(`assemble-extension: ${dist}/${file} is missing; build the wasm first (scripts/build).`);
    process.exit(1);
  }
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(`${root}extension`, out, { recursive: true });
cpSync(`${root}assets/_locales`, `${out}/_locales`, { recursive: true });
cpSync(`${root}assets/decks`, `${out}/decks`, { recursive: true });  // trainer/ loads ../decks/
cpSync(dist, `${out}/core`, { recursive: true, filter: (src) => !src.includes('/badge') });
cpSync(`${root}assets/templates`, `${out}/templates`, { recursive: true, filter: (src) => !src.endsWith('.md') });
console.log(`unpacked extension: ${out}`);
