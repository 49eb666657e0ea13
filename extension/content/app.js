// Copyright 2026 The Pronto Authors.
//
// The runtime that the site features (timer chips, suggestions, tone check,
// layout notice) share: settings and the UI language, the page clock, one
// debounced observer of page changes, the active composer, the small fixed
// launcher and the panel by the composer. Every piece of UI lives in a shadow
// root of Pronto's own (page CSS never reaches it), all text through
// textContent, and nothing here throws into the page.
//
// Classic script, listed after overlay.js and before the features.
'use strict';

globalThis.prontoContent ??= {};

globalThis.prontoContent.app ??= (() => {
  const pc = globalThis.prontoContent;
  const el = (tag, className, text) => pc.el(tag, className, text);

  /** Runs `fn`, reporting (never rethrowing) what it throws. */
  function safely(label, fn) {
    return (...args) => {
      try {
        const result = fn(...args);
        if (result && typeof result.catch === 'function') {
          return result.catch((err) => console.warn(`Pronto: ${label}`, err));
        }
        return result;
      } catch (err) {
        console.warn(`Pronto: ${label}`, err);
        return undefined;
      }
    };
  }

  // ── Clock ─────────────────────────────────────────────────────────────────
  // On the loopback fixture server only, `?pronto-now=<UTC ms>` pins the clock
  // so tests and benchmarks see fixed timers (a real site cannot set it).
  const pinnedNow = (() => {
    try {
      if (location.protocol !== 'http:' || location.hostname !== '127.0.0.1') return null;
      const value = Number(new URLSearchParams(location.search).get('pronto-now'));
      return Number.isFinite(value) && value > 0 ? value : null;
    } catch {
      return null;
    }
  })();
  const now = () => pinnedNow ?? Date.now();

  // ── Settings and language ─────────────────────────────────────────────────
  const defaults = { language: 'auto', sites: { x: true, facebook: true }, agent: '', brand: '' };
  let settingsPromise = null;
  let translatorPromise = null;
  const settingsListeners = new Set();

  function settings() {
    settingsPromise ??= pc.request('settings.get', {})
      .then((value) => ({ ...defaults, ...value, sites: { ...defaults.sites, ...(value?.sites ?? {}) } }))
      .catch(() => ({ ...defaults }));
    return settingsPromise;
  }

  /** The translator for the UI language (settings.language, else the browser's). */
  function translator() {
    translatorPromise ??= settings().then((value) => globalThis.prontoI18n.translator(value.language));
    return translatorPromise;
  }

  try {
    chrome.storage?.onChanged?.addListener((changes) => {
      if (!changes?.settings) return;  // events and usage are saved often: not a settings change
      settingsPromise = null;
      translatorPromise = null;
      for (const listener of settingsListeners) safely('settings listener', listener)();
    });
  } catch {
    // no storage events: settings are read once per page
  }
  const onSettingsChange = (listener, signal) => {
    settingsListeners.add(listener);
    signal?.addEventListener('abort', () => settingsListeners.delete(listener));
  };

  // ── Page changes ──────────────────────────────────────────────────────────
  // One observer for every feature: mutations inside Pronto's own hosts and
  // inside editors (typing) are not page changes.
  const pageListeners = new Set();
  let pageTimer = 0;
  let pageObserver = null;
  function isOwnOrEditor(node) {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    if (!element) return false;
    if (element.localName === 'pronto-overlay' || element.closest('pronto-overlay')) return true;
    return !!element.closest('[contenteditable="true"], textarea');
  }
  function onPageChange(listener, signal, delay = 250) {
    pageListeners.add({ listener, delay });
    const entry = [...pageListeners].at(-1);
    signal?.addEventListener('abort', () => pageListeners.delete(entry));
    if (pageObserver) return;
    pageObserver = new MutationObserver((records) => {
      const ours = (record) => {
        if (isOwnOrEditor(record.target)) return true;
        const nodes = [...record.addedNodes, ...record.removedNodes];
        return record.type === 'childList' && nodes.length > 0 &&
          nodes.every((node) => node.localName === 'pronto-overlay' || isOwnOrEditor(node));
      };
      if (records.every(ours)) return;
      clearTimeout(pageTimer);
      pageTimer = setTimeout(() => {
        for (const { listener: fn } of pageListeners) safely('page change', fn)();
      }, Math.min(...[...pageListeners].map((l) => l.delay)));
    });
    pageObserver.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  // ── Overlay hosts ─────────────────────────────────────────────────────────
  const sheets = new Map();
  /** One constructed stylesheet per name, shared by every host that adopts it. */
  function sheet(name, css) {
    if (!sheets.has(name)) {
      const value = new CSSStyleSheet();
      value.replaceSync(css);
      sheets.set(name, value);
    }
    return sheets.get(name);
  }

  /** A Pronto host element with an open shadow root adopting `sheetValue`. */
  function host(name, sheetValue, style) {
    const element = document.createElement('pronto-overlay');
    element.setAttribute(pc.hostMark, name);
    element.setAttribute('data-pronto', name);
    element.style.cssText = `all: initial; ${style}`;
    const root = element.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheetValue];
    return { element, root };
  }

  const baseCss = `
    :host { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1c1e21; }
    * { box-sizing: border-box; }
    button, select { font: inherit; color: inherit; }
    button { cursor: pointer; }
    :focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    [hidden] { display: none !important; }
    @media (prefers-color-scheme: dark) {
      :host { color: #e8eaed; }
      :focus-visible { outline-color: #a8c7fa; }
    }
  `;

  // ── Launcher: waiting count, the waiting panel, the layout notice ─────────
  let launcherValue = null;
  const launcherCss = `${baseCss}
    .bar { display: flex; flex-direction: column; align-items: flex-end; gap: 6px; }
    .launch { display: inline-flex; gap: 6px; align-items: center; padding: 6px 12px; border-radius: 18px;
      border: 1px solid #5f6368; background: #ffffff; color: #1c1e21; box-shadow: 0 2px 8px rgb(0 0 0 / 0.2); }
    .launch[data-breached="true"] { border-color: #b3261e; }
    .panel { width: min(380px, 92vw); max-height: 60vh; overflow: auto; padding: 10px; border-radius: 10px;
      border: 1px solid #5f6368; background: #ffffff; box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); }
    .notice { max-width: 380px; padding: 8px 10px; border-radius: 8px; border: 1px solid #8a5a00;
      background: #fff4d6; color: #4d3200; display: flex; gap: 8px; align-items: flex-start; }
    .notice button { border: 0; background: transparent; padding: 0 4px; }
    @media (prefers-color-scheme: dark) {
      .launch, .panel { background: #202124; color: #e8eaed; border-color: #9aa0a6; }
      .launch[data-breached="true"] { border-color: #f2b8b5; }
      .notice { background: #3b2a00; color: #ffe7a3; border-color: #ffd65c; }
    }
  `;
  function launcher() {
    if (launcherValue?.host.element.isConnected) return launcherValue;
    const { element, root } = host('launcher', sheet('launcher', launcherCss),
      'position: fixed; right: 16px; bottom: 16px; z-index: 2147483647;');
    const bar = el('div', 'bar');
    const notice = el('div', 'notice');
    notice.hidden = true;
    notice.setAttribute('role', 'status');
    const panel = el('section', 'panel');
    panel.hidden = true;
    const button = el('button', 'launch');
    button.type = 'button';
    button.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    bar.append(notice, panel, button);
    root.append(bar);
    (document.body ?? document.documentElement).append(element);
    launcherValue = { host: { element, root }, bar, notice, panel, button };
    return launcherValue;
  }

  // ── The panel by the composer ─────────────────────────────────────────────
  let panelValue = null;
  const panelCss = `${baseCss}
    .panel { width: 100%; padding: 8px 10px; border-radius: 10px; border: 1px solid #5f6368;
      background: #ffffff; box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); max-height: 50vh; overflow: auto; }
    header { display: flex; gap: 8px; align-items: center; margin-bottom: 6px; }
    header .title { font-weight: 600; margin-right: auto; }
    header button { border: 1px solid #5f6368; background: transparent; border-radius: 6px; padding: 2px 8px; }
    .status { display: inline-flex; gap: 4px; align-items: center; padding: 2px 8px; border-radius: 12px;
      font-weight: 600; border: 1px solid transparent; }
    .status[data-status="ok"] { background: #e6f4ea; color: #0d5323; border-color: #0d5323; }
    .status[data-status="review"] { background: #fff4d6; color: #5c3d00; border-color: #8a5a00; }
    .status[data-status="stop"] { background: #b3261e; color: #ffffff; border-color: #8c1d18; }
    .status[data-status="pending"], .status[data-status="error"] { background: #e8eaed; color: #3c4043; }
    h3 { font-size: 12px; margin: 8px 0 4px; text-transform: uppercase; letter-spacing: 0.04em; color: #4d5156; }
    ul { list-style: none; margin: 0; padding: 0; }
    .finding { padding: 6px 8px; border-left: 4px solid #5f6368; margin: 4px 0; background: #f8f9fa; border-radius: 4px; }
    .finding[data-severity="stop"] { border-left-color: #b3261e; }
    .finding[data-severity="warning"] { border-left-color: #b06000; }
    .finding[data-severity="info"] { border-left-color: #0b57d0; }
    .finding .sev { font-weight: 600; margin-right: 4px; }
    .finding .quote { font-style: italic; }
    .finding .fix { display: block; color: #3c4043; }
    .empty, .note { color: #4d5156; margin: 4px 0; }
    [role="option"] { padding: 6px 8px; border-radius: 6px; border: 1px solid transparent; margin: 3px 0; cursor: pointer; }
    [role="option"][aria-selected="true"] { border-color: #0b57d0; background: #e8f0fe; }
    .stitle { font-weight: 600; }
    .score { float: right; color: #4d5156; font-size: 11px; }
    .body { display: block; white-space: pre-wrap; margin: 2px 0; }
    mark.unfilled { background: #fff4d6; color: #5c3d00; border: 1px dashed #8a5a00; border-radius: 3px; padding: 0 2px; }
    .why { display: block; color: #4d5156; font-size: 12px; }
    .warn { color: #5c3d00; background: #fff4d6; padding: 4px 8px; border-radius: 6px; }
    .error { color: #8c1d18; }
    @media (prefers-color-scheme: dark) {
      .panel { background: #202124; border-color: #9aa0a6; }
      header button { border-color: #9aa0a6; }
      .status[data-status="ok"] { background: #0d2b18; color: #a8dab5; border-color: #a8dab5; }
      .status[data-status="review"] { background: #3b2a00; color: #ffe08a; border-color: #ffd65c; }
      .status[data-status="stop"] { background: #8c1d18; color: #ffffff; border-color: #f2b8b5; }
      .status[data-status="pending"], .status[data-status="error"] { background: #3c4043; color: #e8eaed; }
      h3, .empty, .note, .why, .score, .finding .fix { color: #bdc1c6; }
      .finding { background: #292a2d; }
      [role="option"][aria-selected="true"] { background: #0b2a5c; border-color: #a8c7fa; }
      mark.unfilled, .warn { background: #3b2a00; color: #ffe08a; border-color: #ffd65c; }
      .error { color: #f2b8b5; }
    }
  `;

  /**
   * The panel shown by the active composer: a header with the tone status,
   * a findings section and a suggestions section. Created on first use,
   * placed under the composer (absolutely, on the page), never inside it.
   */
  function composerPanel() {
    if (panelValue?.host.element.isConnected) return panelValue;
    const { element, root } = host('composer-panel', sheet('composer-panel', panelCss),
      'position: absolute; z-index: 2147483647; display: none; width: 360px;');
    const panel = el('section', 'panel');
    panel.setAttribute('role', 'region');
    const header = el('header');
    const title = el('span', 'title', 'Pronto');
    const status = el('span', 'status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    status.dataset.status = 'pending';
    const close = el('button', 'close', '✕');
    close.type = 'button';
    header.append(title, status, close);
    const findings = el('div', 'findings');
    const suggestions = el('div', 'suggestions');
    panel.append(header, findings, suggestions);
    root.append(panel);
    (document.body ?? document.documentElement).append(element);

    let anchor = null;
    let placing = 0;
    const value = {
      host: { element, root },
      panel, status, findings, suggestions, close,
      get anchor() { return anchor; },
      get open() { return element.style.display !== 'none'; },
      /** Shows the panel under `editor` (a read of its box, then one write). */
      show(editor) {
        anchor = editor ?? anchor;
        if (!anchor) return;
        element.style.display = 'block';
        value.place();
      },
      hide() {
        element.style.display = 'none';
      },
      place() {
        if (placing || !anchor) return;
        placing = requestAnimationFrame(() => {
          placing = 0;
          if (!anchor?.isConnected || element.style.display === 'none') return;
          const box = anchor.getBoundingClientRect();
          const width = Math.max(300, Math.min(480, box.width));
          element.style.width = `${width}px`;
          element.style.left = `${Math.round(box.left + scrollX)}px`;
          element.style.top = `${Math.round(box.bottom + scrollY + 6)}px`;
        });
      },
    };
    close.addEventListener('click', () => {
      value.hide();
      anchor?.focus?.({ preventScroll: true });
    });
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        value.hide();
        anchor?.focus?.({ preventScroll: true });
      }
    });
    addEventListener('resize', () => value.place(), { passive: true });
    addEventListener('scroll', () => value.place(), { passive: true, capture: true });
    translator().then((t) => {
      panel.setAttribute('aria-label', t('panelLabel'));
      close.setAttribute('aria-label', t('panelClose'));
      close.title = t('panelClose');
    }).catch(() => {});
    panelValue = value;
    return value;
  }

  // ── The active composer ───────────────────────────────────────────────────
  const composerListeners = new Set();
  let active = null;
  let composerWatch = null;

  /** Tells the listeners when the focused editor changes (composer object, or null). */
  function watchComposers(adapter, signal) {
    if (composerWatch) return;
    composerWatch = adapter;
    const check = safely('composer', () => {
      // Only a focused text field or editor can be a composer: skip the search otherwise.
      const focus = document.activeElement;
      if (!focus || !(focus.isContentEditable || focus.localName === 'textarea' || focus.localName === 'input')) return;
      const found = adapter.composer(document);
      if (!found || !found.element.contains(focus)) return;
      if (active && active.element === found.element && active.threadId === found.threadId) return;
      active = found;
      for (const listener of composerListeners) safely('composer listener', listener)(found);
    });
    document.addEventListener('focusin', check, { capture: true, signal });
    check();
  }
  function onComposer(listener, signal) {
    composerListeners.add(listener);
    signal?.addEventListener('abort', () => composerListeners.delete(listener));
    if (active?.element.isConnected) safely('composer listener', listener)(active);
  }
  /** The focused composer, else the adapter's default one. */
  function currentComposer(adapter) {
    if (active?.element.isConnected) return active;
    try {
      active = adapter.composer(document);
    } catch {
      active = null;
    }
    return active;
  }

  /** The thread a composer answers, from the adapter's threads, or null. */
  function threadFor(adapter, composer) {
    if (!composer?.threadId) return null;
    try {
      return adapter.threads(document, { now: now() }).find((thread) => thread.id === composer.threadId) ?? null;
    } catch {
      return null;
    }
  }

  /** public or private: the thread's, else from the surface (DMs and inboxes are private). */
  function visibilityFor(adapter, thread) {
    if (thread?.visibility) return thread.visibility;
    const where = adapter.surface(document);
    return ['dm-legacy', 'dm-xchat', 'page-inbox', 'business-inbox'].includes(where) ? 'private' : 'public';
  }

  /** "Anna 🌸 Rossi" → "Anna": the first word with letters, capitalised. */
  function firstName(displayName) {
    if (typeof displayName !== 'string') return '';
    const word = displayName.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{M}'’-]/gu, ''))
      .find((w) => /\p{L}/u.test(w));
    if (!word) return '';
    return word.charAt(0).toLocaleUpperCase() + word.slice(1).toLocaleLowerCase();
  }

  return {
    safely, now, pinnedNow, settings, translator, onSettingsChange, onPageChange, sheet, host, baseCss,
    launcher, composerPanel, watchComposers, onComposer, currentComposer, threadFor, visibilityFor, firstName,
  };
})();
