import { existsSync } from 'node:fs';

/** Where Chromium or Chrome lives on Debian/Ubuntu runners and developer machines. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * The browser executable: the configured path, else `AIOS_CHROMIUM`, else the first system
 * install found. AIOS never downloads a browser.
 */
export function findChromium(configured?: string): string | undefined {
  if (configured) return existsSync(configured) ? configured : undefined;
  const fromEnv = process.env.AIOS_CHROMIUM;
  if (fromEnv !== undefined) return fromEnv && existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}
