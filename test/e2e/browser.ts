// Finds Debian's Chromium and launches it headless for the e2e suite, offline (DEVELOPERS.md flags).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const chromiumPath = candidates.find((p): p is string => !!p && existsSync(p));

/**
 * Without Chromium the e2e suite is skipped and says so; CI sets REQUIRE_BROWSER=1 so a missing
 * browser fails there instead of passing silently.
 */
export function browserAvailable(): boolean {
  if (chromiumPath) return true;
  if (process.env.REQUIRE_BROWSER === '1') {
    throw new Error('REQUIRE_BROWSER=1 but no Chromium: apt-get install -y chromium');
  }
  console.warn(
    'e2e: no Chromium found (apt-get install -y chromium); the browser tests are skipped.',
  );
  return false;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
