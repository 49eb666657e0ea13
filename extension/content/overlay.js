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
 * `css` adopted as its stylesheet.
 */
globalThis.prontoContent.createOverlay = function createOverlay(anchor, name, css) {
  const host = document.createElement('pronto-overlay');
  host.setAttribute(globalThis.prontoContent.hostMark, name);
  host.setAttribute('data-pronto', name);
  host.style.cssText = 'all: initial; display: block; position: relative; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  anchor.after(host);
  return root;
};

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
