// Copyright 2026 The Pronto Authors.
//
// Trainer mode: pick a deck, step through its scenarios, see each model
// answer scored live by the wasm tone engine with its findings highlighted,
// write your own reply against a running SLA clock. The same page runs inside
// the extension (chrome-extension://…/trainer/) and on the demo site
// (/trainer/); ../core/ is the wasm core in both. Untrusted text (decks, the
// trainee's reply) only ever goes into textContent.

import { loadPronto } from '../core/pronto.mjs';
import { DEFAULT_SLA_MINUTES, DeckError, checkContext, deckToJson, loadDefaultDecks, parseDeck } from './deck.js';
import { focusSpan, renderHighlighted } from './highlight.js';
import { initialLanguage, rememberLanguage, t as translate, translatePage } from './i18n.js';
import { initPresentation } from './presentation.js';
import { SessionReport } from './report.js';
import { compareWithModels, scoreOf } from './score.js';
import { SPEEDS, SlaClock } from './timer.js';
import '../shared/typing.js';

const $ = (id) => document.getElementById(id);
const el = (tag, { text, className, attrs } = {}) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  for (const [k, v] of Object.entries(attrs ?? {})) node.setAttribute(k, v);
  return node;
};

const state = {
  pronto: null,
  lang: initialLanguage(),
  decks: [],
  deck: null,
  index: 0,
  drafts: new Map(),  // `${deck.id}/${scenario.id}` → the trainee's text
  models: [],  // [{candidate, check}] of the scenario shown
};
const t = (key, ...args) => translate(state.lang, key, ...args);
const report = new SessionReport();
const clock = new SlaClock($('clock'), ({ left, over, slaMinutes, state: s }) =>
  (s === 'late' ? t('slaOver', over, slaMinutes) : t('slaLeft', left, slaMinutes)));

// --- notices: non-blocking, dismissible ----------------------------------

function notify(kind, headline, lines = []) {
  const box = el('div', { className: `notice notice-${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } });
  box.append(el('p', { text: headline, className: 'notice-headline' }));
  if (lines.length) {
    const list = el('ul', { className: 'notice-errors' });
    for (const line of lines) list.append(el('li', { text: line }));
    box.append(list);
  }
  const close = el('button', { text: t('dismiss'), className: 'notice-close', attrs: { type: 'button' } });
  close.addEventListener('click', () => box.remove());
  box.append(close);
  $('notices').append(box);
  return box;
}

// --- rendering ------------------------------------------------------------

function channelLabel(scenario) {
  const key = `${scenario.channel === 'x' ? 'x' : 'facebook'}${scenario.visibility === 'public' ? 'Public' : 'Private'}`;
  return t(key);
}

function formatTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(state.lang, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })
    .format(new Date(iso));
}

/** The customer's message as it would look on Facebook or X, public or private. */
function renderCustomerPost(scenario) {
  const post = $('customer-post');
  const { customer } = scenario;
  post.className = `post ${scenario.channel} ${scenario.visibility}`;
  post.dataset.channel = scenario.channel;
  post.dataset.visibility = scenario.visibility;
  const head = el('header', { className: 'post-head' });
  head.append(el('span', { className: 'avatar', text: customer.name.trim()[0]?.toUpperCase() ?? '?', attrs: { 'aria-hidden': 'true' } }));
  const who = el('span', { className: 'who' });
  who.append(el('strong', { text: customer.name }));
  if (customer.handle) who.append(el('span', { className: 'handle', text: customer.handle }));
  head.append(who);
  const meta = el('p', { className: 'post-meta' });
  meta.append(el('span', { className: 'channel', text: channelLabel(scenario) }));
  if (customer.receivedAt) meta.append(el('time', { text: formatTime(customer.receivedAt), attrs: { datetime: customer.receivedAt } }));
  if (customer.outOfHours) meta.append(el('span', { className: 'badge out-of-hours', text: t('outOfHours') }));
  if (scenario.followUp) meta.append(el('span', { className: 'badge follow-up', text: t('followUp') }));
  const body = el('p', { className: 'post-body', text: customer.message });
  post.replaceChildren(meta, head, body);
  if (scenario.visibility === 'public' && scenario.channel === 'facebook') {
    post.append(el('p', { className: 'post-actions', text: `${t('like')} · ${t('reply')}`, attrs: { 'aria-hidden': 'true' } }));
  }
}

/** A findings list: one <li> a finding, its rule/severity/span as data attributes. */
function renderFindings(list, text, check, preview) {
  list.replaceChildren();
  if (!check.findings.length) {
    list.append(el('li', { className: 'none', text: t('noFindings') }));
    return;
  }
  for (const f of check.findings) {
    const item = el('li', { className: `finding finding-${f.severity}`, attrs: { tabindex: '0' } });
    Object.assign(item.dataset, { rule: f.rule, severity: f.severity, start: String(f.start), end: String(f.end) });
    item.append(el('span', { className: 'severity', text: f.severity }), ' ', el('code', { className: 'rule', text: f.rule }));
    const words = text.slice(f.start, f.end);
    if (words) item.append(' ', el('q', { className: 'words', text: words.length > 80 ? `${words.slice(0, 77)}…` : words }));
    item.append(el('span', { className: 'message', text: f.message[state.lang] ?? f.message.en }));
    const fix = f.suggestion[state.lang] ?? f.suggestion.en;
    if (fix) item.append(el('span', { className: 'suggestion', text: `→ ${fix}` }));
    const show = () => focusSpan(preview, f);
    const hide = () => focusSpan(null, null);
    item.addEventListener('pointerenter', show);
    item.addEventListener('focus', show);
    item.addEventListener('pointerleave', hide);
    item.addEventListener('blur', hide);
    list.append(item);
  }
}

function statusChip(check) {
  return el('span', { className: 'status', text: t(`status_${check.status}`), attrs: { 'data-status': check.status } });
}

function renderCandidates(scenario) {
  const context = checkContext(state.deck, scenario);
  const box = $('candidates');
  box.replaceChildren();
  state.models = scenario.candidates.map((candidate) => {
    const check = state.pronto.checkReply(candidate.text, context);
    const card = el('article', { className: `candidate ${candidate.quality}` });
    Object.assign(card.dataset, { label: candidate.label, quality: candidate.quality, status: check.status, score: String(scoreOf(check)) });
    const head = el('header', { className: 'candidate-head' });
    head.append(
      el('span', { className: 'label', text: candidate.label }),
      el('span', { className: 'quality', text: t(candidate.quality) }),
      el('span', { className: 'score', text: `${t('score')} ${scoreOf(check)}` }),
      statusChip(check),
    );
    const text = el('p', { className: 'reply-text' });
    const findings = el('ul', { className: 'findings' });
    card.append(head, text, findings);
    box.append(card);  // connected first: highlights drop ranges of detached nodes
    renderHighlighted(text, candidate.text, check.findings);
    renderFindings(findings, candidate.text, check, text);
    if (candidate.expect?.length) card.append(el('p', { className: 'expected', text: t('expected', candidate.expect.join(', ')) }));
    const why = el('div', { className: 'rationale' });
    why.append(el('h4', { text: t('rationale') }), el('p', { text: candidate.rationale }));
    card.append(why);
    return { candidate, check };
  });
}

// As in the extension's composer: what starts in the word being typed waits
// until it is finished ("ass" on the way to "assist") or the trainee pauses.
const { SETTLE_MS } = globalThis.prontoTyping;
let settleTimer = 0;

/**
 * Checks the trainee's reply and shows findings, score and the comparison.
 * The report always gets the whole draft's check; the page shows the check
 * that waits for the word at the caret, until a pause (`settled`).
 */
function scoreTrainee({ settled = false } = {}) {
  clearTimeout(settleTimer);
  settleTimer = 0;
  const scenario = currentScenario();
  if (!scenario) return;
  const field = $('trainee-reply');
  const text = field.value;
  state.drafts.set(`${state.deck.id}/${scenario.id}`, text);
  const preview = $('trainee-preview');
  const list = $('trainee-findings');
  const compare = $('trainee-compare');
  const section = $('trainee');
  if (!text.trim()) {
    renderHighlighted(preview, '', []);
    list.replaceChildren();
    $('trainee-score').replaceChildren();
    compare.replaceChildren();
    section.dataset.status = '';
    report.answer(scenario, text, null, clock);
    return;
  }
  const context = checkContext(state.deck, scenario);
  const whole = state.pronto.checkReply(text, context);
  const typing = !settled && document.activeElement === field && field.selectionStart === field.selectionEnd;
  const check = typing ? state.pronto.checkReply(text, { ...context, caret: field.selectionStart }) : whole;
  if (check.deferred > 0) settleTimer = setTimeout(() => scoreTrainee({ settled: true }), SETTLE_MS);
  renderHighlighted(preview, text, check.findings);
  renderFindings(list, text, check, preview);
  const score = scoreOf(check);
  section.dataset.status = check.status;
  section.dataset.score = String(score);
  $('trainee-score').replaceChildren(el('strong', { text: `${t('score')} ${score}` }), ' ', statusChip(check));

  const result = compareWithModels(check, state.models);
  const rows = el('table', { className: 'compare-table' });
  const row = (label, quality, s, chipCheck, mine) => {
    const tr = el('tr', { className: mine ? 'mine' : quality });
    tr.append(el('th', { text: label, attrs: { scope: 'row' } }), el('td', { text: quality }), el('td', { text: String(s) }));
    const td = el('td');
    td.append(statusChip(chipCheck));
    tr.append(td);
    rows.append(tr);
  };
  row(t('compareYou'), '', score, check, true);
  for (const m of state.models) row(m.candidate.label, t(m.candidate.quality), scoreOf(m.check), m.check, false);
  const notes = el('ul', { className: 'compare-notes' });
  if (result.bestGood !== null) notes.append(el('li', { text: t('compareBest', score, result.bestGood) }));
  for (const s of result.shared) notes.append(el('li', { className: 'shared', text: t('compareShares', s.label, s.rules.join(', ')) }));
  if (!result.shared.length) notes.append(el('li', { text: t('compareClean') }));
  compare.replaceChildren(rows, notes);
  report.answer(scenario, text, whole, clock);
}

function currentScenario() {
  return state.deck?.scenarios[state.index];
}

function renderScenario() {
  const scenario = currentScenario();
  if (!scenario) return;
  const total = state.deck.scenarios.length;
  $('scenario').hidden = false;
  $('scenario').dataset.scenario = scenario.id;
  $('scenario-title').textContent = scenario.title;
  $('position').textContent = t('position', state.index + 1, total);
  $('scenario-select').value = String(state.index);
  $('prev').disabled = state.index === 0;
  $('next').disabled = state.index === total - 1;
  $('scenario-tags').replaceChildren(...(scenario.tags ?? []).map((tag) => el('li', { text: tag })));
  const context = $('scenario-context');
  context.hidden = !scenario.context;
  context.querySelector('p').textContent = scenario.context ?? '';
  renderCustomerPost(scenario);
  renderCandidates(scenario);
  $('trainee-reply').value = state.drafts.get(`${state.deck.id}/${scenario.id}`) ?? '';
  scoreTrainee();
  report.visit(scenario);
}

function go(index) {
  if (!state.deck) return;
  const next = Math.max(0, Math.min(state.deck.scenarios.length - 1, index));
  if (next === state.index && !$('scenario').hidden) return;
  state.index = next;
  renderScenario();
  clock.start(currentScenario().slaMinutes ?? DEFAULT_SLA_MINUTES);
  updateClockButton();
}

function fillDeckSelect() {
  $('deck-select').replaceChildren(...state.decks.map((deck, i) =>
    el('option', { text: `${deck.title} (${deck.language.toUpperCase()}, ${deck.scenarios.length})`, attrs: { value: String(i) } })));
  $('deck-select').value = String(state.decks.indexOf(state.deck));
}

function selectDeck(deck) {
  state.deck = deck;
  state.index = -1;
  report.start(deck);
  fillDeckSelect();
  $('scenario-select').replaceChildren(...deck.scenarios.map((s, i) => el('option', { text: `${i + 1}. ${s.title}`, attrs: { value: String(i) } })));
  document.body.dataset.deck = deck.id;
  go(0);
}

function applyLanguage(lang) {
  state.lang = lang;
  translatePage(document, lang);
  document.title = t('title');
  for (const b of document.querySelectorAll('.lang-switch button')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  updateClockButton();
  if (state.deck) {
    fillDeckSelect();
    renderScenario();
  }
  clock.render();
}

function updateClockButton() {
  $('clock-toggle').textContent = clock.running ? t('pause') : t('resume');
}

// --- decks: import / export -------------------------------------------------

async function importDeck(file) {
  let deck;
  try {
    deck = parseDeck(await file.text(), { source: file.name });
  } catch (error) {
    const errors = error instanceof DeckError ? error.errors : [error.message];
    notify('error', t('importFailed', file.name), errors).dataset.kind = 'import-error';
    return;
  }
  const existing = state.decks.findIndex((d) => d.id === deck.id);
  if (existing >= 0) state.decks[existing] = deck;
  else state.decks.push(deck);
  notify('info', t('imported', deck.title, deck.scenarios.length));
  selectDeck(deck);
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// --- wiring -------------------------------------------------------------------

function wire() {
  $('prev').addEventListener('click', () => go(state.index - 1));
  $('next').addEventListener('click', () => go(state.index + 1));
  $('scenario-select').addEventListener('change', (e) => go(Number(e.target.value)));
  $('deck-select').addEventListener('change', (e) => selectDeck(state.decks[Number(e.target.value)]));
  $('trainee-reply').addEventListener('input', () => scoreTrainee());
  $('deck-import').addEventListener('change', async (e) => {
    const [file] = e.target.files;
    e.target.value = '';
    if (file) await importDeck(file);
  });
  $('deck-export').addEventListener('click', () => {
    if (state.deck) download(`${state.deck.id}.json`, deckToJson(state.deck), 'application/json');
  });
  $('report-export').addEventListener('click', () => report.download());
  $('report-print').addEventListener('click', () => {
    report.render($('report'), t, state.lang);
    window.print();
  });
  window.addEventListener('beforeprint', () => report.render($('report'), t, state.lang));
  for (const b of document.querySelectorAll('.lang-switch button')) {
    b.addEventListener('click', () => {
      rememberLanguage(b.dataset.lang);
      applyLanguage(b.dataset.lang);
    });
  }
  $('clock-toggle').addEventListener('click', () => {
    if (clock.running) clock.pause();
    else clock.resume();
    updateClockButton();
  });
  $('clock-restart').addEventListener('click', () => {
    clock.start(currentScenario()?.slaMinutes ?? DEFAULT_SLA_MINUTES);
    updateClockButton();
  });
  $('clock-speed').addEventListener('change', (e) => clock.setSpeed(SPEEDS[e.target.value] ?? 1));
  const presentation = initPresentation({
    button: $('present'),
    onPrevious: () => go(state.index - 1),
    onNext: () => go(state.index + 1),
  });
  $('leave-present').addEventListener('click', () => presentation.set(false));
}

async function main() {
  applyLanguage(state.lang);
  wire();
  try {
    state.pronto = await loadPronto();
  } catch (error) {
    $('loading').textContent = t('coreFailed', error.message);
    $('loading').classList.add('failed');
    return;
  }
  const { decks, errors } = await loadDefaultDecks();
  if (errors.length) notify('error', t('defaultDeckFailed'), errors);
  state.decks = decks;
  $('loading').hidden = true;
  $('app').setAttribute('aria-busy', 'false');
  const preferred = decks.find((d) => d.language === state.lang) ?? decks[0];
  if (preferred) selectDeck(preferred);
  document.body.dataset.ready = 'true';
}

main();
