// Copyright 2026 The Pronto Authors.
//
// Localised strings for content scripts and extension pages. chrome.i18n
// follows the browser's language only; Pronto's settings may choose another
// (settings.language), so the messages of the chosen language are read from
// the extension's own _locales/<lang>/messages.json, with chrome.i18n as the
// fallback. Classic script: sets globalThis.prontoI18n.
'use strict';

globalThis.prontoI18n ??= (() => {
  const supported = new Set(['en', 'it']);
  const catalogs = new Map();

  /** The browser's UI language, reduced to one Pronto speaks. */
  function browserLanguage() {
    try {
      const ui = (chrome.i18n.getUILanguage?.() ?? navigator.language ?? 'en').slice(0, 2).toLowerCase();
      return supported.has(ui) ? ui : 'en';
    } catch {
      return 'en';
    }
  }

  /** The language to show: the setting when it names one, else the browser's. */
  function resolve(setting) {
    return supported.has(setting) ? setting : browserLanguage();
  }

  async function catalog(lang) {
    if (!catalogs.has(lang)) {
      catalogs.set(lang, fetch(chrome.runtime.getURL(`_locales/${lang}/messages.json`))
        .then((response) => (response.ok ? response.json() : {}))
        .catch(() => ({})));
    }
    return catalogs.get(lang);
  }

  /** Fills a messages.json entry: $NAME$ placeholders whose content is $1…$9. */
  function format(entry, substitutions) {
    const placeholders = entry.placeholders ?? {};
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$\$/g, (whole, name) => {
      if (!name) return '$';
      const holder = placeholders[name.toLowerCase()];
      if (!holder) return whole;
      return String(holder.content).replace(/\$(\d)/g, (_, n) => String(substitutions[Number(n) - 1] ?? ''));
    });
  }

  /**
   * Resolves with a translator for `lang` ('auto' or missing: the browser's):
   * t(key, ...substitutions) → string, and t.lang.
   */
  async function translator(lang) {
    const chosen = resolve(lang);
    const messages = await catalog(chosen);
    const t = (key, ...substitutions) => {
      const subs = substitutions.map(String);
      const entry = messages[key];
      if (entry && typeof entry.message === 'string') return format(entry, subs);
      try {
        return chrome.i18n.getMessage(key, subs) || key;
      } catch {
        return key;
      }
    };
    t.lang = chosen;
    return t;
  }

  return { browserLanguage, resolve, translator, format };
})();
