// Copyright 2026 The Pronto Authors.
//
// Wall-clock time in an IANA zone ↔ absolute instants, from the browser's own
// tz data (Intl): no DOM, no state, so node --test runs it too
// (tests/wasm/zone-time.test.mjs).
//
//   wallTimeToInstant('2026-03-29T01:30', 'Europe/Rome')
//     → {ms: Date.UTC(2026, 2, 29, 0, 30), kind: 'unique'}
//   instantToOffsetIso(ms, 'Europe/Rome') → '2026-03-29T01:30:00+01:00'
//
// A wall time that a DST change skips (02:30 in Rome on the last Sunday of
// March) is a 'gap' and is read with the offset in force before the change,
// so it lands as far past the change as it was meant to be after 02:00
// (03:30 summer time). One that happens twice (02:30 on the last Sunday of
// October) is 'ambiguous' and the earlier instant is taken. These are the
// rules of Temporal's 'compatible' disambiguation and of the core's
// business-hours clock.

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const formats = new Map();

function offsetFormat(timeZone) {
  if (!formats.has(timeZone)) {
    formats.set(timeZone, new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }));
  }
  return formats.get(timeZone);
}

/** True when Intl knows `timeZone`. */
export function isKnownZone(timeZone) {
  try {
    offsetFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The UTC offset of `timeZone` at instant `ms`, in ms (east positive). Throws RangeError for an unknown zone. */
export function zoneOffsetMs(timeZone, ms) {
  const name = offsetFormat(timeZone).formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/.exec(name);
  if (!m) throw new RangeError(`cannot read the offset '${name}' of ${timeZone}`);
  if (!m[1]) return 0;
  const seconds = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return (m[1] === '-' ? -seconds : seconds) * 1000;
}

/** 'YYYY-MM-DDTHH:MM[:SS]' (what <input type="datetime-local"> gives) as if it were UTC, in ms; NaN if malformed. */
function wallAsUtc(wall) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(String(wall ?? ''));
  if (!m) return NaN;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return NaN;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  return new Date(ms).getUTCDate() === day ? ms : NaN;  // no 31 April
}

/**
 * The instant at which clocks in `timeZone` show `wall` ('YYYY-MM-DDTHH:MM'):
 * {ms, kind: 'unique' | 'ambiguous' | 'gap'}, or null when `wall` is not a
 * wall time. See the top of this file for gaps and ambiguous times.
 */
export function wallTimeToInstant(wall, timeZone) {
  const asUtc = wallAsUtc(wall);
  if (Number.isNaN(asUtc)) return null;
  // Zones change offset at most once in a day, so the offsets a day either
  // side are the only candidates.
  const before = zoneOffsetMs(timeZone, asUtc - MS_PER_DAY);
  const after = zoneOffsetMs(timeZone, asUtc + MS_PER_DAY);
  const matches = [...new Set([before, after])]
    .map((offset) => asUtc - offset)
    .filter((ms) => ms + zoneOffsetMs(timeZone, ms) === asUtc)
    .sort((a, b) => a - b);
  if (matches.length === 0) return { ms: asUtc - before, kind: 'gap' };
  return { ms: matches[0], kind: matches.length > 1 ? 'ambiguous' : 'unique' };
}

/** The wall time in `timeZone` at instant `ms`, as 'YYYY-MM-DDTHH:MM' (datetime-local's format). */
export function instantToWallTime(ms, timeZone) {
  return new Date(ms + zoneOffsetMs(timeZone, ms)).toISOString().slice(0, 16);
}

/**
 * Instant `ms` as ISO 8601 with the offset `timeZone` has then
 * ('2026-08-10T00:00:00+02:00'): the policy's own format, readable as wall
 * time. Offsets with seconds (local mean time before 1900) fall back to UTC.
 */
export function instantToOffsetIso(ms, timeZone) {
  const offset = zoneOffsetMs(timeZone, ms);
  if (offset % MS_PER_MINUTE !== 0) return new Date(ms).toISOString().replace('.000Z', 'Z');
  const minutes = Math.abs(offset) / MS_PER_MINUTE;
  const sign = offset < 0 ? '-' : '+';
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${new Date(ms + offset).toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

/** A policy instant (ISO 8601 with an offset or Z, or UTC ms) in ms; NaN if unreadable. */
export function parseInstant(value) {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : NaN;
  if (typeof value !== 'string') return NaN;
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})$/.test(text)) return NaN;
  return Date.parse(text.replace(/^(.{10}) /, '$1T').replace(',', '.').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}
