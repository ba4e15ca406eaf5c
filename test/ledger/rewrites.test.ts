/**
 * History rewrites of the ledger branch, done the way a person with push rights would: each
 * leaves a history that is consistent in itself (chains re-linked, costs recomputed, every
 * file added once), which is why verify without an anchor finds nothing wrong (the first
 * expectation of each case) and the descent check from the last verified tip must.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { costOf } from '../../src/core/cost.js';
import { sha256 } from '../../src/core/hash.js';
import { taskKey } from '../../src/core/task.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { defaultAnchorRef } from '../../src/ledger/verify-anchor.js';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { steppingClock } from '../../src/core/clock.js';
import { attempt, planned } from '../support/ledger-drafts.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-repo.js';
import { writeFixtureLedger } from './fixture-ledger.js';
import { preparedRepo } from '../support/prepared-repo.js';

const REF = 'refs/heads/aios-ledger';

/** The fixture ledger, written once for this file; each test changes its own copy. */
const fixtureLedgerRepo = preparedRepo(writeFixtureLedger);
type Json = Record<string, unknown>;

/** A ledger verified once (so its tip is the anchor), and a work tree on its branch to tamper in. */
async function verifiedLedger(): Promise<{ dir: string; wt: string; w: SimpleGit }> {
  const dir = await fixtureLedgerRepo();
  const first = await verifyLedger(dir, REF);
  expect(first.violations).toEqual([]);
  const wt = join(await tempDir('aios-wt-'), 'wt');
  await simpleGit(dir).raw(['worktree', 'add', '--quiet', wt, 'aios-ledger']);
  return { dir, wt, w: simpleGit(wt) };
}

async function folderOf(wt: string, task: string): Promise<string> {
  for (const m of ['2026/11', '2026/12']) {
    const f = `ledger/${m}/${taskKey(task)}`;
    if ((await readdir(join(wt, f)).catch(() => [])).length) return f;
  }
  throw new Error(`no folder for ${task}`);
}

/**
 * Rewrite one task's entries in the work tree: `edit` gets them in order and returns the new
 * list (edited, fewer); every `prev` is re-linked so the chain is whole again.
 */
async function rewriteTask(wt: string, task: string, edit: (entries: Json[]) => Json[]) {
  const folder = await folderOf(wt, task);
  const names = (await readdir(join(wt, folder))).sort();
  const entries: Json[] = [];
  for (const n of names)
    entries.push(JSON.parse(await readFile(join(wt, folder, n), 'utf8')) as Json);
  for (const n of names) await rm(join(wt, folder, n));
  let prev: string | null = null;
  for (const e of edit(entries)) {
    e.prev = prev;
    const text = `${JSON.stringify(e, null, 2)}\n`;
    await writeFile(join(wt, folder, `${String(e.id)}-${String(e.event)}.json`), text);
    prev = sha256(text);
  }
}

async function rewrites(dir: string) {
  const anchored = await verifyLedger(dir, REF);
  const unanchored = await verifyLedger(dir, REF, { anchor: false });
  return {
    unanchored: unanchored.violations,
    rewrite: anchored.violations.filter((v) => v.kind === 'rewrite'),
  };
}

describe('ledger rewrites', () => {
  it('catches an edit of a task’s last entry by amend and a moved ref', async () => {
    const { dir, wt, w } = await verifiedLedger();
    await rewriteTask(wt, 'acme/site#2', (es) =>
      es.map((e) =>
        e.event === 'outcome' ? { ...e, data: { ...(e.data as Json), outcome: 'accepted' } } : e,
      ),
    );
    await w.add(['-A']);
    await w.commit('ledger: entries', ['--amend']);
    const { unanchored, rewrite } = await rewrites(dir);
    expect(unanchored).toEqual([]); // what verify said before anchoring
    expect(rewrite).toHaveLength(1);
    expect(rewrite[0]?.message).toMatch(
      /the ledger was rewritten: .* does not descend from the last verified tip/,
    );
  });

  it('catches a re-billed call (API made flat, costs recomputed) and dropped entries, by rebase', async () => {
    const { dir, wt, w } = await verifiedLedger();
    // A later, honest commit: the rebase below must carry it along.
    const store = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: steppingClock(new Date('2026-12-20T09:00:00Z')),
    });
    await store.append(planned('acme/site#40'));
    await store.append(attempt('acme/site#40', 1));
    await store.flush();
    expect((await verifyLedger(dir, REF)).violations).toEqual([]); // anchor moves to it
    await w.raw(['reset', '--quiet', '--hard', 'aios-ledger']);
    const root = (await w.raw(['rev-list', '--max-parents=0', 'HEAD'])).trim();
    await w.raw(['checkout', '--quiet', '--detach', root]);
    await rewriteTask(wt, 'acme/site#1', (es) =>
      es
        .filter((e) => e.event !== 'outcome' && e.event !== 'signoff') // drop the tail
        .map((e) => {
          if (e.event !== 'attempt') return e;
          const usage = e.usage as Parameters<typeof costOf>[0];
          const price = {
            ...((e.cost as Json).price as Json),
            inputPerMTokMicros: 0,
            outputPerMTokMicros: 0,
            cachedInputPerMTokMicros: 0,
          } as Parameters<typeof costOf>[2];
          const c = costOf(
            usage,
            'flat',
            price,
            (e.cost as Json).shadowPrice as Parameters<typeof costOf>[3],
          );
          return {
            ...e,
            cost: {
              ...(e.cost as Json),
              billing: 'flat',
              price,
              actualMicros: c.actualMicros,
              shadowMicros: c.shadowMicros,
            },
          };
        }),
    );
    await w.add(['-A']);
    await w.commit('ledger: entries', ['--amend']);
    const rewritten = (await w.revparse(['HEAD'])).trim();
    await w.raw(['rebase', '--quiet', '--onto', rewritten, root, 'aios-ledger']);
    const { unanchored, rewrite } = await rewrites(dir);
    expect(unanchored).toEqual([]);
    expect(rewrite).toHaveLength(1);
  });

  it('catches a whole task dropped by filter-branch, and a missing verified tip by name', async () => {
    const { dir, wt } = await verifiedLedger();
    const folder = await folderOf(wt, 'globex/site#3');
    execFileSync(
      'git',
      [
        'filter-branch',
        '-f',
        '--index-filter',
        `git rm -r -q --cached --ignore-unmatch ${folder}`,
        '--',
        'aios-ledger',
      ],
      { cwd: wt, stdio: 'ignore', env: { ...process.env, FILTER_BRANCH_SQUELCH_WARNING: '1' } },
    );
    const { unanchored, rewrite } = await rewrites(dir);
    expect(unanchored).toEqual([]);
    expect(rewrite).toHaveLength(1);
    // CI keeps the anchor as a file: a tip the clone has never seen (or that gc dropped).
    const file = join(await tempDir(), 'anchor.json');
    await writeFile(
      file,
      JSON.stringify({
        schema: 'aios-ledger-anchor/1',
        ref: REF,
        tip: 'f'.repeat(40),
        verifiedAt: '2026-12-01T00:00:00Z',
      }),
    );
    await simpleGit(dir).raw(['update-ref', '-d', defaultAnchorRef(REF)]);
    const r = await verifyLedger(dir, REF, { anchor: { file } });
    expect(r.violations.map((v) => v.kind)).toEqual(['rewrite']);
    expect(r.violations[0]?.message).toMatch(
      /last verified tip ffffffffffff .* is not in this repository/,
    );
  });

  it('moves the anchor only on a whole ledger, and the CLI exits 1 naming the rewrite', async () => {
    const { dir, wt, w } = await verifiedLedger();
    const anchor = (await simpleGit(dir).revparse([defaultAnchorRef(REF)])).trim();
    await rewriteTask(wt, 'acme/site#7', (es) => es.slice(0, -1));
    await w.add(['-A']);
    await w.commit('ledger: entries', ['--amend']);
    const cli = await runCli(['ledger', 'verify', '--repo', dir]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/rewrite .*the ledger was rewritten/);
    expect((await simpleGit(dir).revparse([defaultAnchorRef(REF)])).trim()).toBe(anchor);
    const file = join(await tempDir(), 'ci', 'anchor.json');
    const fresh = await fixtureLedgerRepo();
    const ok = await runCli(['ledger', 'verify', '--repo', fresh, '--anchor-file', file]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      schema: 'aios-ledger-anchor/1',
      tip: (await simpleGit(fresh).revparse([REF])).trim(),
    });
  });

  it('catches a rewrite merged with the old tip (descent through a second parent is not growth)', async () => {
    // The rewritten branch is the merge's first parent and the merge keeps its tree, so the old
    // tip is an ancestor of the new one, yet the first-parent history verify reads (and every
    // reader's tree) no longer holds what was verified.
    const { dir, wt, w } = await verifiedLedger();
    const old = (await w.revparse(['HEAD'])).trim();
    await rewriteTask(wt, 'acme/site#2', (es) =>
      es.map((e) =>
        e.event === 'outcome' ? { ...e, data: { ...(e.data as Json), outcome: 'accepted' } } : e,
      ),
    );
    await w.add(['-A']);
    await w.commit('ledger: entries', ['--amend']);
    await w.raw([
      'merge',
      '--quiet',
      '--allow-unrelated-histories',
      '-s',
      'ours',
      '-m',
      'ledger: merge',
      old,
    ]);
    const tip = (await w.revparse(['HEAD'])).trim();
    expect(
      await simpleGit(dir)
        .raw(['merge-base', '--is-ancestor', old, tip])
        .then(() => true),
    ).toBe(true);
    const { unanchored, rewrite } = await rewrites(dir);
    // Even with no anchor the merge itself is named: AIOS never writes one.
    expect(unanchored.map((v) => [v.kind, v.commit])).toEqual([['history', tip]]);
    expect(rewrite.map((v) => v.message)).toEqual([
      `the ledger was rewritten: the last verified tip ${old.slice(0, 12)} (${defaultAnchorRef(REF)}) is not on the first-parent history of ${tip.slice(0, 12)}, only behind a merge's other parent: the history verify reads, and the tree at the tip, replaced what was verified`,
    ]);
    // And the merge is not recorded as whole: the next verify says the same.
    expect((await rewrites(dir)).rewrite).toHaveLength(1);
  });

  it('reads past `git replace` and grafts to the objects themselves, and names a replaced ledger object', async () => {
    // `git replace` keeps every id (so the anchor holds and the history shows no change) while
    // git shows anyone browsing other bytes: here a rejected outcome as accepted.
    const { dir, wt } = await verifiedLedger();
    const folder = await folderOf(wt, 'acme/site#2');
    const name = (await readdir(join(wt, folder))).find((n) => n.endsWith('-outcome.json')) ?? '';
    const path = `${folder}/${name}`;
    const text = await readFile(join(wt, path), 'utf8');
    const outcome = (JSON.parse(text) as { data: { outcome: string } }).data.outcome;
    expect(outcome).not.toBe('accepted');
    const forged = text.replace(`"outcome": "${outcome}"`, '"outcome": "accepted"');
    const git = simpleGit(dir);
    const original = (await git.raw(['rev-parse', `aios-ledger:${path}`])).trim();
    const fake = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: forged })
      .toString()
      .trim();
    await git.raw(['replace', original, fake]);
    expect(await git.raw(['show', `aios-ledger:${path}`])).toBe(forged);
    // An honest commit after the verified tip, then a graft file that makes it a root: read,
    // the history would lose the verified tip; it is not read.
    const verified = (await git.revparse(['aios-ledger'])).trim();
    const store = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: steppingClock(new Date('2026-12-20T09:00:00Z')),
    });
    await store.append(planned('acme/site#42'));
    await store.flush();
    const tip = (await git.revparse(['aios-ledger'])).trim();
    await writeFile(join(dir, '.git', 'info', 'grafts'), `${tip}\n`);
    expect((await git.raw(['rev-list', '--count', tip])).trim()).toBe('1');

    const r = await verifyLedger(dir, REF);
    expect(r.commits).toBe(2);
    expect(r.violations.map((v) => [v.kind, v.path, v.commit, v.message])).toEqual([
      [
        'history',
        path,
        verified, // the commit that added the file
        `refs/replace/${original} makes git show this file as other bytes (blob ${fake.slice(0, 12)}) to anyone browsing the ledger: verify, reports and exports read the objects themselves; remove it with git replace -d ${original}`,
      ],
    ]);
    const exported = await runCli(['ledger', 'export', '--repo', dir, '--format', 'jsonl']);
    expect(exported.code, exported.stderr).toBe(0);
    const lines = exported.stdout.split('\n').filter(Boolean);
    const entry = lines
      .map((l) => JSON.parse(l) as { id: string; data: { outcome?: string } })
      .find((e) => name.startsWith(e.id));
    expect(entry?.data.outcome).toBe(outcome);
  });

  it('fails an entry holding a key the schema forbids, as ajv does', async () => {
    const { dir, wt, w } = await verifiedLedger();
    const source = await folderOf(wt, 'acme/site#6');
    const name = (await readdir(join(wt, source))).sort()[0] ?? '';
    const entry = JSON.parse(await readFile(join(wt, source, name), 'utf8')) as Json;
    const id = '01ZZZZZZZZ0000000000000041';
    const forged = {
      ...entry,
      id,
      task: 'acme/site#41',
      prev: null,
      note: 'paid in cash',
      data: { ...(entry.data as Json), secret: true },
    };
    const folder = `ledger/2026/12/${taskKey('acme/site#41')}`;
    await mkdir(join(wt, folder), { recursive: true });
    await writeFile(
      join(wt, folder, `${id}-${String(entry.event)}.json`),
      `${JSON.stringify(forged, null, 2)}\n`,
    );
    await w.add(['-A']);
    await w.commit('ledger: one more entry'); // appended, not rewritten: the anchor holds
    const r = await verifyLedger(dir, REF);
    expect(r.violations.map((v) => [v.kind, v.message])).toEqual([
      ['schema', 'holds keys the aios.ledger/v1 schema does not allow: data.secret, note'],
    ]);
  });
});
