// Copyright 2026 The Pronto Authors.
//
// Starts every content feature, and never lets one throw into the page: a
// feature that fails is reported on the console and the others go on.
//
// Two kinds of feature (extension/content/features/*.js):
//   {id, selector, attach(node, signal)}  — attached to every matching node,
//                                           now and as the page adds them;
//   {id, site: true, start({adapter, app, signal})}
//                                         — started once on a page that a site
//                                           adapter (content/sites/*.js) matches
//                                           and that the settings leave switched
//                                           on (settings.sites[adapter.id]).
'use strict';

(() => {
  const { features, sites = [], app } = globalThis.prontoContent;
  const controller = new AbortController();
  const attached = new WeakSet();
  const nodeFeatures = features.filter((feature) => feature.selector);
  const siteFeatures = features.filter((feature) => feature.site);

  function scan(rootNode) {
    for (const feature of nodeFeatures) {
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

  // Site features: on the first adapter that claims this page, if switched on.
  let adapter = null;
  try {
    adapter = sites.find((site) => site.matches(location)) ?? null;
  } catch (err) {
    console.warn('Pronto: site detection failed', err);
  }
  if (!adapter || !app || !siteFeatures.length) return;

  let siteController = null;
  async function startSite() {
    const settings = await app.settings();
    const enabled = settings.sites?.[adapter.id] !== false;
    if (enabled && siteController) return;
    if (!enabled) {
      siteController?.abort();
      siteController = null;
      return;
    }
    siteController = new AbortController();
    for (const feature of siteFeatures) {
      try {
        const started = feature.start({ adapter, app, signal: siteController.signal });
        started?.catch?.((err) => console.warn(`Pronto: ${feature.id} could not start`, err));
      } catch (err) {
        console.warn(`Pronto: ${feature.id} could not start`, err);
      }
    }
  }
  startSite().catch((err) => console.warn('Pronto: site features could not start', err));
  app.onSettingsChange(() => startSite().catch(() => {}));
})();
