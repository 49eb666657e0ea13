// Copyright 2026 The Pronto Authors.
//
// Pronto's data in chrome.storage.local, schema-versioned. The worker reads it
// through load() and writes through save(); every earlier schema is migrated
// on load (see `migrations`), and a write that fails (quota) is reported,
// never silently dropped.
//
// Layout (schema 1):
//   schema: 1
//   settings: {schema, language, sites, agent, brand, policy, rules}
//   templates: {schema: 1, templates: […]} or null (null: the shipped defaults)
//   usage: the suggester's choices ({schema: 1, usage: {…}})
//   events: [{channel, thread (hashed), kind, at, agent?, automated?, priority?}]
//   salt: random hex, for hashing thread ids (never leaves the browser)

export const SCHEMA = 1;

/** The most events kept; older ones are dropped first (the badge needs 90 days at most). */
export const MAX_EVENTS = 50000;

export function defaultPolicy() {
  const shift = [['09:00', '18:00']];
  return {
    schema: 1,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    firstResponseMinutes: 60,
    nextResponseMinutes: 120,
    warningFraction: 0.75,
    hours: { mon: shift, tue: shift, wed: shift, thu: shift, fri: shift },
    holidays: [],
  };
}

export function defaultSettings() {
  return {
    schema: 1,
    language: 'auto',
    sites: { x: true, facebook: true },
    agent: '',
    brand: '',
    policy: defaultPolicy(),
    rules: { schema: 1, rules: [] },
  };
}

/**
 * Migrations by the schema they upgrade FROM; each returns data of the next
 * schema. Schema 0 is the unversioned layout of pre-release builds (settings
 * under "prontoSettings", events under "observed", no salt).
 */
export const migrations = {
  0(data) {
    const settings = { ...defaultSettings(), ...(data.prontoSettings ?? data.settings ?? {}) };
    settings.schema = 1;
    const events = Array.isArray(data.observed) ? data.observed : Array.isArray(data.events) ? data.events : [];
    return { schema: 1, settings, templates: data.templates ?? null, usage: data.usage ?? null, events, salt: data.salt };
  },
};

/** Brings `data` (any schema up to SCHEMA) to the current schema. */
export function migrate(data) {
  let current = { ...data };
  let version = Number.isInteger(current.schema) ? current.schema : 0;
  if (version > SCHEMA) {
    throw Object.assign(new Error(`stored data has schema ${version}, newer than this version of Pronto (${SCHEMA}); update the extension`), { code: 'schema_too_new' });
  }
  while (version < SCHEMA) {
    current = migrations[version](current);
    version = current.schema;
  }
  return current;
}

function randomSalt() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads, migrates and completes the stored data (writing back a migration). */
export async function load(area = chrome.storage.local) {
  const raw = await area.get(null);
  const migrated = migrate(raw);
  const data = {
    schema: SCHEMA,
    settings: { ...defaultSettings(), ...(migrated.settings ?? {}) },
    templates: migrated.templates ?? null,
    usage: migrated.usage ?? null,
    events: Array.isArray(migrated.events) ? migrated.events : [],
    salt: typeof migrated.salt === 'string' && migrated.salt ? migrated.salt : randomSalt(),
  };
  if (raw.schema !== SCHEMA || !raw.salt) {
    const legacy = Object.keys(raw).filter((k) => !(k in data));
    if (legacy.length) await area.remove(legacy);
    await save(data, area);
  }
  return data;
}

/** Writes `partial` (top-level keys of the layout); rejects with code 'quota' when storage is full. */
export async function save(partial, area = chrome.storage.local) {
  try {
    await area.set(partial);
  } catch (err) {
    const quota = /quota/i.test(String(err?.message ?? err));
    throw Object.assign(new Error(quota
      ? 'browser storage for Pronto is full: export your data (Options → Export), then remove old events or templates'
      : `could not save Pronto's data: ${err?.message ?? err}`), { code: quota ? 'quota' : 'storage_failed' });
  }
}

/** A stable, salted hash of a thread id: the raw id is never stored. */
export async function hashThread(salt, channel, id) {
  const bytes = new TextEncoder().encode(`${salt}:${channel}:${id}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
}
