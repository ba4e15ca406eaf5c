import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoRepo, demoAssets } from '../../src/app/demo.js';
import { createLocalRunner } from '../../src/app/local-runner.js';
import { packageRoot } from '../../src/core/package-root.js';
import { inPlaceCheckout } from '../../src/pipeline/work-checkout.js';

// The repository's own check command in the pipeline's gate stage: the local run checks a
// temporary worktree of the task branch with the attempt's files applied, and removes it.
const PLUGIN = 'wp-content/plugins/acme-newsletter/includes/settings-page.php';

async function demoWithCheck(check: string, timeoutMs?: number) {
  const dir = await buildDemoRepo(join(await mkdtemp(join(tmpdir(), 'aios-check-')), 'repo'));
  const defaults = await readFile(join(packageRoot(), 'defaults', 'aios.yml'), 'utf8');
  const settings = [
    '  code-readability:',
    `    checkCommand: ${JSON.stringify(check)}`,
    ...(timeoutMs ? [`    checkTimeoutMs: ${timeoutMs}`] : []),
  ].join('\n');
  const config = /\ngates:\n/.test(defaults)
    ? defaults.replace(/\ngates:\n/, `\ngates:\n${settings}\n`)
    : `${defaults}\ngates:\n${settings}\n`;
  await mkdir(join(dir, '.github'), { recursive: true });
  await writeFile(join(dir, '.github', 'aios.yml'), config);
  const runner = await createLocalRunner({
    repoDir: dir,
    models: { type: 'scripted', scriptFile: demoAssets().script },
  });
  const { outcome } = await runner.runFile(join(dir, '.aios', 'tasks', 'plugin-hardening.md'));
  type Verdict = { pass: boolean; findings: { rule: string; message: string }[] };
  const gates: Verdict[] = [];
  for await (const e of runner.ledger.entries())
    if (e.event === 'gate' && (e.data as { gate: string }).gate === 'code-readability')
      gates.push(e.data as Verdict);
  return { dir, outcome, gates };
}

const worktrees = (dir: string) =>
  spawnSync('git', ['worktree', 'list', '--porcelain'], { cwd: dir, encoding: 'utf8' })
    .stdout.split('\n')
    .filter((l) => l.startsWith('worktree '));

describe("the repository's check command in the gate stage", () => {
  it('runs in a temporary worktree with the attempt applied, sends back on failure, and removes the tree', async () => {
    const log = join(await mkdtemp(join(tmpdir(), 'aios-check-log-')), 'roots.txt');
    const { dir, outcome, gates } = await demoWithCheck(
      `pwd >> ${log}; grep -q "defined( 'ABSPATH' )" ${PLUGIN} || { echo "no direct-load guard"; exit 3; }`,
    );
    expect(outcome.status).toBe('delivered');
    // Attempt 1 has no ABSPATH guard: the command fails and says why; attempt 2 passes.
    expect(gates.map((g) => g.pass)).toEqual([false, true]);
    expect(gates[0]?.findings).toContainEqual(
      expect.objectContaining({
        rule: 'check-command',
        message: expect.stringContaining('exited with 3'),
      }),
    );
    expect(gates[0]?.findings.find((f) => f.rule === 'check-command')?.message).toContain(
      'no direct-load guard',
    );
    const roots = (await readFile(log, 'utf8')).trim().split('\n');
    expect(roots).toHaveLength(2);
    for (const root of roots) {
      expect(root).not.toBe(dir);
      expect(existsSync(root)).toBe(false);
    }
    // Nothing left behind: only the repository's own work tree, which the run never touched.
    expect(worktrees(dir)).toHaveLength(1);
    expect(
      spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {
        cwd: dir,
        encoding: 'utf8',
      }).stdout,
    ).toBe('');
  });

  it('stops a command at its timeout and sends the work back', async () => {
    const { outcome, gates, dir } = await demoWithCheck('sleep 20', 300);
    expect(outcome.status).toBe('asked');
    expect(gates).toHaveLength(2);
    for (const g of gates)
      expect(g.findings).toContainEqual(
        expect.objectContaining({
          rule: 'check-command',
          message: expect.stringContaining('was stopped after 300 ms'),
        }),
      );
    expect(worktrees(dir)).toHaveLength(1);
  });

  it("the work job's own checkout: files written in place, then put back as they were", async () => {
    const root = await mkdtemp(join(tmpdir(), 'aios-inplace-'));
    await writeFile(join(root, 'kept.txt'), 'before');
    const checkout = await inPlaceCheckout(root)([
      { path: 'kept.txt', content: 'after' },
      { path: 'new/deep/file.txt', content: 'x' },
    ]);
    expect(await readFile(join(root, 'kept.txt'), 'utf8')).toBe('after');
    expect(await readFile(join(root, 'new/deep/file.txt'), 'utf8')).toBe('x');
    await checkout.dispose();
    expect(await readFile(join(root, 'kept.txt'), 'utf8')).toBe('before');
    expect(existsSync(join(root, 'new'))).toBe(false);
    await expect(inPlaceCheckout(root)([{ path: '../escape.txt', content: 'x' }])).rejects.toThrow(
      /outside the checkout/,
    );
  });
});
