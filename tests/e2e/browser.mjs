// Launches Debian's Chromium headless with the real unpacked extension
// (build/extension) through playwright-core, and serves the fixtures on
// 127.0.0.1. Shared by every browser test.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve.mjs';

export const extensionDir = fileURLToPath(new URL('../../build/extension', import.meta.url));
const chromiumPath = process.env.PRONTO_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Starts the fixture server and a persistent Chromium context with the
 * extension loaded; resolves with {context, worker, baseUrl, close()}.
 */
export async function launchWithExtension({ locale = 'en-US', timezoneId = 'Europe/Rome' } = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no unpacked extension at ${extensionDir}: run scripts/build first`);
  }
  const server = await startServer({ port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'pronto-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    locale,
    timezoneId,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${locale}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Network traffic only to loopback: anything else is a test failure.
  const offsite = [];
  await context.route(/^(?!(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:))/, (route) => {
    offsite.push(route.request().url());
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  return {
    context,
    worker,
    baseUrl: server.url,
    offsite,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
