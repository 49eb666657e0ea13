// Copyright 2026 The Pronto Authors.
//
// Starts every content feature on the elements it applies to, now and as the
// page adds them. Nothing here may throw into the page: a feature that fails
// is reported on the console and the others go on.
'use strict';

(() => {
  const { features } = globalThis.prontoContent;
  const controller = new AbortController();
  const attached = new WeakSet();

  function scan(rootNode) {
    for (const feature of features) {
      let nodes;
      try {
        nodes = rootNode.querySelectorAll(feature.selector);
      } catch (err) {
        console.warn(`Pronto: ${feature.id} selector failed`, err);
        continue;
      }
      for (const node of nodes) {
        if (attached.has(node)) continue;
        attached.add(node);
        try {
          feature.attach(node, controller.signal);
        } catch (err) {
          console.warn(`Pronto: ${feature.id} could not start`, err);
        }
      }
    }
  }

  scan(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && node.localName !== 'pronto-overlay') scan(node.parentNode ?? node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
