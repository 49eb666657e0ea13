// Templates and suggestions through the wasm build, checked against the
// native CLI on the default libraries so both builds are proven to agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { loadBuiltPronto, distDir } from './load.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}build/native/pronto`;
const pronto = await loadBuiltPronto();
const { ProntoError } = await import(`${distDir}pronto.mjs`);
const libraries = {
  it: readFileSync(`${root}assets/templates/it.json`, 'utf8'),
  en: readFileSync(`${root}assets/templates/en.json`, 'utf8'),
};

test('the default libraries are valid and large enough', () => {
  for (const [lang, text] of Object.entries(libraries)) {
    const library = pronto.parseLibrary(text);
    assert.ok(library.templates.length >= 40, `${lang}: ${library.templates.length}`);
    assert.ok(library.templates.every((t) => t.language === lang));
  }
});

test('CSV round trip keeps every template', () => {
  const library = pronto.parseLibrary(libraries.it);
  const csv = pronto.libraryToCsv(library);
  assert.deepEqual(pronto.parseLibrary(csv, 'csv'), library);
});

test('errors name template, field and position; nothing is merged', () => {
  const current = pronto.parseLibrary(libraries.en);
  const bad = { schema: 1, templates: [{ ...current.templates[0], id: 'x', body: 'Hi {{nome}}' }] };
  assert.throws(() => pronto.mergeLibraries(current, bad), (err) => {
    assert.ok(err instanceof ProntoError);
    assert.match(err.message, /template 'x' \(#1\), field 'body': unknown placeholder \{\{nome\}\} at position 3/);
    return true;
  });
  assert.throws(() => pronto.parseLibrary('id,title\n"open', 'csv'), /line 2: a quoted field is never closed/);
  const good = { schema: 1, templates: [{ ...current.templates[0], id: 'brand-new' }] };
  const { library, report } = pronto.mergeLibraries(current, good);
  assert.deepEqual(report, { added: ['brand-new'], updated: [], unchanged: [] });
  assert.equal(library.templates.length, current.templates.length + 1);
});

const cases = [
  ['it', 'x', 'il mio ordine 123456 non è ancora arrivato, è passata una settimana!! 😡', 'Mario Rossi'],
  ['it', 'facebook', 'vorrei il rimborso del reso che ho spedito 2 settimane fa', 'dott.ssa Anna Bianchi'],
  ['en', 'x', "can't log in to my account, the reset email never comes", 'Jane Doe'],
  ['en', 'facebook', '❤️❤️', ''],
];

for (const [lang, channel, message, name] of cases) {
  test(`wasm and native suggest the same for: ${message}`, () => {
    const suggester = pronto.createSuggester(libraries[lang]);
    try {
      // As the extension's worker does: the tone engine's intents go with the message.
      const intents = Object.fromEntries(pronto.analyze(message).intents.map((i) => [i.name, i.confidence]));
      const ours = suggester.suggest({
        message, language: lang, channel, k: 5, intents,
        values: { first_name: pronto.firstName(name), agent: 'Giulia' },
      });
      const native = JSON.parse(execFileSync(cli, [
        'suggest', '--library', `${root}assets/templates/${lang}.json`, '--message', message, '--lang', lang,
        '--channel', channel, '--name', name, '--agent', 'Giulia', '--k', '5', '--json',
      ], { encoding: 'utf8' }));
      assert.ok(ours.length > 0);
      assert.deepEqual(ours, native);
      for (const s of ours) assert.doesNotMatch(s.text, /\{\{|\}\}/);
    } finally {
      suggester.dispose();
    }
  });
}

test('a choice makes a template rise, and usage survives a reload', () => {
  const suggester = pronto.createSuggester(libraries.it);
  const request = { message: 'il pacco è arrivato ma manca un pezzo', language: 'it', k: 5 };
  const before = suggester.suggest(request).map((s) => s.id);
  const pick = before[2];
  for (let i = 0; i < 3; i++) suggester.recordChoice(pick, 'il pacco è arrivato ma manca un pezzo del mobile');
  assert.equal(suggester.suggest(request)[0].id, pick);
  const saved = suggester.usage();
  suggester.dispose();
  const again = pronto.createSuggester(libraries.it);
  again.loadUsage(saved);
  assert.equal(again.suggest(request)[0].id, pick);
  assert.throws(() => again.loadUsage({ usage: { x: { choices: 'many' } } }), ProntoError);
  assert.equal(again.suggest(request)[0].id, pick);
  again.dispose();
});

test('personalisation check on a template sent unchanged', () => {
  const suggester = pronto.createSuggester(libraries.en);
  const [top] = suggester.suggest({ message: 'my parcel is late', language: 'en', values: { first_name: 'Jo' } });
  suggester.dispose();
  const unchanged = pronto.checkPersonalization({
    draft: top.text, templates: [top.text], customerMessage: 'my parcel is late', customerFirstName: 'Jo', language: 'en',
  });
  assert.equal(unchanged.status, 'review');
  assert.deepEqual(unchanged.findings.map((f) => f.rule), ['template_unchanged']);
  const personal = pronto.checkPersonalization({
    draft: 'Hi Jo, so sorry the parcel with your boots is stuck in Milan: I chased the courier and will update you by 6pm.',
    templates: [top.text], customerMessage: 'my parcel is late', customerFirstName: 'Jo', language: 'en',
  });
  assert.deepEqual(personal, { status: 'ok', findings: [] });
});

test('the raw bindings say where a JSON request is broken (the facade always sends valid JSON)', async () => {
  const { default: createProntoCore } = await import(`${distDir}pronto-core.mjs`);
  const core = await createProntoCore({ wasmBinary: readFileSync(`${distDir}pronto-core.wasm`) });
  const personalization = JSON.parse(core.checkPersonalizationJson('{"draft": "Hi",\n "templates": [oops]}'));
  assert.equal(personalization.error.code, 'bad_request');
  assert.match(personalization.error.message, /^the personalisation input is not valid JSON at line 2, column 16; send \{draft/);
  const suggester = new core.Suggester();
  try {
    assert.equal(suggester.load(libraries.en), '');
    const suggest = JSON.parse(suggester.suggest('{"message": "late parcel" "k": 3}'));
    assert.match(suggest.error.message, /^the suggest request is not valid JSON at line 1, column 27; send \{message/);
    // Valid JSON of the wrong shape still says what is expected.
    assert.match(JSON.parse(suggester.suggest('[]')).error.message, /^suggest needs \{message: string/);
  } finally {
    suggester.delete();
  }
});
