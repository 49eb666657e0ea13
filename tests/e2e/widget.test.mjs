// <pronto-badge> in Debian's Chromium (no extension), with the time zone,
// locale and clock pinned: every level in both languages against committed
// screenshots, the live figures equal to `pronto badge` for the same events,
// policy and "now", the fallbacks (no wasm, strict CSP, bad or hostile JSON,
// 404, slow network, no scripts), one render for a batch of attribute
// changes, a renamed tag, keyboard and contrast, and no request but the data
// and the widget's own files. UPDATE_SCREENSHOTS=1 rewrites the references.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve.mjs';
import { comparePng } from './png.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = process.env.PRONTO_CLI ?? `${root}build/native/pronto`;
const shotsDir = `${root}tests/e2e/screenshots/`;
const update = process.env.UPDATE_SCREENSHOTS === '1';
const brandDir = `${root}tests/fixtures/brand/`;
const sample = JSON.parse(readFileSync(`${brandDir}pronto-badge.json`, 'utf8'));
const NOW = sample.computedAt;  // 2026-03-22T00:00:00Z: the sample's "now"
const LEVELS = ['very_responsive', 'within_an_hour', 'within_a_few_hours', 'within_a_day', 'none', 'insufficient_data'];

let browser;
let server;
before(async () => {
  if (!existsSync(`${root}build/widget/pronto-badge-core.wasm`)) throw new Error('no build/widget: run scripts/build first');
  server = await startServer({ port: 0 });
  browser = await chromium.launch({
    executablePath: process.env.PRONTO_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A page in a fresh context (Europe/Rome, it-IT or en-US, clock at `now`)
 * that records requests, console warnings and page errors.
 */
async function openPage({ locale = 'en-US', now = NOW, javaScriptEnabled = true, colorScheme = 'light',
  reducedMotion = 'no-preference' } = {}) {
  const context = await browser.newContext({ locale, timezoneId: 'Europe/Rome', javaScriptEnabled, colorScheme,
    reducedMotion, viewport: { width: 900, height: 600 } });
  const offsite = [];
  await context.route(/^(?!(http:\/\/127\.0\.0\.1[:/]|data:|blob:))/, (route) => {
    offsite.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  if (javaScriptEnabled) await page.clock.setFixedTime(now);
  const requests = [];
  const warnings = [];
  const errors = [];
  page.on('request', (r) => requests.push(r));
  page.on('console', (m) => {
    // The widget's own messages; the browser's "Failed to load resource" lines are not the page's.
    if ((m.type() === 'warning' || m.type() === 'error') && !m.text().startsWith('Failed to load resource')) {
      warnings.push(`${m.type()}: ${m.text()}`);
    }
  });
  page.on('pageerror', (e) => errors.push(e));
  return { context, page, requests, warnings, errors, offsite, close: () => context.close() };
}

/** Adds a badge with `attributes` to the test page (loading the widget) and waits for a settled render. */
async function addBadge(page, attributes, { tag = 'pronto-badge', define = true } = {}) {
  if (!page.url().endsWith('/brand/widget-test.html')) await page.goto(`${server.url}/brand/widget-test.html`);
  await page.evaluate(async ({ attributes, tag, define }) => {
    if (define) await import('/widget/pronto-badge-define.js');
    const badge = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) badge.setAttribute(name, value);
    document.getElementById('host').append(badge);
  }, { attributes, tag, define });
  return settled(page, tag);
}

/** Waits until the last `tag` element is not loading; returns a locator for it. */
async function settled(page, tag = 'pronto-badge') {
  const badge = page.locator(tag).last();
  await page.waitForFunction((t) => {
    const all = document.querySelectorAll(t);
    const el = all[all.length - 1];
    return el?.state && el.state !== 'loading';
  }, tag, { timeout: 10000 });
  return badge;
}

const shadowText = (badge, selector) => badge.evaluate((el, s) => el.shadowRoot.querySelector(s)?.textContent ?? null, selector);

async function matchesScreenshot(locator, name) {
  const file = `${shotsDir}${name}.png`;
  const actual = await locator.screenshot({ animations: 'disabled' });
  if (update || !existsSync(file)) {
    mkdirSync(shotsDir, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  const result = comparePng(actual, readFileSync(file));
  if (!result.ok) writeFileSync(`${tmpdir()}/${name}.actual.png`, actual);
  assert.ok(result.ok, `${name}: ${result.reason} (actual saved to ${tmpdir()}/${name}.actual.png)`);
}

for (const level of LEVELS) {
  for (const lang of ['it', 'en']) {
    test(`renders ${level} in ${lang} (live, screenshot)`, async () => {
      const p = await openPage({ locale: lang === 'it' ? 'it-IT' : 'en-US' });
      try {
        const badge = await addBadge(p.page, { src: `/brand/levels/${level}.json`, lang });
        assert.equal(await badge.evaluate((el) => el.state), 'live');
        const data = JSON.parse(readFileSync(`${brandDir}levels/${level}.json`, 'utf8'));
        const words = data.summary.words[lang];
        assert.equal(await shadowText(badge, '.headline'), words.headline);
        const classes = await badge.evaluate((el) => el.shadowRoot.querySelector('.badge').className);
        if (level === 'insufficient_data') {
          // Never a level below the minimum sample: no figures, no level colour.
          assert.equal(await shadowText(badge, '.figures'), null);
          assert.doesNotMatch(classes, /level-/);
          assert.match(await shadowText(badge, '.meta'), lang === 'it' ? /delle 20 necessarie/ : /of the 20 needed/);
        } else {
          assert.equal(await shadowText(badge, '.figures'), [words.rate, words.typical].filter(Boolean).join(' · '));
        }
        await matchesScreenshot(badge, `badge-${level}-${lang}`);
        assert.deepEqual(p.warnings, []);
        assert.deepEqual(p.errors, []);
      } finally {
        await p.close();
      }
    });
  }
}

test('the issue\'s wording: level, rate, "usually within …" in both languages', async () => {
  const p = await openPage();
  try {
    const it = await addBadge(p.page, { src: '/brand/pronto-badge.json', lang: 'it' });
    assert.equal(await shadowText(it, '.headline'), 'Risponde molto rapidamente');
    assert.match(await shadowText(it, '.figures'), /^\d+% con risposta · di solito entro \d+ minuti$/);
    assert.match(await shadowText(it, '.meta'), /^Caffè Aurora · ultimi 7 giorni \(al 2026-03-21\) · \d+ conversazioni$/);
    const en = await addBadge(p.page, { src: '/brand/pronto-badge.json', lang: 'en' });
    assert.equal(await shadowText(en, '.headline'), 'Very responsive');
    assert.match(await shadowText(en, '.figures'), /^\d+% answered · usually within \d+ minutes$/);
  } finally {
    await p.close();
  }
});

// The CLI's figures for the sample's events, policy and zone at `now`: the
// events file is rebuilt from the export (threads renumbered, as published).
function cliSummary(now) {
  const dir = mkdtempSync(`${tmpdir()}/pronto-widget-`);
  const events = sample.events.map(([at, kind, thread]) => ({ channel: 'web', thread: `t${thread}`, kind, at }));
  writeFileSync(`${dir}/events.json`, JSON.stringify({ schema: 1, events }));
  writeFileSync(`${dir}/policy.json`, JSON.stringify(sample.policy));
  writeFileSync(`${dir}/zone.json`, JSON.stringify({ ...sample.zone }));
  try {
    const out = execFileSync(cli, ['badge', '--events', `${dir}/events.json`, '--policy', `${dir}/policy.json`,
      '--zone', `${dir}/zone.json`, '--now', new Date(now).toISOString(), '--json', '--brand', 'x'], { encoding: 'utf8' });
    return JSON.parse(out).summary;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('live figures equal `pronto badge --json` for the same events, policy and now (business hours, Rome)', async () => {
  assert.ok(sample.policy.hours, 'the sample has business hours');
  const p = await openPage();
  try {
    await p.page.goto(`${server.url}/brand/widget-test.html`);
    for (const now of [NOW, NOW + 86400000, NOW + 3.5 * 86400000, NOW - 2 * 3600000]) {
      const live = await p.page.evaluate(async ({ doc, now }) => {
        const { readBadgeData, computeLive, loadBadgeCore } = await import('/widget/pronto-badge.js');
        const core = await loadBadgeCore();
        return computeLive(core, readBadgeData(doc), now);
      }, { doc: sample, now });
      const native = cliSummary(now);
      assert.equal(live.level, native.level, `level at ${now}`);
      assert.equal(live.responseRate, native.responseRate);
      assert.equal(live.typicalMs, native.typicalMs);
      assert.equal(live.sample, native.sample);
      assert.equal(live.minSample, native.minSample);
      assert.equal(live.answered, native.answered);
      assert.deepEqual([live.from, live.until], [native.window.from, native.window.until]);
      assert.deepEqual(live.words, native.words);
      assert.deepEqual(live.histogram, { bounds: native.histogram.boundsMs, counts: native.histogram.counts });
    }
    // At the export's own instant the live figures are the published summary.
    assert.equal(cliSummary(NOW).typicalMs, sample.summary.typicalMs);
  } finally {
    await p.close();
  }
});

test('the static SVG says the same words as the widget (summary)', async () => {
  for (const lang of ['it', 'en']) {
    const svg = readFileSync(`${brandDir}pronto-badge.${lang}.svg`, 'utf8');
    const words = sample.summary.words[lang];
    const text = [words.headline, words.rate, words.typical, words.window, words.sample].join(' · ');
    assert.ok(svg.includes(`<title>${text}</title>`), svg);
    assert.match(svg, /role="img"/);
    assert.ok(svg.includes(`aria-label="${text}"`));
  }
});

test('strict CSP (no wasm): the precomputed summary, saying when it was computed', async () => {
  const p = await openPage({ locale: 'it-IT', now: NOW + 2 * 86400000 });
  try {
    await p.page.goto(`${server.url}/strict/brand/index.it.html`);
    const badge = await settled(p.page);
    assert.equal(await badge.evaluate((el) => el.state), 'summary');
    assert.equal(await shadowText(badge, '.headline'), sample.summary.words.it.headline);
    assert.match(await shadowText(badge, '.note'), /^Dati calcolati il 22 mar 2026, 01:00$/);
    assert.deepEqual(p.errors, []);
    await matchesScreenshot(badge, 'badge-summary-strict-it');
  } finally {
    await p.close();
  }
});

test('wasm that fails to load: the summary', async () => {
  const p = await openPage();
  try {
    await p.page.route('**/pronto-badge-core.wasm', (route) => route.fulfill({ status: 200, body: 'not wasm',
      contentType: 'application/wasm' }));
    const badge = await addBadge(p.page, { src: '/brand/pronto-badge.json', lang: 'en' });
    assert.equal(await badge.evaluate((el) => el.state), 'summary');
    assert.match(await shadowText(badge, '.note'), /^Figures computed on Mar 22, 2026, 1:00\sAM$/);
    assert.deepEqual(p.errors, []);
  } finally {
    await p.close();
  }
});

const hostile = {
  'not JSON': '<html>oops',
  'a hostile brand name': JSON.stringify({ ...sample, brand: 'x'.repeat(5000) }),
  'HTML in the words': JSON.stringify({ ...sample, summary: { ...sample.summary, words: { it: 1, en: '<img src=x onerror=alert(1)>' } } }),
  'a level below the minimum sample': JSON.stringify({ ...sample, summary: { ...sample.summary, sample: 3 } }),
  'a bad event': JSON.stringify({ ...sample, events: [[1, 'agent', 0]] }),
  'an array': '[]',
  'a proto key': '{"__proto__":{"polluted":1},"schema":1}',
};
for (const [name, body] of Object.entries(hostile)) {
  test(`bad JSON (${name}): "not available", one warning, nothing thrown`, async () => {
    const p = await openPage();
    try {
      await p.page.route('**/bad.json', (route) => route.fulfill({ status: 200, body, contentType: 'application/json' }));
      const badge = await addBadge(p.page, { src: '/brand/bad.json', lang: 'en' });
      assert.equal(await badge.evaluate((el) => el.state), 'unavailable');
      assert.equal(await shadowText(badge, '.headline'), 'Response times not available');
      assert.equal(p.warnings.length, 1, p.warnings.join('\n'));
      assert.match(p.warnings[0], /^warning: <pronto-badge> \/brand\/bad\.json: .+; showing "not available"\.$/);
      assert.deepEqual(p.errors, []);
      assert.equal(await badge.evaluate((el) => el.shadowRoot.querySelectorAll('img, script').length), 0);
      assert.equal(await p.page.evaluate(() => ({}).polluted), undefined);
    } finally {
      await p.close();
    }
  });
}

test('404: "not available" with one warning naming the status', async () => {
  const p = await openPage({ locale: 'it-IT' });
  try {
    const badge = await addBadge(p.page, { src: '/brand/missing.json', lang: 'it' });
    assert.equal(await badge.evaluate((el) => el.state), 'unavailable');
    assert.equal(await shadowText(badge, '.headline'), 'Tempi di risposta non disponibili');
    assert.equal(p.warnings.length, 1);
    assert.match(p.warnings[0], /missing\.json: HTTP 404/);
    await matchesScreenshot(badge, 'badge-unavailable-it');
  } finally {
    await p.close();
  }
});

test('slow network: a loading state, then the figures', async () => {
  const p = await openPage();
  try {
    let release;
    const gate = new Promise((r) => { release = r; });
    await p.page.route('**/brand/pronto-badge.json', async (route) => {
      await gate;
      await route.continue();
    });
    await p.page.goto(`${server.url}/brand/widget-test.html`);
    await p.page.evaluate(async () => {
      await import('/widget/pronto-badge-define.js');
      const badge = document.createElement('pronto-badge');
      badge.setAttribute('src', '/brand/pronto-badge.json');
      badge.setAttribute('lang', 'en');
      document.getElementById('host').append(badge);
    });
    const badge = p.page.locator('pronto-badge');
    await p.page.waitForFunction(() => document.querySelector('pronto-badge').shadowRoot?.querySelector('.headline'));
    assert.equal(await badge.evaluate((el) => el.state), 'loading');
    assert.equal(await shadowText(badge, '.headline'), 'Loading response times…');
    assert.equal(await badge.evaluate((el) => el.shadowRoot.querySelector('[role=status]') !== null), true);
    release();
    await settled(p.page);
    assert.equal(await badge.evaluate((el) => el.state), 'live');
  } finally {
    await p.close();
  }
});

test('no scripts: the plain link inside the element shows', async () => {
  const p = await openPage({ javaScriptEnabled: false });
  try {
    await p.page.goto(`${server.url}/brand/index.en.html`);
    const link = p.page.locator('pronto-badge > a');
    assert.equal(await link.isVisible(), true);
    assert.equal(await link.getAttribute('href'), 'pronto-badge.en.svg');
  } finally {
    await p.close();
  }
});

test('the fallback link is hidden once the element runs', async () => {
  const p = await openPage();
  try {
    await p.page.goto(`${server.url}/brand/index.en.html`);
    await settled(p.page);
    assert.equal(await p.page.locator('pronto-badge > a').isVisible(), false);
  } finally {
    await p.close();
  }
});

test('attribute changes in one task re-render once; a new src fetches again', async () => {
  const p = await openPage();
  try {
    const badge = await addBadge(p.page, { src: '/brand/pronto-badge.json', lang: 'en' });
    const renders = await badge.evaluate(async (el) => {
      let count = 0;
      el.addEventListener('render', () => count++);
      el.setAttribute('lang', 'it');
      el.setAttribute('theme', 'dark');
      el.setAttribute('size', 'l');
      el.setAttribute('layout', 'floating');
      await new Promise((r) => setTimeout(r, 50));
      const afterBatch = count;
      el.setAttribute('size', 's');
      await new Promise((r) => setTimeout(r, 50));
      return [afterBatch, count];
    });
    assert.deepEqual(renders, [1, 2]);
    assert.equal(await shadowText(badge, '.headline'), 'Risponde molto rapidamente');
    const dataRequests = () => p.requests.filter((r) => r.url().includes('.json')).length;
    assert.equal(dataRequests(), 1);
    await badge.evaluate((el) => el.setAttribute('src', '/brand/levels/within_a_day.json'));
    await p.page.waitForFunction(() => document.querySelector('pronto-badge').shadowRoot.querySelector('.level-within_a_day'));
    assert.equal(dataRequests(), 2);
  } finally {
    await p.close();
  }
});

test('define() renames the tag; the class file alone defines nothing', async () => {
  const p = await openPage();
  try {
    await p.page.goto(`${server.url}/brand/widget-test.html`);
    const defined = await p.page.evaluate(async () => {
      const { ProntoBadgeElement } = await import('/widget/pronto-badge.js');
      const before = customElements.get('pronto-badge') ?? null;
      const returned = ProntoBadgeElement.define('brand-badge');
      return { before, same: returned === ProntoBadgeElement && customElements.get('brand-badge') === ProntoBadgeElement };
    });
    assert.deepEqual(defined, { before: null, same: true });
    const badge = await addBadge(p.page, { src: '/brand/pronto-badge.json', lang: 'en' }, { tag: 'brand-badge', define: false });
    assert.equal(await badge.evaluate((el) => el.state), 'live');
    assert.match(p.warnings.join('\n'), /^$/);
    assert.equal(await shadowText(badge, '.headline'), 'Very responsive');
  } finally {
    await p.close();
  }
});

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(fg, bg) {
  const lum = (rgb) => {
    const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

for (const theme of ['light', 'dark']) {
  test(`keyboard, role, label and AA contrast (${theme} theme)`, async () => {
    const p = await openPage({ colorScheme: theme });
    try {
      for (const level of LEVELS) {
        const badge = await addBadge(p.page, { src: `/brand/levels/${level}.json`, lang: 'en', theme: 'auto' });
        const colours = await badge.evaluate((el) => {
          const s = (q) => getComputedStyle(el.shadowRoot.querySelector(q));
          const box = s('.badge').backgroundColor;
          return ['.headline', '.meta', 'button', ...(el.shadowRoot.querySelector('.figures') ? ['.figures'] : [])]
            .map((q) => [q, s(q).color, box]);
        });
        for (const [what, fg, bg] of colours) {
          assert.ok(contrast(fg, bg) >= 4.5, `${level} ${what}: ${fg} on ${bg} is ${contrast(fg, bg).toFixed(2)}:1`);
        }
      }
      const badge = p.page.locator('pronto-badge').first();
      assert.equal(await badge.evaluate((el) => el.shadowRoot.querySelector('.badge').getAttribute('role')), 'group');
      assert.match(await badge.evaluate((el) => el.shadowRoot.querySelector('.badge').getAttribute('aria-label')),
        /^Very responsive · \d+% answered · usually within \d+ minutes · Caffè Aurora · last 7 days/);
      await p.page.keyboard.press('Tab');
      assert.equal(await badge.evaluate((el) => el.shadowRoot.activeElement?.textContent), 'Details');
      await p.page.keyboard.press('Enter');
      const popover = await badge.evaluate((el) => {
        const button = el.shadowRoot.querySelector('button');
        const region = el.shadowRoot.getElementById(button.getAttribute('aria-controls'));
        return { expanded: button.getAttribute('aria-expanded'), hidden: region.hidden,
          rows: [...region.querySelectorAll('li')].map((li) => li.getAttribute('aria-label')) };
      });
      assert.equal(popover.expanded, 'true');
      assert.equal(popover.hidden, false);
      assert.equal(popover.rows.length, 6);
      assert.match(popover.rows[0], /^≤ 5 min: \d+ conversations?$/);
      if (theme === 'light') await matchesScreenshot(p.page.locator('#host'), 'badge-details-open-en');
      await p.page.keyboard.press('Escape');
      assert.equal(await badge.evaluate((el) => el.shadowRoot.querySelector('button').getAttribute('aria-expanded')), 'false');
      assert.equal(await badge.evaluate((el) => el.shadowRoot.activeElement?.textContent), 'Details');
      if (theme === 'dark') {
        await p.page.evaluate(() => document.body.classList.add('dark'));
        await matchesScreenshot(badge, 'badge-very_responsive-en-dark');
      }
    } finally {
      await p.close();
    }
  });
}

test('prefers-reduced-motion turns the popover transition off', async () => {
  for (const [reducedMotion, expected] of [['reduce', '0s'], ['no-preference', '0.15s, 0.15s']]) {
    const p = await openPage({ reducedMotion });
    try {
      const badge = await addBadge(p.page, { src: '/brand/pronto-badge.json' });
      assert.equal(await badge.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.popover')).transitionDuration), expected);
    } finally {
      await p.close();
    }
  }
});

test('responsive: a narrow screen wraps the badge inside the viewport', async () => {
  const p = await openPage();
  try {
    await p.page.setViewportSize({ width: 320, height: 600 });
    const badge = await addBadge(p.page, { src: '/brand/pronto-badge.json', lang: 'it' });
    const box = await badge.boundingBox();
    assert.ok(box.x + box.width <= 320, `badge ends at ${box.x + box.width}px`);
  } finally {
    await p.close();
  }
});

test('privacy: no cookies sent or set, no request but the data and the widget\'s own files', async () => {
  const p = await openPage();
  try {
    await p.context.addCookies([{ name: 'session', value: 'secret', url: server.url }]);
    await p.page.goto(`${server.url}/brand/index.it.html`);
    await settled(p.page);
    const data = p.requests.find((r) => r.url().endsWith('/brand/pronto-badge.json'));
    assert.equal((await data.allHeaders()).cookie, undefined, 'the data is fetched without credentials');
    const widgetFiles = p.requests.map((r) => new URL(r.url()).pathname).filter((path) => !path.startsWith('/brand/index'));
    assert.deepEqual(widgetFiles.sort(), ['/brand/brand.css', '/brand/pronto-badge.json', '/widget/pronto-badge-core.mjs',
      '/widget/pronto-badge-core.wasm', '/widget/pronto-badge-define.js', '/widget/pronto-badge.js']);
    assert.deepEqual(p.offsite, []);
    const cookies = await p.context.cookies();
    assert.deepEqual(cookies.map((c) => c.name), ['session']);
  } finally {
    await p.close();
  }
});

test('demo brand pages in both languages render live; the demo index links them', async () => {
  const p = await openPage();
  try {
    for (const lang of ['it', 'en']) {
      await p.page.goto(`${server.url}/brand/index.${lang}.html`);
      const badge = await settled(p.page);
      assert.equal(await badge.evaluate((el) => el.state), 'live');
      assert.equal(await shadowText(badge, '.headline'), sample.summary.words[lang].headline);
    }
    await p.page.goto(`${server.url}/`);
    const links = await p.page.locator('a[href*="/brand/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links, ['/brand/index.it.html', '/brand/index.en.html', '/strict/brand/index.it.html',
      '/strict/brand/index.en.html']);
  } finally {
    await p.close();
  }
});
