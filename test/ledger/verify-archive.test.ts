/**
 * verify reads the tree through `git archive` with every attribute off: a `.gitattributes`
 * committed into the ledger, or lying in the repository's checkout (a branch's content, read
 * by git relative to the folder it runs in), cannot hide entries (export-ignore) or change their
 * bytes, and a link under ledger/ is named, not skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { readLedgerArchived } from '../../src/ledger/read-ledger.js';
import { writeFixtureLedger } from './fixture-ledger.js';
import { tempDir } from '../support/temp-repo.js';
import { preparedRepo } from '../support/prepared-repo.js';

const REF = 'refs/heads/aios-ledger';

/** The fixture ledger, written once for this file; each test changes its own copy. */
const fixtureLedgerRepo = preparedRepo(writeFixtureLedger);

function git(
  repo: string,
  args: string[],
  input?: string,
  env: Record<string, string> = {},
): string {
  return execFileSync('git', args, {
    cwd: repo,
    input,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  }).trim();
}

describe('verify reads the ledger with attributes off', () => {
  it('a .gitattributes in the ledger hides nothing and is named; a link is named', async () => {
    const repo = await fixtureLedgerRepo();
    const before = await verifyLedger(repo, REF, { anchor: false });
    expect(before.violations).toEqual([]);

    // Commit, on top of the ledger, attributes that would hide every entry from an archive and
    // turn line endings, and a symbolic link.
    const index = join(await tempDir(), 'index');
    const env = { GIT_INDEX_FILE: index };
    git(repo, ['read-tree', REF], undefined, env);
    const attrs = git(
      repo,
      ['hash-object', '-w', '--stdin'],
      '* export-ignore\n*.json text eol=crlf\n',
    );
    const link = git(repo, ['hash-object', '-w', '--stdin'], '../README.md');
    git(
      repo,
      ['update-index', '--add', '--cacheinfo', `100644,${attrs},ledger/.gitattributes`],
      undefined,
      env,
    );
    git(
      repo,
      ['update-index', '--add', '--cacheinfo', `120000,${link},ledger/link.json`],
      undefined,
      env,
    );
    const tree = git(repo, ['write-tree'], undefined, env);
    const commit = git(repo, ['commit-tree', tree, '-p', REF, '-m', 'attributes'], undefined, {
      GIT_AUTHOR_NAME: 'x',
      GIT_AUTHOR_EMAIL: 'x@x',
      GIT_COMMITTER_NAME: 'x',
      GIT_COMMITTER_EMAIL: 'x@x',
    });
    git(repo, ['update-ref', REF, commit]);

    const after = await verifyLedger(repo, REF, { anchor: false });
    expect(after.entries).toBe(before.entries);
    const named = after.violations.map((v) => `${v.kind} ${v.path ?? ''}: ${v.message}`);
    expect(named).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^path ledger\/\.gitattributes: is not a ledger entry file/),
        expect.stringMatching(/^path ledger\/link\.json: is not a regular file/),
      ]),
    );
    // No chain or schema damage: the entries' bytes were read as stored.
    expect(after.violations.filter((v) => v.kind === 'chain' || v.kind === 'schema')).toEqual([]);
    // Export reads them all too.
    let n = 0;
    for await (const _ of readLedgerArchived(repo, REF)) n++;
    expect(n).toBe(before.entries);
  });

  it("a .gitattributes in the repository's checkout hides nothing and changes no byte", async () => {
    const repo = await fixtureLedgerRepo();
    const before = await verifyLedger(repo, REF, { anchor: false });
    expect(before.violations).toEqual([]);
    const exported: string[] = [];
    for await (const e of readLedgerArchived(repo, REF)) exported.push(JSON.stringify(e));
    // What a checked-out branch could hold: attributes at its root and in a ledger/ folder of
    // its own, which would hide every entry from an archive run there or turn line endings.
    const attrs = '* export-ignore\n*.json text eol=crlf\nledger/** export-ignore\n';
    writeFileSync(join(repo, '.gitattributes'), attrs);
    mkdirSync(join(repo, 'ledger'), { recursive: true });
    writeFileSync(join(repo, 'ledger', '.gitattributes'), attrs);
    const after = await verifyLedger(repo, REF, { anchor: false });
    expect(after.violations).toEqual([]);
    expect(after.entries).toBe(before.entries);
    const again: string[] = [];
    for await (const e of readLedgerArchived(repo, REF)) again.push(JSON.stringify(e));
    expect(again).toEqual(exported);
  });

  it('read month by month, it still reads every file: stray files and folders at every level are named', async () => {
    const repo = await fixtureLedgerRepo();
    const before = await verifyLedger(repo, REF, { anchor: false });
    expect(before.violations).toEqual([]);
    const index = join(await tempDir(), 'index');
    const env = { GIT_INDEX_FILE: index };
    git(repo, ['read-tree', REF], undefined, env);
    const year = git(repo, ['ls-tree', '-d', '--name-only', REF, 'ledger/']).split('\n')[0] ?? '';
    const blob = git(repo, ['hash-object', '-w', '--stdin'], '{}\n');
    // A file in the year folder, a folder with a pathspec-magic name, a deep stray file.
    const strays = [`${year}/stray.json`, 'ledger/:(glob)*/x.json', `${year}/notes/a/b.json`];
    for (const p of strays)
      git(repo, ['update-index', '--add', '--cacheinfo', `100644,${blob},${p}`], undefined, env);
    const tree = git(repo, ['write-tree'], undefined, env);
    const commit = git(repo, ['commit-tree', tree, '-p', REF, '-m', 'strays'], undefined, {
      GIT_AUTHOR_NAME: 'x',
      GIT_AUTHOR_EMAIL: 'x@x',
      GIT_COMMITTER_NAME: 'x',
      GIT_COMMITTER_EMAIL: 'x@x',
    });
    git(repo, ['update-ref', REF, commit]);
    const after = await verifyLedger(repo, REF, { anchor: false });
    expect(after.entries).toBe(before.entries);
    const named = after.violations
      .filter((v) => /is not a ledger entry file/.test(v.message))
      .map((v) => v.path);
    expect(named.sort()).toEqual([...strays].sort());
  });

  it('a submodule (gitlink) under ledger/ or prompts/ is a named failure, at any depth', async () => {
    const repo = await fixtureLedgerRepo();
    const before = await verifyLedger(repo, REF, { anchor: false });
    expect(before.violations).toEqual([]);
    const index = join(await tempDir(), 'index');
    const env = { GIT_INDEX_FILE: index };
    git(repo, ['read-tree', REF], undefined, env);
    const first = git(repo, ['ls-tree', '-r', '--name-only', REF, 'ledger/']).split('\n')[0] ?? '';
    const taskFolder = first.slice(0, first.lastIndexOf('/'));
    const year = taskFolder.split('/').slice(0, 2).join('/');
    // Commits git does not have (a submodule's), and one it has: neither is a file to check.
    const own = git(repo, ['rev-parse', REF]);
    const links = [
      [`${taskFolder}/sub`, 'a'.repeat(40)],
      [`${year}/vendor`, own],
      ['prompts/ab/cdef0123456789abcdef0123456789abcdef01', 'b'.repeat(40)],
    ] as const;
    for (const [p, id] of links)
      git(repo, ['update-index', '--add', '--cacheinfo', `160000,${id},${p}`], undefined, env);
    const tree = git(repo, ['write-tree'], undefined, env);
    const commit = git(repo, ['commit-tree', tree, '-p', REF, '-m', 'gitlinks'], undefined, {
      GIT_AUTHOR_NAME: 'x',
      GIT_AUTHOR_EMAIL: 'x@x',
      GIT_COMMITTER_NAME: 'x',
      GIT_COMMITTER_EMAIL: 'x@x',
    });
    git(repo, ['update-ref', REF, commit]);
    const after = await verifyLedger(repo, REF, { anchor: false });
    expect(after.entries).toBe(before.entries);
    const named = after.violations
      .filter((v) => /submodule \(gitlink/.test(v.message))
      .map((v) => [v.kind, v.path, v.commit]);
    expect(named.sort()).toEqual(
      links.map(([p]) => [p.startsWith('prompts/') ? 'object' : 'path', p, commit]).sort(),
    );
  });
});
