// Copyright 2026 The Pronto Authors.
//
// Trainer UI strings in Italian and English. Inside the extension a string is
// taken from chrome.i18n (assets/_locales, key "trainer" + Key) when the
// chosen language is the browser's own; otherwise — and always on the demo
// site — from the table below. The language follows navigator.language until
// the user picks one with the it/en switch (remembered in localStorage).

const table = {
  en: {
    title: 'Pronto trainer',
    tagline: 'Good and bad replies, scored live by the same checks as the extension.',
    loading: 'Loading the tone engine…',
    coreFailed: 'The tone engine could not load: {0}',
    deck: 'Deck',
    scenario: 'Scenario',
    previous: 'Previous',
    next: 'Next',
    position: '{0} of {1}',
    importDeck: 'Import deck…',
    exportDeck: 'Export deck',
    present: 'Presentation mode',
    leavePresent: 'Leave presentation (Esc)',
    exportReport: 'Export session (JSON)',
    printReport: 'Print report',
    language: 'Language',
    dismiss: 'Dismiss',
    importFailed: 'The deck "{0}" was not imported; nothing changed.',
    imported: 'Imported the deck "{0}" ({1} scenarios).',
    defaultDeckFailed: 'A default deck could not be loaded.',
    facebookPublic: 'Facebook · public comment',
    facebookPrivate: 'Facebook · private message (Messenger)',
    xPublic: 'X · public post',
    xPrivate: 'X · direct message',
    outOfHours: 'Received out of hours',
    followUp: 'Follow-up: you have already written to them here',
    like: 'Like',
    reply: 'Reply',
    context: 'Context',
    candidates: 'Model answers',
    good: 'Good',
    bad: 'Bad',
    rationale: 'Trainer’s rationale',
    expected: 'Expected: {0}',
    score: 'Score',
    status_ok: 'OK',
    status_review: 'Review',
    status_stop: 'Stop',
    noFindings: 'No findings.',
    findings: 'Findings',
    yourReply: 'Your reply',
    yourReplyHint: 'Write the reply you would send. It is checked as you type.',
    preview: 'How your reply reads',
    comparison: 'Compared with the model answers',
    compareYou: 'Your reply',
    compareBest: 'Your reply scores {0}; the best good model answer scores {1}.',
    compareShares: 'Like bad answer {0}: {1}.',
    compareClean: 'None of the problems of the bad answers.',
    clock: 'Reply clock',
    slaLeft: '{0} left of a {1}-minute SLA',
    slaOver: '{0} over a {1}-minute SLA',
    pause: 'Pause',
    resume: 'Resume',
    restart: 'Restart',
    speed: 'Speed',
    speedReal: 'real time',
    speedFast: '1 s = 1 min',
    report: 'Session report',
    reportDeck: 'Deck: {0}',
    reportWhen: 'Started {0}',
    reportNoAnswer: 'No reply written.',
    reportScenarios: '{0} scenarios visited',
    openTrainer: 'Open the trainer',
  },
  it: {
    title: 'Pronto trainer',
    tagline: 'Risposte buone e cattive, valutate dal vivo dagli stessi controlli dell’estensione.',
    loading: 'Carico il motore di tono…',
    coreFailed: 'Il motore di tono non si è caricato: {0}',
    deck: 'Mazzo',
    scenario: 'Caso',
    previous: 'Precedente',
    next: 'Successivo',
    position: '{0} di {1}',
    importDeck: 'Importa mazzo…',
    exportDeck: 'Esporta mazzo',
    present: 'Modalità presentazione',
    leavePresent: 'Esci dalla presentazione (Esc)',
    exportReport: 'Esporta sessione (JSON)',
    printReport: 'Stampa report',
    language: 'Lingua',
    dismiss: 'Chiudi',
    importFailed: 'Il mazzo "{0}" non è stato importato; non è cambiato nulla.',
    imported: 'Mazzo "{0}" importato ({1} casi).',
    defaultDeckFailed: 'Non è stato possibile caricare un mazzo predefinito.',
    facebookPublic: 'Facebook · commento pubblico',
    facebookPrivate: 'Facebook · messaggio privato (Messenger)',
    xPublic: 'X · post pubblico',
    xPrivate: 'X · messaggio diretto',
    outOfHours: 'Arrivato fuori orario',
    followUp: 'Seguito: gli hai già scritto qui',
    like: 'Mi piace',
    reply: 'Rispondi',
    context: 'Contesto',
    candidates: 'Risposte modello',
    good: 'Buona',
    bad: 'Da evitare',
    rationale: 'Perché, secondo il trainer',
    expected: 'Atteso: {0}',
    score: 'Punteggio',
    status_ok: 'OK',
    status_review: 'Da rivedere',
    status_stop: 'Stop',
    noFindings: 'Nessun rilievo.',
    findings: 'Rilievi',
    yourReply: 'La tua risposta',
    yourReplyHint: 'Scrivi la risposta che manderesti. Viene controllata mentre scrivi.',
    preview: 'Come si legge la tua risposta',
    comparison: 'Confronto con le risposte modello',
    compareYou: 'La tua risposta',
    compareBest: 'La tua risposta vale {0}; la migliore risposta buona vale {1}.',
    compareShares: 'Come la risposta da evitare {0}: {1}.',
    compareClean: 'Nessuno dei problemi delle risposte da evitare.',
    clock: 'Tempo di risposta',
    slaLeft: 'mancano {0} su uno SLA di {1} minuti',
    slaOver: '{0} oltre uno SLA di {1} minuti',
    pause: 'Pausa',
    resume: 'Riprendi',
    restart: 'Ricomincia',
    speed: 'Velocità',
    speedReal: 'tempo reale',
    speedFast: '1 s = 1 min',
    report: 'Report della sessione',
    reportDeck: 'Mazzo: {0}',
    reportWhen: 'Iniziata {0}',
    reportNoAnswer: 'Nessuna risposta scritta.',
    reportScenarios: '{0} casi visti',
    openTrainer: 'Apri il trainer',
  },
};

const STORAGE_KEY = 'pronto.trainer.lang';

/** The UI language: the user's choice, else the browser's ("it" or "en"). */
export function initialLanguage() {
  let stored = null;
  try {
    stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  } catch { /* storage may be off */ }
  if (stored === 'it' || stored === 'en') return stored;
  return /^it\b/i.test(globalThis.navigator?.language ?? '') ? 'it' : 'en';
}

/** Remembers the user's choice. */
export function rememberLanguage(lang) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch { /* storage may be off */ }
}

function fromChrome(lang, key) {
  const i18n = globalThis.chrome?.i18n;
  if (!i18n?.getMessage || !i18n.getUILanguage) return '';
  if (!i18n.getUILanguage().toLowerCase().startsWith(lang)) return '';
  try {
    return i18n.getMessage(`trainer${key[0].toUpperCase()}${key.slice(1)}`);
  } catch {
    return '';
  }
}

/** The string `key` in `lang`, with {0}, {1}… replaced by `args`. */
export function t(lang, key, ...args) {
  const text = fromChrome(lang, key) || table[lang]?.[key] || table.en[key] || key;
  return text.replace(/\{(\d)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
}

/** Fills every [data-i18n] (text) and [data-i18n-title|-label|-placeholder] under `root`. */
export function translatePage(root, lang) {
  (root.ownerDocument ?? root).documentElement?.setAttribute('lang', lang);
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(lang, el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(lang, el.dataset.i18nTitle);
  for (const el of root.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(lang, el.dataset.i18nLabel));
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(lang, el.dataset.i18nPlaceholder);
}

/** Every key, for tests: both languages have the same ones. */
export const keys = Object.freeze({ en: Object.keys(table.en), it: Object.keys(table.it) });
