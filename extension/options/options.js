// Copyright 2026 The Pronto Authors.
//
// The options page: the SLA policy (reply-time thresholds, business hours per
// weekday with split shifts, holidays, away periods (away-periods.js), IANA
// time zone), the team's reply rules (a list and a form per rule with a "Try
// it" box, rules-editor.js; the rules as JSON), the UI language, the per-site
// switches, the agent and brand names; the template library (a list and a
// form per template, template-editor.js; the whole library as JSON; import a
// JSON or CSV file, export); and all of Pronto's data as one file. Every save goes through the
// worker (settings.set, templates.import, data.import), which changes nothing
// when the input is invalid; its error, naming the field, is shown next to
// that field and what the user typed stays in the form. Text only through
// textContent. An ES module: shared/i18n.js, a classic script, runs first.
import { createAwayPeriods } from './away-periods.js';
import { createRulesEditor } from './rules-editor.js';
import { createTemplateEditor } from './template-editor.js';

(async () => {
  const $ = (id) => document.getElementById(id);
  const el = (tag, props = {}, text) => {
    const node = Object.assign(document.createElement(tag), props);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const ask = async (channel, payload = {}) => {
    const response = await chrome.runtime.sendMessage({ ...payload, channel });
    if (!response) throw new Error(`no answer on ${channel}`);
    if (!response.ok) throw Object.assign(new Error(response.error.message), { code: response.error.code });
    return response.result;
  };
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

  let settings = await ask('settings.get');
  let t = await globalThis.prontoI18n.translator(settings.language);

  function translatePage() {
    document.documentElement.lang = t.lang;
    document.title = t('optionsTitle');
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    renderHours(readHours());
    renderHolidays(readHolidays());
    away.retranslate();
    rules.retranslate();
    templateEditor.retranslate();
  }

  // ── Messages ──────────────────────────────────────────────────────────────
  function clearErrors() {
    $('error').hidden = true;
    for (const node of document.querySelectorAll('.field-error')) node.hidden = true;
    for (const node of document.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
  }
  function say(text) {
    $('status').textContent = text;
  }
  /** Shows the worker's error next to the field it names (settings.<field>: …) and focuses it. */
  function showError(err, fallbackBox = 'error') {
    say('');
    let field = /settings\.([\w.]+)/.exec(err.message)?.[1];
    if (field === 'rules') {
      rules.showError(err);  // beside the rule and field it names
      return;
    }
    // The core names policy parts as "hours.mon[1]", "holidays[0]", "away[0].until".
    const policyPart = field === 'policy' && /^settings\.policy: (?:field ')?(hours|holidays|away)\b/.exec(err.message)?.[1];
    if (policyPart) field = `policy.${policyPart}`;
    const target = field && (document.querySelector(`[data-field="${field}"]`) ??
      document.querySelector(`[data-field="${field.split('.').slice(0, 2).join('.')}"]`) ??
      document.querySelector(`[data-field="${field.split('.')[0]}"]`));
    const box = policyPart === 'away' ? $('away-error') : $(fallbackBox);
    box.textContent = t('optionsSaveFailed', err.message);
    box.hidden = false;
    if (target) {
      target.setAttribute('aria-invalid', 'true');
      (policyPart === 'away' ? $('away-from') : target).focus?.();
    }
  }

  // ── Business hours ────────────────────────────────────────────────────────
  function shiftRow(day, [from, to] = ['09:00', '18:00']) {
    const row = el('div', { className: 'shift' });
    const start = el('input', { type: 'time', value: from, required: true });
    start.setAttribute('aria-label', t('optionsShiftFrom', t(`day_${day}`)));
    start.dataset.role = 'from';
    const end = el('input', { type: 'time', value: to, required: true });
    end.setAttribute('aria-label', t('optionsShiftTo', t(`day_${day}`)));
    end.dataset.role = 'to';
    const remove = el('button', { type: 'button' }, t('optionsShiftRemove'));
    remove.setAttribute('aria-label', t('optionsShiftRemoveLabel', t(`day_${day}`)));
    remove.addEventListener('click', () => {
      const shifts = row.parentElement;
      row.remove();
      (shifts.querySelector('input') ?? shifts.closest('.day').querySelector('button.add')).focus();
      if (!shifts.childElementCount) shifts.append(el('span', { className: 'hint closed' }, t('optionsClosed')));
    });
    row.append(start, el('span', {}, '–'), end, remove);
    return row;
  }

  function renderHours(hours) {
    const box = $('hours');
    box.replaceChildren();
    for (const day of days) {
      const line = el('div', { className: 'day' });
      line.dataset.day = day;
      const name = el('span', { className: 'name', id: `day-${day}` }, t(`day_${day}`));
      const shifts = el('div', { className: 'shifts' });
      shifts.setAttribute('role', 'group');
      shifts.setAttribute('aria-labelledby', name.id);
      for (const shift of hours[day] ?? []) shifts.append(shiftRow(day, shift));
      if (!shifts.childElementCount) shifts.append(el('span', { className: 'hint closed' }, t('optionsClosed')));
      const add = el('button', { type: 'button', className: 'add' }, t('optionsShiftAdd'));
      add.setAttribute('aria-label', t('optionsShiftAddLabel', t(`day_${day}`)));
      add.addEventListener('click', () => {
        shifts.querySelector('.closed')?.remove();
        const last = [...shifts.querySelectorAll('input[data-role="to"]')].at(-1)?.value;
        const row = shiftRow(day, last ? [last, last < '14:00' ? '18:00' : '20:00'] : ['09:00', '18:00']);
        shifts.append(row);
        row.querySelector('input').focus();
      });
      line.append(name, shifts, add);
      box.append(line);
    }
  }

  function readHours() {
    const hours = {};
    for (const line of $('hours').querySelectorAll('.day')) {
      const shifts = [...line.querySelectorAll('.shift')].map((row) =>
        [row.querySelector('[data-role="from"]').value, row.querySelector('[data-role="to"]').value]);
      if (shifts.length) hours[line.dataset.day] = shifts;
    }
    return hours;
  }

  // ── Holidays ──────────────────────────────────────────────────────────────
  function renderHolidays(list) {
    const box = $('holidays');
    box.replaceChildren();
    for (const date of [...new Set(list)].sort()) {
      const item = el('li');
      item.dataset.date = date;
      const remove = el('button', { type: 'button' }, t('optionsShiftRemove'));
      remove.setAttribute('aria-label', t('optionsHolidayRemove', date));
      remove.addEventListener('click', () => {
        item.remove();
        $('holiday-new').focus();
      });
      item.append(el('span', {}, date), remove);
      box.append(item);
    }
  }
  const readHolidays = () => [...$('holidays').querySelectorAll('li')].map((li) => li.dataset.date);
  $('holiday-add').addEventListener('click', () => {
    const value = $('holiday-new').value;
    if (!value) return;
    renderHolidays([...readHolidays(), value]);
    $('holiday-new').value = '';
    $('holiday-new').focus();
  });

  // ── Away periods (away-periods.js), typed in the form's time zone ────────
  const away = createAwayPeriods({ el, translator: () => t, zone: () => $('time-zone').value || 'UTC' });

  // ── Team rules (rules-editor.js): saved with the settings ──────────────
  const rules = createRulesEditor({ el, ask, translator: () => t });

  // ── Time zones ────────────────────────────────────────────────────────────
  function fillTimeZones(current) {
    let zones = [];
    try {
      zones = Intl.supportedValuesOf('timeZone');
    } catch {
      zones = ['UTC', 'Europe/Rome', 'Europe/London'];
    }
    if (!zones.includes('UTC')) zones = ['UTC', ...zones];
    if (current && !zones.includes(current)) zones = [current, ...zones];
    $('time-zone').replaceChildren(...zones.map((zone) => el('option', { value: zone, selected: zone === current }, zone)));
  }

  // ── The settings form ─────────────────────────────────────────────────────
  function fill(value) {
    $('language').value = value.language ?? 'auto';
    $('agent').value = value.agent ?? '';
    $('brand').value = value.brand ?? '';
    $('site-x').checked = value.sites?.x !== false;
    $('site-facebook').checked = value.sites?.facebook !== false;
    const policy = value.policy ?? {};
    fillTimeZones(policy.timeZone);
    $('first-response').value = policy.firstResponseMinutes ?? '';
    $('next-response').value = policy.nextResponseMinutes ?? '';
    $('warning-fraction').value = Number.isFinite(policy.warningFraction) ? Math.round(policy.warningFraction * 100) : '';
    renderHours(policy.hours ?? {});
    renderHolidays(policy.holidays ?? []);
    away.render(policy.away ?? []);
    rules.load(value.rules);
  }

  /** The settings as typed; the rules' JSON syntax is checked by rules.read() (line and column). */
  function read() {
    const number = (id) => ($(id).value === '' ? NaN : Number($(id).value));
    const policy = {
      ...settings.policy,
      timeZone: $('time-zone').value,
      firstResponseMinutes: number('first-response'),
      nextResponseMinutes: number('next-response'),
      warningFraction: number('warning-fraction') / 100,
      hours: readHours(),
      holidays: readHolidays(),
      away: away.read(),
    };
    return {
      ...settings,
      language: $('language').value,
      agent: $('agent').value,
      brand: $('brand').value,
      sites: { x: $('site-x').checked, facebook: $('site-facebook').checked },
      policy,
      rules: rules.read(),
    };
  }

  $('settings-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    rules.clearError();
    say(t('optionsSaving'));
    try {
      const languageBefore = settings.language;
      const { settings: saved } = await ask('settings.set', { settings: read() });
      settings = saved;
      rules.load(saved.rules);
      if (saved.language !== languageBefore) {
        t = await globalThis.prontoI18n.translator(saved.language);
        const typed = read();
        translatePage();
        renderHours(typed.policy.hours);
      }
      say(t('optionsSaved'));
    } catch (err) {
      showError(err);  // the form keeps what was typed
    }
  });

  // ── Templates: the form editor (template-editor.js), JSON, files ─────────
  // The JSON box shows the editor's draft while it is open, unless the user
  // is editing the JSON itself.
  let jsonTyped = false;
  function showJson(library) {
    $('templates-json').value = JSON.stringify(library, null, 2);
    jsonTyped = false;
  }
  function syncJson() {
    if ($('templates-advanced').open && !jsonTyped) showJson(templateEditor.draft());
  }
  function showStored(library) {
    showJson(library);
    $('templates-count').textContent = t('optionsTemplatesCount', library.templates?.length ?? 0);
  }
  const templateEditor = createTemplateEditor({ el, ask, translator: () => t, onChange: syncJson, onSaved: showStored });
  $('templates-json').addEventListener('input', () => {
    jsonTyped = true;
  });
  $('templates-advanced').addEventListener('toggle', syncJson);

  async function loadTemplates() {
    const library = await ask('templates.get');
    showStored(library);
    templateEditor.load(library);
  }
  function showTemplatesError(err) {
    say('');
    $('templates-error').textContent = t('optionsImportFailed', err.message);
    $('templates-error').hidden = false;
    $('templates-json').setAttribute('aria-invalid', 'true');
  }
  async function importTemplates(text, format, mode) {
    clearErrors();
    try {
      const { report } = await ask('templates.import', { text, format, mode });
      say(t('optionsImported', report.added.length, report.updated.length, report.unchanged.length));
      await loadTemplates();
    } catch (err) {
      showTemplatesError(err);
    }
  }
  $('templates-save').addEventListener('click', () => importTemplates($('templates-json').value, 'json', 'replace'));
  // An import replaces the draft the form holds: unsaved edits are lost only
  // when the user says so.
  const mayDiscardEdits = () => !templateEditor.isDirty() || globalThis.confirm(t('optionsDiscardUnsaved'));
  // A data file replaces the settings too, team rules included.
  const mayDiscardAllEdits = () => (!templateEditor.isDirty() && !rules.isDirty()) ||
    globalThis.confirm(t('optionsDiscardUnsavedData'));
  $('templates-file').addEventListener('change', async () => {
    const file = $('templates-file').files[0];
    if (!file) return;
    if (!mayDiscardEdits()) {
      $('templates-file').value = '';
      return;
    }
    const text = await file.text();
    const format = /\.csv$/i.test(file.name) || file.type === 'text/csv' ? 'csv' : 'json';
    await importTemplates(text, format, $('templates-mode').value);
    $('templates-file').value = '';
  });

  function download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = el('a', { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  for (const format of ['json', 'csv']) {
    $(`templates-export-${format}`).addEventListener('click', async () => {
      try {
        const { text } = await ask('templates.export', { format });
        download(`pronto-templates.${format}`, text, format === 'csv' ? 'text/csv' : 'application/json');
      } catch (err) {
        showTemplatesError(err);
      }
    });
  }

  // ── All data ──────────────────────────────────────────────────────────────
  $('data-export').addEventListener('click', async () => {
    clearErrors();
    try {
      const { text } = await ask('data.export');
      download(`pronto-data-${new Date().toISOString().slice(0, 10)}.json`, text, 'application/json');
      say(t('optionsExported'));
    } catch (err) {
      showError(err, 'data-error');
    }
  });
  // The file a brand publishes for the <pronto-badge> widget on its site.
  $('badge-export').addEventListener('click', async () => {
    clearErrors();
    try {
      const { text } = await ask('badge.export');
      download('pronto-badge.json', text, 'application/json');
      say(t('optionsExported'));
    } catch (err) {
      showError(err, 'data-error');
    }
  });
  $('data-file').addEventListener('change', async () => {
    const file = $('data-file').files[0];
    if (!file) return;
    if (!mayDiscardAllEdits()) {
      $('data-file').value = '';
      return;
    }
    clearErrors();
    try {
      await ask('data.import', { text: await file.text() });
      settings = await ask('settings.get');
      t = await globalThis.prontoI18n.translator(settings.language);
      fill(settings);
      translatePage();
      fill(settings);
      await loadTemplates();
      say(t('optionsDataImported'));
    } catch (err) {
      $('data-error').textContent = t('optionsImportFailed', err.message);
      $('data-error').hidden = false;
    }
    $('data-file').value = '';
  });

  fill(settings);
  translatePage();
  fill(settings);
  try {
    await loadTemplates();
  } catch (err) {
    showTemplatesError(err);
  }
  document.body.dataset.ready = 'true';
})().catch((err) => {
  const box = document.getElementById('error');
  box.textContent = String(err.message ?? err);
  box.hidden = false;
});
