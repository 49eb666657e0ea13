// Copyright 2026 The Pronto Authors.
//
// Site adapter: X / Twitter (x.com, twitter.com). Every fragile selector and
// every localised label is data at the top of this file, each one naming the
// committed fixtures (tests/fixtures/x/) where it must match; the counts are
// asserted in tests/e2e/sites.test.mjs.
//
// The adapter interface (identical in every file under content/sites/):
//
//   {
//     id: 'x' | 'facebook',
//     matches(location),          // true on the site's hosts and on its fixture pages (127.0.0.1, /x/…, /strict/x/…)
//     surface(document),          // 'notifications' | 'thread' | 'dm-legacy' | 'dm-xchat'
//                                 // | 'page-inbox' | 'business-inbox' | 'comments' | null
//     uiLanguage(document),       // 'it' | 'en', from <html lang> else from the label variants found
//     threads(root = document, { now, brandHandle, brandName } = {}),
//                                 // visible conversations: [{ id, element, customerName, customerHandle,
//                                 //   lastCustomerAt, lastCustomerText, brandAnsweredLast, lastBrandAt,
//                                 //   followUp, channel, visibility: 'public'|'private', surface }]
//                                 // followUp: the brand has already written to this customer in this
//                                 // conversation, as far as the page shows (a reply owes no new greeting)
//                                 // ids are stable across re-renders (read from links and attributes, never
//                                 // from element identity); times are UTC ms (time[datetime], else visible
//                                 // times read relative to `now`, default Date.now()); rows that fail are
//                                 // skipped and counted in the array's `skipped` property
//     composer(root = document),  // the active reply editor: { element, kind: 'draftjs'|'lexical'|'textarea'
//                                 //   |'contenteditable', threadId, getText(), async insertText(text) → bool } or null
//     health(root = document, { requiredOnly = false } = {}),
//                                 // [{ name, selector, found, required }] for a "site layout changed" notice
//                                 // (requiredOnly: only the selectors this surface requires)
//     selectors, labels,          // the data below, read-only, for tests and diagnostics
//   }
//
// Nothing here throws into the page, writes into the site's editor other than
// through input the editor handles, or sends text anywhere: the content script
// reads it and only the extension's own worker receives it.
'use strict';

globalThis.prontoContent ??= {};
globalThis.prontoContent.sites ??= [];

(() => {
  const kit = globalThis.prontoContent.siteKit;

  /** Label variants by UI language. Fixtures: x/*.en.html (en), x/*.it.html (it). */
  const labels = {
    en: {
      // A conversation-list preview of the account's own last message.
      // dm-legacy.en.html (1 row), dm-xchat.it.html has the it variant.
      ownMessagePrefix: ['You: ', 'You sent '],
      // aria-labels that tell the UI language when <html lang> is missing.
      // notifications.en.html, thread.en.html, dm-legacy.en.html.
      languageHints: ['Post text', 'Start a new message', 'Timeline: Notifications', 'Timeline: Conversation',
        'Timeline: Messages'],
    },
    it: {
      // dm-xchat.it.html (1 row).
      ownMessagePrefix: ['Tu: ', 'Hai inviato '],
      // notifications.it.html, dm-xchat.it.html.
      languageHints: ['Testo del post', 'Avvia un nuovo messaggio', 'Cronologia: Notifiche',
        'Cronologia: Conversazione', 'Messaggio'],
    },
  };

  /**
   * Every selector the adapter relies on. `requiredOn` lists the surfaces where
   * finding nothing means the layout changed. The fixtures each must match in
   * are named in the comments; the counts are in tests/e2e/sites.test.mjs.
   */
  const selectors = {
    // The timeline column. notifications.en/it, thread.en, dm-legacy.en (the conversation list).
    primaryColumn: { css: '[data-testid="primaryColumn"]', requiredOn: ['notifications', 'thread'] },
    // A post. notifications.en/it, thread.en (including one promoted post without a time link).
    tweet: { css: 'article[data-testid="tweet"]', requiredOn: ['thread'] },
    // The post a status page is about (X gives it tabindex=-1). thread.en.
    focalTweet: { css: 'article[data-testid="tweet"][tabindex="-1"]' },
    // Display name and @handle block of a post. notifications.en/it, thread.en.
    userName: { css: '[data-testid="User-Name"]', requiredOn: ['thread'] },
    // The status link's time; time.closest('a') carries the status id. notifications.en/it, thread.en.
    statusTime: { css: 'a[href*="/status/"] > time[datetime]', requiredOn: ['thread'] },
    // Post body. notifications.en/it, thread.en.
    tweetText: { css: '[data-testid="tweetText"]' },
    // Non-post notifications (likes, follows): never threads. notifications.en/it.
    notification: { css: 'article[data-testid="notification"]' },
    // The signed-in account's profile link: the brand's own handle. Every x fixture.
    profileLink: { css: 'a[data-testid="AppTabBar_Profile_Link"]' },
    // Avatars, named after the handle (UserAvatar-Container-<handle>). Every x fixture.
    avatar: { css: '[data-testid^="UserAvatar-Container-"]' },
    // The Draft.js reply box (tweetTextarea_0). thread.en.
    replyEditor: { css: '[data-testid^="tweetTextarea_"][contenteditable="true"]', requiredOn: ['thread'] },
    // Any Draft.js editor (Maskbook's fallback). thread.en, dm-legacy.en.
    draftEditor: { css: '.public-DraftEditor-content[contenteditable="true"]' },
    // Older DMs: the conversation list rows. dm-legacy.en.
    conversation: { css: '[data-testid="conversation"]', requiredOn: ['dm-legacy'] },
    // Older DMs: the open conversation's messages. dm-legacy.en.
    dmTimeline: { css: '[data-testid="DM_timeline"]', requiredOn: ['dm-legacy'] },
    // Older DMs: one message. dm-legacy.en.
    messageEntry: { css: '[data-testid="messageEntry"]' },
    // Older DMs: the Draft.js composer. dm-legacy.en.
    dmComposer: { css: '[data-testid="dmComposerTextInput"][contenteditable="true"]', requiredOn: ['dm-legacy'] },
    // X Chat: the whole chat UI. dm-xchat.it.
    xchatContainer: { css: '[data-testid="dm-container"]', requiredOn: ['dm-xchat'] },
    // X Chat: conversation list items (dm-conversation-item-<id>). dm-xchat.it.
    xchatItem: { css: '[data-testid^="dm-conversation-item-"]', requiredOn: ['dm-xchat'] },
    // X Chat: the open conversation's messages. dm-xchat.it.
    xchatMessages: { css: '[data-testid="dm-message-list"]' },
    // X Chat: the composer, a plain text field. dm-xchat.it.
    xchatComposer: { css: '[data-testid="dm-container"] textarea', requiredOn: ['dm-xchat'] },
    // The open conversation in a list. dm-legacy.en (1), dm-xchat.it (1).
    selected: { css: ':is([aria-selected="true"], [aria-current="page"], [aria-current="true"])' },
  };

  /** Real paths first, then the fixture pages that stand for them. */
  const surfacePaths = [
    ['dm-xchat', [/^\/i\/chat(\/|$)/, /^\/(strict\/)?x\/dm-xchat\./]],
    ['dm-legacy', [/^\/messages(\/|$)/, /^\/(strict\/)?x\/dm-legacy\./]],
    ['notifications', [/^\/notifications(\/|$)/, /^\/(strict\/)?x\/notifications\./]],
    ['thread', [/^\/[^/]+\/status\/\d+/, /^\/(strict\/)?x\/thread\./]],
  ];
  const hosts = new Set(['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com']);

  const first = (root, name) => {
    try {
      return root.querySelector(selectors[name].css);
    } catch {
      return null;
    }
  };
  const all = (root, name) => kit.all(root, selectors[name].css);
  const ownPrefixes = [...labels.en.ownMessagePrefix, ...labels.it.ownMessagePrefix];
  const handleFrom = (href) => /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(href ?? '')?.[1] ?? null;
  const sameHandle = (a, b) => !!a && !!b && a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();

  function surface(doc) {
    try {
      if (first(doc, 'xchatContainer')) return 'dm-xchat';
      if (first(doc, 'dmTimeline') || first(doc, 'dmComposer') || first(doc, 'conversation')) return 'dm-legacy';
      if (first(doc, 'focalTweet')) return 'thread';
      if (first(doc, 'notification')) return 'notifications';
      const path = doc.location?.pathname ?? '';
      for (const [name, patterns] of surfacePaths) if (patterns.some((p) => p.test(path))) return name;
    } catch {
      // fall through: an unknown page is not a surface
    }
    return null;
  }

  /** The signed-in account's handle (no @), or null. */
  function brandHandleOf(root) {
    const doc = root.ownerDocument ?? root;
    return handleFrom(first(doc, 'profileLink')?.getAttribute('href'));
  }

  /** Reads one post: {id, handle, name, at, text} or null when it is not a status (ads). */
  function readTweet(article, now) {
    const time = first(article, 'statusTime');
    const link = time?.closest('a');
    const statusId = /\/status\/(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1];
    if (!statusId) throw new Error('post without a status link');
    const nameBlock = first(article, 'userName');
    const texts = [];  // the name block's link texts, each read once
    for (const a of nameBlock ? nameBlock.querySelectorAll('a[href]') : []) if (!a.querySelector('time')) texts.push(kit.textOf(a));
    const handleText = texts.find((text) => text.startsWith('@'));
    const nameText = texts.find((text) => text && !text.startsWith('@'));
    const handle = handleText?.slice(1) ?? /^\/([^/]+)\/status\//.exec(link.getAttribute('href'))?.[1] ?? null;
    return {
      id: `x:status:${statusId}`,
      handle,
      name: nameText ?? handle,
      at: kit.timeOf(time, now),
      text: kit.textOf(first(article, 'tweetText')),
      element: article,
    };
  }

  /**
   * Threads of a timeline of posts. Every post by someone else is a thread; a
   * post of the brand's directly below a customer's post (X draws replies
   * under their parent) answers it. On a conversation page, a customer's post
   * below a brand post that answered an earlier post of theirs is a follow-up.
   */
  function tweetThreads(root, now, brand, where) {
    const posts = [];
    const rows = kit.collect(all(root, 'tweet'), (article) => {
      if (article.parentElement?.closest(selectors.tweet.css)) return null;  // a quoted post
      const post = readTweet(article, now);
      posts.push(post);
      return post;
    });
    const threads = [];
    const key = (handle) => handle.replace(/^@/, '').toLowerCase();  // as sameHandle compares
    const seen = new Set();      // customers with a post so far
    const answered = new Set();  // customers with a post above a brand post
    posts.forEach((post, i) => {
      if (sameHandle(post.handle, brand)) {
        for (const handle of seen) answered.add(handle);
        return;
      }
      const next = posts[i + 1];
      const answeredNow = !!next && sameHandle(next.handle, brand) && !(next.at < post.at);
      const followUp = where === 'thread' && !!post.handle && answered.has(key(post.handle));
      if (post.handle) seen.add(key(post.handle));
      threads.push({
        id: post.id,
        element: post.element,
        customerName: post.name,
        customerHandle: post.handle ? `@${post.handle}` : null,
        lastCustomerAt: post.at,
        lastCustomerText: post.text,
        brandAnsweredLast: answeredNow,
        lastBrandAt: answeredNow ? next.at : null,
        followUp,
        channel: 'x',
        visibility: 'public',
        surface: where,
      });
    });
    threads.skipped = rows.skipped;
    return threads;
  }

  /** One DM list row: name, @handle, time and preview, whoever sent it last. */
  function dmRow(row, id, now, where) {
    const runs = kit.textRuns(row);
    if (!runs.length) throw new Error('empty conversation row');
    const timeElement = row.querySelector('time');
    const timeRun = timeElement
      ? runs.find((run) => timeElement.contains(run.element))
      : runs.find((run, i) => i > 0 && kit.parseVisibleTime(run.text, now) !== null);
    const at = timeElement ? kit.timeOf(timeElement, now) : kit.parseVisibleTime(timeRun?.text, now);
    const handleRun = runs.find((run) => /^@\w+$/.test(run.text));
    const avatar = first(row, 'avatar')?.getAttribute('data-testid')?.slice('UserAvatar-Container-'.length);
    const rest = runs.filter((run) => run !== runs[0] && run !== timeRun && run !== handleRun);
    const preview = kit.stripPrefix(rest.at(-1)?.text ?? '', ownPrefixes);
    const handle = handleRun?.text ?? (avatar ? `@${avatar}` : null);
    return {
      id,
      element: row,
      customerName: runs[0].text,
      customerHandle: handle,
      lastCustomerAt: preview.matched ? null : at,
      lastCustomerText: preview.matched ? null : preview.text,
      brandAnsweredLast: preview.matched,
      lastBrandAt: preview.matched ? at : null,
      followUp: preview.matched,
      channel: 'x',
      visibility: 'private',
      surface: where,
    };
  }

  function legacyDmThreads(root, now) {
    return kit.collect(all(root, 'conversation'), (row) => {
      const href = row.querySelector('a[href*="/messages/"]')?.getAttribute('href') ?? '';
      const id = /\/messages\/([\w-]+)/.exec(href)?.[1];
      if (!id) throw new Error('conversation without a link');
      return dmRow(row, `x:dm:${id}`, now, 'dm-legacy');
    });
  }

  function xchatThreads(root, now) {
    return kit.collect(all(root, 'xchatItem'), (row) => {
      const id = row.getAttribute('data-testid').slice('dm-conversation-item-'.length);
      if (!id) throw new Error('conversation item without an id');
      return dmRow(row, `x:dm:${id}`, now, 'dm-xchat');
    });
  }

  function threads(root = document, options = {}) {
    try {
      const doc = root.ownerDocument ?? root;
      const now = Number.isFinite(options.now) ? options.now : Date.now();
      const where = surface(doc);
      const brand = options.brandHandle ?? brandHandleOf(root);
      if (where === 'notifications' || where === 'thread') return tweetThreads(root, now, brand, where);
      if (where === 'dm-legacy') return legacyDmThreads(root, now);
      if (where === 'dm-xchat') return xchatThreads(root, now);
    } catch {
      // never into the page
    }
    return Object.assign([], { skipped: 0 });
  }

  /** The conversation id of the open DM, from the URL or the selected row. */
  function openConversation(doc, where) {
    const fromPath = /\/messages\/([\w-]+)|\/i\/chat\/([\w-]+)/.exec(doc.location?.pathname ?? '');
    if (fromPath) return `x:dm:${fromPath[1] ?? fromPath[2]}`;
    const rows = where === 'dm-xchat' ? all(doc, 'xchatItem') : all(doc, 'conversation');
    const open = rows.find((row) => row.matches(selectors.selected.css) || row.querySelector(selectors.selected.css));
    if (!open) return null;
    if (where === 'dm-xchat') return `x:dm:${open.getAttribute('data-testid').slice('dm-conversation-item-'.length)}`;
    const id = /\/messages\/([\w-]+)/.exec(open.querySelector('a[href*="/messages/"]')?.getAttribute('href') ?? '')?.[1];
    return id ? `x:dm:${id}` : null;
  }

  /** The post a reply box answers: the nearest post above it. */
  function repliedPost(editor, root) {
    let answered = null;
    for (const article of all(root, 'tweet')) {
      if (article.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING) {
        try {
          answered = readTweet(article, Date.now()).id;
        } catch {
          // an ad above the box: keep the previous post
        }
      }
    }
    return answered;
  }

  function composer(root = document) {
    try {
      const doc = root.ownerDocument ?? root;
      const where = surface(doc);
      const candidates = [
        ...all(root, 'replyEditor'), ...all(root, 'dmComposer'), ...all(root, 'xchatComposer'),
        ...all(root, 'draftEditor'),
      ].filter((el, i, list) => list.indexOf(el) === i && kit.isRendered(el));
      if (!candidates.length) return null;
      const element = candidates.find((el) => el.contains(doc.activeElement)) ?? candidates[0];
      const threadId = where === 'dm-legacy' || where === 'dm-xchat'
        ? openConversation(doc, where) : repliedPost(element, root);
      return kit.composer(element, threadId);
    } catch {
      return null;
    }
  }

  kit.registerAdapter({
    id: 'x',
    hosts,
    selectors,
    labels,
    languageHints: (language) => labels[language].languageHints,
    surface,
    threads,
    composer,
  });
})();
