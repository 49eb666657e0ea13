// Sensitive-data detection through the wasm build: RE2 compiled from Debian's
// source package with -fno-exceptions must find the same matches as natively.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { loadBuiltPronto } from './load.mjs';

const pronto = await loadBuiltPronto();

test('each kind is found and validated', () => {
  const text = '😡 Carta 4111 1111 1111 1111, IBAN IT60X0542811101000000123456, CF RSSMRA80A01H501U, ' +
    'tel +39 333 123 4567, mail mario.rossi@example.it';
  assert.deepEqual(pronto.findPii(text).map((m) => `${m.kind}:${m.text}`), [
    'payment_card:4111 1111 1111 1111',
    'iban:IT60X0542811101000000123456',
    'codice_fiscale:RSSMRA80A01H501U',
    'phone:+39 333 123 4567',
    'email:mario.rossi@example.it',
  ]);
});

test('street addresses are found through the wasm build, and words that only look like one are not', () => {
  assert.deepEqual(pronto.findPii('Consegna in Via dei Tigli 14/B, 20135 Milano (MI) 🚚 o a 221B Baker Street')
    .map((m) => `${m.kind}:${m.text}`), [
    'street_address:Via dei Tigli 14/B, 20135 Milano (MI)',
    'street_address:221B Baker Street',
  ]);
  assert.deepEqual(pronto.findPii('Ti abbiamo scritto via email 3 giorni fa'), []);
});

test('dates of birth are found after their label only, through the wasm build', () => {
  assert.deepEqual(pronto.findPii('Cliente nata il 3 maggio 1950, DOB: 14/03/2004')
    .map((m) => `${m.kind}:${m.text}`), [
    'date_of_birth:3 maggio 1950',
    'date_of_birth:14/03/2004',
  ]);
  assert.deepEqual(pronto.findPii('Il rimborso arriva il 14/03/2026'), []);
});

test('numbers failing their checksum are not reported', () => {
  assert.deepEqual(pronto.findPii('ordine 4111 1111 1111 1112 del 24/12/2026, IBAN IT60X0542811101000000123457'), []);
});

test('a long hostile input returns promptly (RE2 is linear)', () => {
  const t0 = performance.now();
  pronto.findPii('+'.repeat(50000) + '1'.repeat(50000) + '@'.repeat(50000));
  assert.ok(performance.now() - t0 < 2000);
});
