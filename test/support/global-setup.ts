import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { SharedDemo } from './shared-demo.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedDemo: SharedDemo;
  }
}

/**
 * Build dist/ once before the suite, so tests of the `aios` binary and the action run the current
 * source; then run `aios demo --json` once through that binary (test/support/shared-demo.ts), for
 * the tests that read a finished demo or start from one, instead of each running its own.
 */
export default function setup(project: TestProject): () => void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const base = mkdtempSync(join(tmpdir(), 'aios-shared-demo-'));
  const dir = join(base, 'demo');
  let stdout: string;
  let stderr = '';
  let code = 0;
  try {
    stdout = execFileSync(process.execPath, ['bin/aios.js', 'demo', '--dir', dir, '--json'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // The demo's own tests report a failed run (they check its exit code); the suite goes on.
    const e = error as { status?: number; stdout?: string; stderr?: string };
    code = e.status ?? 1;
    stdout = e.stdout ?? '';
    stderr = e.stderr ?? String(error);
  }
  project.provide('sharedDemo', { dir, code, stdout, stderr });
  return () => rmSync(base, { recursive: true, force: true });
}
