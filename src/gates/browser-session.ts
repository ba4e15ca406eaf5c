import type { Browser } from 'playwright-core';

/** Chromium as the accessibility gate launches it: headless, never downloaded, no sandbox. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
}

/**
 * One Chromium lent to many accessibility gate runs by a caller that makes many in one
 * process (a test file, an evaluation): the browser is launched on the first run that needs
 * it, each run opens and closes its own context in it, and the caller closes the session.
 * A gate given no session launches a browser for its run and closes it after, so a CLI
 * process never keeps one alive.
 */
export class BrowserSession {
  private readonly launched = new Map<string, Promise<Browser>>();

  /** The session's browser for this executable, launched on first use or after a crash. */
  async browser(executablePath: string): Promise<Browser> {
    const known = this.launched.get(executablePath);
    if (known) {
      const browser = await known.catch(() => undefined);
      if (browser?.isConnected()) return browser;
    }
    const launching = launchChromium(executablePath);
    this.launched.set(executablePath, launching);
    return launching;
  }

  /** Close every browser the session launched (safe to call twice). */
  async close(): Promise<void> {
    const all = [...this.launched.values()];
    this.launched.clear();
    await Promise.all(all.map(async (b) => (await b.catch(() => undefined))?.close()));
  }
}
