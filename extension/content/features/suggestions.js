// Copyright 2026 The Pronto Authors.
//
// Feature: template suggestions by the composer. For the open conversation
// (the adapter's thread the composer answers: its last customer message and
// the customer's name) the core ranks the team's saved replies
// (templates.suggest) with placeholders already filled ({{first_name}} from
// the customer's name, agent and brand from the settings) and says why each
// matched. Keyboard first: Alt+Shift+S opens the list and focuses it, the
// arrows move, Enter inserts, Escape closes and gives the focus back to the
// editor. Insertion goes through the composer's insertText(), which uses the
// editor's own input paths and checks the text landed; a placeholder the core
// could not fill shows as ‹name›, highlighted in the list, never as {{name}},
// and the agent is told to replace it before sending. The choice is reported
// (templates.chosen) so the ranking learns.
'use strict';

globalThis.prontoContent ??= {};
globalThis.prontoContent.features ??= [];

(() => {
  const pc = globalThis.prontoContent;
  const MARKER = /‹[^›]*›/g;

  /** Any placeholder the core left as {{name|default}} or {{name}}: its default, else ‹name›. */
  function withoutPlaceholders(text) {
    return text.replace(/\{\{\s*([^}|]*?)\s*(?:\|([^}]*))?\}\}/g,
      (_, name, fallback) => (fallback !== undefined && fallback.trim() ? fallback.trim() : `‹${name.replace(/_/g, ' ')}›`));
  }

  /** A small stable number from a thread id: the same customer sees the same variant. */
  function seedOf(id) {
    let hash = 0;
    for (const ch of String(id ?? '')) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
    return hash % 1000;
  }

  /** Appends `text` to `parent`, with the unfilled spans (and any ‹…› marker) in <mark>. */
  function appendMarked(parent, text, unfilled) {
    const spans = (unfilled ?? [])
      .filter((u) => Number.isInteger(u.start) && u.end > u.start && u.end <= text.length)
      .map((u) => [u.start, u.end]);
    for (const match of text.matchAll(MARKER)) spans.push([match.index, match.index + match[0].length]);
    spans.sort((a, b) => a[0] - b[0]);
    let at = 0;
    for (const [start, end] of spans) {
      if (start < at) continue;
      if (start > at) parent.append(document.createTextNode(text.slice(at, start)));
      parent.append(pc.el('mark', 'unfilled', text.slice(start, end)));
      at = end;
    }
    if (at < text.length) parent.append(document.createTextNode(text.slice(at)));
  }

  function start({ adapter, app, signal }) {
    let t = (key) => key;
    let items = [];
    let active = 0;
    let forComposer = null;
    let message = '';
    let generation = 0;
    const ready = app.translator().then((value) => { t = value; }).catch(() => {});
    app.onSettingsChange(() => app.translator().then((value) => { t = value; }).catch(() => {}), signal);

    const panel = () => app.composerPanel();

    function options() {
      return [...panel().suggestions.querySelectorAll('[role="option"]')];
    }

    function setActive(index, focus) {
      const all = options();
      if (!all.length) return;
      active = (index + all.length) % all.length;
      all.forEach((option, i) => {
        option.setAttribute('aria-selected', String(i === active));
        option.tabIndex = i === active ? 0 : -1;
      });
      if (focus) all[active].focus({ preventScroll: false });
    }

    function note(kind, text) {
      const section = panel().suggestions;
      section.querySelector('.msg')?.remove();
      if (!text) return;
      const node = pc.el('p', `${kind} msg`, text);
      node.dataset.kind = kind;
      node.setAttribute('role', kind === 'error' ? 'alert' : 'status');
      section.append(node);
    }

    function reasonText(reasons) {
      if (!reasons) return '';
      const parts = [];
      if (reasons.triggers?.length) parts.push(t('whyTriggers', reasons.triggers.join(', ')));
      if (reasons.words?.length) parts.push(t('whyWords', reasons.words.join(', ')));
      if (reasons.intents?.length) parts.push(t('whyIntents', reasons.intents.map((i) => i.name ?? i).join(', ')));
      if (reasons.usedBefore) parts.push(t('whyUsedBefore'));
      return parts.join(' · ');
    }

    function render(list) {
      const section = panel().suggestions;
      const heading = pc.el('h3', null, t('suggestionsHeading'));
      heading.id = 'pronto-suggestions-heading';
      const listbox = pc.el('ul');
      listbox.setAttribute('role', 'listbox');
      listbox.setAttribute('aria-labelledby', heading.id);
      listbox.setAttribute('aria-describedby', 'pronto-suggestions-keys');
      list.forEach((item, i) => {
        const option = pc.el('li');
        option.setAttribute('role', 'option');
        option.id = `pronto-suggestion-${i}`;
        option.dataset.id = item.id;
        option.tabIndex = -1;
        const title = pc.el('span', 'stitle', item.title ?? item.id);
        const score = pc.el('span', 'score', t('suggestionScore', Math.round((item.score ?? 0) * 100)));
        const body = pc.el('span', 'body');
        appendMarked(body, withoutPlaceholders(item.text ?? ''), item.unfilled);
        option.append(score, title, body);
        const why = reasonText(item.reasons);
        if (why) option.append(pc.el('span', 'why', `${t('whyMatched')} ${why}`));
        if (item.notes) option.append(pc.el('span', 'why', item.notes));
        option.addEventListener('click', () => insert(i));
        listbox.append(option);
      });
      const keys = pc.el('p', 'note', t('suggestionsKeys'));
      keys.id = 'pronto-suggestions-keys';
      if (!list.length) listbox.append(pc.el('li', 'empty', t('suggestionsNone')));
      section.replaceChildren(heading, listbox, keys);
      listbox.addEventListener('keydown', onKey);
      setActive(0, false);
    }

    function onKey(event) {
      if (event.key === 'ArrowDown') setActive(active + 1, true);
      else if (event.key === 'ArrowUp') setActive(active - 1, true);
      else if (event.key === 'Home') setActive(0, true);
      else if (event.key === 'End') setActive(-1, true);
      else if (event.key === 'Enter' || event.key === ' ') insert(active);
      else return;
      event.preventDefault();
      event.stopPropagation();
    }

    async function load(composer) {
      const mine = ++generation;
      await ready;
      const settings = await app.settings();
      const thread = app.threadFor(adapter, composer);
      message = thread?.lastCustomerText ?? '';
      if (!message) {
        items = [];
        const section = panel().suggestions;
        section.replaceChildren(pc.el('h3', null, t('suggestionsHeading')), pc.el('p', 'empty', t('suggestionsNoMessage')));
        return;
      }
      const payload = {
        message,
        channel: adapter.id,
        visibility: app.visibilityFor(adapter, thread),
        values: { first_name: app.firstName(thread.customerName) },
        variantSeed: seedOf(thread.id),
        k: 5,
      };
      if (settings.agent) payload.values.agent = settings.agent;
      if (settings.brand) payload.values.brand = settings.brand;
      try {
        const list = await pc.request('templates.suggest', payload);
        if (mine !== generation || signal.aborted) return;
        items = Array.isArray(list) ? list : [];
        render(items);
        panel().host.element.setAttribute('data-suggestions', String(items.length));
      } catch (err) {
        if (mine !== generation) return;
        items = [];
        panel().suggestions.replaceChildren(pc.el('h3', null, t('suggestionsHeading')));
        note('error', t('coreUnavailable', err.message));
      }
    }

    async function insert(index) {
      const item = items[index];
      const composer = app.currentComposer(adapter);
      if (!item || !composer) return;
      const text = withoutPlaceholders(item.text ?? '');
      const ok = await composer.insertText(text);
      if (!ok) {
        note('error', t('insertFailed'));
        return;
      }
      const markers = [...new Set(text.match(MARKER) ?? [])];
      if (markers.length) note('warn', t('replaceMarkers', markers.join(', ')));
      else note('note', t('inserted', item.title ?? item.id));
      pc.request('templates.chosen', { id: item.id, message }).catch(() => {});
    }

    app.watchComposers(adapter, signal);
    app.onComposer(app.safely('suggestions', (composer) => {
      forComposer = composer;
      panel().show(composer.element);
      load(composer).catch((err) => console.warn('Pronto: suggestions', err));
    }), signal);

    // Alt+Shift+S: open the list and focus it, from anywhere on the page.
    document.addEventListener('keydown', app.safely('suggestions', (event) => {
      if (!(event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyS')) return;
      const composer = app.currentComposer(adapter);
      if (!composer) return;
      event.preventDefault();
      event.stopPropagation();
      const p = panel();
      p.show(composer.element);
      const focusList = () => {
        if (options().length) setActive(active, true);
        else p.panel.focus?.();
      };
      if (forComposer?.element !== composer.element || !items.length) {
        forComposer = composer;
        load(composer).then(focusList).catch(() => {});
      } else {
        focusList();
      }
    }), { capture: true, signal });
  }

  globalThis.prontoContent.features.push({ id: 'suggestions', site: true, start });
})();
