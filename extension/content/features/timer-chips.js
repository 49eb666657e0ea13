// Copyright 2026 The Pronto Authors.
//
// Feature: reply timers. Every waiting thread or comment the site adapter
// finds (adapter.threads()) gets a chip — in a shadow-root host of Pronto's
// own at the start of the thread's row — saying how long the customer has
// waited and where that stands against the SLA: on time, due soon, overdue or
// paused (outside business hours), in colour, words and an icon. The values
// come from the core (timers.forThreads, one message for all the threads,
// with the SLA policy of the settings) every 30 s and when the page changes.
// A row's chip is made when the row comes within half a viewport of the
// screen (IntersectionObserver), so a 500-thread inbox makes a screenful of
// chips, not 500; between answers the chips near the screen tick once a
// second in one animation frame that only writes textContent (no layout
// reads). Customer and brand messages seen on the page are reported
// (events.observe) for the responsiveness stats. A launcher button opens the
// "waiting" panel: the waiting threads, most urgent or oldest first, each
// one a button that scrolls to the thread and opens it.
'use strict';

globalThis.prontoContent ??= {};
globalThis.prontoContent.features ??= [];

(() => {
  const pc = globalThis.prontoContent;
  const REFRESH_MS = 30_000;
  const SECOND = 1000;
  const MINUTE = 60 * SECOND;
  const HOUR = 60 * MINUTE;
  const DAY = 24 * HOUR;
  const icons = { ok: '◷', warning: '⚠', breached: '⛔', paused: '⏸' };
  // Where a thread's row keeps the link that opens it, by the adapters' own
  // link shapes (status pages, Messenger, Business Suite, comment permalinks).
  const openLink = 'a[href*="/status/"], a[href*="/messages/"], a[href*="selected_item_id="], a[href*="comment_id="]';

  const chipCss = `
    :host { font: 12px/1.3 system-ui, -apple-system, "Segoe UI", sans-serif; }
    .chip { display: inline-flex; gap: 4px; align-items: center; padding: 1px 8px; border-radius: 10px;
      border: 1px solid; font-weight: 600; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .chip[data-state="ok"] { background: #e6f4ea; color: #0d5323; border-color: #0d5323; }
    .chip[data-state="warning"] { background: #fff4d6; color: #5c3d00; border-color: #8a5a00; }
    .chip[data-state="breached"] { background: #b3261e; color: #ffffff; border-color: #8c1d18; }
    .chip[data-state="paused"] { background: #e8eaed; color: #3c4043; border-color: #5f6368; }
    .label { font-weight: 400; }
    @media (prefers-color-scheme: dark) {
      .chip[data-state="ok"] { background: #0d2b18; color: #a8dab5; border-color: #a8dab5; }
      .chip[data-state="warning"] { background: #3b2a00; color: #ffe08a; border-color: #ffd65c; }
      .chip[data-state="breached"] { background: #8c1d18; color: #ffffff; border-color: #f2b8b5; }
      .chip[data-state="paused"] { background: #3c4043; color: #e8eaed; border-color: #9aa0a6; }
    }
  `;
  const listCss = `
    h2 { font-size: 14px; margin: 0 0 6px; }
    .tools { display: flex; gap: 6px; align-items: center; margin-bottom: 6px; }
    ol { list-style: none; margin: 0; padding: 0; }
    li button { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; width: 100%; text-align: left;
      padding: 6px 8px; margin: 3px 0; border: 1px solid #c4c7c5; border-radius: 8px; background: transparent; }
    li button:hover { background: #f1f3f4; }
    .who { font-weight: 600; }
    .what { grid-column: 1 / -1; color: #4d5156; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .chip { display: inline-flex; gap: 4px; padding: 0 6px; border-radius: 10px; border: 1px solid; font-weight: 600;
      font-variant-numeric: tabular-nums; }
    .chip[data-state="ok"] { background: #e6f4ea; color: #0d5323; border-color: #0d5323; }
    .chip[data-state="warning"] { background: #fff4d6; color: #5c3d00; border-color: #8a5a00; }
    .chip[data-state="breached"] { background: #b3261e; color: #ffffff; border-color: #8c1d18; }
    .chip[data-state="paused"] { background: #e8eaed; color: #3c4043; border-color: #5f6368; }
    @media (prefers-color-scheme: dark) {
      li button { border-color: #5f6368; }
      li button:hover { background: #303134; }
      .what { color: #bdc1c6; }
      .chip[data-state="ok"] { background: #0d2b18; color: #a8dab5; border-color: #a8dab5; }
      .chip[data-state="warning"] { background: #3b2a00; color: #ffe08a; border-color: #ffd65c; }
      .chip[data-state="breached"] { background: #8c1d18; color: #ffffff; border-color: #f2b8b5; }
      .chip[data-state="paused"] { background: #3c4043; color: #e8eaed; border-color: #9aa0a6; }
    }
  `;

  /** "45s", "12m 05s", "2h 05m", "3d 4h": waited time, compact, to the second under an hour. */
  function formatWait(ms) {
    const value = Math.max(0, Math.floor(ms / SECOND) * SECOND);
    const two = (n) => String(n).padStart(2, '0');
    if (value < MINUTE) return `${value / SECOND}s`;
    if (value < HOUR) return `${Math.floor(value / MINUTE)}m ${two(Math.floor((value % MINUTE) / SECOND))}s`;
    if (value < DAY) return `${Math.floor(value / HOUR)}h ${two(Math.floor((value % HOUR) / MINUTE))}m`;
    return `${Math.floor(value / DAY)}d ${Math.floor((value % DAY) / HOUR)}h`;
  }

  /** The state and times of a timer `elapsed` ms after the core computed it. */
  function project(timer, elapsed) {
    if (timer.state === 'paused') return { ...timer };
    const waitedMs = timer.waitedMs + elapsed;
    const timeLeftMs = timer.timeLeftMs - elapsed;
    let { state } = timer;
    if (timeLeftMs <= 0) state = 'breached';
    else if (state === 'ok' && timer.warningAtMs !== undefined && waitedMs >= timer.warningAtMs) state = 'warning';
    return { ...timer, waitedMs, timeLeftMs, state };
  }

  function start({ adapter, app, signal }) {
    let t = (key) => key;
    // The first paint waits for the UI language, so that no chip is written twice.
    let translated = app.translator().then((value) => { t = value; }, () => {});
    const sheet = app.sheet('timer-chip', chipCss);
    // Every waiting thread's row on the page → {id, chip, near}: `near` says
    // whether the row is near the screen now; `chip` is made when it comes
    // near and dropped by a refresh that finds it far (see below).
    const rows = new Map();
    const pending = new Set();  // near rows still without a chip
    let timers = new Map();     // thread id → timer from the core
    let threads = [];
    let fetchedAt = 0;
    let sortBy = 'urgent';
    const reported = new Set();
    const REPORTED_MAX = 5000;  // the worker drops duplicates: this only saves messages
    let refreshing = false;
    let again = false;

    app.onSettingsChange(() => {
      translated = app.translator().then((value) => {
        t = value;
        for (const record of rows.values()) if (record.chip) record.chip.state = record.chip.text = '';
        paint();
      }, () => {});
      refresh();
    }, signal);

    function makeChip(row, id) {
      const { element, root } = app.host('timer-chip', sheet,
        'display: block; float: right; position: relative; margin: 2px 4px; z-index: 2;');
      element.dataset.thread = id;
      const chip = pc.el('span', 'chip');
      chip.setAttribute('role', 'img');
      const icon = pc.el('span', 'icon');
      icon.setAttribute('aria-hidden', 'true');
      const time = pc.el('span', 'time');
      const label = pc.el('span', 'label');
      chip.append(icon, time, label);
      root.append(chip);
      row.prepend(element);
      return { element, chip, icon, time, label, text: '', state: '' };
    }

    /** Writes one chip: only what changed, textContent and attributes only. */
    function write(entry, timer) {
      const shown = project(timer, timer.state === 'paused' ? 0 : app.now() - fetchedAt);
      const waited = formatWait(shown.waitedMs);
      if (shown.state !== entry.state) {
        entry.state = shown.state;
        entry.chip.dataset.state = shown.state;
        entry.element.dataset.state = shown.state;
        entry.icon.textContent = icons[shown.state] ?? '';
        entry.label.textContent = t(`timer_${shown.state}`);
        entry.text = '';  // the words of the label below name the state
      }
      if (waited !== entry.text) {
        entry.text = waited;
        entry.time.textContent = waited;
        const left = shown.state === 'paused' ? t('timerPausedDetail')
          : shown.timeLeftMs > 0 ? t('timerDueIn', formatWait(shown.timeLeftMs))
            : t('timerOverdueBy', formatWait(-shown.timeLeftMs));
        const words = `${t('timerWaited', waited)} · ${t(`timer_${shown.state}`)} · ${left}`;
        entry.chip.setAttribute('aria-label', words);
        entry.chip.title = words;
      }
    }

    // Chips are made lazily: a waiting row gets its chip when it comes within
    // half a viewport of the screen (an IntersectionObserver: no layout reads
    // of ours), at most CHUNK chips a task, so that a long inbox costs no long
    // task and offscreen rows cost nothing but their entry here. Only chips
    // near the screen are written, by the refreshes and by the tick; a
    // refresh takes the chips off the rows that have gone far.
    const CHUNK = 50;
    let flushTimer = 0;
    const observer = new IntersectionObserver((entries) => {
      for (const { target, isIntersecting } of entries) {
        const record = rows.get(target);
        if (!record) continue;
        record.near = isIntersecting;
        if (!isIntersecting) continue;
        const timer = timers.get(record.id);
        if (record.chip && timer) write(record.chip, timer);
        else if (!record.chip) pending.add(target);
      }
      clearTimeout(flushTimer);
      flush();
    }, { rootMargin: '50% 0px' });

    /** Makes up to CHUNK pending chips, and schedules the rest for another task. */
    function flush() {
      flushTimer = 0;
      if (signal.aborted) return;
      let made = 0;
      for (const row of pending) {
        if (made >= CHUNK) {
          flushTimer = setTimeout(flush, 0);
          return;
        }
        pending.delete(row);
        const record = rows.get(row);
        const timer = record && timers.get(record.id);
        if (!timer || record.chip || !record.near || !row.isConnected) continue;
        record.chip = makeChip(row, record.id);
        write(record.chip, timer);
        made++;
      }
    }

    function forget(row, record) {
      observer.unobserve(row);
      record.chip?.element.remove();
      rows.delete(row);
      pending.delete(row);
    }

    /** Tracks every waiting thread's row, writes the chips near the screen, drops the others. */
    function decorate() {
      const wanted = new Map();
      for (const thread of threads) {
        if (timers.has(thread.id) && thread.element?.isConnected) wanted.set(thread.element, thread.id);
      }
      for (const [row, record] of rows) if (!wanted.has(row)) forget(row, record);
      for (const [row, id] of wanted) {
        let record = rows.get(row);
        if (!record) {
          rows.set(row, record = { id, chip: null, near: false });
          observer.observe(row);  // its first report says whether it is near
          continue;
        }
        if (record.id !== id) {  // a recycled row now shows another thread
          record.id = id;
          if (record.chip) {
            record.chip.element.dataset.thread = id;
            record.chip.text = record.chip.state = '';
          }
        }
        const { chip } = record;
        if (chip && !record.near) {
          // Far from the screen since the last refresh: the chip goes (it comes
          // back when the row does), so chips stay a screenful however long the
          // inbox or the session.
          chip.element.remove();
          record.chip = null;
        } else if (chip) {
          if (!chip.element.isConnected) row.prepend(chip.element);  // the site re-rendered the row
          write(chip, timers.get(id));
        } else if (record.near) {
          pending.add(row);
        }
      }
      if (pending.size && !flushTimer) flushTimer = setTimeout(flush, 0);
    }

    // ── The waiting panel ───────────────────────────────────────────────────
    const launcherSheet = app.sheet('timer-list', listCss);
    function launcher() {
      const value = app.launcher();
      if (!value.host.root.adoptedStyleSheets.includes(launcherSheet)) {
        value.host.root.adoptedStyleSheets = [...value.host.root.adoptedStyleSheets, launcherSheet];
        value.button.hidden = false;
        value.button.addEventListener('click', () => togglePanel());
        value.panel.addEventListener('keydown', (event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            togglePanel(false);
          }
        });
      }
      return value;
    }

    function waitingList() {
      const list = threads.filter((thread) => timers.has(thread.id))
        .map((thread) => ({ thread, timer: project(timers.get(thread.id), app.now() - fetchedAt) }));
      if (sortBy === 'oldest') list.sort((a, b) => b.timer.waitedMs - a.timer.waitedMs);
      else {
        list.sort((a, b) => (b.timer.urgency ?? 0) - (a.timer.urgency ?? 0) ||
          (a.timer.timeLeftMs ?? 0) - (b.timer.timeLeftMs ?? 0) || b.timer.waitedMs - a.timer.waitedMs);
      }
      return list;
    }

    function openThread(thread) {
      const row = thread.element;
      if (!row?.isConnected) return;
      row.scrollIntoView({ block: 'center', behavior: 'auto' });
      const link = row.matches(openLink) ? row : row.querySelector(openLink);
      (link ?? row).click();
    }

    function renderPanel() {
      const { panel } = launcher();
      if (panel.hidden) return;
      const heading = pc.el('h2', null, t('waitingHeading'));
      heading.id = 'pronto-waiting-heading';
      panel.setAttribute('aria-labelledby', heading.id);
      const tools = pc.el('div', 'tools');
      const sortLabel = pc.el('label', null, t('waitingSort'));
      const select = pc.el('select');
      select.id = 'pronto-waiting-sort';
      sortLabel.htmlFor = select.id;
      for (const [value, key] of [['urgent', 'waitingSortUrgent'], ['oldest', 'waitingSortOldest']]) {
        const option = pc.el('option', null, t(key));
        option.value = value;
        option.selected = value === sortBy;
        select.append(option);
      }
      select.addEventListener('change', () => {
        sortBy = select.value;
        renderPanel();
        panel.querySelector('select')?.focus();
      });
      tools.append(sortLabel, select);
      const list = pc.el('ol');
      for (const { thread, timer } of waitingList()) {
        const item = pc.el('li');
        const button = pc.el('button');
        button.type = 'button';
        button.dataset.thread = thread.id;
        const chip = pc.el('span', 'chip', `${icons[timer.state] ?? ''} ${formatWait(timer.waitedMs)} ${t(`timer_${timer.state}`)}`);
        chip.dataset.state = timer.state;
        button.append(chip, pc.el('span', 'who', thread.customerName ?? thread.customerHandle ?? thread.id),
          pc.el('span', 'what', thread.lastCustomerText ?? ''));
        button.addEventListener('click', () => openThread(thread));
        item.append(button);
        list.append(item);
      }
      if (!list.childElementCount) list.append(pc.el('li', null, t('waitingNone')));
      panel.replaceChildren(heading, tools, list);
    }

    function togglePanel(open) {
      const { panel, button } = launcher();
      const show = open ?? panel.hidden;
      panel.hidden = !show;
      button.setAttribute('aria-expanded', String(show));
      if (show) {
        renderPanel();
        panel.querySelector('select')?.focus();
      } else {
        button.focus();
      }
    }

    function paintLauncher() {
      const { button } = launcher();
      const elapsed = app.now() - fetchedAt;
      let breached = 0;
      for (const timer of timers.values()) {
        if (timer.state === 'breached' || (timer.state !== 'paused' && timer.timeLeftMs - elapsed <= 0)) breached++;
      }
      const text = t('waitingButton', timers.size);
      if (button.textContent !== `⏱ ${text}`) button.textContent = `⏱ ${text}`;
      button.dataset.breached = String(breached > 0);
      button.dataset.count = String(timers.size);
      button.setAttribute('aria-label', breached ? t('waitingButtonBreached', timers.size, breached) : text);
    }

    function paint() {
      decorate();
      paintLauncher();
      renderPanel();
    }

    // ── Data: threads from the page, timers from the core ───────────────────
    /** Tells the worker the customer and brand messages not told before (for the stats). */
    function report(list) {
      const events = [];
      for (const thread of list) {
        for (const [kind, at] of [['customer', thread.lastCustomerAt], ['brand', thread.lastBrandAt]]) {
          if (!Number.isFinite(at)) continue;
          const key = `${thread.id}|${kind}|${at}`;
          if (reported.has(key)) continue;
          reported.add(key);
          events.push({ channel: thread.channel, thread: thread.id, kind, at });
        }
      }
      // Oldest keys go first: a long session on a scrolling inbox stays bounded.
      for (const key of reported) {
        if (reported.size <= REPORTED_MAX) break;
        reported.delete(key);
      }
      if (events.length) pc.request('events.observe', { events }).catch(() => {});
    }

    /** Reads the threads off the page, asks the core for their timers (one message), paints. */
    async function refresh() {
      if (signal.aborted) return;
      if (refreshing) {
        again = true;
        return;
      }
      refreshing = true;
      try {
        const now = app.now();
        threads = adapter.threads(document, { now });
        const asked = [];
        for (const thread of threads) {
          if (!Number.isFinite(thread.lastCustomerAt) && !thread.brandAnsweredLast) continue;
          asked.push({
            channel: thread.channel, id: thread.id, lastCustomerAt: thread.lastCustomerAt ?? null,
            brandAnsweredLast: !!thread.brandAnsweredLast, lastBrandAt: thread.lastBrandAt ?? null,
          });
        }
        const answer = asked.length ? pc.request('timers.forThreads', { threads: asked, now }) : null;
        report(threads);  // after the timers' request, which the chips wait for
        const result = answer ? await answer : { timers: [] };
        await translated;
        if (signal.aborted) return;
        timers = new Map((result.timers ?? []).map((timer) => [timer.id, timer]));
        fetchedAt = now;
        paint();
      } catch (err) {
        console.warn('Pronto: timers', err.message);
      } finally {
        refreshing = false;
        if (again) {
          again = false;
          refresh();
        }
      }
    }

    // The tick: one animation frame a second that writes the text of the
    // chips near the screen (textContent and attributes only, no layout reads).
    let frame = 0;
    const tick = setInterval(() => {
      if (frame || document.hidden || !timers.size || app.pinnedNow) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        for (const record of rows.values()) {
          const timer = record.near && record.chip && timers.get(record.id);
          if (timer) write(record.chip, timer);
        }
        paintLauncher();
      });
    }, SECOND);
    const poll = setInterval(() => refresh(), REFRESH_MS);
    app.onPageChange(() => refresh(), signal);
    signal.addEventListener('abort', () => {
      clearInterval(tick);
      clearInterval(poll);
      cancelAnimationFrame(frame);
      clearTimeout(flushTimer);
      observer.disconnect();
      for (const record of rows.values()) record.chip?.element.remove();
      rows.clear();
      pending.clear();
      app.launcher().button.hidden = true;
      app.launcher().panel.hidden = true;
    });
    refresh();
  }

  globalThis.prontoContent.features.push({ id: 'timer-chips', site: true, start, formatWait });
})();
