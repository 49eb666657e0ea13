// Copyright 2026 The Pronto Authors.
//
// Feature: live tone checks on the reply draft. As the agent types in the
// site's composer (adapter.composer()), the draft goes to the core
// (core.checkReply, with the conversation's channel, visibility, customer
// message and name as context); the words each finding is about are
// underlined with the CSS Custom Highlight API — ranges over the editor's own
// text nodes, nothing inserted into the editor — and the panel by the
// composer lists the findings (why, and what to do instead, in the UI
// language) under a one-glance status: ok, review or stop.
//
// At most one check is in flight; keystrokes while it runs are coalesced
// into one more check of the latest draft, and checks start at most every
// 60 ms, so a burst of typing costs a few requests and the last keystroke is
// always checked. Plain text fields (textarea) cannot carry highlights: there
// the findings list alone shows the words.
//
// Each check tells the core where the caret is: the word being typed is not
// finished, so "ass" on the way to "assist" or "tit" on the way to "title"
// does not flash a stop. When the core held something back there, the draft
// is checked again without the caret once the agent pauses (SETTLE_MS), so a
// last word left as it is still counts.
'use strict';

globalThis.prontoContent ??= {};
globalThis.prontoContent.features ??= [];

(() => {
  const pc = globalThis.prontoContent;
  const MIN_INTERVAL_MS = 60;
  const { SETTLE_MS } = globalThis.prontoTyping;  // shared/typing.js
  const severities = ['stop', 'warning', 'info'];
  const highlightName = (severity) => `pronto-${severity}`;
  const icons = { ok: '✓', review: '⚠', stop: '⛔', pending: '…', error: '!' };
  const severityIcons = { stop: '⛔', warning: '⚠', info: 'ℹ' };

  // ::highlight rules only, in a constructed sheet adopted by the document:
  // the page's own styles are untouched and a strict style-src allows it.
  let highlightSheet = null;
  function ensureHighlightStyles() {
    if (highlightSheet || typeof CSS === 'undefined' || !CSS.highlights) return;
    highlightSheet = new CSSStyleSheet();
    highlightSheet.replaceSync(`
      ::highlight(pronto-stop) { text-decoration: underline wavy #c5221f; text-decoration-thickness: 2px;
        background-color: rgb(197 34 31 / 0.14); }
      ::highlight(pronto-warning) { text-decoration: underline wavy #b06000; text-decoration-thickness: 2px;
        background-color: rgb(249 171 0 / 0.16); }
      ::highlight(pronto-info) { text-decoration: underline dotted #0b57d0; text-decoration-thickness: 2px; }
    `);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, highlightSheet];
  }

  function clearHighlights() {
    if (typeof CSS === 'undefined' || !CSS.highlights) return;
    for (const severity of severities) CSS.highlights.delete(highlightName(severity));
  }

  const isSpace = (ch) => /\s/.test(ch) || ch === '\u200b' || ch === '\ufeff';

  /**
   * The editor's text nodes, where each starts in their joined text, and for
   * each UTF-16 offset of `draft` (the text the composer reports, with line
   * breaks between blocks) its offset in that joined text; null when the DOM
   * does not hold the draft.
   */
  function textMap(editor, draft) {
    const nodes = [];
    const starts = [];
    let flat = '';
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node);
      starts.push(flat.length);
      flat += node.data;
    }
    const map = new Int32Array(draft.length + 1);
    let i = 0;
    let j = 0;
    while (i < draft.length) {
      const a = draft[i];
      const b = flat[j];
      if (b !== undefined && (a === b || (isSpace(a) && isSpace(b)))) {
        map[i++] = j++;
      } else if (isSpace(a)) {
        map[i++] = j;  // a line break the DOM draws with blocks, not characters
      } else if (b !== undefined && isSpace(b)) {
        j++;
      } else {
        return null;
      }
    }
    map[draft.length] = j;
    return { nodes, starts, map };
  }

  /**
   * Maps UTF-16 offsets of `draft` onto the editor's text nodes. Returns
   * locate(offset, atEnd) → [node, offset] or null when the DOM does not hold
   * the draft (then nothing is underlined rather than the wrong words).
   */
  function offsetMap(editor, draft) {
    const mapped = textMap(editor, draft);
    if (!mapped) return null;
    const { nodes, starts, map } = mapped;
    const locate = (offset, atEnd) => {
      const at = atEnd ? (offset > 0 ? map[offset - 1] + 1 : 0) : map[offset];
      // The last node starting at or before `at` (at its end when atEnd).
      let lo = 0;
      let hi = nodes.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const inside = atEnd ? starts[mid] < at || (at === 0 && mid === 0) : starts[mid] <= at;
        if (inside) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      if (found < 0) return null;
      const offsetInNode = Math.min(at - starts[found], nodes[found].data.length);
      if (!atEnd && offsetInNode === nodes[found].data.length && found + 1 < nodes.length) return [nodes[found + 1], 0];
      return [nodes[found], offsetInNode];
    };
    return nodes.length ? locate : null;
  }

  /**
   * Where the agent's caret is, as a UTF-16 offset of `draft`, or null: not
   * in this editor, or a selection rather than a caret. The core holds back
   * findings in the word at the caret until it is finished ("ass" on the way
   * to "assist").
   */
  function caretOffset(editor, draft) {
    if (!editor) return null;
    if (editor.localName === 'textarea' || editor.localName === 'input') {
      if (editor.ownerDocument.activeElement !== editor || editor.selectionStart !== editor.selectionEnd) return null;
      return Math.min(editor.selectionStart, draft.length);
    }
    const selection = editor.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed || !editor.contains(selection.anchorNode)) {
      return null;
    }
    const mapped = textMap(editor, draft);
    if (!mapped) return null;
    const before = editor.ownerDocument.createRange();
    before.setStart(editor, 0);
    before.setEnd(selection.anchorNode, selection.anchorOffset);
    const at = before.toString().length;  // the caret's place in the text nodes' joined text
    // The first draft offset at or after it.
    let lo = 0;
    let hi = draft.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mapped.map[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function applyHighlights(editor, draft, findings) {
    if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight === 'undefined') return 0;
    clearHighlights();
    if (!editor || editor.localName === 'textarea' || editor.localName === 'input') return 0;
    ensureHighlightStyles();
    const locate = offsetMap(editor, draft);
    if (!locate) return 0;
    const bySeverity = { stop: [], warning: [], info: [] };
    for (const finding of findings) {
      if (!(finding.end > finding.start) || !bySeverity[finding.severity]) continue;
      const start = locate(finding.start, false);
      const end = locate(finding.end, true);
      if (!start || !end) continue;
      try {
        bySeverity[finding.severity].push(new StaticRange({
          startContainer: start[0], startOffset: start[1], endContainer: end[0], endOffset: end[1],
        }));
      } catch {
        // a span the DOM cannot hold: listed, not underlined
      }
    }
    let count = 0;
    for (const severity of severities) {
      const ranges = bySeverity[severity];
      if (!ranges.length) continue;
      const highlight = new Highlight(...ranges);
      highlight.priority = 3 - severities.indexOf(severity);
      CSS.highlights.set(highlightName(severity), highlight);
      count += ranges.length;
    }
    return count;
  }

  function start({ adapter, app, signal }) {
    let composer = null;
    let observer = null;
    let context = {};
    let inFlight = false;
    let pending = false;
    let lastSentAt = -Infinity;
    let timer = 0;
    let settleTimer = 0;
    let rendered = { text: null, result: null };
    let checks = 0;
    let t = (key) => key;
    app.translator().then((value) => { t = value; }).catch(() => {});
    app.onSettingsChange(() => app.translator().then((value) => {
      t = value;
      if (rendered.result) render(rendered.text, rendered.result);
    }).catch(() => {}), signal);

    const panel = () => app.composerPanel();

    function setStatus(status, detail) {
      const node = panel().status;
      node.dataset.status = status;
      node.replaceChildren(pc.el('span', 'icon', icons[status] ?? ''), pc.el('span', 'label', t(`tone_${status}`)));
      node.firstChild.setAttribute('aria-hidden', 'true');
      node.title = detail ?? t(`tone_${status}_detail`);
      node.setAttribute('aria-label', `${t('toneStatusLabel')}: ${t(`tone_${status}`)}. ${node.title}`);
    }

    function render(text, result) {
      const lang = t.lang === 'it' ? 'it' : 'en';
      const { findings: section } = panel();
      const count = applyHighlights(composer?.element, text, result.findings);
      setStatus(result.status);
      const heading = pc.el('h3', null, t('toneFindings'));
      heading.id = 'pronto-findings-heading';
      const list = pc.el('ul');
      list.setAttribute('aria-labelledby', heading.id);
      const sorted = [...result.findings].sort((a, b) =>
        severities.indexOf(a.severity) - severities.indexOf(b.severity) || a.start - b.start);
      for (const finding of sorted) {
        const item = pc.el('li', 'finding');
        item.dataset.severity = finding.severity;
        item.dataset.rule = finding.rule;
        item.dataset.start = String(finding.start);
        item.dataset.end = String(finding.end);
        const sev = pc.el('span', 'sev', `${severityIcons[finding.severity] ?? ''} ${t(`severity_${finding.severity}`)}`);
        item.append(sev);
        const words = text.slice(finding.start, finding.end);
        if (words && finding.end - finding.start < text.length) {
          const quote = words.length > 60 ? `${words.slice(0, 57)}…` : words;
          item.append(pc.el('q', 'quote', quote), document.createTextNode(' '));
        }
        item.append(pc.el('span', 'message', finding.message?.[lang] ?? finding.message?.en ?? finding.rule));
        const fix = finding.suggestion?.[lang] ?? finding.suggestion?.en;
        if (fix) item.append(pc.el('span', 'fix', `→ ${fix}`));
        list.append(item);
      }
      if (!sorted.length) list.append(pc.el('li', 'empty', t('toneNoFindings')));
      section.replaceChildren(heading, list);
      // Why no greeting is asked: the core was told this continues a conversation.
      if (context.followUp) section.append(pc.el('p', 'note follow-up', t('toneFollowUp')));
      section.dataset.highlighted = String(count);
      rendered = { text, result };
      checks++;
      panel().host.element.setAttribute('data-checks', String(checks));
    }

    function clearAll() {
      clearHighlights();
      rendered = { text: null, result: null };
      panel().findings.replaceChildren();
      setStatus('pending', t('tone_empty_detail'));
    }

    async function run({ settled = false } = {}) {
      timer = 0;
      clearTimeout(settleTimer);
      settleTimer = 0;
      if (!composer || signal.aborted) return;
      const text = composer.getText();
      if (!text.trim()) {
        clearAll();
        return;
      }
      if (text === rendered.text && !settled) {
        applyHighlights(composer.element, text, rendered.result.findings);
        return;
      }
      inFlight = true;
      lastSentAt = performance.now();
      const mine = composer;
      const caret = settled ? null : caretOffset(composer.element, text);
      try {
        const result = await pc.request('core.checkReply',
          { draft: text, context: caret === null ? context : { ...context, caret } });
        if (mine === composer && !signal.aborted && composer.getText() === text) {
          render(text, result);
          if (result.deferred > 0) settleTimer = setTimeout(settle, SETTLE_MS);
        }
      } catch (err) {
        if (mine === composer) setStatus('error', t('coreUnavailable', err.message));
      } finally {
        inFlight = false;
      }
      if (pending || (composer && composer.getText() !== rendered.text)) {
        pending = false;
        schedule();
      }
    }

    // The agent paused with findings held back at the caret: check the same draft without it.
    function settle() {
      settleTimer = 0;
      if (inFlight || timer || !composer || composer.getText() !== rendered.text) return;
      run({ settled: true }).catch(() => {});
    }

    function schedule() {
      clearTimeout(settleTimer);
      settleTimer = 0;
      if (inFlight) {
        pending = true;
        return;
      }
      if (timer) return;
      const wait = Math.max(0, MIN_INTERVAL_MS - (performance.now() - lastSentAt));
      if (wait === 0) {
        timer = -1;
        run().catch(() => {});
      } else {
        timer = setTimeout(() => run().catch(() => {}), wait);
      }
    }

    function onEditorChange() {
      if (!composer) return;
      // The editor re-rendered the same text (new text nodes): move the underlines.
      if (rendered.result && composer.getText() === rendered.text) {
        applyHighlights(composer.element, rendered.text, rendered.result.findings);
        return;
      }
      schedule();
    }
    const onChange = app.safely('tone check', onEditorChange);

    app.watchComposers(adapter, signal);
    app.onComposer(app.safely('tone check', (found) => {
      observer?.disconnect();
      composer = found;
      rendered = { text: null, result: null };
      clearHighlights();
      const thread = app.threadFor(adapter, found);
      context = {
        channel: adapter.id,
        visibility: app.visibilityFor(adapter, thread),
        lang: 'auto',
      };
      if (thread?.lastCustomerText) context.message = thread.lastCustomerText;
      // The brand has already written to them here: no new greeting or name owed.
      if (thread?.followUp) context.followUp = true;
      // The check compares a first name with the draft's words: "Anna 🟡
      // Rossi" on the page is "Anna" in "Hi Anna,".
      const name = app.firstName(thread?.customerName);
      if (name) context.name = name;
      observer = new MutationObserver(onChange);
      observer.observe(found.element, { childList: true, subtree: true, characterData: true });
      found.element.addEventListener('input', onChange, { signal });
      panel().show(found.element);
      setStatus('pending', t('tone_empty_detail'));
      schedule();
    }), signal);

    signal.addEventListener('abort', () => {
      observer?.disconnect();
      clearTimeout(timer);
      clearTimeout(settleTimer);
      clearHighlights();
      panel().host.element.remove();
    });
  }

  globalThis.prontoContent.features.push({ id: 'tone-check', site: true, start });
})();
