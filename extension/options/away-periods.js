// Copyright 2026 The Pronto Authors.
//
// The away-periods editor of the options page, beside the holidays: stretches
// when the whole team is away (a summer closure, an offsite), which the policy
// stores as absolute instants ({"from": ISO, "until": ISO}). The agent types
// wall-clock times in the policy's time zone (the form's zone, not the
// browser's); zone-time.js turns them into instants across DST changes, and
// the list shows every period back in that zone. Like the holidays, the list
// is saved with the rest of the settings (settings.set). Text via textContent.
import { instantToOffsetIso, instantToWallTime, parseInstant, wallTimeToInstant } from './zone-time.js';

const $ = (id) => document.getElementById(id);

/**
 * Wires the editor to #away-list, #away-from, #away-until, #away-add,
 * #away-error and #away-note. `translator()` gives the page's current t,
 * `zone()` the time zone chosen in the form. Returns {render(list), read(),
 * retranslate()}.
 */
export function createAwayPeriods({ el, translator, zone }) {
  const t = (...args) => translator()(...args);

  /** One period as the agent reads it: "29 Mar 2026, 01:30 CET – 04:00 CEST". */
  function describe(fromMs, untilMs) {
    try {
      const format = new Intl.DateTimeFormat(translator().lang, {
        timeZone: zone(), year: 'numeric', month: 'short', day: 'numeric',
        hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short',
      });
      return format.formatRange(fromMs, untilMs);
    } catch {
      return `${new Date(fromMs).toISOString()} – ${new Date(untilMs).toISOString()}`;
    }
  }

  function hideError() {
    $('away-error').hidden = true;
    for (const id of ['away-from', 'away-until']) $(id).removeAttribute('aria-invalid');
  }

  function showError(inputId, text) {
    $('away-error').textContent = text;
    $('away-error').hidden = false;
    $(inputId).setAttribute('aria-invalid', 'true');
    $(inputId).focus();
  }

  /** Renders `list` (the policy's away entries, kept as stored) sorted by start. */
  function render(list) {
    const box = $('away-list');
    box.replaceChildren();
    $('away-hint').textContent = t('optionsAwayHint', zone());
    const periods = (Array.isArray(list) ? list : []).map((period) => ({
      period, fromMs: parseInstant(period?.from), untilMs: parseInstant(period?.until),
    }));
    periods.sort((a, b) => (a.fromMs || 0) - (b.fromMs || 0));
    for (const { period, fromMs, untilMs } of periods) {
      const readable = Number.isFinite(fromMs) && Number.isFinite(untilMs);
      const text = readable ? describe(fromMs, untilMs) : JSON.stringify(period);
      const item = el('li');
      item.dataset.period = JSON.stringify(period);  // untouched periods are saved as they were
      if (readable) {
        item.dataset.from = instantToWallTime(fromMs, zone());
        item.dataset.until = instantToWallTime(untilMs, zone());
      }
      const remove = el('button', { type: 'button' }, t('optionsShiftRemove'));
      remove.setAttribute('aria-label', t('optionsAwayRemove', text));
      remove.addEventListener('click', () => {
        const next = item.nextElementSibling?.querySelector('button') ?? item.previousElementSibling?.querySelector('button');
        item.remove();
        (next ?? $('away-from')).focus();
      });
      item.append(el('span', {}, text), remove);
      box.append(item);
    }
  }

  /** The periods in the list, as the policy stores them. */
  const read = () => [...$('away-list').querySelectorAll('li')].map((li) => JSON.parse(li.dataset.period));

  function add() {
    hideError();
    $('away-note').textContent = '';
    const timeZone = zone();
    const fromWall = $('away-from').value;
    const untilWall = $('away-until').value;
    if (!fromWall) return showError('away-from', t('optionsAwayMissing'));
    if (!untilWall) return showError('away-until', t('optionsAwayMissing'));
    let from;
    let until;
    try {
      from = wallTimeToInstant(fromWall, timeZone);
      until = wallTimeToInstant(untilWall, timeZone);
    } catch {
      return showError('away-from', t('optionsAwayBadZone', timeZone));
    }
    if (!from) return showError('away-from', t('optionsAwayMissing'));
    if (!until) return showError('away-until', t('optionsAwayMissing'));
    if (until.ms <= from.ms) return showError('away-until', t('optionsAwayOrder'));
    const notes = [[fromWall, from], [untilWall, until]]
      .filter(([, instant]) => instant.kind === 'gap')
      .map(([wall, instant]) => t('optionsAwayGap', wall.replace('T', ' '), timeZone,
        instantToWallTime(instant.ms, timeZone).replace('T', ' ')));
    const period = { from: instantToOffsetIso(from.ms, timeZone), until: instantToOffsetIso(until.ms, timeZone) };
    render([...read(), period]);
    $('away-note').textContent = notes.join(' ');
    $('away-from').value = '';
    $('away-until').value = '';
    $('away-from').focus();
  }

  $('away-add').addEventListener('click', add);
  for (const id of ['away-from', 'away-until']) {
    $(id).addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();  // not the settings form's submit: add the period
      add();
    });
  }
  // The same instants read differently in another zone: show them in the one chosen.
  $('time-zone').addEventListener('change', () => render(read()));

  return { render, read, retranslate: () => render(read()) };
}
