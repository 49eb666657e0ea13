// Copyright 2026 The Pronto Authors.
//
// Site adapter: Facebook Page inbox (Messenger-style), Meta Business Suite
// inbox (business.facebook.com/latest/inbox) and Page post comments. Every
// fragile selector and every localised label is data at the top of this file,
// each one naming the committed fixtures (tests/fixtures/facebook/) where it
// must match; the counts are asserted in tests/e2e/sites.test.mjs. Facebook's
// class names are atomic and change with every deploy: nothing here uses them.
//
// The adapter interface (identical in every file under content/sites/):
//
//   {
//     id: 'x' | 'facebook',
//     matches(location),          // true on the site's hosts and on its fixture pages (127.0.0.1, /facebook/…, /strict/facebook/…)
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

  /** Label variants by UI language. Fixtures: facebook/*.en.html (en), facebook/*.it.html (it). */
  const labels = {
    en: {
      // The conversation list. business-inbox.en.
      threadList: ['Chats', 'Conversations'],
      // The open conversation (prefix of "Conversation with <name>"). No en fixture: page-inbox is Italian.
      conversationPane: ['Conversation with '],
      // Its messages (prefix). business-inbox.en.
      messageList: ['Messages in conversation'],
      // Messenger composer (exact). No en fixture.
      messageComposer: ['Message'],
      // Business Suite reply field (prefix of "Reply in Messenger…"). business-inbox.en.
      businessComposer: ['Reply'],
      // Comment and reply articles (prefix of "Comment by <name> 2 hours ago"). comments.en.
      commentArticle: ['Comment by '],
      replyArticle: ['Reply by '],
      // Comment boxes (prefix of "Write a comment…", "Reply to <name>…"). comments.en (2).
      commentBox: ['Write a comment', 'Write a public comment', 'Reply to '],
      // A list preview of the Page's own last message. business-inbox.en (1 row).
      ownMessagePrefix: ['You: ', 'You sent '],
      // The screen-reader heading of the Page's own messages in the open conversation (exact). business-inbox.en.
      ownMessageHeading: ['You sent'],
    },
    it: {
      // page-inbox.it.
      threadList: ['Chat', 'Conversazioni'],
      // page-inbox.it.
      conversationPane: ['Conversazione con '],
      // page-inbox.it.
      messageList: ['Messaggi nella conversazione'],
      // page-inbox.it.
      messageComposer: ['Messaggio'],
      // No it fixture for Business Suite.
      businessComposer: ['Rispondi'],
      // comments.it.
      commentArticle: ['Commento di '],
      replyArticle: ['Risposta di '],
      // comments.it (1).
      commentBox: ['Scrivi un commento', 'Rispondi a '],
      // page-inbox.it (rows with a "Tu: " preview).
      ownMessagePrefix: ['Tu: ', 'Hai inviato '],
      // page-inbox.it.
      ownMessageHeading: ['Hai inviato'],
    },
  };
  const both = (key) => [...labels.en[key], ...labels.it[key]];
  const label = (key, operator = '^=') => kit.anyAttribute('aria-label', both(key), operator);

  /**
   * Every selector the adapter relies on. `requiredOn` lists the surfaces where
   * finding nothing means the layout changed. The fixtures each must match in
   * are named in the comments; the counts are in tests/e2e/sites.test.mjs.
   */
  const selectors = {
    // The conversation list. page-inbox.it (virtualised, recycled rows), business-inbox.en.
    threadList: { css: `[role="grid"]${label('threadList', '=')}`, requiredOn: ['page-inbox', 'business-inbox'] },
    // Its rows. page-inbox.it (6 recycled rows), business-inbox.en (4).
    threadRow: { css: `[role="grid"]${label('threadList', '=')} [role="row"]`, requiredOn: ['page-inbox', 'business-inbox'] },
    // A row's link, carrying the thread id (/messages/t/<id>/ or selected_item_id=<id>). Same fixtures as threadRow.
    threadLink: { css: ':is(a[href*="/messages/t/"], a[href*="selected_item_id="])' },
    // The open conversation in the list. page-inbox.it (1 before scrolling), business-inbox.en (2: the row and the active tab).
    selected: { css: ':is([aria-current="page"], [aria-selected="true"])' },
    // The open conversation (Messenger). page-inbox.it.
    conversationPane: { css: `[role="main"]${label('conversationPane')}` },
    // Its messages. page-inbox.it, business-inbox.en.
    messageList: { css: label('messageList'), requiredOn: ['page-inbox', 'business-inbox'] },
    // One message; its heading names the sender ("You sent" for the Page). page-inbox.it (4), business-inbox.en (3).
    messageRow: { css: `${label('messageList')} [role="row"]` },
    messageHeading: { css: `${label('messageList')} [role="row"] :is(h4, h5, [role="heading"])` },
    // Messenger's Lexical composer. page-inbox.it.
    messageComposer: {
      css: `[contenteditable="true"][role="textbox"]${label('messageComposer', '=')}`, requiredOn: ['page-inbox'],
    },
    // Business Suite's reply field. business-inbox.en.
    businessComposer: { css: `textarea${label('businessComposer')}`, requiredOn: ['business-inbox'] },
    // A top-level comment. comments.en (4), comments.it (3).
    commentArticle: { css: `[role="article"]${label('commentArticle')}`, requiredOn: ['comments'] },
    // A reply to a comment. comments.en (3), comments.it (1).
    replyArticle: { css: `[role="article"]${label('replyArticle')}` },
    // A comment's permalink, its text the visible time (?comment_id=…&reply_comment_id=…). comments.en/it.
    commentLink: { css: 'a[href*="comment_id="]', requiredOn: ['comments'] },
    // A comment's text. comments.en/it (one per comment or reply).
    commentBody: { css: '[role="article"] div[dir="auto"]' },
    // The Lexical comment boxes. comments.en (2: the post's and a reply box), comments.it (1).
    commentBox: {
      css: `div[contenteditable="true"][data-lexical-editor="true"]${label('commentBox')}`, requiredOn: ['comments'],
    },
    // The post's author link in its header: the Page itself. comments.en/it.
    postAuthor: { css: '[role="article"] :is(h2, h3) a[role="link"]' },
  };

  /** Real paths first, then the fixture pages that stand for them. */
  const surfacePaths = [
    ['business-inbox', [/^\/latest\/inbox(\/|$)/, /^\/(strict\/)?facebook\/business-inbox\./]],
    ['page-inbox', [/^\/messages\//, /\/inbox(\/|$)/, /^\/(strict\/)?facebook\/page-inbox\./]],
    ['comments', [/\/(posts|videos|photos|permalink)\b/, /story_fbid=/, /^\/(strict\/)?facebook\/comments\./]],
  ];
  const hosts = new Set(['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'business.facebook.com']);

  const first = (root, name) => {
    try {
      return root.querySelector(selectors[name].css);
    } catch {
      return null;
    }
  };
  const all = (root, name) => kit.all(root, selectors[name].css);
  const ownPrefixes = both('ownMessagePrefix');
  const ownHeadings = new Set(both('ownMessageHeading'));

  /**
   * Whether the open conversation shows a message of the Page's ("You sent"):
   * the Page has already written here, so the next reply continues it.
   */
  function pageWroteInOpenConversation(doc) {
    return all(doc, 'messageRow').some((row) => ownHeadings.has(kit.textOf(first(row, 'messageHeading'))));
  }

  function surface(doc) {
    try {
      const host = doc.location?.hostname ?? '';
      const path = `${doc.location?.pathname ?? ''}${doc.location?.search ?? ''}`;
      if (host === 'business.facebook.com') return 'business-inbox';
      if (first(doc, 'conversationPane') || first(doc, 'messageComposer')) return 'page-inbox';
      if (first(doc, 'businessComposer')) return 'business-inbox';
      if (first(doc, 'commentBox') || first(doc, 'commentArticle')) return 'comments';
      for (const [name, patterns] of surfacePaths) if (patterns.some((p) => p.test(path))) return name;
    } catch {
      // fall through: an unknown page is not a surface
    }
    return null;
  }

  /** The thread id in an inbox link, or null. */
  function threadIdOf(href) {
    const messenger = /\/messages\/t\/(\d+)/.exec(href ?? '');
    if (messenger) return `fb:thread:${messenger[1]}`;
    const business = /[?&]selected_item_id=(\d+)/.exec(href ?? '');
    return business ? `fb:thread:${business[1]}` : null;
  }

  /** One inbox row: name, preview, time; who sent last from the preview's prefix. */
  function inboxRow(row, now, where) {
    const link = first(row, 'threadLink');
    const id = threadIdOf(link?.getAttribute('href'));
    if (!id) throw new Error('row without a thread link');
    const runs = kit.textRuns(link);
    if (!runs.length) throw new Error('empty row');
    let timeRun = null;
    for (let i = runs.length - 1; i > 0 && !timeRun; i--) {
      if (kit.parseVisibleTime(runs[i].text, now) !== null) timeRun = runs[i];
    }
    const at = timeRun ? kit.parseVisibleTime(timeRun.text, now) : null;
    const previewRun = runs.filter((run) => run !== runs[0] && run !== timeRun).at(-1);
    const preview = kit.stripPrefix(previewRun?.text ?? '', ownPrefixes);
    const type = /[?&]thread_type=([A-Z_]+)/.exec(link.getAttribute('href'))?.[1] ?? '';
    return {
      id,
      element: row,
      customerName: runs[0].text,
      customerHandle: null,
      lastCustomerAt: preview.matched ? null : at,
      lastCustomerText: preview.matched ? null : preview.text,
      brandAnsweredLast: preview.matched,
      lastBrandAt: preview.matched ? at : null,
      followUp: preview.matched,
      channel: 'facebook',
      visibility: /COMMENT/.test(type) ? 'public' : 'private',
      surface: where,
    };
  }

  /** The Page's name: given by the caller, else the post header's author link. */
  function brandNameOf(root, options) {
    if (options.brandName) return options.brandName;
    return kit.textOf(first(root.ownerDocument ?? root, 'postAuthor')) || null;
  }

  /** One comment or reply article: {id, name, handle, at, text}. */
  function readComment(article, now) {
    const links = kit.all(article, selectors.commentLink.css)
      .filter((link) => link.closest('[role="article"]') === article);
    const permalink = links.find((link) => kit.parseVisibleTime(kit.textOf(link), now) !== null) ?? links[0];
    const href = permalink?.getAttribute('href') ?? '';
    const commentId = /[?&]reply_comment_id=(\d+)/.exec(href)?.[1] ?? /[?&]comment_id=(\d+)/.exec(href)?.[1];
    if (!commentId) throw new Error('comment without a permalink');
    const author = [...article.querySelectorAll('a[href]')]
      .find((link) => link !== permalink && link.closest('[role="article"]') === article && kit.textOf(link));
    const profile = author?.getAttribute('href') ?? '';
    const body = kit.all(article, selectors.commentBody.css).find((el) => el.closest('[role="article"]') === article);
    return {
      id: commentId,
      name: kit.textOf(author),
      handle: /profile\.php\?id=(\d+)/.exec(profile)?.[1] ?? /^\/([\w.]+)\/?(\?|$)/.exec(profile)?.[1] ?? null,
      at: kit.parseVisibleTime(kit.textOf(permalink), now),
      text: kit.textOf(body),
    };
  }

  /**
   * Threads of a post's comments: one a top-level comment by someone other
   * than the Page, with its replies (the comment's list item holds them).
   */
  function commentThreads(root, now, brandName) {
    const isBrand = (message) => !!brandName && message.name === brandName;
    return kit.collect(all(root, 'commentArticle'), (article) => {
      const comment = readComment(article, now);
      if (isBrand(comment)) return null;  // the Page's own comment is no customer's thread
      const holder = article.closest('li') ?? article.parentElement;
      const replies = kit.all(holder, selectors.replyArticle.css).map((reply) => readComment(reply, now));
      const messages = [comment, ...replies];
      const fromCustomers = messages.filter((m) => !isBrand(m));
      const fromBrand = messages.filter(isBrand);
      const lastCustomer = fromCustomers.at(-1);
      return {
        id: `fb:comment:${comment.id}`,
        element: article,
        customerName: comment.name,
        customerHandle: comment.handle,
        lastCustomerAt: lastCustomer.at,
        lastCustomerText: lastCustomer.text,
        brandAnsweredLast: isBrand(messages.at(-1)),
        lastBrandAt: fromBrand.at(-1)?.at ?? null,
        // The brand replied before the customer's last word in the thread.
        followUp: messages.slice(0, messages.lastIndexOf(lastCustomer)).some(isBrand),
        channel: 'facebook',
        visibility: 'public',
        surface: 'comments',
      };
    });
  }

  function threads(root = document, options = {}) {
    try {
      const doc = root.ownerDocument ?? root;
      const now = Number.isFinite(options.now) ? options.now : Date.now();
      const where = surface(doc);
      if (where === 'page-inbox' || where === 'business-inbox') {
        const rows = kit.collect(all(root, 'threadRow'), (row) => inboxRow(row, now, where));
        // A row shows only the last message; the open conversation shows them all.
        const open = openThread(doc);
        const openRow = rows.find((row) => row.id === open);
        if (openRow && !openRow.followUp) openRow.followUp = pageWroteInOpenConversation(doc);
        return rows;
      }
      if (where === 'comments') return commentThreads(root, now, brandNameOf(root, options));
    } catch {
      // never into the page
    }
    return Object.assign([], { skipped: 0 });
  }

  /** The open inbox thread: the selected row's link, else the URL. */
  function openThread(doc) {
    for (const link of all(doc, 'threadLink')) {
      if (link.matches(selectors.selected.css) || link.closest(selectors.selected.css)) {
        const id = threadIdOf(link.getAttribute('href'));
        if (id) return id;
      }
    }
    return threadIdOf(`${doc.location?.pathname ?? ''}${doc.location?.search ?? ''}`);
  }

  /** The comment a reply box answers (its list item's comment), or null for the post's own box. */
  function answeredComment(editor) {
    const holder = editor.closest('li');
    const article = holder && kit.all(holder, selectors.commentArticle.css)[0];
    if (!article) return null;
    try {
      return `fb:comment:${readComment(article, Date.now()).id}`;
    } catch {
      return null;
    }
  }

  function composer(root = document) {
    try {
      const doc = root.ownerDocument ?? root;
      const where = surface(doc);
      const names = where === 'comments' ? ['commentBox']
        : where === 'business-inbox' ? ['businessComposer']
          : ['messageComposer', 'businessComposer', 'commentBox'];
      const candidates = names.flatMap((name) => all(root, name)).filter(kit.isRendered);
      if (!candidates.length) return null;
      // The focused editor, else (on a post) the post's own box rather than a reply box.
      const element = candidates.find((el) => el.contains(doc.activeElement)) ??
        (where === 'comments' ? candidates.find((el) => answeredComment(el) === null) : undefined) ?? candidates[0];
      const threadId = where === 'comments' ? answeredComment(element) : openThread(doc);
      return kit.composer(element, threadId);
    } catch {
      return null;
    }
  }

  kit.registerAdapter({
    id: 'facebook',
    hosts,
    selectors,
    labels,
    languageHints: (language) => Object.entries(labels[language])
      .filter(([key]) => key !== 'ownMessagePrefix').flatMap(([, values]) => values),
    surface,
    threads,
    composer,
  });
})();
