import { describe, expect, it } from 'vitest';
import { steppingClock } from '../../src/core/clock.js';
import type { LedgerDraft } from '../../src/core/ledger-entry.js';
import { loadConfig } from '../../src/config/load-config.js';
import { signoffLocal } from '../../src/app/local-finish.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { attempt, planned } from '../support/ledger-drafts.js';
import { tempRepo } from '../support/temp-repo.js';

const TASK = 'local/site#risky';

describe('aios signoff counts the approvers the risk level needs, as the GitHub path does', () => {
  it('records 1 of 2 approvals (not signed off), then 2 of 2 (signed off)', async () => {
    const dir = await tempRepo();
    const ledger = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: steppingClock(new Date('2026-11-02T09:00:00Z')),
    });
    const p = planned(TASK);
    const work = { ...p.work, risk: 'high' as const };
    await ledger.append({ ...p, work } as LedgerDraft);
    await ledger.append({ ...attempt(TASK, 1), work } as LedgerDraft);
    await ledger.append({
      task: TASK,
      work,
      rule: p.rule,
      event: 'delivered',
      actor: { type: 'system', component: 'deliver' },
      estimate: { minutes: 120, source: 'config' },
      data: {
        branch: 'aios/local.site.risky',
        commit: 'd'.repeat(40),
        files: ['a.md'],
        pr: { number: 1, url: '.aios/pulls/local.site.risky.md' },
        attempts: 1,
        totalMicros: 0,
        shadowMicros: 0,
      },
    } as LedgerDraft);
    await ledger.flush();
    const { config: shipped } = await loadConfig();
    const config = {
      ...shipped,
      risk: {
        ...shipped.risk,
        levels: { ...shipped.risk.levels, high: { ...shipped.risk.levels.high, approvers: 2 } },
      },
    };
    const first = await signoffLocal({ ledger, config, login: 'dana' }, TASK);
    expect(first.data).toMatchObject({
      counts: true,
      approvals: { have: 1, need: 2 },
      signedOff: false,
      commit: 'd'.repeat(40),
    });
    await ledger.flush();
    const second = await signoffLocal({ ledger, config, login: 'lee' }, TASK);
    expect(second.data).toMatchObject({ approvals: { have: 2, need: 2 }, signedOff: true });
  });
});
