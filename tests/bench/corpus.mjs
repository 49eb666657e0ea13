// A deterministic ~1 MB mixed Italian/English social text for benchmarks,
// assembled from phrases this team wrote (no data set text). Same seed, same
// bytes: every build and every peer measures the same input.
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

const phrases = [
  'Ciao @BrandIT_help, il mio ordine n. 12345 è in ritardo da 3 settimane!!!',
  "Hi, where's my parcel?? It's been 2 weeks... #fail",
  'Grazie mille ragazzi, servizio top 👏👏 #grazie',
  'VERGOGNA!!! Nessuno risponde al telefono da giorni 😡',
  'Thanks so much for the quick reply :-) <3',
  "L'assistenza non mi ha ancora rimborsato, scrivete a mario.rossi@posta.example.it",
  'Check https://help.example.com/faq?id=7 before asking, pls',
  'Sono in attesa da 45 minuti... ma è normale? 🙄',
  'Love the new app 😍😍 but the login keeps failing on iOS 17.2',
  'Il pacco è arrivato rotto 📦💔 chi mi rimborsa i 49,90 €?',
  "Can't log in to my account, reset link never arrives @support",
  'Bravissimi, risolto in 5 minuti! 👍🏽',
  'Ho scritto in DM ma ancora nessuna risposta :(',
  'Why do you keep ignoring my messages??? 👨‍👩‍👧 family plan broken',
  'Ordine 2024-ABC-991 mai ricevuto, tracking fermo a Bologna 🇮🇹',
  '❤️',
  'sooooo slow today, help pls',
  'Buongiorno, vorrei sapere gli orari del negozio di via Roma 12',
];

/** Returns the corpus text of at least `bytes` UTF-8 bytes. */
export function makeCorpus(bytes = 1 << 20) {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const line = phrases[Math.floor(next() * phrases.length)];
    parts.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return parts.join('\n');
}

/** Writes the corpus to `path` once and returns the text. */
export function corpusFile(path, bytes) {
  if (existsSync(path)) return readFileSync(path, 'utf8');
  const text = makeCorpus(bytes);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return text;
}
