// Timers, metrics and the badge through the wasm build agree with the native
// CLI on the same events, policy and zone; and the zone table the browser
// builds from Intl equals the one the CLI reads from the system tz database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

import { loadBuiltPronto, distDir } from './load.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}build/native/pronto`;
const testdata = `${root}tests/core/testdata/`;
const pronto = await loadBuiltPronto();
const { zoneOffsetsFromIntl, ProntoError } = await import(`${distDir}pronto.mjs`);
const iso = (s) => Date.parse(s);

for (const zone of ['Europe/Rome', 'America/New_York', 'Asia/Kolkata', 'UTC']) {
  test(`Intl zone table for ${zone} equals the tz database's`, () => {
    const fromIntl = zoneOffsetsFromIntl(zone, iso('2026-01-01T00:00:00Z'), iso('2027-01-01T00:00:00Z'));
    const native = JSON.parse(execFileSync(cli, ['zone', zone, '--from', '2026-01-01', '--to', '2027-01-01'],
      { encoding: 'utf8' }));
    assert.deepEqual(fromIntl, native);
  });
}

test('DST: Rome springs forward on 29 March 2026 at 01:00 UTC, New York on 8 March at 07:00 UTC', () => {
  const rome = zoneOffsetsFromIntl('Europe/Rome', iso('2026-03-01T00:00:00Z'), iso('2026-04-01T00:00:00Z'));
  assert.deepEqual(rome.transitions, [{ at: iso('2026-03-29T01:00:00Z'), offsetSeconds: 7200 }]);
  const ny = zoneOffsetsFromIntl('America/New_York', iso('2026-03-01T00:00:00Z'), iso('2026-04-01T00:00:00Z'));
  assert.deepEqual(ny.transitions, [{ at: iso('2026-03-08T07:00:00Z'), offsetSeconds: -14400 }]);
  assert.throws(() => zoneOffsetsFromIntl('Mars/Olympus', 0, 1), ProntoError);
});

// A month of events in the Rome office, spanning the spring DST change.
function sampleEvents() {
  const events = [];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  for (let i = 0; i < 400; i++) {
    const at = iso('2026-03-02T06:00:00Z') + Math.floor(rnd() * 30 * 86400000);
    const channel = rnd() < 0.5 ? 'facebook' : 'x';
    events.push({ channel, thread: `t${i}`, kind: 'customer', at });
    if (rnd() < 0.85) {
      events.push({ channel, thread: `t${i}`, kind: 'brand', at: at + Math.floor(rnd() * 6 * 3600000),
        agent: rnd() < 0.5 ? 'giulia' : 'marco', automated: rnd() < 0.1 });
    }
  }
  return events;
}

test('metrics, timers and badge equal the CLI on the same data', () => {
  const dir = mkdtempSync(`${tmpdir()}/pronto-resp-`);
  const events = sampleEvents();
  writeFileSync(`${dir}/events.json`, JSON.stringify({ schema: 1, events }));
  const policy = readFileSync(`${testdata}policy_rome.json`, 'utf8');
  const zone = zoneOffsetsFromIntl('Europe/Rome', iso('2025-10-01T00:00:00Z'), iso('2026-12-31T00:00:00Z'));
  writeFileSync(`${dir}/zone.json`, JSON.stringify(zone));
  const now = '2026-03-31T12:00:00Z';

  const tracker = pronto.createTracker();
  try {
    tracker.setPolicy(policy);
    tracker.setZone(zone);
    assert.equal(tracker.addEvents(events), events.length);
    assert.equal(tracker.addEvents(events.slice(0, 10)), 0, 'duplicates are idempotent');

    const args = ['--events', `${dir}/events.json`, '--policy', `${testdata}policy_rome.json`, '--zone', `${dir}/zone.json`,
      '--now', now, '--json'];
    const nativeStats = JSON.parse(execFileSync(cli, ['stats', ...args, '--window', '30d', '--by', 'channel'],
      { encoding: 'utf8' }));
    delete nativeStats.import;
    assert.deepEqual(tracker.metrics({ now: iso(now), window: '30d', groupBy: 'channel' }), nativeStats);

    const nativeTimers = JSON.parse(execFileSync(cli, ['timers', ...args, '--limit', '100000'], { encoding: 'utf8' }));
    delete nativeTimers.import;
    assert.deepEqual(tracker.timers(iso(now)), nativeTimers);

    const nativeBadge = JSON.parse(execFileSync(cli, ['badge', ...args], { encoding: 'utf8' }));
    assert.deepEqual(tracker.badge({ now: iso(now) }).badge, nativeBadge.badge ?? nativeBadge);
  } finally {
    tracker.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad policy or events change nothing', () => {
  const tracker = pronto.createTracker();
  tracker.setPolicy({ schema: 1, firstResponseMinutes: 30 });
  tracker.addEvents([{ channel: 'x', thread: 'a', kind: 'customer', at: iso('2026-03-02T09:00:00Z') }]);
  assert.throws(() => tracker.setPolicy({ schema: 1, firstResponseMinutes: 'soon' }), ProntoError);
  assert.throws(() => tracker.addEvents([{ channel: 'x', thread: 'b', kind: 'customer', at: 1 },
    { channel: 'x', kind: 'brand', at: 2 }]), /events\[1\]/);
  const timers = tracker.timers(iso('2026-03-02T10:00:00Z'));
  assert.equal(timers.timers.length, 1);
  assert.equal(timers.timers[0].thresholdMs, 30 * 60000);
  tracker.dispose();
});
