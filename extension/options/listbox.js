// Copyright 2026 The Pronto Authors.
//
// What both list editors of the options page share (saved replies, team
// rules): the single-select list — an element with role="listbox" whose
// role="option" children carry data-key, one option at a time selected and in
// the tab order — and the confirmation before an item is deleted.

/** Marks the option with `key` selected and makes it the one reachable by Tab. */
function markSelected(list, key) {
  for (const item of list.children) {
    const on = item.dataset.key === String(key);
    item.setAttribute('aria-selected', String(on));
    item.tabIndex = on ? 0 : -1;
  }
  if (!list.querySelector('[tabindex="0"]') && list.firstElementChild) list.firstElementChild.tabIndex = 0;
}

/** Puts `fresh` in place of the option `old` (re-rendered after an edit), keeping its tab stop and focus. */
function replaceOption(old, fresh) {
  fresh.tabIndex = old.tabIndex;
  old.replaceWith(fresh);
  if (old === document.activeElement) fresh.focus();
}

/**
 * Removes `entry` from `entries`; returns the key to select next (the entry
 * that took its place, else the new last one), or null when none is left.
 */
export function removeEntry(entries, entry) {
  const at = entries.indexOf(entry);
  entries.splice(at, 1);
  return entries[Math.min(at, entries.length - 1)]?.key ?? null;
}

/**
 * Click selects an option; ArrowUp/ArrowDown/Home/End move the selection;
 * Enter or Space open the selected option's form. `select(key, {focus})` is
 * called with focus 'option' (keep focus in the list) or `openFocus` (the id
 * of the form field to focus).
 */
function wireListbox(list, { select, openFocus }) {
  list.addEventListener('click', (event) => {
    const item = event.target.closest('[role="option"]');
    if (item) select(Number(item.dataset.key), { focus: 'option' });
  });
  list.addEventListener('keydown', (event) => {
    const items = [...list.querySelectorAll('[role="option"]')];
    const at = items.indexOf(document.activeElement);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      const target = items[Math.max(0, Math.min(items.length - 1, to))];
      select(Number(target.dataset.key), { focus: 'option' });
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();  // Enter would submit the settings form
      select(Number(items[at].dataset.key), { focus: openFocus });
    }
  });
}

/**
 * The list's selection, wired to the mouse and keyboard. `render(entry)`
 * builds the option of an entry, with the id `${idPrefix}${entry.key}`;
 * `onSelect(key)` fills the form for the newly selected entry. Returns
 * `select(key, {focus})` — focus null (leave it), 'option' (the option) or the
 * id of a form field — and `refresh(entry)`, which re-renders one option in
 * place after an edit.
 */
export function listSelection(list, { idPrefix, render, onSelect, openFocus }) {
  const optionOf = (key) => document.getElementById(`${idPrefix}${key}`);
  function select(key, { focus = null } = {}) {
    markSelected(list, key);
    onSelect(key);
    optionOf(key)?.scrollIntoView({ block: 'nearest' });
    if (focus === 'option') optionOf(key)?.focus();
    else if (focus) document.getElementById(focus)?.focus();
  }
  function refresh(entry) {
    const old = optionOf(entry.key);
    if (old) replaceOption(old, render(entry));
  }
  wireListbox(list, { select, openFocus });
  return { select, refresh };
}

/**
 * Asks before deleting: `button` opens the modal `dialog` with `describe()`
 * written into `textEl` (null: nothing selected, nothing opens). When the
 * dialog closes with returnValue 'delete', `onConfirm()` deletes and returns
 * true; on any other answer, or when it returns false, focus goes back to
 * `button`.
 */
export function confirmBeforeDelete({ button, dialog, textEl, describe, onConfirm }) {
  button.addEventListener('click', () => {
    const text = describe();
    if (text === null) return;
    textEl.textContent = text;
    dialog.returnValue = '';
    dialog.showModal();
  });
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'delete' || !onConfirm()) button.focus();
  });
}
