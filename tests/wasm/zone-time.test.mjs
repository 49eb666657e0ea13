// The options page's wall-time conversion (extension/options/zone-time.js)
// outside the browser: away periods typed as local wall time in the policy's
// zone become the right UTC instants, across DST changes both ways, in zones
// east and west of UTC, with half-hour offsets and a skipped day.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  instantToOffsetIso, instantToWallTime, isKnownZone, parseInstant, wallTimeToInstant, zoneOffsetMs,
} from '../../extension/options/zone-time.js';

const utc = (iso) => Date.parse(iso);

test('Rome on the spring-forward day: before, in and after the gap', () => {
  assert.deepEqual(wallTimeToInstant('2026-03-29T01:30', 'Europe/Rome'), { ms: utc('2026-03-29T00:30:00Z'), kind: 'unique' });
  assert.deepEqual(wallTimeToInstant('2026-03-29T04:00', 'Europe/Rome'), { ms: utc('2026-03-29T02:00:00Z'), kind: 'unique' });
  assert.deepEqual(wallTimeToInstant('2026-03-29T03:00', 'Europe/Rome'), { ms: utc('2026-03-29T01:00:00Z'), kind: 'unique' });
  // 02:30 never shows on Rome's clocks that night: read with winter time, it is 03:30 summer time.
  assert.deepEqual(wallTimeToInstant('2026-03-29T02:30', 'Europe/Rome'), { ms: utc('2026-03-29T01:30:00Z'), kind: 'gap' });
  assert.equal(instantToWallTime(utc('2026-03-29T01:30:00Z'), 'Europe/Rome'), '2026-03-29T03:30');
});

test('Rome on the fall-back day: the repeated hour takes its first instant', () => {
  assert.deepEqual(wallTimeToInstant('2026-10-25T02:30', 'Europe/Rome'), { ms: utc('2026-10-25T00:30:00Z'), kind: 'ambiguous' });
  assert.deepEqual(wallTimeToInstant('2026-10-25T01:59', 'Europe/Rome'), { ms: utc('2026-10-24T23:59:00Z'), kind: 'unique' });
  assert.deepEqual(wallTimeToInstant('2026-10-25T03:00', 'Europe/Rome'), { ms: utc('2026-10-25T02:00:00Z'), kind: 'unique' });
});

test('New York, Kolkata, Lord Howe (half-hour DST), UTC', () => {
  assert.equal(wallTimeToInstant('2026-03-08T01:30', 'America/New_York').ms, utc('2026-03-08T06:30:00Z'));
  assert.deepEqual(wallTimeToInstant('2026-03-08T02:30', 'America/New_York'), { ms: utc('2026-03-08T07:30:00Z'), kind: 'gap' });
  assert.equal(wallTimeToInstant('2026-03-08T03:30', 'America/New_York').ms, utc('2026-03-08T07:30:00Z'));
  assert.deepEqual(wallTimeToInstant('2026-11-01T01:30', 'America/New_York'), { ms: utc('2026-11-01T05:30:00Z'), kind: 'ambiguous' });
  assert.deepEqual(wallTimeToInstant('2026-08-15T09:00', 'Asia/Kolkata'), { ms: utc('2026-08-15T03:30:00Z'), kind: 'unique' });
  // Lord Howe moves its clocks by 30 minutes, at 02:00 on the first Sunday of October.
  assert.deepEqual(wallTimeToInstant('2026-10-04T02:15', 'Australia/Lord_Howe'), { ms: utc('2026-10-03T15:45:00Z'), kind: 'gap' });
  assert.deepEqual(wallTimeToInstant('2026-12-24T18:00', 'UTC'), { ms: utc('2026-12-24T18:00:00Z'), kind: 'unique' });
});

test('a whole skipped day (Samoa crossed the date line on 2011-12-30)', () => {
  assert.equal(wallTimeToInstant('2011-12-30T12:00', 'Pacific/Apia').kind, 'gap');
  assert.equal(wallTimeToInstant('2011-12-31T12:00', 'Pacific/Apia').ms, utc('2011-12-30T22:00:00Z'));
  assert.equal(wallTimeToInstant('2011-12-29T12:00', 'Pacific/Apia').ms, utc('2011-12-29T22:00:00Z'));
});

test('every half hour of 2026 round-trips in five zones', () => {
  const zones = ['Europe/Rome', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Santiago'];
  for (const zone of zones) {
    let gaps = 0;
    let ambiguous = 0;
    for (let wall = Date.UTC(2026, 0, 1); wall < Date.UTC(2027, 0, 1); wall += 30 * 60_000) {
      const text = new Date(wall).toISOString().slice(0, 16);
      const { ms, kind } = wallTimeToInstant(text, zone);
      if (kind === 'gap') {
        gaps += 1;
        assert.notEqual(instantToWallTime(ms, zone), text, `${zone} ${text}`);
        assert.ok(ms + zoneOffsetMs(zone, ms) > wall, `${zone} ${text}: a gap time moves forward`);
        continue;
      }
      if (kind === 'ambiguous') {
        ambiguous += 1;
        const later = ms + (zoneOffsetMs(zone, ms) - zoneOffsetMs(zone, ms + 86_400_000));
        assert.ok(later > ms, `${zone} ${text}: the earlier of two instants`);
        assert.equal(instantToWallTime(later, zone), text);
      }
      assert.equal(instantToWallTime(ms, zone), text, `${zone} ${text}`);
    }
    if (zone === 'Asia/Kolkata') assert.deepEqual([gaps, ambiguous], [0, 0]);
    else assert.ok(gaps > 0 && ambiguous > 0, `${zone}: ${gaps} gap and ${ambiguous} ambiguous half hours`);
  }
});

test('instants print as ISO 8601 with the zone offset, and read back', () => {
  assert.equal(instantToOffsetIso(utc('2026-03-29T00:30:00Z'), 'Europe/Rome'), '2026-03-29T01:30:00+01:00');
  assert.equal(instantToOffsetIso(utc('2026-03-29T02:00:00Z'), 'Europe/Rome'), '2026-03-29T04:00:00+02:00');
  assert.equal(instantToOffsetIso(utc('2026-03-08T06:30:00Z'), 'America/New_York'), '2026-03-08T01:30:00-05:00');
  assert.equal(instantToOffsetIso(utc('2026-08-15T03:30:00Z'), 'Asia/Kolkata'), '2026-08-15T09:00:00+05:30');
  assert.equal(instantToOffsetIso(utc('2026-01-01T00:00:00Z'), 'UTC'), '2026-01-01T00:00:00+00:00');
  assert.equal(parseInstant('2026-08-10T00:00:00+02:00'), utc('2026-08-09T22:00:00Z'));
  assert.equal(parseInstant('2026-08-10 00:00+0200'), utc('2026-08-09T22:00:00Z'));
  assert.equal(parseInstant('2026-08-10T00:00:00Z'), utc('2026-08-10T00:00:00Z'));
  assert.equal(parseInstant(1786312800000), 1786312800000);
  assert.ok(Number.isNaN(parseInstant('2026-08-10T00:00')));  // no offset: not an instant
  assert.ok(Number.isNaN(parseInstant('next monday')));
});

test('malformed wall times and unknown zones', () => {
  assert.equal(wallTimeToInstant('2026-04-31T10:00', 'Europe/Rome'), null);
  assert.equal(wallTimeToInstant('', 'Europe/Rome'), null);
  assert.equal(wallTimeToInstant('2026-04-30 10:00', 'Europe/Rome'), null);
  assert.equal(isKnownZone('Europe/Rome'), true);
  assert.equal(isKnownZone('Mars/Olympus'), false);
  assert.throws(() => wallTimeToInstant('2026-04-30T10:00', 'Mars/Olympus'), RangeError);
});
