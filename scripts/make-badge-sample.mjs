#!/usr/bin/env node
// Writes the synthetic badge data the demo brand page and the widget tests
// use (tests/fixtures/brand/): made up here from a seeded generator, never
// taken from a data set. For each scenario it writes the events and the
// policy, then runs the real CLI: `pronto badge --json --brand NAME` gives the
// pronto-badge.json, `--svg` the static badges.
//
//   node scripts/make-badge-sample.mjs [--cli build/native/pronto] [--now 2026-03-22T00:00:00Z]
//
// The window ends at --now (default 2026-03-22T00:00:00Z, fixed so the
// committed files and screenshots never change); the tests pin the browser's
// clock to it. Pass --now with today's date for a demo whose live window
// still holds the events.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const cli = option('--cli', process.env.PRONTO_CLI ?? `${root}build/native/pronto`);
const nowIso = option('--now', '2026-03-22T00:00:00Z');
const now = Date.parse(nowIso);
const out = `${root}tests/fixtures/brand`;
const minute = 60000;

// A Rome shop open Monday to Friday 09:00–18:00 and Saturday morning.
const romePolicy = {
  schema: 1,
  timeZone: 'Europe/Rome',
  firstResponseMinutes: 60,
  hours: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']],
    thu: [['09:00', '18:00']], fri: [['09:00', '18:00']], sat: [['09:00', '13:00']] },
  holidays: ['2026-12-25'],
};
const openAllDay = { schema: 1, timeZone: 'Europe/Rome' };

// name, policy, conversations, share answered, reply delay range in minutes.
const scenarios = [
  { file: 'pronto-badge.json', brand: 'Caffè Aurora', policy: romePolicy, n: 64, answered: 0.95, delay: [2, 25], svg: true },
  { file: 'levels/very_responsive.json', brand: 'Caffè Aurora', policy: openAllDay, n: 48, answered: 0.98, delay: [1, 14] },
  { file: 'levels/within_an_hour.json', brand: 'Caffè Aurora', policy: openAllDay, n: 40, answered: 0.9, delay: [15, 70] },
  { file: 'levels/within_a_few_hours.json', brand: 'Caffè Aurora', policy: openAllDay, n: 36, answered: 0.8, delay: [60, 300] },
  { file: 'levels/within_a_day.json', brand: 'Caffè Aurora', policy: openAllDay, n: 30, answered: 0.7, delay: [300, 1200] },
  { file: 'levels/none.json', brand: 'Caffè Aurora', policy: openAllDay, n: 30, answered: 0.3, delay: [30, 600] },
  { file: 'levels/insufficient_data.json', brand: 'Caffè Aurora', policy: openAllDay, n: 9, answered: 1, delay: [3, 20] },
];

function events(scenario, seed) {
  let state = seed >>> 0;
  const random = () => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const list = [];
  const span = 9 * 1440 * minute;  // a little more than the 7-day window
  for (let i = 0; i < scenario.n; i++) {
    const channel = random() < 0.6 ? 'facebook' : 'x';
    const thread = `${channel}-${seed}-${i}`;
    // Office-ish hours, Rome time (UTC+1 in March): 07:00–19:00 UTC.
    const dayStart = now - span + Math.floor(random() * 9) * 1440 * minute;
    const at = dayStart + Math.floor((7 + random() * 12) * 60) * minute;
    if (at >= now - 30 * minute) continue;
    list.push({ channel, thread, kind: 'customer', at });
    if (random() < 0.3) list.push({ channel, thread, kind: 'customer', at: at + Math.floor(random() * 5) * minute + minute });
    if (random() < 0.15) list.push({ channel, thread, kind: 'brand', at: at + 1000, automated: true });  // never counts
    if (random() < scenario.answered) {
      const [lo, hi] = scenario.delay;
      const reply = at + Math.round((lo + random() * (hi - lo)) * minute);
      if (reply < now) list.push({ channel, thread, kind: 'brand', at: reply, agent: random() < 0.5 ? 'giulia' : 'marco' });
    }
  }
  return list;
}

const work = mkdtempSync(`${tmpdir()}/pronto-badge-sample-`);
try {
  mkdirSync(`${out}/levels`, { recursive: true });
  scenarios.forEach((scenario, index) => {
    writeFileSync(`${work}/events.json`, JSON.stringify({ schema: 1, events: events(scenario, 11 + index) }));
    writeFileSync(`${work}/policy.json`, JSON.stringify(scenario.policy));
    const common = ['badge', '--events', `${work}/events.json`, '--policy', `${work}/policy.json`, '--now', nowIso];
    const json = execFileSync(cli, [...common, '--json', '--brand', scenario.brand], { encoding: 'utf8' });
    writeFileSync(`${out}/${scenario.file}`, `${JSON.stringify(JSON.parse(json))}\n`);
    if (scenario.svg) {
      for (const lang of ['it', 'en']) {
        execFileSync(cli, [...common, '--svg', `${out}/pronto-badge.${lang}.svg`, '--lang', lang]);
      }
    }
    console.log(`${scenario.file}: ${JSON.parse(json).summary.level}`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
