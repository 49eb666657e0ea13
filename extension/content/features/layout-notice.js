// Copyright 2026 The Pronto Authors.
//
// Feature: a discreet "site layout changed" notice. When the site adapter's
// health() reports a selector that this kind of page requires matching
// nothing, the site has most likely changed its markup: the launcher shows a
// dismissible notice naming what is missing, and the other features go on
// wherever they still find something. Checked at start and after page
// changes (debounced); the notice goes away by itself when the page recovers.
'use strict';

globalThis.prontoContent ??= {};
globalThis.prontoContent.features ??= [];

(() => {
  const pc = globalThis.prontoContent;

  function start({ adapter, app, signal }) {
    let t = (key) => key;
    let dismissed = '';
    let shown = '';

    function check() {
      const missing = adapter.health(document, { requiredOnly: true }).filter((entry) => entry.found === 0)
        .map((entry) => entry.name);
      const key = missing.join(',');
      const { notice } = app.launcher();
      if (!missing.length || key === dismissed) {
        notice.hidden = true;
        notice.removeAttribute('data-missing');
        shown = '';
        return;
      }
      if (key === shown && !notice.hidden) return;
      shown = key;
      const text = pc.el('span', 'text', t('layoutChanged', missing.join(', ')));
      const close = pc.el('button', 'dismiss', '✕');
      close.type = 'button';
      close.setAttribute('aria-label', t('layoutDismiss'));
      close.title = t('layoutDismiss');
      close.addEventListener('click', () => {
        dismissed = key;
        notice.hidden = true;
      });
      notice.replaceChildren(pc.el('span', 'icon', '⚠'), text, close);
      notice.firstChild.setAttribute('aria-hidden', 'true');
      notice.dataset.missing = key;
      notice.hidden = false;
    }

    const safeCheck = app.safely('layout notice', check);
    app.translator().then((value) => {
      t = value;
      safeCheck();
    }).catch(() => safeCheck());
    app.onPageChange(safeCheck, signal, 1000);
    signal.addEventListener('abort', () => { app.launcher().notice.hidden = true; });
  }

  globalThis.prontoContent.features.push({ id: 'layout-notice', site: true, start });
})();
