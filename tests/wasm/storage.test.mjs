// The extension's storage layer (extension/storage.js) outside the browser:
// migrations from every earlier schema, salted hashing, quota errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import * as storage from '../../extension/storage.js';

/** An in-memory chrome.storage.local; `quota` bytes makes set() fail like Chrome does. */
function memoryArea(initial = {}, quota = Infinity) {
  const data = structuredClone(initial);
  return {
    data,
    async get() { return structuredClone(data); },
    async set(items) {
      const size = JSON.stringify({ ...data, ...items }).length;
      if (size > quota) throw new Error('QUOTA_BYTES quota exceeded');
      Object.assign(data, structuredClone(items));
    },
    async remove(keys) { for (const k of keys) delete data[k]; },
  };
}

test('a fresh install gets defaults, a salt and schema 1', async () => {
  const area = memoryArea();
  const data = await storage.load(area);
  assert.equal(data.schema, storage.SCHEMA);
  assert.match(data.salt, /^[0-9a-f]{32}$/);
  assert.deepEqual(data.settings.sites, { x: true, facebook: true });
  assert.equal(area.data.schema, 1, 'written back');
});

test('schema 0 (pre-release layout) migrates and loses nothing', async () => {
  const legacy = {
    prontoSettings: { agent: 'Giulia', brand: 'Acme', language: 'it' },
    observed: [{ channel: 'x', thread: 'abc', kind: 'customer', at: 1 }],
    templates: { schema: 1, templates: [] },
  };
  const area = memoryArea(legacy);
  const data = await storage.load(area);
  assert.equal(data.settings.agent, 'Giulia');
  assert.equal(data.settings.language, 'it');
  assert.deepEqual(data.events, legacy.observed);
  assert.deepEqual(data.templates, legacy.templates);
  assert.equal(area.data.prontoSettings, undefined, 'legacy keys removed after the migration is written');
  assert.equal(area.data.observed, undefined);
  assert.equal(area.data.schema, 1);
});

test('every earlier schema has a migration, and a newer one is refused clearly', () => {
  for (let v = 0; v < storage.SCHEMA; v++) assert.equal(typeof storage.migrations[v], 'function', `schema ${v}`);
  assert.throws(() => storage.migrate({ schema: storage.SCHEMA + 1 }), /newer than this version of Pronto/);
});

test('a full storage is reported, not silently lost', async () => {
  const area = memoryArea({}, 10);
  await assert.rejects(storage.save({ events: [{ a: 1 }] }, area), (err) => err.code === 'quota' && /Export your data|export your data/.test(err.message));
});

test('thread ids are hashed with the salt; the raw id is not recoverable from storage', async () => {
  const a = await storage.hashThread('s1', 'x', '1234567890');
  assert.match(a, /^[0-9a-f]{24}$/);
  assert.equal(a, await storage.hashThread('s1', 'x', '1234567890'));
  assert.notEqual(a, await storage.hashThread('s2', 'x', '1234567890'));
  assert.ok(!a.includes('1234567890'));
});
