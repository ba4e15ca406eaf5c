import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript without types
import { generateLedger } from '../../bench/ledger-generate.mjs';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { tempDir } from '../support/temp-repo.js';

describe('the benchmark ledger generator', () => {
  it('writes ledgers that verify: each task in the month folder of its first entry', async () => {
    const dir = join(await tempDir(), 'gen');
    const written = (await generateLedger(dir, 4000, { seed: 7 })) as number;
    const r = await verifyLedger(dir, 'refs/heads/aios-ledger', { anchor: false });
    expect(r.violations.slice(0, 3)).toEqual([]);
    expect(r.entries).toBe(written);
  });
});
