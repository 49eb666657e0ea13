// Copyright 2026 The Pronto Authors.
//
// The toolbar popup: today's waiting conversations and overdue ones, the
// response rate and times over the last 7 and 30 days, the badge level and
// what it would take to reach the next one (stats.get), in the UI language
// (settings.language, else the browser's). Text only through textContent.
'use strict';

(async () => {
  const $ = (id) => document.getElementById(id);
  const ask = async (channel, payload = {}) => {
    const response = await chrome.runtime.sendMessage({ ...payload, channel });
    if (!response) throw new Error(`no answer on ${channel}`);
    if (!response.ok) throw Object.assign(new Error(response.error.message), { code: response.error.code });
    return response.result;
  };

  let settings = { language: 'auto' };
  try {
    settings = await ask('settings.get');
  } catch {
    // the defaults: the browser's language
  }
  const t = await globalThis.prontoI18n.translator(settings.language);
  document.documentElement.lang = t.lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);

  const number = new Intl.NumberFormat(t.lang);
  const percent = new Intl.NumberFormat(t.lang, { style: 'percent', maximumFractionDigits: 0 });
  function duration(ms) {
    if (!Number.isFinite(ms) || ms < 0) return '–';
    const minutes = Math.round(ms / 60000);
    if (minutes < 1) return t('durationSeconds', Math.round(ms / 1000));
    if (minutes < 60) return t('durationMinutes', minutes);
    const hours = Math.floor(minutes / 60);
    if (hours < 24) return t('durationHours', hours, minutes % 60);
    return t('durationDays', Math.floor(hours / 24), hours % 24);
  }

  function fillWindow(suffix, metrics) {
    const overall = metrics?.overall ?? {};
    const rated = overall.rateSample > 0;
    $(`rate-${suffix}`).textContent = rated ? percent.format(overall.responseRate) : '–';
    const answered = overall.firstResponse?.count > 0;
    $(`typical-${suffix}`).textContent = answered ? duration(overall.firstResponse.fastest90MeanMs) : '–';
    $(`median-${suffix}`).textContent = answered ? duration(overall.firstResponse.medianMs) : '–';
    $(`sla-${suffix}`).textContent = overall.firstResponse?.count ? percent.format(overall.withinSlaShare ?? 0) : '–';
    $(`conv-${suffix}`).textContent = number.format(overall.conversations ?? 0);
  }

  try {
    const stats = await ask('stats.get', { lang: t.lang });
    $('waiting').textContent = number.format(stats.today.waiting);
    $('breaches').textContent = number.format(stats.today.breaches);
    $('breaches-tile').dataset.bad = String(stats.today.breaches > 0);
    fillWindow('7d', stats.windows['7d']);
    fillWindow('30d', stats.windows['30d']);
    const badge = stats.badge?.badge ?? {};
    $('badge-headline').textContent = t(`level_${badge.level}`) === `level_${badge.level}`
      ? (stats.badge?.headline ?? badge.level ?? '–') : t(`level_${badge.level}`);
    $('badge-headline').dataset.level = badge.level ?? '';
    $('badge-text').textContent = badge.text?.[t.lang] ?? stats.badge?.text ?? '';
    if (stats.badge?.svg) {
      const img = document.createElement('img');
      img.className = 'badge-img';
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(stats.badge.svg)}`;
      img.alt = $('badge-text').textContent || $('badge-headline').textContent;
      $('badge-text').after(img);
    }
    if (stats.next) {
      const wording = { sample: (n) => t('popupNeedSample', String(n.count)), rate: (n) => t('popupNeedRate', String(n.percent)),
        typical: (n) => t('popupNeedTypical', String(n.minutes)) };
      const needs = (stats.next.needs ?? []).map((n) => wording[n.kind]?.(n) ?? '').filter(Boolean).join(', ');
      const level = t(`level_${stats.next.level}`) === `level_${stats.next.level}` ? (stats.next.label ?? stats.next.level) : t(`level_${stats.next.level}`);
      $('next').textContent = needs ? t('popupNext', level, needs) : t('popupNextReached', level);
    } else {
      $('next').textContent = t('popupTopLevel');
    }
  } catch (err) {
    $('error').hidden = false;
    $('error').textContent = t('coreUnavailable', err.message);
  } finally {
    document.querySelector('main').setAttribute('aria-busy', 'false');
  }

  $('open-options').addEventListener('click', (event) => {
    event.preventDefault();
    chrome.runtime.openOptionsPage();
  });
})();
