#!/usr/bin/env node
// Regenerates tests/golden/tokens.json from the inputs below with the native
// CLI (build/native/pronto). Review the diff by eye before committing it: the
// golden file is the contract both the native and the wasm builds must meet.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const inputs = [
  ['empty', ''],
  ['italian complaint', 'Ciao, il mio ordine n. 12345 è in ritardo da 3 settimane!!!'],
  ['english question', "Hi, where's my parcel?? It's been 2 weeks..."],
  ['elisions', "L'ordine dell'assistenza c'è, ma l'attesa è un'eternità"],
  ['contractions', "I don't know why you're late, it's O'Brien's order"],
  ['mentions and hashtags', '@BrandIT_help #fail #servizioclienti #1 ＠wide'],
  ['email', 'Scrivete a mario.rossi+ordini@posta.example.it grazie'],
  ['urls', 'Vedi https://help.example.com/faq?id=7&x=(a). Poi www.example.it, o amazon.it/ordini!'],
  ['url then emoji', 'guarda http://example.com/p😍 ok'],
  ['not a domain', 'ciao.come va?'],
  ['emoji skin tones', '👍🏽👍🏿 ok'],
  ['emoji zwj family', 'famiglia 👨‍👩‍👧‍👦 e 👩🏽‍💻'],
  ['emoji flags and keycaps', '🇮🇹 🇬🇧 1️⃣ #️⃣'],
  ['emoji heart only', '❤️'],
  ['emoji text default', '© ©️ ™ ‼️'],
  ['emoticons', 'grazie:) :-( <3 <333 xD :))) ;-) :P ^_^ ¯\\_(ツ)_/¯'],
  ['emoticon lookalikes', '10:30 <30 :Paolo'],
  ['numbers', '1.000,50 € alle 12:30 del 24/12, il 50% e 2nd'],
  ['punctuation runs', 'Davvero?! No... «sì» --- (ok)'],
  ['all caps shouting', 'VERGOGNA!!! RIMBORSATEMI SUBITO'],
  ['elongation', 'sooooo slowwww grazieeee'],
  ['mixed languages', 'Thanks ragazzi, servizio top 👏👏 #grazie'],
  ['hyphens', 'e-mail check-in covid-19 - ok'],
  ['accents and combining marks', 'perché città e\u0301 naïve'],
  ['invalid byte', null, '6f6bff'],
  ['truncated sequence', null, '636961c3'],
  ['overlong slash', null, '61c0af'],
  ['surrogate', null, '61eda080'],
];

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = `${root}/build/native/pronto`;
const cases = inputs.map(([name, text, hex]) => {
  const input = hex ? Buffer.from(hex, 'hex') : Buffer.from(text, 'utf8');
  let out;
  try {
    out = JSON.parse(execFileSync(cli, ['tokens'], { input, stdio: ['pipe', 'pipe', 'pipe'] }));
  } catch (err) {
    const match = /byte offset (\d+)/.exec(String(err.stderr));
    if (!match) throw err;
    return { name, hex, error: { code: 'invalid_utf8', offset: Number(match[1]) } };
  }
  const tokens = out.tokens.map((t) => [t.kind, t.text, t.start, t.end, t.byteStart, t.byteEnd]);
  return { name, text, tokens };
});
const body = cases.map((c) => '    ' + JSON.stringify(c)).join(',\n');
writeFileSync(new URL('tokens.json', import.meta.url), `{\n  "schema": 1,\n  "cases": [\n${body}\n  ]\n}\n`);
console.log(`wrote ${cases.length} cases`);
