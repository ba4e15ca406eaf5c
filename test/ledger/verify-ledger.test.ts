import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { steppingClock } from '../../src/core/clock.js';
import { sha256 } from '../../src/core/hash.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { verifyLedger, type Violation } from '../../src/ledger/verify-ledger.js';
import { attempt } from '../support/ledger-drafts.js';
import { runCli } from '../support/run-cli.js';
import { tempDir, tempRepo } from '../support/temp-repo.js';
import { fixtureDrafts, writeFixtureLedger } from './fixture-ledger.js';
import { preparedRepo } from '../support/prepared-repo.js';

const REF = 'refs/heads/aios-ledger';

/** The fixture ledger, written once for this file; each test changes its own copy. */
const fixtureLedgerRepo = preparedRepo(writeFixtureLedger);

/** A checkout of the ledger branch to tamper with by hand, as a person with push rights could. */
async function tamperer(repo: string) {
  const wt = join(await tempDir('aios-wt-'), 'wt');
  const git = simpleGit(repo);
  await git.raw(['worktree', 'add', '--quiet', wt, 'aios-ledger']);
  const w = simpleGit(wt);
  const folder = async (key: string): Promise<string> => {
    for (const m of ['2026/11', '2026/12']) {
      const dir = join(wt, 'ledger', m, key);
      if ((await readdir(dir).catch(() => [])).length) return `ledger/${m}/${key}`;
    }
    throw new Error(`no folder for ${key}`);
  };
  const files = async (key: string): Promise<string[]> => {
    const f = await folder(key);
    return (await readdir(join(wt, f))).sort().map((n) => `${f}/${n}`);
  };
  return {
    wt,
    git: w,
    folder,
    files,
    read: (path: string) => readFile(join(wt, path), 'utf8'),
    write: async (path: string, text: string) => {
      await mkdir(join(wt, path, '..'), { recursive: true });
      await writeFile(join(wt, path), text);
    },
    remove: (path: string) => rm(join(wt, path)),
    move: (from: string, to: string) => rename(join(wt, from), join(wt, to)),
    /** Commit everything changed; returns the commit id. */
    commit: async (message: string): Promise<string> => {
      await w.add(['-A']);
      await w.commit(message);
      return (await w.revparse(['HEAD'])).trim();
    },
  };
}

/** A new ULID-shaped id that sorts after every fixture id. */
const laterId = (n: number): string => `01ZZZZZZZZ${String(n).padStart(16, '0')}`;

function find(
  violations: Violation[],
  kind: string,
  path: string,
  message = /./,
): Violation | undefined {
  return violations.find((v) => v.kind === kind && v.path === path && message.test(v.message));
}

describe('aios ledger verify', () => {
  it('finds nothing wrong with a ledger written by the store', async () => {
    const dir = await fixtureLedgerRepo();
    const result = await verifyLedger(dir, REF);
    expect(result.violations).toEqual([]);
    expect(result).toMatchObject({ entries: 38, tasks: 8, commits: 1, omitted: 0 });
  });

  it('catches each way a ledger can be broken, naming the commit and the file', async () => {
    const dir = await fixtureLedgerRepo();
    const written = (await simpleGit(dir).revparse([REF])).trim();
    // Entries appended through the store, valid JSON and schema, but wrong in substance.
    const store = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: steppingClock(new Date('2026-12-20T09:00:00Z')),
    });
    const good = attempt('globex/site#4', 2);
    if (good.event !== 'attempt') throw new Error('fixture');
    const badCost = await store.append({
      ...good,
      cost: { ...good.cost, actualMicros: good.cost.actualMicros + 1 },
    });
    const delivered = fixtureDrafts()[0]?.find((d) => d.event === 'delivered');
    if (!delivered) throw new Error('fixture');
    const orphan = await store.append({
      ...delivered,
      task: 'acme/site#9',
      at: '2026-12-20T09:00:00.000Z',
    });
    await store.flush();
    const appended = (await simpleGit(dir).revparse([REF])).trim();

    const t = await tamperer(dir);
    // Edit an entry in place (a gate of task 1): modified, and the next entry's prev breaks.
    const task1 = await t.files('acme.site.1');
    const gate = task1[2] as string;
    await t.write(gate, (await t.read(gate)).replace('"durationMs": 5', '"durationMs": 6'));
    const modified = await t.commit('edit an entry');
    // Remove task 5's last entry, then put it back.
    const task5 = await t.files('acme.site.5');
    const last5 = task5.at(-1) as string;
    const last5Text = await t.read(last5);
    await t.remove(last5);
    const deleted = await t.commit('remove an entry');
    await t.write(last5, last5Text);
    const readded = await t.commit('put it back');
    // New files that break the rules.
    const task3 = await t.files('globex.site.3');
    const last3 = JSON.parse(await t.read(task3.at(-1) as string)) as Record<string, unknown>;
    const bogusPrev = `${await t.folder('globex.site.3')}/${laterId(1)}-outcome.json`;
    await t.write(
      bogusPrev,
      `${JSON.stringify({ ...last3, id: laterId(1), prev: 'f'.repeat(64) }, null, 2)}\n`,
    );
    const task2 = await t.files('acme.site.2');
    const last2 = JSON.parse(await t.read(task2.at(-1) as string)) as Record<string, unknown>;
    const fork = `${await t.folder('acme.site.2')}/${laterId(2)}-outcome.json`;
    await t.write(fork, `${JSON.stringify({ ...last2, id: laterId(2) }, null, 2)}\n`);
    const task7 = await t.files('acme.site.7');
    const call7 = JSON.parse(await t.read(task7[1] as string)) as Record<string, unknown>;
    const noUsage = `${await t.folder('acme.site.7')}/${laterId(3)}-attempt.json`;
    const { usage: _usage, ...withoutUsage } = call7;
    await t.write(
      noUsage,
      `${JSON.stringify({ ...withoutUsage, id: laterId(3), prev: sha256(await t.read(task7.at(-1) as string)) }, null, 2)}\n`,
    );
    const task6 = await t.files('acme.site.6');
    const asked6 = await t.read(task6[0] as string);
    const v9 = `${await t.folder('acme.site.6')}/${laterId(4)}-asked.json`;
    await t.write(
      v9,
      asked6
        .replace('aios.ledger/v1', 'aios.ledger/v9')
        .replace(/"id": "[^"]+"/, `"id": "${laterId(4)}"`)
        .replace('"prev": null', `"prev": "${sha256(asked6)}"`),
    );
    await t.write('.gitattributes', '*.json text eol=crlf\n');
    await t.write('ledger/README.md', 'notes\n');
    const added = await t.commit('add files');
    // Rename an entry: its old path is deleted, its new name does not match its content.
    const task8 = await t.files('globex.site.8');
    const renamedFrom = task8.at(-1) as string;
    const renamedTo = `${await t.folder('globex.site.8')}/${laterId(5)}-asked.json`;
    await t.move(renamedFrom, renamedTo);
    const moved = await t.commit('rename an entry');

    const { violations, commits } = await verifyLedger(dir, REF);
    expect(commits).toBe(7);
    const expectations: [string, string, string, RegExp][] = [
      ['history', gate, modified, /modified in/],
      // The entry after the edited one: its file came in the first commit; its prev now dangles.
      ['chain', task1[3] as string, written, /names no entry/],
      ['history', last5, deleted, /deleted in/],
      ['history', last5, readded, /added again/],
      ['chain', bogusPrev, added, /names no entry/],
      ['chain', fork, added, /forks/],
      ['schema', noUsage, added, /usage/],
      ['schema', v9, added, /schema version "aios.ledger\/v9"/],
      ['path', '.gitattributes', added, /outside ledger/],
      ['path', 'ledger/README.md', added, /not a ledger entry file/],
      ['history', renamedFrom, moved, /deleted in/],
      ['path', renamedTo, moved, /file name says/],
    ];
    for (const [kind, path, commit, message] of expectations) {
      const v = find(violations, kind, path, message);
      expect(v, `${kind} ${path}`).toBeDefined();
      expect(v?.commit, `${kind} ${path}`).toBe(commit);
      expect(v?.message).toMatch(message);
    }
    const costPath = (await t.files('globex.site.4')).find((p) => p.includes(badCost.id)) as string;
    expect(find(violations, 'cost', costPath)).toMatchObject({ commit: appended });
    expect(find(violations, 'cost', costPath)?.message).toMatch(
      new RegExp(
        `actualMicros is ${good.cost.actualMicros + 1} but usage × the stored price gives ${good.cost.actualMicros}`,
      ),
    );
    const orphanPath = (await t.files('acme.site.9')).find((p) => p.includes(orphan.id)) as string;
    const taskFindings = violations.filter((v) => v.kind === 'task' && v.path === orphanPath);
    expect(taskFindings.map((v) => v.message)).toEqual([
      expect.stringMatching(/no `planned` entry/),
      expect.stringMatching(/no `attempt` entry/),
    ]);
    expect(taskFindings[0]?.commit).toBe(appended);
    // Nothing else: every violation is one we made.
    expect(violations).toHaveLength(expectations.length + 3);

    // The command prints each with its commit and path, and exits 1.
    const cli = await runCli(['ledger', 'verify', '--repo', dir]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(`${modified.slice(0, 12)} ${gate}: was modified in`);
    expect(cli.stdout).toContain(`${added.slice(0, 12)} ${noUsage}: does not match`);
    expect(cli.stdout).toMatch(/15 violation\(s\) in refs\/heads\/aios-ledger/);
  });

  it('names a merge commit on the ledger branch: AIOS writes a line of single-parent commits', async () => {
    const dir = await fixtureLedgerRepo();
    const t = await tamperer(dir);
    // A side history joined in, empty: nothing else is wrong, so the quick path reads it.
    await t.git.raw(['checkout', '--quiet', '-b', 'side']);
    await t.git.raw(['commit', '--quiet', '--allow-empty', '-m', 'side']);
    await t.git.raw(['checkout', '--quiet', 'aios-ledger']);
    await t.git.raw(['merge', '--quiet', '--no-ff', '-m', 'join', 'side']);
    const merge = (await t.git.revparse(['HEAD'])).trim();
    const quick = await verifyLedger(dir, REF, { anchor: false });
    expect(quick.violations).toEqual([
      {
        kind: 'history',
        path: undefined,
        commit: merge,
        message: expect.stringMatching(/is a merge of 2 histories/),
      },
    ]);
    // With something else wrong the history is read change by change: the merge is named there too.
    const [first] = await t.files('acme.site.1');
    await t.write(first!, `${await t.read(first!)} `);
    await t.commit('an edit');
    const slow = await verifyLedger(dir, REF, { anchor: false });
    expect(slow.violations.filter((v) => v.kind === 'history').map((v) => v.commit)).toEqual(
      expect.arrayContaining([merge]),
    );
    expect(slow.violations.some((v) => /was modified in/.test(v.message))).toBe(true);
  });

  it('prints a file name that would act on the terminal as escapes, never raw', async () => {
    // A name that colours, returns the cursor and clears the line, and one that forges a line
    // of output of its own: printed raw, either could hide a violation or fake a pass.
    const dir = await fixtureLedgerRepo();
    const t = await tamperer(dir);
    const folder = await t.folder('acme.site.1');
    await t.write(`${folder}/evil\u001b[31m\r\u001b[2K.json`, '{}');
    await t.write(`${folder}/x\n✔ the ledger is whole.json`, '{}');
    await t.commit('names that act on a terminal');
    const cli = await runCli(['ledger', 'verify', '--repo', dir]);
    expect(cli.code).toBe(1);
    expect(cli.stdout.includes('\u001b') || cli.stdout.includes('\r')).toBe(false);
    expect(cli.stdout).toContain(
      `${folder}/evil\\x1b[31m\\r\\x1b[2K.json: is not a ledger entry file`,
    );
    expect(cli.stdout).toContain(
      `${folder}/x\\n✔ the ledger is whole.json: is not a ledger entry file`,
    );
    expect(cli.stdout.split('\n').filter((l) => l.startsWith('✔'))).toEqual([]);
  });

  it('exits 0 and says so on a whole ledger, and 1 with a hint when there is none', async () => {
    const dir = await fixtureLedgerRepo();
    const ok = await runCli(['ledger', 'verify', '--repo', dir]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(
      /the ledger is whole: refs\/heads\/aios-ledger at [0-9a-f]{12}: 38 entries, 8 tasks, 1 commits/,
    );
    const empty = await tempRepo();
    const none = await runCli(['ledger', 'verify', '--repo', empty]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no ledger branch aios-ledger/);
    expect(none.stderr).toMatch(/How to fix: Run a task first, or fetch the ledger/);
  });

  it('counts every commit of a whole history, and still names a file added beside the ledger and removed again', async () => {
    const dir = await fixtureLedgerRepo();
    const store = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: steppingClock(new Date('2026-12-20T09:00:00Z')),
    });
    await store.append(attempt('acme/site#50', 1));
    await store.flush();
    const whole = await verifyLedger(dir, REF);
    expect(whole).toMatchObject({ commits: 2, violations: [] });
    // An addition that is gone from the tip leaves only its removal in the history: that is
    // enough for verify to read the history change by change and name both.
    const t = await tamperer(dir);
    await t.write('notes.txt', 'n\n');
    const added = await t.commit('add a note');
    await t.remove('notes.txt');
    const removed = await t.commit('remove it');
    const r = await verifyLedger(dir, REF);
    expect(r.commits).toBe(4);
    expect(r.violations.map((v) => [v.kind, v.path, v.commit])).toEqual([
      ['history', 'notes.txt', removed],
      ['path', 'notes.txt', added],
    ]);
  });

  it('refuses an entry whose bytes are not UTF-8, in verify, export and report alike', async () => {
    // Decoded anyway, each bad byte would turn into U+FFFD without a word: verify would pass
    // text the file does not hold, and an export would hand it on.
    const dir = await fixtureLedgerRepo();
    const t = await tamperer(dir);
    const task3 = await t.files('globex.site.3');
    const tail = task3.at(-1) as string;
    const last = JSON.parse(await t.read(tail)) as Record<string, unknown>;
    const path = `${await t.folder('globex.site.3')}/${laterId(6)}-outcome.json`;
    const text = `${JSON.stringify({ ...last, id: laterId(6), prev: sha256(await t.read(tail)) }, null, 2)}\n`;
    // One byte of a task id's character replaced by 0xff, which no UTF-8 text holds.
    const bytes = Buffer.from(text, 'utf8');
    bytes[bytes.indexOf('globex')] = 0xff;
    await mkdir(join(t.wt, path, '..'), { recursive: true });
    await writeFile(join(t.wt, path), bytes);
    const added = await t.commit('add an entry that is not UTF-8');

    const { violations } = await verifyLedger(dir, REF);
    expect(violations).toEqual([
      {
        kind: 'schema',
        path,
        commit: added,
        message:
          'is not valid JSON: its bytes are not UTF-8 text (JSON files are UTF-8: RFC 8259 §8.1)',
      },
    ]);
    for (const argv of [
      ['ledger', 'export', '--repo', dir, '--format', 'jsonl'],
      ['ledger', 'report', '--repo', dir],
    ]) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).not.toBe(0);
      expect(r.stderr, argv.join(' ')).toContain(
        `${path} is not valid JSON: its bytes are not UTF-8`,
      );
    }
  });
});
