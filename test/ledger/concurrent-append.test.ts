import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { simpleGit } from 'simple-git';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/package-root.js';
import { readStoredEntries } from '../../src/ledger/read-ledger.js';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { tempDir } from '../support/temp-repo.js';

const WRITER_SOURCE = join(packageRoot(), 'test', 'ledger', 'ledger-writer.ts');
let writer = '';
/** The folder the writer is bundled into: unset until beforeAll has made it. */
let writerDir: string | undefined;

// The writer is bundled once (as dist/ is), so each process starts in tens of milliseconds
// and the writers overlap for real instead of queueing behind a TypeScript loader.
beforeAll(async () => {
  writerDir = await mkdtemp(join(tmpdir(), 'aios-writer-'));
  writer = join(writerDir, 'ledger-writer.mjs');
  await build({
    entryPoints: [WRITER_SOURCE],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
});
// Only the folder beforeAll made: were it never made, `join(writer, '..')` would be `..`.
afterAll(async () => {
  if (writerDir) await rm(writerDir, { recursive: true, force: true });
});
const BRANCH = 'refs/heads/aios-ledger';

interface Writer {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  done: Promise<number>;
}

/** Start a writer process (its own process group, so a kill takes its git children too). */
function startWriter(clone: string, name: string, args: string[]): Writer {
  const child = spawn(process.execPath, [writer, clone, name, ...args], {
    cwd: packageRoot(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines: Record<string, unknown>[] = [];
  let buf = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    buf += d.toString('utf8');
    for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
      lines.push(JSON.parse(buf.slice(0, nl)) as Record<string, unknown>);
      buf = buf.slice(nl + 1);
    }
  });
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const done = new Promise<number>((resolve) =>
    child.on('close', (code, signal) => {
      if (code !== 0 && signal === null) process.stderr.write(`writer ${name}: ${stderr}\n`);
      resolve(code ?? -1);
    }),
  );
  return { child, lines, done };
}

/** A bare origin that logs every ref update (so we can prove no update rewound the branch). */
async function origin(): Promise<string> {
  const dir = await tempDir('aios-origin-');
  const git = simpleGit(dir);
  await git.init(true, ['--initial-branch=main', '--quiet']);
  await git.addConfig('core.logAllRefUpdates', 'always');
  return dir;
}

async function clone(from: string, name: string): Promise<string> {
  const dir = join(await tempDir('aios-clone-'), name);
  await simpleGit().clone(from, dir, ['--quiet']);
  const git = simpleGit(dir);
  await git.addConfig('user.name', name);
  await git.addConfig('user.email', `${name}@example.com`);
  return dir;
}

/** Every ref update of the branch on origin moved it forward: old tip is an ancestor of new. */
async function onlyFastForwards(originDir: string): Promise<number> {
  const log = await readFile(join(originDir, 'logs', 'refs', 'heads', 'aios-ledger'), 'utf8');
  const git = simpleGit(originDir);
  let updates = 0;
  for (const line of log.trim().split('\n')) {
    const [old, next] = line.split(' ');
    updates++;
    if (!old || /^0+$/.test(old)) continue;
    await git.raw(['merge-base', '--is-ancestor', old, next ?? '']); // throws if not
  }
  return updates;
}

async function storedIds(repo: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const s of readStoredEntries(repo, BRANCH))
    ids.push(s.path.split('/')[4]?.slice(0, 26) ?? '');
  return ids;
}

const appendedIds = (w: Writer): string[] =>
  w.lines.flatMap((l) => (Array.isArray(l.appended) ? (l.appended as string[]) : []));

async function waitForFile(file: string, what: string): Promise<void> {
  for (let i = 0; i < 1500 && !existsSync(file); i++) await sleep(10);
  if (!existsSync(file)) throw new Error(`timed out waiting for ${what}`);
}

describe('the git ledger under real concurrency and crashes', () => {
  it('takes appends from several processes at once: none lost, none duplicated, never forced', async () => {
    const bare = await origin();
    const names = ['w1', 'w2', 'w3', 'w4'];
    const clones = await Promise.all(names.map((n) => clone(bare, n)));
    const go = join(await tempDir(), 'go');
    const writers = names.map((n, i) =>
      startWriter(clones[i] as string, n, ['2', '2', '2', '--wait', go, '--fast-backoff']),
    );
    // Release them together once every one has loaded.
    for (let i = 0; i < 3000 && writers.some((w) => w.lines.length === 0); i++) await sleep(10);
    await writeFile(go, '');
    const codes = await Promise.all(writers.map((w) => w.done));
    expect(codes).toEqual([0, 0, 0, 0]);

    const sent = writers.flatMap(appendedIds);
    expect(sent).toHaveLength(4 * 2 * 2 * 2);
    const stored = await storedIds(bare);
    expect(stored.sort()).toEqual([...sent].sort()); // every entry, exactly once
    const flushes = writers.flatMap((w) => w.lines.filter((l) => l.flushed));
    expect(flushes.every((l) => (l.flushed as { pending: number }).pending === 0)).toBe(true);
    const retries = writers.map((w) => Number(w.lines.at(-1)?.retries ?? 0));
    // They really raced: pushes were rejected and rebuilt on the new tip (never forced).
    expect(retries.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

    // Linear history, every writer's pushed commit still in it, every update a fast-forward.
    const git = simpleGit(bare);
    const parents = (await git.raw(['rev-list', '--parents', 'aios-ledger'])).trim().split('\n');
    expect(parents.every((l) => l.split(' ').length <= 2)).toBe(true);
    for (const l of flushes) {
      const commit = (l.flushed as { commit: string }).commit;
      await git.raw(['merge-base', '--is-ancestor', commit, 'aios-ledger']);
    }
    expect(await onlyFastForwards(bare)).toBe(parents.length);
    expect((await verifyLedger(bare, BRANCH)).violations).toEqual([]);
  });

  it('recovers entries from writers killed before the flush, mid-push and after origin took them', async () => {
    const bare = await origin();
    const dir = await clone(bare, 'crash');
    const hold = join(await tempDir(), 'hold');
    const hooks = join(dir, '.git', 'hooks');
    const sent: string[] = [];

    // 1. Killed after appending, before flushing: entries are only in the spool.
    const w1 = startWriter(dir, 'k', ['1', '2', '1', '--hold', hold]);
    for (let i = 0; i < 3000 && !w1.lines.some((l) => l.appended); i++) await sleep(10);
    sent.push(...appendedIds(w1));
    process.kill(-(w1.child.pid as number), 'SIGKILL');
    expect(await w1.done).toBe(-1);
    expect(await storedIds(bare)).toEqual([]);

    // 2. Killed mid-push: the commit is built locally, the push is under way (pre-push hook).
    const prePush = join(await tempDir(), 'pre-push-reached');
    await writeFile(join(hooks, 'pre-push'), `#!/bin/sh\ntouch "${prePush}"\nsleep 30\n`);
    await chmod(join(hooks, 'pre-push'), 0o755);
    const w2 = startWriter(dir, 'k', ['1', '1', '1']);
    await waitForFile(prePush, 'the pre-push hook');
    sent.push(...appendedIds(w2));
    process.kill(-(w2.child.pid as number), 'SIGKILL');
    await w2.done;
    await rm(join(hooks, 'pre-push'));
    expect(await storedIds(bare)).toEqual([]);

    // 3. Killed after origin updated its branch but before the writer cleaned its spool.
    const postReceive = join(await tempDir(), 'post-receive-reached');
    await writeFile(
      join(bare, 'hooks', 'post-receive'),
      `#!/bin/sh\ntouch "${postReceive}"\nsleep 30\n`,
    );
    await chmod(join(bare, 'hooks', 'post-receive'), 0o755);
    const w3 = startWriter(dir, 'k', ['1', '1', '1']);
    await waitForFile(postReceive, 'the post-receive hook');
    sent.push(...appendedIds(w3));
    process.kill(-(w3.child.pid as number), 'SIGKILL');
    await w3.done;
    await rm(join(bare, 'hooks', 'post-receive'));
    expect((await storedIds(bare)).sort()).toEqual([...sent].sort()); // origin has them all…

    // 4. The next run sends what is still spooled, does not send anything twice, and chains on.
    const w4 = startWriter(dir, 'k', ['1', '1', '1']);
    expect(await w4.done).toBe(0);
    sent.push(...appendedIds(w4));
    const stored = await storedIds(bare);
    expect(stored.sort()).toEqual([...sent].sort());
    expect(new Set(stored).size).toBe(stored.length);
    expect((await verifyLedger(bare, BRANCH)).violations).toEqual([]);
    await onlyFastForwards(bare);
  });
});
