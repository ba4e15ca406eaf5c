import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCheckers, INSTALL_CHECKERS } from '../../src/action/ensure-checkers.js';
import { SetupError } from '../../src/core/errors.js';
import { packageRoot } from '../../src/core/package-root.js';

// An action checkout as GitHub leaves it: package.json and package-lock.json, no node_modules.
// The one dependency is a local folder, so the real `npm ci` runs without the network.
let base = '';
let action = '';
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'aios-checkers-'));
  const dep = join(base, 'vfile');
  await mkdir(dep);
  await writeFile(join(dep, 'package.json'), '{"name":"vfile","version":"6.0.3","type":"module"}');
  action = join(base, 'action');
  await mkdir(action);
  await writeFile(
    join(action, 'package.json'),
    JSON.stringify({ name: 'aios', version: '0.0.0', dependencies: { vfile: 'file:../vfile' } }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: action,
    stdio: 'ignore',
  });
  await rm(join(action, 'node_modules'), { recursive: true, force: true });
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('the gates’ checkers on a runner', () => {
  it('does nothing where the bundle resolves them (a clone, an npm install)', async () => {
    const ran: string[] = [];
    const got = await ensureCheckers(packageRoot(), {
      run: async (command) => {
        ran.push(command);
        return { code: 0, timedOut: false, output: '' };
      },
    });
    expect(got).toBe('present');
    expect(ran).toEqual([]);
  });

  it('installs them from the action’s own lockfile with npm ci, without install scripts', async () => {
    const said: string[] = [];
    const got = await ensureCheckers(action, { resolvable: () => false, log: (m) => said.push(m) });
    expect(got).toBe('installed');
    expect(existsSync(join(action, 'node_modules', 'vfile', 'package.json'))).toBe(true);
    expect(INSTALL_CHECKERS).toBe('npm ci --omit=dev --ignore-scripts --no-audit --no-fund');
    expect(said.join('\n')).toContain(INSTALL_CHECKERS);
  });

  it('says what failed and how to fix it when npm cannot install them', async () => {
    const error = await ensureCheckers(action, {
      resolvable: () => false,
      run: async () => ({ code: 127, timedOut: false, output: 'npm: command not found' }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetupError);
    expect((error as SetupError).message).toContain('exited 127');
    expect((error as SetupError).message).toContain('npm: command not found');
    expect((error as SetupError).hint).toContain('npm on PATH');
    expect((error as SetupError).retryable).toBe(true);
  });

  it('refuses a checkout without a lockfile instead of installing unpinned packages', async () => {
    const bare = join(base, 'no-lock');
    await mkdir(bare);
    const error = await ensureCheckers(bare, { resolvable: () => false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetupError);
    expect((error as SetupError).message).toContain('no package-lock.json');
  });
});
