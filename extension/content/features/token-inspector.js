// Copyright 2026 The Pronto Authors.
//
// Feature: token inspector. Under every text field marked data-pronto-inspect
// (the demo site and the test fixtures), shows how the wasm core segments the
// text: one chip a token with its kind and UTF-16 span. It is the first slice
// through every layer: page → content script → service worker → wasm → page.
'use strict';

globalThis.prontoContent ??= {};
globalThis.prontoContent.features ??= [];

(() => {
  const { request, createOverlay, el, t } = globalThis.prontoContent;

  const css = `
    :host { font: 13px/1.4 system-ui, sans-serif; color: #1c1e21; }
    .panel { margin: 6px 0; padding: 8px; border: 1px solid #d0d7de; border-radius: 8px; background: #f6f8fa; }
    .status { margin: 0 0 6px; color: #57606a; }
    .status.error { color: #a40e26; }
    ol { display: flex; flex-wrap: wrap; gap: 4px; margin: 0; padding: 0; list-style: none; }
    li { padding: 1px 6px; border-radius: 10px; background: #fff; border: 1px solid #d0d7de; }
    li[data-kind=emoji], li[data-kind=emoticon] { background: #fff8c5; }
    li[data-kind=mention], li[data-kind=hashtag] { background: #ddf4ff; }
    li[data-kind=url], li[data-kind=email] { background: #fbefff; }
    li[data-kind=punctuation], li[data-kind=symbol] { color: #57606a; }
    .kind { font-size: 10px; color: #57606a; margin-left: 4px; }
    @media (prefers-color-scheme: dark) {
      :host { color: #e6edf3; }
      .panel { background: #161b22; border-color: #30363d; }
      li { background: #0d1117; border-color: #30363d; }
      .status, .kind { color: #9da7b3; }
    }
  `;

  function textOf(field) {
    return 'value' in field && typeof field.value === 'string' ? field.value : field.innerText;
  }

  function render(root, tokens) {
    const list = el('ol');
    list.setAttribute('aria-label', t('tokensLabel'));
    for (const token of tokens) {
      const item = el('li', null, token.text);
      item.dataset.kind = token.kind;
      item.dataset.start = String(token.start);
      item.dataset.end = String(token.end);
      item.title = `${token.kind} ${token.start}–${token.end}`;
      item.append(el('span', 'kind', token.kind));
      list.append(item);
    }
    return list;
  }

  function attach(field, signal) {
    const root = createOverlay(field, 'token-inspector', css);
    const panel = el('section', 'panel');
    panel.setAttribute('role', 'status');
    panel.setAttribute('aria-live', 'polite');
    const status = el('p', 'status', t('tokensLoading'));
    panel.append(status, el('ol'));
    root.append(panel);

    let generation = 0;
    async function update() {
      const mine = ++generation;
      try {
        const { tokens } = await request('core.tokenize', { text: textOf(field) });
        if (mine !== generation || signal.aborted) return;  // a newer keystroke won
        status.className = 'status';
        status.textContent = t('tokensCount', String(tokens.length));
        panel.lastChild.replaceWith(render(root, tokens));
        panel.dataset.ready = 'true';
      } catch (err) {
        if (mine !== generation) return;
        status.className = 'status error';
        status.textContent = t('coreUnavailable', err.message);
      }
    }
    field.addEventListener('input', update, { signal });
    signal.addEventListener('abort', () => root.host.remove());
    update();
  }

  globalThis.prontoContent.features.push({
    id: 'token-inspector',
    selector: '[data-pronto-inspect]',
    attach,
  });
})();
