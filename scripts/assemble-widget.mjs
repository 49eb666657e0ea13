#!/usr/bin/env node
// Assembles the <pronto-badge> widget in build/widget from widget/*.js and the
// slim badge wasm build (build/wasm/dist/badge): everything a brand site
// hosts, side by side, so the widget loads its core from its own origin.
//
//   node scripts/assemble-widget.mjs [--dist DIR]   (default build/wasm/dist)
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const i = process.argv.indexOf('--dist');
const dist = `${i > 0 ? process.argv[i + 1] : `${root}build/wasm/dist`}/badge`;
const out = `${root}build/widget`;

const core = ['pronto-badge-core.mjs', 'pronto-badge-core.wasm'];
for (const file of core) {
  if (!existsSync(`${dist}/${file}`)) {
    console.error(`assemble-widget: ${dist}/${file} is missing; build the wasm first (scripts/build wasm).`);
    process.exit(1);
  }
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const file of readdirSync(`${root}widget`).filter((f) => f.endsWith('.js'))) {
  copyFileSync(`${root}widget/${file}`, `${out}/${file}`);
}
for (const file of core) copyFileSync(`${dist}/${file}`, `${out}/${file}`);
console.log(`widget: ${out}`);
