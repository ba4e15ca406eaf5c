/**
 * The hold on V8's optimizing tier during a whole-ledger read (src/core/optimizing-tier.ts):
 * holds nest and overlap, release is idempotent, and the reader gives its hold back however
 * the read ends (to its end, stopped early, failed), so a long-lived process (the job, a test
 * worker) gets TurboFan back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  holdOptimizingTier,
  optimizingTierHolds,
  tierChosenBy,
} from '../../src/core/optimizing-tier.js';
import { resolveCommit } from '../../src/git/refs.js';
import { readLedgerFileBatches } from '../../src/ledger/ledger-files.js';
import { writeFixtureLedger } from '../ledger/fixture-ledger.js';
import { preparedRepo } from '../support/prepared-repo.js';

const ledgerRepo = preparedRepo(writeFixtureLedger);

afterEach(() => {
  // A failed assertion must not leave the worker without TurboFan for the files after this one.
  expect(optimizingTierHolds()).toBe(0);
});

describe('holding the optimizing tier', () => {
  it('counts holds: the last release gives it back; a release twice counts once', () => {
    const first = holdOptimizingTier();
    const second = holdOptimizingTier();
    expect(optimizingTierHolds()).toBe(2);
    first();
    first();
    expect(optimizingTierHolds()).toBe(1);
    second();
    expect(optimizingTierHolds()).toBe(0);
    second();
    expect(optimizingTierHolds()).toBe(0);
  });

  it('leaves the tiers alone when the command line or NODE_OPTIONS chose them', () => {
    expect(tierChosenBy(['--no-turbofan'])).toBe(true);
    expect(tierChosenBy([], '--max-old-space-size=4096 --jitless')).toBe(true);
    expect(tierChosenBy(['--max_opt=2'])).toBe(true);
    expect(tierChosenBy(['--turbofan'])).toBe(true);
    expect(tierChosenBy(['--no-opt'])).toBe(true);
    expect(tierChosenBy(['--noturbofan'])).toBe(true);
    expect(tierChosenBy([], '')).toBe(false);
    expect(
      tierChosenBy(['--enable-source-maps', '--turbofan-stats-x'], '--max-semi-space-size=8'),
    ).toBe(false);
    expect(tierChosenBy(['--optimize-for-size'])).toBe(false);
  });

  it('a ledger read holds it while it runs and gives it back at its end', async () => {
    const repo = await ledgerRepo();
    const tip = await resolveCommit(repo, 'refs/heads/aios-ledger');
    if (!tip) throw new Error('the fixture ledger has no tip');
    let during = 0;
    let files = 0;
    for await (const batch of readLedgerFileBatches(repo, tip)) {
      during = Math.max(during, optimizingTierHolds());
      files += batch.length;
    }
    expect(files).toBeGreaterThan(0);
    expect(during).toBe(1);
    expect(optimizingTierHolds()).toBe(0);
  });

  it('a read stopped after its first batch gives it back', async () => {
    const repo = await ledgerRepo();
    const tip = await resolveCommit(repo, 'refs/heads/aios-ledger');
    if (!tip) throw new Error('the fixture ledger has no tip');
    for await (const batch of readLedgerFileBatches(repo, tip)) {
      expect(batch.length).toBeGreaterThan(0);
      expect(optimizingTierHolds()).toBe(1);
      break;
    }
    expect(optimizingTierHolds()).toBe(0);
  });

  it('a read that fails, in git or in its reader, gives it back', async () => {
    const repo = await ledgerRepo();
    // A ref name where the commit id belongs: git answers with the commit, not a tree.
    const broken = async (): Promise<void> => {
      for await (const batch of readLedgerFileBatches(repo, 'refs/heads/aios-ledger')) void batch;
    };
    await expect(broken()).rejects.toThrow(/malformed/);
    expect(optimizingTierHolds()).toBe(0);
    const tip = await resolveCommit(repo, 'refs/heads/aios-ledger');
    if (!tip) throw new Error('the fixture ledger has no tip');
    const throwing = async (): Promise<void> => {
      for await (const batch of readLedgerFileBatches(repo, tip))
        throw new Error(`stop after ${batch.length}`);
    };
    await expect(throwing()).rejects.toThrow(/stop after/);
    expect(optimizingTierHolds()).toBe(0);
  });
});
