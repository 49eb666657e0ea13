// The tone engine in wasm under Node, median µs per text, beside the npm
// peers doing sentiment alone, in one run: customer-message analysis (language,
// sentiment, intents, priority) and the full reply check (every rule, with the
// customer message analysed too) on ~280-character drafts. Texts are team-written (tests/bench/corpus.mjs phrases).
import winkSentiment from 'wink-sentiment';
import vader from 'vader-sentiment';

import { loadBuiltPronto } from '../wasm/load.mjs';

const pronto = await loadBuiltPronto();

const customer = [
  'Ciao @BrandIT_help, il mio ordine n. 12345 è in ritardo da 3 settimane!!!',
  "Hi, where's my parcel?? It's been 2 weeks... #fail",
  'Grazie mille ragazzi, servizio top 👏👏 #grazie',
  'VERGOGNA!!! Nessuno risponde al telefono da giorni 😡',
  'Thanks so much for the quick reply :-) <3',
  "L'assistenza non mi ha ancora rimborsato, è uno schifo",
  'Sono in attesa da 45 minuti... ma è normale? 🙄',
  'Love the new app 😍😍 but the login keeps failing on iOS 17.2',
  'Il pacco è arrivato rotto 📦💔 chi mi rimborsa?',
  "Can't log in to my account, reset link never arrives @support",
];
const drafts = [
  'Ciao Marta, ci dispiace davvero per il ritardo del tuo ordine. Abbiamo appena sentito il corriere: il pacco è fermo a ' +
    'Bologna per un controllo e partirà domani mattina. Ti scrivo in privato il nuovo tracking. Grazie per la pazienza, Giulia',
  'Hi Tom, thanks for flagging this and sorry for the trouble with the login. Our team found the bug on iOS 17.2 and a fix ' +
    'ships this week. Meanwhile, signing in from the website works. I will DM you as soon as the update is out. Luca',
];

// Median µs per call, every system measured the same way: 10,000 warm-up calls
// (V8 optimises the JavaScript around each call only after a few thousand;
// with 3,000, about one run in six gave 5.2-5.5 µs for the customer analysis
// instead of 3.6-3.8),
// then five rounds; the lowest round median is reported, the usual guard
// against another process taking the CPU during one round.
function medianMicros(texts, fn, rounds = 2000) {
  for (let i = 0; i < 10000; i++) fn(texts[i % texts.length]);
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const samples = new Float64Array(rounds);
    for (let i = 0; i < rounds; i++) {
      const text = texts[i % texts.length];
      const t0 = process.hrtime.bigint();
      fn(text);
      samples[i] = Number(process.hrtime.bigint() - t0) / 1000;
    }
    samples.sort();
    best = Math.min(best, samples[Math.floor(rounds / 2)]);
  }
  return best;
}

const round = (x) => Number(x.toFixed(2));
const oursCustomer = medianMicros(customer, (t) => pronto.analyze(t));
const context = { message: customer[0], name: 'Marta', channel: 'x', visibility: 'public' };
const oursReply = medianMicros(drafts, (t) => pronto.checkReply(t, context));
// Each draft alone: the Italian one greets Marta by name; the English one does
// not, so the personal-element check also stems and compares the message's words.
const perDraft = drafts.map((d) => round(medianMicros([d], (t) => pronto.checkReply(t, context))));
// The same, answering a different customer message at every call: the core
// analyses the message again each time (at keystrokes in one thread it reuses
// the analysis of the thread's message).
const contexts = customer.map((message) => ({ ...context, message }));
let call = 0;
const newMessageUs = medianMicros(drafts, (t) => pronto.checkReply(t, contexts[call++ % contexts.length]));
const winkUs = medianMicros(customer, (t) => winkSentiment(t));
const vaderUs = medianMicros(customer, (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t));
const winkDraftUs = medianMicros(drafts, (t) => winkSentiment(t));

const line = (o) => console.log(JSON.stringify(o));
line({ name: 'customer_analysis_wasm_median', unit: 'us', ours: round(oursCustomer), peer: 'wink-sentiment',
  peer_value: round(winkUs), ratio: round(oursCustomer / winkUs), budget: 5, within_budget: oursCustomer <= 5 });
line({ name: 'customer_analysis_wasm_median_vs_vader', unit: 'us', ours: round(oursCustomer), peer: 'vader-sentiment',
  peer_value: round(vaderUs), ratio: round(oursCustomer / vaderUs) });
line({ name: 'reply_check_280_wasm_median', unit: 'us', ours: round(oursReply), peer: 'wink-sentiment',
  peer_value: round(winkDraftUs), ratio: round(oursReply / winkDraftUs), budget: 30, within_budget: oursReply <= 30,
  speedup_vs_peer: round(winkDraftUs / oursReply), per_draft_us: perDraft,
  note: 'one thread: the customer message is the same at every call, as at keystrokes' });
line({ name: 'reply_check_280_new_message_wasm_median', unit: 'us', ours: round(newMessageUs), peer: 'wink-sentiment',
  peer_value: round(winkDraftUs), ratio: round(newMessageUs / winkDraftUs), budget: 30, within_budget: newMessageUs <= 30,
  note: 'a different customer message at every call: the message is analysed each time' });
