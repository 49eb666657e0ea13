// Copyright 2026 The Pronto Authors.
//
// The template library as a list and a form, on the options page: find a
// saved reply (search box, language filter), open it in a form with a field
// for every field of the library format (assets/templates/README.md), add,
// duplicate, delete, and save. Edits go to a draft of the whole library;
// Save sends the draft to the worker as one JSON library (templates.import,
// mode 'replace'), so the wasm core stays the only validator and a library
// with one bad template changes nothing. Its error names the template (by id
// and position) and the field: the editor opens that template, marks and
// focuses that field, and keeps everything typed. Template text is
// untrusted: it reaches the page through value and textContent only.

import { confirmBeforeDelete, listSelection, removeEntry } from './listbox.js';

const $ = (id) => document.getElementById(id);

/** The intents a template may declare (pronto::KnownIntents()). */
const INTENTS = ['complaint', 'question', 'contact_request', 'praise', 'reaction', 'spam', 'toxic'];
/** The fields of the format in the order the core writes them; others a template carries are kept. */
const FIELDS = ['id', 'title', 'language', 'channels', 'visibility', 'intents', 'tags', 'triggers', 'patterns',
  'body', 'variants', 'notes'];
/** Each field's label in the form, for error messages. */
const LABELS = {
  id: 'optionsTemplateId', title: 'optionsTemplateTitle', language: 'optionsTemplateLanguage',
  channels: 'optionsTemplateChannels', visibility: 'optionsTemplateVisibility', intents: 'optionsTemplateIntents',
  tags: 'optionsTemplateTags', triggers: 'optionsTemplateTriggers', patterns: 'optionsTemplatePatterns',
  body: 'optionsTemplateBody', variants: 'optionsTemplateVariants', notes: 'optionsTemplateNotes',
};
const ERROR_ID = 'template-form-error';

/** Lower case without accents, for the search box. */
const fold = (text) => String(text ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const lines = (text) => text.split('\n').map((line) => line.replace(/\r$/, ''));

/**
 * Wires the editor to its markup in options.html. `ask(channel, payload)`
 * talks to the worker, `translator()` gives the page's current t, `onChange()`
 * runs when the draft changes and `onSaved(library)` after a save. Returns
 * {load(library), draft(), retranslate(), isDirty()}.
 */
export function createTemplateEditor({ el, ask, translator, onChange = () => {}, onSaved = () => {} }) {
  const t = (...args) => translator()(...args);
  const form = $('template-form');
  const list = $('template-list');
  let entries = [];  // the draft: [{key, template, edited, haystack}]
  let selectedKey = null;
  let nextKey = 1;
  let dirty = false;

  const selected = () => entries.find((entry) => entry.key === selectedKey) ?? null;
  const titleOf = (template) => (template.title?.trim() ? template.title : t('optionsTemplateUntitled'));
  const draft = () => ({ schema: 1, templates: entries.map((entry) => entry.template) });

  function uniqueId(base) {
    const stem = (fold(base).replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'reply').slice(0, 56);
    const taken = new Set(entries.map((entry) => entry.template.id));
    if (!taken.has(stem)) return stem;
    for (let n = 2; ; n += 1) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
  }

  // ── The list ──────────────────────────────────────────────────────────────
  function matches(entry) {
    const language = $('template-language-filter').value;
    if (language && entry.template.language !== language) return false;
    const words = fold($('template-search').value).split(/\s+/).filter(Boolean);
    if (!words.length) return true;
    const tpl = entry.template;
    entry.haystack ??= fold([tpl.id, tpl.title, tpl.body, tpl.notes, ...(tpl.tags ?? []), ...(tpl.triggers ?? []),
      ...(tpl.variants ?? [])].join('\n'));
    return words.every((word) => entry.haystack.includes(word));
  }

  function option(entry) {
    const item = el('li', { id: `template-option-${entry.key}`, className: 'template-option' });
    item.setAttribute('role', 'option');
    item.dataset.key = String(entry.key);
    item.dataset.id = entry.template.id ?? '';
    const isSelected = entry.key === selectedKey;
    item.setAttribute('aria-selected', String(isSelected));
    item.tabIndex = -1;
    const meta = `${entry.template.id || '?'} · ${String(entry.template.language ?? '').toUpperCase()}`;
    item.append(el('span', { className: 'template-option-title' }, titleOf(entry.template)),
      el('span', { className: 'template-option-meta' }, meta));
    if (entry.edited) item.append(el('span', { className: 'template-option-edited' }, t('optionsTemplateEdited')));
    return item;
  }

  function renderList() {
    const shown = entries.filter(matches);
    list.replaceChildren(...shown.map(option));
    const current = list.querySelector('[aria-selected="true"]') ?? list.firstElementChild;
    if (current) current.tabIndex = 0;
    $('template-list-empty').hidden = shown.length > 0;
    $('template-shown').textContent = t('optionsTemplateShown', shown.length, entries.length);
  }

  const { select, refresh: refreshOption } = listSelection(list, {
    idPrefix: 'template-option-',
    render: option,
    onSelect(key) {
      selectedKey = key;
      fillForm();
    },
    openFocus: 'tpl-title',
  });
  $('template-search').addEventListener('input', renderList);
  $('template-language-filter').addEventListener('change', renderList);

  /** Makes sure `entry` shows in the list, clearing the filters that hide it. */
  function reveal(entry) {
    if (matches(entry)) return;
    $('template-search').value = '';
    if (!matches(entry)) $('template-language-filter').value = '';
  }

  // ── The form ──────────────────────────────────────────────────────────────
  const checks = (name) => [...form.querySelectorAll(`input[type="checkbox"][name="${name}"]`)];

  function variantRow(text, index) {
    const row = el('div', { className: 'variant' });
    const box = el('textarea', { rows: 3, value: text, className: 'variant-text' });
    box.setAttribute('aria-label', t('optionsTemplateVariantLabel', index + 1));
    box.setAttribute('aria-describedby', 'tpl-variants-hint');
    const remove = el('button', { type: 'button' }, t('optionsShiftRemove'));
    remove.setAttribute('aria-label', t('optionsTemplateVariantRemove', index + 1));
    remove.addEventListener('click', () => {
      const texts = [...$('tpl-variants').querySelectorAll('textarea')].map((node) => node.value);
      texts.splice(index, 1);
      renderVariants(texts);
      commit();
      const boxes = $('tpl-variants').querySelectorAll('textarea');
      (boxes[Math.min(index, boxes.length - 1)] ?? $('tpl-variant-add')).focus();
    });
    row.append(box, remove);
    return row;
  }

  function renderVariants(texts) {
    $('tpl-variants').replaceChildren(...texts.map(variantRow));
  }

  $('tpl-variant-add').addEventListener('click', () => {
    const texts = [...$('tpl-variants').querySelectorAll('textarea')].map((node) => node.value);
    renderVariants([...texts, '']);
    $('tpl-variants').lastElementChild.querySelector('textarea').focus();
  });

  function fillForm() {
    const entry = selected();
    form.hidden = !entry;
    $('template-none').hidden = Boolean(entry);
    if (!entry) return;
    const tpl = entry.template;
    $('template-form-title').textContent = t('optionsTemplateEditing', titleOf(tpl));
    $('tpl-id').value = tpl.id ?? '';
    $('tpl-title').value = tpl.title ?? '';
    $('tpl-language').value = tpl.language === 'en' ? 'en' : 'it';
    for (const name of ['channels', 'visibility', 'intents']) {
      const values = new Set([].concat(tpl[name] ?? []));
      if (name === 'channels' && values.has('twitter')) values.add('x');
      for (const box of checks(name)) box.checked = values.has(box.value);
    }
    $('tpl-tags').value = (tpl.tags ?? []).join(', ');
    $('tpl-triggers').value = (tpl.triggers ?? []).join('\n');
    $('tpl-patterns').value = (tpl.patterns ?? []).join('\n');
    $('tpl-body').value = tpl.body ?? '';
    renderVariants([].concat(tpl.variants ?? []));
    $('tpl-notes').value = tpl.notes ?? '';
  }

  /** The template as the form shows it; fields the form does not know are kept from `previous`. */
  function readForm(previous) {
    const checked = (name) => checks(name).filter((box) => box.checked).map((box) => box.value);
    const typed = {
      id: $('tpl-id').value.trim(),
      title: $('tpl-title').value,
      language: $('tpl-language').value,
      channels: checked('channels'),
      visibility: checked('visibility'),
      intents: checked('intents'),
      tags: $('tpl-tags').value.split(',').map((tag) => tag.trim()).filter(Boolean),
      triggers: lines($('tpl-triggers').value).map((line) => line.trim()).filter(Boolean),
      patterns: lines($('tpl-patterns').value).filter((line) => line.trim()),
      body: $('tpl-body').value,
      variants: [...$('tpl-variants').querySelectorAll('textarea')].map((node) => node.value).filter((v) => v.trim()),
      notes: $('tpl-notes').value,
    };
    const template = {};
    for (const field of FIELDS) {
      const value = typed[field];
      const optional = !['id', 'title', 'language', 'channels', 'visibility', 'body'].includes(field);
      if (optional && (value.length === 0)) continue;
      template[field] = value;
    }
    for (const [field, value] of Object.entries(previous ?? {})) if (!FIELDS.includes(field)) template[field] = value;
    return template;
  }

  /** The form's content into the draft. */
  function commit() {
    const entry = selected();
    if (!entry) return;
    entry.template = readForm(entry.template);
    entry.haystack = null;
    entry.edited = true;
    setDirty(true);
    $('template-form-title').textContent = t('optionsTemplateEditing', titleOf(entry.template));
    refreshOption(entry);
    onChange();
  }
  form.addEventListener('input', commit);
  form.addEventListener('change', commit);

  function setDirty(value) {
    dirty = value;
    $('template-dirty').textContent = dirty ? t('optionsTemplateUnsaved') : '';
  }
  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });

  // ── Errors ────────────────────────────────────────────────────────────────
  function clearError() {
    $(ERROR_ID).hidden = true;
    $(ERROR_ID).replaceChildren();
    for (const node of form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
    for (const node of form.querySelectorAll('[data-described-by]')) {
      node.setAttribute('aria-describedby', node.dataset.describedBy);
      delete node.dataset.describedBy;
    }
    for (const node of form.querySelectorAll('[aria-describedby="' + ERROR_ID + '"]')) node.removeAttribute('aria-describedby');
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

  /**
   * Shows the core's error ("template 'x' (#3), field 'body': …") beside the
   * form: opens template #3, marks and focuses its field.
   */
  function showError(err) {
    $('template-status').textContent = '';
    const where = /template '([^']*)' \(#(\d+)\)(?:, field '(\w+)')?/.exec(err.message);
    const entry = where ? entries[Number(where[2]) - 1] : null;
    const field = where?.[3];
    const box = $(ERROR_ID);
    const parts = [];
    if (entry) {
      reveal(entry);
      renderList();
      select(entry.key);
      parts.push(el('strong', {}, field && LABELS[field]
        ? t('optionsTemplateErrorField', titleOf(entry.template), t(LABELS[field]))
        : t('optionsTemplateErrorTemplate', titleOf(entry.template))));
      parts.push(' ');
    }
    parts.push(t('optionsSaveFailed', err.message));
    box.replaceChildren(...parts);
    box.hidden = false;
    let focus = box;
    if (entry && field) {
      const group = form.querySelector(`[data-template-field="${field}"]`);
      const controls = group?.matches('input, select, textarea') ? [group]
        : [...(group?.querySelectorAll('input, textarea') ?? [])];
      const item = Number(/(?:variant|pattern) (\d+)/.exec(err.message)?.[1]);
      const one = field === 'variants' && item ? controls[item - 1] : null;
      for (const node of one ? [one] : controls) markInvalid(node);
      focus = one ?? controls[0] ?? box;
    }
    if (focus === box) box.tabIndex = -1;
    focus.focus();
  }

  // ── Actions ───────────────────────────────────────────────────────────────
  function insert(template, at, { focus }) {
    const entry = { key: nextKey++, template, edited: true, haystack: null };
    entries.splice(at, 0, entry);
    setDirty(true);
    reveal(entry);
    selectedKey = entry.key;
    renderList();
    select(entry.key, { focus });
    onChange();
    return entry;
  }

  $('template-new').addEventListener('click', () => {
    clearError();
    const language = $('template-language-filter').value || (translator().lang === 'en' ? 'en' : 'it');
    insert({ id: uniqueId('new-reply'), title: '', language, channels: ['facebook', 'x'],
      visibility: ['public', 'private'], body: '' }, entries.length, { focus: 'tpl-title' });
    $('template-status').textContent = t('optionsTemplateAdded');
  });

  $('template-duplicate').addEventListener('click', () => {
    const entry = selected();
    if (!entry) return;
    clearError();
    const copy = structuredClone(entry.template);
    copy.id = uniqueId(`${entry.template.id || 'reply'}-copy`);
    copy.title = t('optionsTemplateCopyTitle', entry.template.title ?? '');
    insert(copy, entries.indexOf(entry) + 1, { focus: 'tpl-id' });
    $('tpl-id').select();
    $('template-status').textContent = t('optionsTemplateDuplicated', titleOf(entry.template));
  });

  confirmBeforeDelete({
    button: $('template-delete'),
    dialog: $('template-delete-dialog'),
    textEl: $('template-delete-text'),
    describe: () => {
      const entry = selected();
      return entry ? t('optionsTemplateDeleteConfirm', titleOf(entry.template), entry.template.id || '?') : null;
    },
    onConfirm: () => {
      const entry = selected();
      if (!entry) return false;
      clearError();
      selectedKey = removeEntry(entries, entry);
      setDirty(true);
      renderList();
      select(selectedKey);
      $('template-status').textContent = t('optionsTemplateDeleted', titleOf(entry.template));
      ($(`template-option-${selectedKey}`) ?? $('template-new')).focus();
      onChange();
      return true;
    },
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearError();
    $('template-status').textContent = t('optionsSaving');
    const index = entries.findIndex((entry) => entry.key === selectedKey);
    try {
      await ask('templates.import', { text: JSON.stringify(draft()), format: 'json', mode: 'replace' });
      const library = await ask('templates.get');
      load(library, { index });
      onSaved(library);
      $('template-status').textContent = t('optionsTemplatesSaved', library.templates?.length ?? 0);
    } catch (err) {
      showError(err);  // the draft and the form keep what was typed
    }
  });

  /** Shows `library` (as the worker returned it) and drops the draft; keeps the selection by position or id. */
  function load(library, { index = -1 } = {}) {
    const previousId = selected()?.template.id;
    entries = (library?.templates ?? []).map((template) => ({ key: nextKey++, template, edited: false, haystack: null }));
    const keep = entries[index] ?? entries.find((entry) => entry.template.id === previousId) ?? entries[0];
    selectedKey = keep?.key ?? null;
    setDirty(false);
    clearError();
    renderList();
    fillForm();
  }

  function retranslate() {
    renderList();
    fillForm();
    setDirty(dirty);
  }

  return { load, draft, retranslate, isDirty: () => dirty };
}
