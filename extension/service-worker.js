// Copyright 2026 The Pronto Authors.
//
// The module service worker hosts the wasm core. Content scripts never compile
// wasm (a strict page CSP would block it); they send text here and get results
// back. One block per message channel, each saying who may call it.
import { loadPronto, ProntoError } from './core/pronto.mjs';

// Module service workers may not use top-level await: start loading now and
// let every handler wait for the same promise. When Chrome stops and restarts
// the worker, this runs again and the core is loaded afresh.
const coreReady = loadPronto({ wasmUrl: chrome.runtime.getURL('core/pronto-core.wasm') });
coreReady.catch((err) => console.error('Pronto: the wasm core failed to load:', err));
// For the worker's DevTools console and the browser tests: `await prontoCore`.
globalThis.prontoCore = coreReady;

/** Handlers by channel. Each gets the message and returns a JSON-able value. */
const channels = {
  // core.tokenize — from Pronto's content scripts only: {text} → {tokens}.
  // The text stays inside the browser: it goes to the wasm core and nowhere else.
  async 'core.tokenize'(message) {
    if (typeof message.text !== 'string') {
      throw new ProntoError('bad_request', 'core.tokenize needs {text: string}');
    }
    const pronto = await coreReady;
    return { tokens: pronto.tokenize(message.text) };
  },

  // core.version — from any Pronto page or script: {} → {version}.
  async 'core.version'() {
    const pronto = await coreReady;
    return { version: pronto.version };
  },
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only this extension's own content scripts and pages may call the core.
  if (sender.id !== chrome.runtime.id || !message || typeof message.channel !== 'string') return false;
  const handler = Object.hasOwn(channels, message.channel) ? channels[message.channel] : null;
  if (!handler) {
    sendResponse({ ok: false, error: { code: 'unknown_channel', message: `no channel '${message.channel}'` } });
    return false;
  }
  handler(message, sender).then(
    (result) => sendResponse({ ok: true, result }),
    (err) => sendResponse({ ok: false, error: { code: err.code ?? 'internal', message: String(err.message ?? err) } }),
  );
  return true;  // the response is sent asynchronously
});
