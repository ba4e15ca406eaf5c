/**
 * The report's and the cells' fold reads the ledger as every whole-ledger reader does: each
 * entry parsed once (one the fold's own check refuses goes to the full schema as parsed), and
 * the young generation bounded while it streams (young-generation.ts).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { LEDGER_SCHEMA, type LedgerEntry } from '../../src/core/ledger-entry.js';
import { foldLedgerFromGit, type LedgerFold } from '../../src/reports/fold-ledger.js';
import { writeFixtureLedger } from '../ledger/fixture-ledger.js';
import { preparedRepo } from '../support/prepared-repo.js';

const REF = 'refs/heads/aios-ledger';

/** The fixture ledger, written once for this file; each test changes its own copy. */
const fixtureLedgerRepo = preparedRepo(writeFixtureLedger);

class Collect implements LedgerFold<LedgerEntry> {
  readonly ids: string[] = [];
  add(entry: LedgerEntry): void {
    this.ids.push(entry.id);
  }
  merge(other: this): void {
    this.ids.push(...other.ids);
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('foldLedgerFromGit', () => {
  it('parses an entry its check refuses once, not twice', async () => {
    const repo = await fixtureLedgerRepo();
    const parse = vi.spyOn(JSON, 'parse');
    const fold = await foldLedgerFromGit(
      repo,
      REF,
      () => new Collect(),
      () => undefined,
    );
    const entryParses = parse.mock.calls.filter(
      ([text]) => typeof text === 'string' && text.includes(`"${LEDGER_SCHEMA}"`),
    ).length;
    expect(fold.ids.length).toBeGreaterThan(10);
    expect(entryParses).toBe(fold.ids.length);
  });

  it('keeps the young generation bounded while it reads, as verify and export do', async () => {
    const repo = await fixtureLedgerRepo();
    // Modules stay loaded from one test file to the next (isolate: false): the fold is loaded
    // afresh, over a young-generation module that counts its calls.
    const bounded = { calls: 0 };
    vi.doMock('../../src/core/young-generation.js', () => ({
      boundYoungGeneration: () => {
        bounded.calls++;
      },
    }));
    vi.resetModules();
    const fresh = await import('../../src/reports/fold-ledger.js');
    vi.doUnmock('../../src/core/young-generation.js');
    vi.resetModules();
    const fold = await fresh.foldLedgerFromGit(
      repo,
      REF,
      () => new Collect(),
      (json) => json as LedgerEntry,
    );
    expect(fold.ids.length).toBeGreaterThan(10);
    expect(bounded.calls).toBeGreaterThan(0);
  });

  it('names the file that is not JSON', async () => {
    const repo = await fixtureLedgerRepo();
    const env = { ...process.env, GIT_INDEX_FILE: join(repo, '.git', 'fold-test-index') };
    const git = (args: string[], input?: string): string =>
      execFileSync('git', args, { cwd: repo, input, env, encoding: 'utf8' }).trim();
    const first = git(['ls-tree', '-r', '--name-only', REF, 'ledger/']).split('\n')[0] ?? '';
    const bad = `${first.slice(0, first.lastIndexOf('/'))}/01ARZ3NDEKTSV4RRFFQ69G5FAV-attempt.json`;
    git(['read-tree', REF]);
    git([
      'update-index',
      '--add',
      '--cacheinfo',
      `100644,${git(['hash-object', '-w', '--stdin'], '{ not json')},${bad}`,
    ]);
    git(['update-ref', REF, git(['commit-tree', git(['write-tree']), '-p', REF, '-m', 'bad'])]);
    await expect(
      foldLedgerFromGit(
        repo,
        REF,
        () => new Collect(),
        () => undefined,
      ),
    ).rejects.toThrow(`${bad} is not valid JSON`);
  });
});
