// Copyright 2026 The Pronto Authors.
//
// Site-independent helpers for the site adapters (content/sites/*.js): reading
// visible times in Italian and English, reading the text runs of a list row,
// and the composer object that inserts text through input the site's editor
// understands and then checks that it landed. Every fragile selector and label
// stays in the site files; nothing here knows about X or Facebook.
//
// A classic script (content scripts are not modules): it sets
// globalThis.prontoContent.siteKit and must be listed before the site files.
'use strict';

globalThis.prontoContent ??= {};

globalThis.prontoContent.siteKit ??= (() => {
  const MINUTE = 60_000;
  const HOUR = 60 * MINUTE;
  const DAY = 24 * HOUR;

  // Words of visible times, both languages at once: a page in one language
  // quotes the other often enough, and no word means different units.
  const unitWords = new Map([
    ...['s', 'sec', 'secs', 'second', 'seconds', 'secondo', 'secondi'].map((w) => [w, 1000]),
    ...['m', 'min', 'mins', 'minute', 'minutes', 'minuto', 'minuti'].map((w) => [w, MINUTE]),
    ...['h', 'hr', 'hrs', 'hour', 'hours', 'ora', 'ore'].map((w) => [w, HOUR]),
    ...['d', 'day', 'days', 'g', 'gg', 'giorno', 'giorni'].map((w) => [w, DAY]),
    ...['w', 'wk', 'wks', 'week', 'weeks', 'sett', 'settimana', 'settimane'].map((w) => [w, 7 * DAY]),
  ]);
  const nowWords = new Set(['now', 'just now', 'adesso', 'ora', 'proprio ora', 'in questo momento']);
  const todayWords = new Set(['today', 'oggi']);
  const yesterdayWords = new Set(['yesterday', 'ieri']);
  const monthNames = [
    ['january', 'gennaio'], ['february', 'febbraio'], ['march', 'marzo'], ['april', 'aprile'],
    ['may', 'maggio'], ['june', 'giugno'], ['july', 'luglio'], ['august', 'agosto'],
    ['september', 'settembre'], ['october', 'ottobre'], ['november', 'novembre'], ['december', 'dicembre'],
  ];
  const weekdayNames = [
    ['sunday', 'domenica'], ['monday', 'lunedì'], ['tuesday', 'martedì'], ['wednesday', 'mercoledì'],
    ['thursday', 'giovedì'], ['friday', 'venerdì'], ['saturday', 'sabato'],
  ];
  const TIME = String.raw`(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?`;
  const AT = String.raw`(?:,?\s+(?:at|alle ore|alle|ore)\s+${TIME})?`;
  const relativePattern = /^(?:(\d+)\s*|(?:an?|una?)\s+|un')([a-z]+)\.?$/;
  const dayWordPattern = new RegExp(String.raw`^([a-zì]+)\.?${AT}$`);
  const bareTimePattern = new RegExp(`^${TIME}$`);
  const datePattern = new RegExp(
    String.raw`^(?:(\d{1,2})\s+([a-zì]+)\.?|([a-zì]+)\.?\s+(\d{1,2}))(?:,?\s+(\d{4}))?${AT}$`);

  /** Index in `names` of the entry one of whose words starts with `word` (3+ letters), or -1. */
  function namedIndex(names, word) {
    if (word.length < 3) return -1;
    return names.findIndex((variants) => variants.some((name) => name.startsWith(word)));
  }

  function hours24(h, m, meridiem) {
    let hour = Number(h);
    if (meridiem) hour = (hour % 12) + (meridiem.startsWith('p') ? 12 : 0);
    return { hour, minute: Number(m) };
  }

  /**
   * Reads a visible time ("2h", "3 min", "5 m", "2 ore fa", "an hour ago",
   * "ieri", "Yesterday at 10:15", "10:42 AM", "lun", "12 nov", "Nov 12, 2025
   * at 9:30") relative to `now` (UTC ms) in the page's time zone, and returns
   * UTC ms or null. A date without a time of day reads as its local midnight,
   * the earliest moment it can mean, so a reply timer never under-reports.
   */
  function parseVisibleTime(raw, now) {
    if (typeof raw !== 'string' || !Number.isFinite(now)) return null;
    let text = raw.toLowerCase().replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
    text = text.replace(/^(about|circa|ca\.)\s+/, '').replace(/\s+(ago|fa)$/, '');
    if (!text) return null;
    if (nowWords.has(text)) return now;

    const relative = relativePattern.exec(text);
    if (relative && unitWords.has(relative[2])) {
      const count = relative[1] === undefined ? 1 : Number(relative[1]);
      return now - count * unitWords.get(relative[2]);
    }

    const today = new Date(now);
    const localDay = (back, hour = 0, minute = 0) =>
      new Date(today.getFullYear(), today.getMonth(), today.getDate() - back, hour, minute).getTime();

    const bare = bareTimePattern.exec(text);
    if (bare) {
      const { hour, minute } = hours24(bare[1], bare[2], bare[3]);
      const at = localDay(0, hour, minute);
      return at > now + MINUTE ? localDay(1, hour, minute) : at;
    }

    const dayWord = dayWordPattern.exec(text);
    if (dayWord) {
      const [, word, h, m, meridiem] = dayWord;
      const { hour, minute } = h ? hours24(h, m, meridiem) : { hour: 0, minute: 0 };
      if (todayWords.has(word)) return localDay(0, hour, minute);
      if (yesterdayWords.has(word)) return localDay(1, hour, minute);
      const weekday = namedIndex(weekdayNames, word);
      if (weekday >= 0) return localDay((today.getDay() - weekday + 7) % 7 || 7, hour, minute);
    }

    const date = datePattern.exec(text);
    if (date) {
      const day = Number(date[1] ?? date[4]);
      const month = namedIndex(monthNames, date[2] ?? date[3]);
      if (month < 0 || day < 1 || day > 31) return null;
      const { hour, minute } = date[6] ? hours24(date[6], date[7], date[8]) : { hour: 0, minute: 0 };
      let year = date[5] ? Number(date[5]) : today.getFullYear();
      let at = new Date(year, month, day, hour, minute).getTime();
      if (!date[5] && at > now + DAY) at = new Date(--year, month, day, hour, minute).getTime();
      return at;
    }
    return null;
  }

  /** Reads a time element: its datetime attribute, else its visible text. */
  function timeOf(element, now) {
    if (!element) return null;
    const stamp = element.getAttribute('datetime');
    if (stamp) {
      const at = Date.parse(stamp);
      if (Number.isFinite(at)) return at;
    }
    return parseVisibleTime(textOf(element), now);
  }

  // What textOf() must walk node by node; without any of these under an
  // element its visible text is its textContent (one native call instead of a
  // tree walk with a script filter: most name, handle and body blocks).
  const needsWalk = 'img, br, [aria-hidden="true"]';

  /** Visible text of `element` with emoji images read from their alt text. */
  function textOf(element) {
    if (!element) return '';
    if (!element.querySelector(needsWalk)) return element.textContent.replace(/[ \t\u00a0]+/g, ' ').trim();
    let text = '';
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.nodeType === Node.ELEMENT_NODE && node.getAttribute('aria-hidden') === 'true'
        ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) text += node.data;
      else if (node.localName === 'img') text += node.getAttribute('alt') ?? '';
      else if (node.localName === 'br') text += '\n';
    }
    return text.replace(/[ \t\u00a0]+/g, ' ').trim();
  }

  /**
   * The text runs of a list row in reading order: text nodes and emoji images
   * under the same outermost span (else the same parent) form one run. Hidden nodes and separators
   * ("·") are left out. Each run is {text, element}.
   */
  function textRuns(row) {
    const runs = [];
    let last = null;
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.nodeType === Node.ELEMENT_NODE && node.getAttribute('aria-hidden') === 'true'
        ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let piece;
      if (node.nodeType === Node.TEXT_NODE) piece = node.data;
      else if (node.localName === 'img' && node.getAttribute('alt')) piece = node.getAttribute('alt');
      else continue;
      // Emoji images and the text around them sit in nested spans: the
      // outermost span below the row owns them all.
      let owner = node.parentElement;
      for (let el = owner; el && el !== row; el = el.parentElement) if (el.localName === 'span') owner = el;
      if (last && last.element === owner) last.text += piece;
      else if (piece.trim()) runs.push(last = { text: piece, element: owner });
    }
    return runs
      .map((run) => ({ ...run, text: run.text.replace(/\s+/g, ' ').trim() }))
      .filter((run) => run.text && run.text !== '·');
  }

  /** Returns `text` without the first of `prefixes` it starts with, and whether one matched. */
  function stripPrefix(text, prefixes) {
    for (const prefix of prefixes) {
      if (text.startsWith(prefix)) return { text: text.slice(prefix.length).trim(), matched: true };
    }
    return { text, matched: false };
  }

  /** Builds `:is([attr^="a"], [attr^="b"])` from label variants (quotes escaped). */
  function anyAttribute(attribute, values, operator = '=') {
    const quoted = values.map((v) => `[${attribute}${operator}"${v.replace(/["\\]/g, '\\$&')}"]`);
    return `:is(${quoted.join(', ')})`;
  }

  /** Counts elements matching `css` under `root`, 0 when the selector is invalid. */
  function count(root, css) {
    try {
      return root.querySelectorAll(css).length;
    } catch {
      return 0;
    }
  }

  /** Matches `css` under `root`, or an empty list when the selector is invalid. */
  function all(root, css) {
    try {
      return [...root.querySelectorAll(css)];
    } catch {
      return [];
    }
  }

  /** Whether `element` takes part in layout (not display:none, not detached). */
  function isRendered(element) {
    return element.isConnected && element.getClientRects().length > 0;
  }

  /** Which framework drives the editor `element`. */
  function editorKind(element) {
    if (element.localName === 'textarea' || element.localName === 'input') return 'textarea';
    if (element.getAttribute('data-lexical-editor') === 'true') return 'lexical';
    if (element.matches('.public-DraftEditor-content') || element.closest('.DraftEditor-root')) return 'draftjs';
    return 'contenteditable';
  }

  /** The deepest last position inside `element`, where typing at the end goes. */
  function endPoint(element) {
    let node = element;
    while (node.lastChild && node.lastChild.nodeName !== 'BR') node = node.lastChild;
    if (node.nodeType === Node.TEXT_NODE) return [node, node.data.length];
    if (node.lastChild) return [node, node.childNodes.length - 1];  // before a trailing <br>
    return [node, node.childNodes.length];
  }

  function focusAtEnd(element) {
    element.focus({ preventScroll: true });
    if ('setSelectionRange' in element && typeof element.value === 'string') {
      element.setSelectionRange(element.value.length, element.value.length);
      return;
    }
    const [node, offset] = endPoint(element);
    const range = document.createRange();
    range.setStart(node, offset);
    range.collapse(true);
    const selection = element.ownerDocument.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /** Waits until the editor has had a chance to commit and re-render (a frame, bounded). */
  function settle() {
    return new Promise((resolve) => {
      const done = () => setTimeout(resolve, 0);
      const timer = setTimeout(done, 50);
      requestAnimationFrame(() => {
        clearTimeout(timer);
        done();
      });
    });
  }

  function occurrences(haystack, needle) {
    let found = 0;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) found++;
    return found;
  }

  // The ways to hand text to an editor, each one a path the editor itself
  // handles; none of them writes the editor's DOM directly.
  const insertions = {
    paste(element, text) {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    beforeinput(element, text) {
      element.dispatchEvent(new InputEvent('beforeinput', {
        inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true,
      }));
    },
    execCommand(element, text) {
      element.ownerDocument.execCommand('insertText', false, text);
    },
    // Last resort for plain text fields only: the native value setter (which
    // frameworks' controlled inputs watch) followed by the input event they listen to.
    nativeValue(element, text) {
      const proto = Object.getPrototypeOf(element);
      const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
      const start = element.selectionStart ?? element.value.length;
      const end = element.selectionEnd ?? start;
      setter.call(element, element.value.slice(0, start) + text + element.value.slice(end));
      element.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true }));
    },
  };
  const insertionOrder = {
    textarea: ['execCommand', 'nativeValue'],
    draftjs: ['paste', 'beforeinput', 'execCommand'],
    lexical: ['paste', 'beforeinput', 'execCommand'],
    contenteditable: ['execCommand', 'paste', 'beforeinput'],
  };

  /**
   * The composer object of the adapter interface for the editor `element`.
   * getText() reads what the editor rendered from its own state; insertText()
   * tries the insertion paths in turn and stops at the first that changed the
   * editor, resolving true only if the text is now in it.
   */
  function composer(element, threadId) {
    const kind = editorKind(element);
    const getText = () => {
      if (kind === 'textarea') return element.value;
      return element.innerText.replace(/\u00a0/g, ' ').replace(/\n+$/, '');
    };
    return {
      element,
      kind,
      threadId,
      getText,
      async insertText(text) {
        try {
          if (typeof text !== 'string' || !text || !element.isConnected) return false;
          const before = getText();
          const had = occurrences(before, text);
          for (const way of insertionOrder[kind]) {
            focusAtEnd(element);
            try {
              insertions[way](element, text);
            } catch {
              continue;
            }
            await settle();
            const now = getText();
            if (occurrences(now, text) > had) return true;
            if (now !== before) return false;  // the editor changed but not as asked: never insert twice
          }
          return false;
        } catch {
          return false;
        }
      },
    };
  }

  /**
   * Runs `extract(item)` for every item, keeping the non-null results and
   * counting the items that threw; the result array carries `skipped`.
   */
  function collect(items, extract) {
    const out = [];
    let skipped = 0;
    for (const item of items) {
      try {
        const thread = extract(item);
        if (thread) out.push(thread);
      } catch {
        skipped++;
      }
    }
    out.skipped = skipped;
    return out;
  }

  /** Language from <html lang>, else the one whose labels match most elements. */
  function uiLanguage(doc, labelsByLanguage) {
    const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase().slice(0, 2);
    if (lang === 'it' || lang === 'en') return lang;
    let best = 'en';
    let bestCount = 0;
    for (const [language, values] of Object.entries(labelsByLanguage)) {
      const found = values.length ? count(doc, anyAttribute('aria-label', values, '^=')) : 0;
      if (found > bestCount) [best, bestCount] = [language, found];
    }
    return best;
  }

  /**
   * The health report of the adapter interface for `selectors` on `surface`;
   * with `requiredOnly`, just the selectors this surface requires (what the
   * layout notice needs: a few queries instead of one per selector).
   */
  function health(root, selectors, surface, requiredOnly = false) {
    return Object.entries(selectors)
      .map(([name, entry]) => ({ name, entry, required: surface !== null && (entry.requiredOn ?? []).includes(surface) }))
      .filter(({ required }) => required || !requiredOnly)
      .map(({ name, entry, required }) => ({ name, selector: entry.css, found: count(root, entry.css), required }));
  }

  /** Whether `location` is a fixture page of `site` on the loopback test server. */
  function isFixture(location, site) {
    return location.protocol === 'http:' && location.hostname === '127.0.0.1' &&
      new RegExp(`^/(strict/)?${site}/`).test(location.pathname);
  }

  /**
   * Registers a site adapter in prontoContent.sites with the parts every site
   * shares: matches() (its hosts over https, or its fixtures), uiLanguage()
   * from its label hints and health() over its selectors, each wrapped so
   * that nothing throws into the page.
   */
  function registerAdapter({ id, hosts, selectors, labels, languageHints, surface, threads, composer: findComposer }) {
    globalThis.prontoContent.sites ??= [];
    globalThis.prontoContent.sites.push({
      id,
      selectors,
      labels,
      matches(location) {
        try {
          return (hosts.has(location.hostname) && location.protocol === 'https:') || isFixture(location, id);
        } catch {
          return false;
        }
      },
      surface,
      uiLanguage(doc) {
        try {
          return uiLanguage(doc, { en: languageHints('en'), it: languageHints('it') });
        } catch {
          return 'en';
        }
      },
      threads,
      composer: findComposer,
      health(root = document, { requiredOnly = false } = {}) {
        try {
          return health(root, selectors, surface(root.ownerDocument ?? root), requiredOnly);
        } catch {
          return [];
        }
      },
    });
  }

  return {
    parseVisibleTime, timeOf, textOf, textRuns, stripPrefix, anyAttribute, count, all, isRendered,
    editorKind, composer, collect, uiLanguage, health, isFixture, registerAdapter,
  };
})();
