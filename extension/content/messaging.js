// Copyright 2026 The Pronto Authors.
//
// Content-script side of the message channels (see service-worker.js). The
// content scripts are unprivileged and thin: they never load wasm themselves.
'use strict';

globalThis.prontoContent ??= {};

/**
 * Sends a request on `channel` to the service worker and resolves with its
 * result, or rejects with an Error carrying the core's error code.
 */
globalThis.prontoContent.request = async function request(channel, payload = {}) {
  const response = await chrome.runtime.sendMessage({ ...payload, channel });
  if (!response) throw new Error(`Pronto: no answer on ${channel}`);
  if (!response.ok) {
    const err = new Error(response.error.message);
    err.code = response.error.code;
    throw err;
  }
  return response.result;
};
