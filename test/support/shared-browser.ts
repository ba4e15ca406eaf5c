import { BrowserSession } from '../../src/gates/browser-session.js';
import { onWorkerStop } from './worker-stop.js';

/**
 * One Chromium per test worker, lent to every test in it that needs a browser: accessibility
 * gate runs (`createAccessibilityGate({ browsers: sharedBrowsers })`) and the HTML report pages
 * (`sharedBrowsers.browser(path)`, a context of their own each). With isolation off a worker
 * evaluates this module once for all its test files, so the files it runs share one launch
 * (~0.35 s of CPU and ten processes each, measured 2026-11-27) instead of one each.
 *
 * A test file never closes it: the worker does when vitest stops it with SIGTERM
 * (test/support/worker-stop.ts). The browser is ended first (playwright's own SIGTERM handler
 * starts closing it too, so the second close kills its process group: seen with strace, nothing
 * left running) and the signal raised again, so the worker ends as it would have. Without this,
 * playwright's handler alone would end the browser but keep the worker alive until vitest's
 * SIGKILL.
 */
export const sharedBrowsers = new BrowserSession();

onWorkerStop(() => sharedBrowsers.close());
