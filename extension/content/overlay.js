// Copyright 2026 The Pronto Authors.
//
// Overlay hosts: an element of Pronto's own with a shadow root, so page CSS
// never leaks in and Pronto's never leaks out. Styles are constructed
// stylesheets (allowed under a strict page style-src). Untrusted text only
// ever goes into textContent, never innerHTML.
'use strict';

globalThis.prontoContent ??= {};

/** The attribute that marks Pronto's hosts, random per page load. */
globalThis.prontoContent.hostMark = `data-pronto-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Creates an overlay host after `anchor` and returns its shadow root, with
 * `css` adopted as its stylesheet (parsed once per page, shared by the hosts).
 */
globalThis.prontoContent.createOverlay = (() => {
  const sheets = new Map();  // css text → one constructed stylesheet, shared by every host
  return function createOverlay(anchor, name, css) {
    const host = document.createElement('pronto-overlay');
    host.setAttribute(globalThis.prontoContent.hostMark, name);
    host.setAttribute('data-pronto', name);
    host.style.cssText = 'all: initial; display: block; position: relative; z-index: 2147483647;';
    const root = host.attachShadow({ mode: 'open' });
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    root.adoptedStyleSheets = [sheet];
    anchor.after(host);
    return root;
  };
})();

/** Creates an element with a class and text content (never HTML). */
globalThis.prontoContent.el = function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** Returns a page string in the browser's UI language (it or en). */
globalThis.prontoContent.t = function t(key, ...substitutions) {
  return chrome.i18n.getMessage(key, substitutions) || key;
};
