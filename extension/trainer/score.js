// Copyright 2026 The Pronto Authors.
//
// One number for a checked reply, and how a trainee's reply compares with a
// scenario's model answers. Derived only from the engine's findings.

const PENALTY = { stop: 40, warning: 15, info: 3 };

/** 100 for a reply with no findings; each finding costs by severity; never below 0. */
export function scoreOf(check) {
  const lost = check.findings.reduce((sum, f) => sum + (PENALTY[f.severity] ?? 0), 0);
  return Math.max(0, 100 - lost);
}

/** Rules with severity warning or stop, once each. */
export function problemRules(check) {
  return [...new Set(check.findings.filter((f) => f.severity !== 'info').map((f) => f.rule))];
}

/**
 * @param {{findings: object[]}} trainee the trainee's check
 * @param {{candidate: {label: string, quality: string}, check: object}[]} models
 * @returns {{score: number, bestGood: number|null, shared: {label: string, rules: string[]}[]}}
 */
export function compareWithModels(trainee, models) {
  const mine = new Set(problemRules(trainee));
  const good = models.filter((m) => m.candidate.quality === 'good').map((m) => scoreOf(m.check));
  const shared = models
    .filter((m) => m.candidate.quality === 'bad')
    .map((m) => ({ label: m.candidate.label, rules: problemRules(m.check).filter((r) => mine.has(r)) }))
    .filter((s) => s.rules.length > 0);
  return { score: scoreOf(trainee), bestGood: good.length ? Math.max(...good) : null, shared };
}
