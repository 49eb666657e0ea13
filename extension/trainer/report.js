// Copyright 2026 The Pronto Authors.
//
// The session report: which scenarios were shown, what the trainee wrote,
// what the engine found and when. Exported as JSON (a Blob URL download) and
// rendered as a printable section (trainer.css has the print stylesheet).

import { scoreOf } from './score.js';

export const REPORT_SCHEMA = 1;

export class SessionReport {
  #deck = null;
  #startedAt = new Date();
  #visits = new Map();  // scenario id → entry

  /** Starts over for `deck` (a new deck is a new session). */
  start(deck) {
    this.#deck = deck;
    this.#startedAt = new Date();
    this.#visits.clear();
  }

  /** Notes that `scenario` was shown. */
  visit(scenario) {
    if (!this.#visits.has(scenario.id)) {
      this.#visits.set(scenario.id, { id: scenario.id, title: scenario.title, firstShownAt: new Date().toISOString(), answer: null });
    }
  }

  /**
   * Keeps the trainee's latest reply for `scenario` with its check.
   * @param {{elapsedSeconds: number, slaMinutes: number}} clock the simulated reply clock
   */
  answer(scenario, text, check, clock) {
    this.visit(scenario);
    const entry = this.#visits.get(scenario.id);
    if (!text.trim()) {
      entry.answer = null;
      return;
    }
    entry.answer = {
      text,
      status: check.status,
      score: scoreOf(check),
      politeness: check.politeness,
      readability: check.readability,
      findings: check.findings.map((f) => ({ rule: f.rule, severity: f.severity, start: f.start, end: f.end, text: text.slice(f.start, f.end) })),
      answeredAt: new Date().toISOString(),
      clockSeconds: clock.elapsedSeconds,
      slaMinutes: clock.slaMinutes,
      withinSla: clock.elapsedSeconds <= clock.slaMinutes * 60,
    };
  }

  /** The report as a plain object. */
  toJSON() {
    return {
      schema: REPORT_SCHEMA,
      kind: 'pronto-trainer-session',
      deck: this.#deck ? { id: this.#deck.id, title: this.#deck.title, language: this.#deck.language } : null,
      startedAt: this.#startedAt.toISOString(),
      exportedAt: new Date().toISOString(),
      scenarios: [...this.#visits.values()],
    };
  }

  /** Downloads the report as JSON through a Blob URL. */
  download() {
    const report = this.toJSON();
    const blob = new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `pronto-session-${report.deck?.id ?? 'deck'}-${report.startedAt.slice(0, 16).replace(/[:T]/g, '')}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return link.download;
  }

  /**
   * Renders the printable report into `container` (text via textContent only).
   * @param {(key: string, ...args: any[]) => string} t the UI strings
   */
  render(container, t, lang) {
    const report = this.toJSON();
    const el = (tag, text, className) => {
      const node = document.createElement(tag);
      if (text !== undefined) node.textContent = text;
      if (className) node.className = className;
      return node;
    };
    const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(report.startedAt));
    container.replaceChildren(
      el('h2', t('report')),
      el('p', t('reportDeck', report.deck ? `${report.deck.title} (${report.deck.id})` : '—')),
      el('p', `${t('reportWhen', when)} · ${t('reportScenarios', report.scenarios.length)}`),
    );
    const list = el('ol', undefined, 'report-scenarios');
    for (const s of report.scenarios) {
      const item = el('li');
      item.dataset.scenario = s.id;
      item.append(el('h3', s.title));
      if (!s.answer) {
        item.append(el('p', t('reportNoAnswer'), 'muted'));
      } else {
        item.append(el('blockquote', s.answer.text));
        item.append(el('p', `${t('score')}: ${s.answer.score} · ${t(`status_${s.answer.status}`)} · ${Math.floor(s.answer.clockSeconds / 60)}′/${s.answer.slaMinutes}′`));
        const findings = el('ul');
        for (const f of s.answer.findings) findings.append(el('li', `${f.severity} · ${f.rule} · “${f.text}”`));
        if (!s.answer.findings.length) findings.append(el('li', t('noFindings')));
        item.append(findings);
      }
      list.append(item);
    }
    container.append(list);
  }
}
