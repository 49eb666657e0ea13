// Copyright 2026 The Pronto Authors.
//
// The team's reply rules as a list and a form, on the options page: add a
// rule, pick one to edit its id, what it matches (words or phrases, one a
// line, or an RE2 pattern), its severity and its message and suggestion in
// English and Italian, delete one (after a confirmation), and try the rule
// being edited on a sample reply. The format is ReplyRules::FromJson's
// (core/include/pronto/reply_checks.h). The rules are part of the settings:
// the settings form saves read() through settings.set, so the wasm core stays
// the only validator and one bad rule stores nothing; its error names the rule
// (#position and id) and field, and showError() opens that rule, marks and
// focuses that field and keeps everything typed. "Try it" asks the worker's
// rules.try, which checks the sample with this one rule in force and stores
// nothing. The Advanced box holds the same rules as JSON, kept in step both
// ways. Rule text is untrusted: it reaches the page through value and
// textContent only.

import { confirmBeforeDelete, listSelection, removeEntry } from './listbox.js';

const $ = (id) => document.getElementById(id);

/** The fields of a rule in the order the format lists them; others a rule carries are kept. */
const FIELDS = ['id', 'phrases', 'pattern', 'severity', 'message', 'suggestion'];
const SEVERITIES = ['info', 'warning', 'stop'];
/** Each field's label in the form, for error messages. */
const LABELS = {
  id: 'optionsRuleId', phrases: 'optionsRulePhrases', pattern: 'optionsRulePattern', severity: 'optionsRuleSeverity',
  message: 'optionsRuleMessage', suggestion: 'optionsRuleSuggestion',
};
const SEVERITY_LABELS = {
  info: 'optionsRuleSeverityInfo', warning: 'optionsRuleSeverityWarning', stop: 'optionsRuleSeverityStop',
};
const ERROR_ID = 'rules-error';
const EMPTY = Object.freeze({ schema: 1, rules: [] });

const lines = (text) => text.split('\n').map((line) => line.replace(/\r$/, ''));
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const isText = (value) => typeof value === 'string';
const isTextPair = (value) => value === undefined || isText(value) ||
  (isObject(value) && [value.en, value.it].every((v) => v === undefined || isText(v)));

/** Whether the form can show `rule` without losing anything; the JSON box holds the others. */
const formCanShow = (rule) => isObject(rule) && (rule.id === undefined || isText(rule.id)) &&
  (rule.phrases === undefined || (Array.isArray(rule.phrases) && rule.phrases.every(isText))) &&
  (rule.pattern === undefined || isText(rule.pattern)) && (rule.severity === undefined || isText(rule.severity)) &&
  isTextPair(rule.message) && isTextPair(rule.suggestion);

/**
 * Where JSON `text` goes wrong: the longest prefix that could still begin
 * valid JSON ends there. Browsers word (and place) parse errors differently,
 * so this asks JSON.parse about prefixes (a binary search) instead.
 */
function syntaxErrorOffset(text) {
  const viable = (length) => {
    const prefix = text.slice(0, length);
    try {
      JSON.parse(prefix);
      return true;
    } catch (err) {
      const at = /position (\d+)/.exec(err.message)?.[1];
      return /Unexpected end/.test(err.message) || Number(at) === prefix.length;
    }
  };
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (viable(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Wires the editor to its markup in options.html. `ask(channel, payload)`
 * talks to the worker, `translator()` gives the page's current t. Returns
 * {load(rules), read(), showError(err), clearError(), retranslate(), isDirty()}.
 */
export function createRulesEditor({ el, ask, translator }) {
  const t = (...args) => translator()(...args);
  const form = $('rule-form');
  const list = $('rule-list');
  const json = $('rules');
  let base = {};     // the document's other fields (schema, …)
  let entries = [];  // the draft: [{key, rule, mode: 'phrases'|'pattern', both, edited}]
  let selectedKey = null;
  let nextKey = 1;
  let dirty = false;
  let jsonPending = false;  // the JSON box holds text the form cannot show (a syntax error, an odd shape)
  let invalid = null;  // {key, controls}: the rule and fields the last error named

  const selected = () => entries.find((entry) => entry.key === selectedKey) ?? null;
  const nameOf = (rule) => (isText(rule.id) && rule.id.trim() ? rule.id : t('optionsRuleUnnamed'));
  const draft = () => ({ ...base, schema: base.schema ?? 1, rules: entries.map((entry) => entry.rule) });
  const entryFor = (rule) => ({
    key: nextKey++, rule, edited: false,
    mode: rule.pattern !== undefined && !rule.phrases?.length ? 'pattern' : 'phrases',
    both: rule.pattern !== undefined && rule.phrases !== undefined,  // shown and kept both until the mode changes
  });

  function uniqueId(stem) {
    const taken = new Set(entries.map((entry) => entry.rule.id));
    if (!taken.has(stem)) return stem;
    for (let n = 2; ; n += 1) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
  }

  // ── The list ──────────────────────────────────────────────────────────────
  function summary(rule) {
    if (rule.phrases?.length) {
      const shown = rule.phrases.slice(0, 3).map((phrase) => t('optionsRuleQuoted', phrase)).join(', ');
      return rule.phrases.length > 3 ? t('optionsRulePhrasesMore', shown, rule.phrases.length - 3) : shown;
    }
    if (isText(rule.pattern) && rule.pattern) {
      return `/${rule.pattern.length > 40 ? `${rule.pattern.slice(0, 39)}…` : rule.pattern}/`;
    }
    return t('optionsRuleNothingYet');
  }

  function option(entry) {
    const item = el('li', { id: `rule-option-${entry.key}`, className: 'rule-option' });
    item.setAttribute('role', 'option');
    item.dataset.key = String(entry.key);
    item.dataset.id = isText(entry.rule.id) ? entry.rule.id : '';
    item.setAttribute('aria-selected', String(entry.key === selectedKey));
    item.tabIndex = -1;
    const severity = entry.rule.severity ?? 'warning';
    const meta = SEVERITY_LABELS[severity] ? t(SEVERITY_LABELS[severity]) : String(severity);
    item.append(el('span', { className: 'rule-option-id' }, nameOf(entry.rule)),
      el('span', { className: `rule-option-meta severity-${SEVERITY_LABELS[severity] ? severity : 'unknown'}` }, meta),
      el('span', { className: 'rule-option-summary' }, summary(entry.rule)));
    if (entry.edited) item.append(el('span', { className: 'rule-option-edited' }, t('optionsRuleEdited')));
    return item;
  }

  function renderList() {
    list.replaceChildren(...entries.map(option));
    const current = list.querySelector('[aria-selected="true"]') ?? list.firstElementChild;
    if (current) current.tabIndex = 0;
    list.hidden = entries.length === 0;
    $('rule-list-empty').hidden = entries.length > 0;
    $('rule-count').textContent = entries.length === 1
      ? t('optionsRuleCountOne') : t('optionsRuleCount', entries.length);
  }

  const { select, refresh: refreshOption } = listSelection(list, {
    idPrefix: 'rule-option-',
    render: option,
    onSelect(key) {
      selectedKey = key;
      fillForm();
      scheduleTry(0);
    },
    openFocus: 'rule-id',
  });

  // ── The form ──────────────────────────────────────────────────────────────
  const radios = (name) => [...form.querySelectorAll(`input[type="radio"][name="${name}"]`)];
  const pairOf = (value) => (isText(value) ? { en: value, it: value } : { en: value?.en ?? '', it: value?.it ?? '' });

  function showMatchFields(entry) {
    $('rule-phrases-field').hidden = entry.mode !== 'phrases' && !entry.both;
    $('rule-pattern-field').hidden = entry.mode !== 'pattern' && !entry.both;
  }

  function fillForm() {
    const entry = selected();
    form.hidden = !entry;
    $('rule-none').hidden = Boolean(entry);
    showMarks();
    if (!entry) return;
    const { rule } = entry;
    $('rule-form-title').textContent = t('optionsRuleEditing', nameOf(rule));
    $('rule-id').value = rule.id ?? '';
    for (const radio of radios('rule-match')) radio.checked = radio.value === entry.mode;
    $('rule-phrases').value = (rule.phrases ?? []).join('\n');
    $('rule-pattern').value = rule.pattern ?? '';
    showMatchFields(entry);
    // A severity the core does not know (typed in the JSON) checks no radio, and stays until one is picked.
    for (const radio of radios('rule-severity')) radio.checked = radio.value === (rule.severity ?? 'warning');
    const message = pairOf(rule.message);
    const suggestion = pairOf(rule.suggestion);
    $('rule-message-en').value = message.en;
    $('rule-message-it').value = message.it;
    $('rule-suggestion-en').value = suggestion.en;
    $('rule-suggestion-it').value = suggestion.it;
  }

  /** The rule as the form shows it; fields the form does not know are kept from `previous`. */
  function readForm(entry) {
    const previous = entry.rule;
    // Other languages a message carries (typed in the JSON) are kept.
    const pair = (field) => {
      const value = isObject(previous[field]) ? { ...previous[field] } : {};
      for (const lang of ['en', 'it']) {
        const text = $(`rule-${field}-${lang}`).value;
        if (text.trim()) value[lang] = text;
        else delete value[lang];
      }
      return Object.keys(value).length ? value : undefined;
    };
    const pattern = $('rule-pattern').value.replace(/^[\r\n]+|[\r\n]+$/g, '');
    const phrases = lines($('rule-phrases').value).map((line) => line.trim()).filter(Boolean);
    const typed = {
      id: $('rule-id').value.trim(),
      // An empty list or pattern is left out, so the core says the rule needs one.
      phrases: (entry.mode === 'phrases' || entry.both) && phrases.length ? phrases : undefined,
      pattern: (entry.mode === 'pattern' || entry.both) && pattern ? pattern : undefined,
      severity: radios('rule-severity').find((radio) => radio.checked)?.value ?? previous.severity,
      message: pair('message'),
      suggestion: pair('suggestion'),
    };
    const rule = {};
    for (const field of FIELDS) if (typed[field] !== undefined) rule[field] = typed[field];
    for (const [field, value] of Object.entries(previous)) if (!FIELDS.includes(field)) rule[field] = value;
    return rule;
  }

  /** The form's content into the draft. */
  function commit() {
    const entry = selected();
    if (!entry) return;
    entry.rule = readForm(entry);
    entry.edited = true;
    setDirty(true);
    $('rule-form-title').textContent = t('optionsRuleEditing', nameOf(entry.rule));
    refreshOption(entry);
    showJson();
    scheduleTry();
  }

  form.addEventListener('input', (event) => {
    if (event.target.id !== 'rule-try-text') commit();
  });
  form.addEventListener('change', (event) => {
    const entry = selected();
    if (entry && event.target.name === 'rule-match') {
      entry.mode = event.target.value;
      entry.both = false;
      showMatchFields(entry);
    }
    if (event.target.id !== 'rule-try-text') commit();
  });

  function setDirty(value) {
    dirty = value;
    $('rules-dirty').textContent = dirty ? t('optionsRuleUnsaved') : '';
  }
  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });

  // ── Try it: the rule being edited, checked by the core on a sample ───────
  let tryTimer = 0;
  let trySequence = 0;

  function scheduleTry(delay = 250) {
    clearTimeout(tryTimer);
    tryTimer = setTimeout(runTry, delay);
  }
  $('rule-try-text').addEventListener('input', () => scheduleTry());

  function showTry(text, { matches = [], note = '' } = {}) {
    $('rule-try-result').textContent = text;
    $('rule-try-note').textContent = note;
    $('rule-try-note').hidden = !note;
    const sample = $('rule-try-text').value;
    const preview = $('rule-try-preview');
    if (!matches.length) {
      preview.replaceChildren();
      preview.hidden = true;
      return;
    }
    const parts = [];
    let at = 0;
    for (const { start, end } of matches) {
      if (start < at) continue;  // overlapping phrases: the first one shows
      if (start > at) parts.push(sample.slice(at, start));
      const mark = el('mark', {}, sample.slice(start, end));
      mark.dataset.start = String(start);
      mark.dataset.end = String(end);
      parts.push(mark);
      at = end;
    }
    parts.push(sample.slice(at));
    preview.replaceChildren(...parts);
    preview.hidden = false;
  }

  async function runTry() {
    const entry = selected();
    const sample = $('rule-try-text').value;
    const sequence = ++trySequence;
    if (!entry || !sample.trim()) {
      showTry(t('optionsRuleTryEmpty'));
      return;
    }
    const rule = entry.rule;
    try {
      const check = await ask('rules.try', { rules: { schema: 1, rules: [rule] }, draft: sample });
      if (sequence !== trySequence) return;  // a newer sample or rule is on its way
      const own = `custom:${rule.id}`;
      const matches = check.findings.filter((finding) => finding.rule === own)
        .sort((a, b) => a.start - b.start || b.end - a.end);
      if (!matches.length) {
        showTry(t('optionsRuleTryNoMatch'));
        return;
      }
      const quoted = matches.map(({ start, end }) => t('optionsRuleQuoted', sample.slice(start, end))).join(', ');
      const lang = translator().lang === 'it' ? 'it' : 'en';
      const first = matches[0];
      const severity = SEVERITY_LABELS[first.severity] ? t(SEVERITY_LABELS[first.severity]) : first.severity;
      const advice = [first.message?.[lang], first.suggestion?.[lang]].filter(Boolean).join(' → ');
      const found = matches.length === 1
        ? t('optionsRuleTryMatchesOne', quoted) : t('optionsRuleTryMatches', matches.length, quoted);
      showTry(found, { matches, note: `${severity}: ${advice}` });
    } catch (err) {
      if (sequence !== trySequence) return;
      // The rule is tried alone: its position in the list means nothing here.
      showTry(t('optionsRuleTryFailed', err.message.replace(/^rule #\d+(?: \('.*?'\))?: /s, '')));
    }
  }

  // ── The JSON box (Advanced), kept in step with the form ──────────────────
  function showJson() {
    if (jsonPending) return;  // never overwrite what the user is typing there
    json.value = JSON.stringify(draft(), null, 2);
  }

  json.addEventListener('input', () => {
    let doc;
    try {
      doc = json.value.trim() ? JSON.parse(json.value) : EMPTY;
    } catch {
      jsonPending = true;
      setDirty(true);
      return;
    }
    jsonPending = !(isObject(doc) && Array.isArray(doc.rules) && doc.rules.every(formCanShow));
    if (!jsonPending) loadDraft(doc, { edited: true });
    setDirty(true);
  });

  /** Fills the draft from a rules document, keeping the selection by position. */
  function loadDraft(doc, { edited = false } = {}) {
    const at = entries.findIndex((entry) => entry.key === selectedKey);
    const { rules = [], ...rest } = doc;
    base = rest;
    entries = rules.map(entryFor);
    for (const entry of entries) entry.edited = edited;
    selectedKey = (entries[at] ?? entries[0])?.key ?? null;
    renderList();
    fillForm();
    scheduleTry(0);
  }

  /**
   * The rules to save: the form's draft, or what the JSON box holds when the
   * form cannot show it. A JSON syntax error throws (line and column).
   */
  function read() {
    if (!jsonPending) return draft();
    try {
      return json.value.trim() ? JSON.parse(json.value) : EMPTY;
    } catch (err) {
      const before = json.value.slice(0, syntaxErrorOffset(json.value)).split('\n');
      const where = ` (${t('optionsLineColumn', before.length, before.at(-1).length + 1)})`;
      throw Object.assign(new Error(`settings.rules: ${t('optionsRulesSyntax')}${where}: ${err.message}`),
        { code: 'invalid_settings' });
    }
  }

  // ── Errors ────────────────────────────────────────────────────────────────
  function clearError() {
    for (const id of [ERROR_ID, 'rules-json-error']) {
      $(id).hidden = true;
      $(id).replaceChildren();
    }
    json.removeAttribute('aria-invalid');
    invalid = null;
    showMarks();
  }

  /** The form is shared by every rule: its fields are marked only while the rule at fault shows. */
  function showMarks() {
    for (const node of form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
    for (const node of form.querySelectorAll('[data-described-by]')) {
      node.setAttribute('aria-describedby', node.dataset.describedBy);
      delete node.dataset.describedBy;
    }
    for (const node of form.querySelectorAll(`[aria-describedby="${ERROR_ID}"]`)) {
      node.removeAttribute('aria-describedby');
    }
    if (invalid?.key === selectedKey) for (const node of invalid.controls) markInvalid(node);
  }

  /** Marks `node` invalid and points it at the error. */
  function markInvalid(node) {
    node.setAttribute('aria-invalid', 'true');
    const own = node.getAttribute('aria-describedby');
    if (own !== null && !own.split(' ').includes(ERROR_ID)) {
      node.dataset.describedBy = own;
      node.setAttribute('aria-describedby', `${own} ${ERROR_ID}`);
    } else if (own === null) {
      node.setAttribute('aria-describedby', ERROR_ID);
    }
  }

  /** The form controls of `field`, the invalid ones first. */
  function controlsOf(field, entry) {
    if (field === 'phrases' || field === 'pattern') {
      if (!entry.both && entry.mode !== field) {
        // The rule matches the other way: show the field the core names.
        entry.mode = field;
        for (const radio of radios('rule-match')) radio.checked = radio.value === field;
        showMatchFields(entry);
      }
      return [$(`rule-${field}`)];
    }
    if (field === 'severity') return radios('rule-severity');
    if (field === 'message' || field === 'suggestion') return [$(`rule-${field}-en`), $(`rule-${field}-it`)];
    return field === 'id' ? [$('rule-id')] : [];
  }

  /**
   * Shows the worker's error ("settings.rules: rule #3 ('x'): \"pattern\" is
   * not valid RE2 syntax: …") beside the form: opens rule #3, marks and
   * focuses its field. Errors about the JSON itself point at the JSON box.
   */
  function showError(err) {
    clearError();
    $('rule-status').textContent = '';
    const where = jsonPending ? null : /rule #(\d+)(?: \('.*?'\))?: (.*)$/s.exec(err.message);
    const entry = where ? entries[Number(where[1]) - 1] : null;
    const box = $(ERROR_ID);
    const parts = [];
    let controls = [];
    if (entry) {
      const rest = where[2];
      let field = /"(id|severity|phrases|pattern|message|suggestion)"/.exec(rest)?.[1];
      if (/^needs "phrases" or a "pattern"/.test(rest)) field = entry.mode;
      select(entry.key);
      parts.push(el('strong', {}, field
        ? t('optionsRuleErrorField', nameOf(entry.rule), t(LABELS[field]))
        : t('optionsRuleErrorRule', nameOf(entry.rule))), ' ');
      controls = field ? controlsOf(field, entry) : [];
    }
    parts.push(t('optionsSaveFailed', err.message));
    box.replaceChildren(...parts);
    box.hidden = false;
    if (!entry) {
      // The rules as a whole: the JSON box says where.
      $('rules-advanced').open = true;
      $('rules-json-error').textContent = t('optionsSaveFailed', err.message);
      $('rules-json-error').hidden = false;
      json.setAttribute('aria-invalid', 'true');
      json.focus();
      return;
    }
    invalid = { key: entry.key, controls };
    showMarks();
    const focus = controls.find((node) => node.checked) ?? controls[0];
    if (focus && !focus.closest('[hidden]')) {
      focus.focus();
    } else {
      box.tabIndex = -1;
      box.focus();
    }
  }

  // ── Actions ───────────────────────────────────────────────────────────────
  $('rule-add').addEventListener('click', () => {
    clearError();
    const entry = entryFor({ id: uniqueId('new-rule'), severity: 'warning' });
    entry.edited = true;
    entries.push(entry);
    setDirty(true);
    selectedKey = entry.key;
    renderList();
    select(entry.key, { focus: 'rule-id' });
    $('rule-id').select();
    showJson();
    $('rule-status').textContent = t('optionsRuleAdded');
  });

  confirmBeforeDelete({
    button: $('rule-delete'),
    dialog: $('rule-delete-dialog'),
    textEl: $('rule-delete-text'),
    describe: () => (selected() ? t('optionsRuleDeleteConfirm', nameOf(selected().rule)) : null),
    onConfirm: () => {
      const entry = selected();
      if (!entry) return false;
      clearError();
      selectedKey = removeEntry(entries, entry);
      setDirty(true);
      renderList();
      select(selectedKey);
      showJson();
      $('rule-status').textContent = t('optionsRuleDeleted', nameOf(entry.rule));
      ($(`rule-option-${selectedKey}`) ?? $('rule-add')).focus();
      return true;
    },
  });

  /** Shows `rules` (as the worker stored them) and drops the draft; keeps the selection by position. */
  function load(rules) {
    const doc = isObject(rules) && Array.isArray(rules.rules) ? rules : EMPTY;
    loadDraft({ ...doc, rules: doc.rules.filter(isObject) });
    json.value = JSON.stringify(doc, null, 2);
    // Rules the form cannot show whole (the core lets a severity that is not text pass) stay JSON.
    jsonPending = !doc.rules.every(formCanShow);
    setDirty(false);
    clearError();
  }

  function retranslate() {
    renderList();
    fillForm();
    setDirty(dirty);
    scheduleTry(0);
  }

  return { load, read, showError, clearError, retranslate, isDirty: () => dirty };
}
