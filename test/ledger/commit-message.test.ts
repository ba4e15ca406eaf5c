import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { steppingClock } from '../../src/core/clock.js';
import type { LedgerDraft } from '../../src/core/ledger-entry.js';
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { sharedDemo } from '../support/shared-demo.js';
import { attempt, planned } from '../support/ledger-drafts.js';
import { tempRepo } from '../support/temp-repo.js';
import { loadConfig } from '../../src/config/load-config.js';
import { shippedWritingGates } from '../support/pipeline-fakes.js';

function signoff(task: string, login: string): LedgerDraft {
  const p = planned(task);
  return {
    task,
    work: p.work,
    rule: p.rule,
    event: 'signoff',
    actor: { type: 'human', login },
    data: {
      login,
      approved: true,
      counts: true,
      minutesToApproval: 4320,
      reviewMinutes: 20,
      pr: 'pr',
    },
  } as LedgerDraft;
}

describe('ledger commits say what happened', () => {
  it('one line per entry, a delivery with who, on what, what it cost and its gates', async () => {
    // The suite's demo run, read in place.
    const { dir } = await sharedDemo();
    const log = await simpleGit(dir).raw(['log', '--format=%an|%cn|%B%x00', 'aios-ledger']);
    const blog = log.split('\0').find((m) => m.includes('blog-post delivered')) ?? '';
    // The delivered attempt passed every gate the shipped config and the editor persona name.
    const gates = (await shippedWritingGates(await loadConfig())).length;
    expect(gates).toBeGreaterThanOrEqual(2);
    expect(blog).toMatch(
      new RegExp(
        `^ledger: local/demo#blog-post delivered by editor on [\\w.-]+ · \\$\\d+\\.\\d{2,4} · ${gates} gates pass · aios/local\\.demo\\.blog-post [0-9a-f]{12}$`,
        'm',
      ),
    );
    expect(blog).toMatch(
      /^ledger: local\/demo#blog-post gate markdown-lint sent back \(\d+ finding\(s\)\)$/m,
    );
    expect(blog).toMatch(/^ledger: local\/demo#blog-post planned for editor on the \w+ tier/m);
    expect(blog.split('|')[0]?.trim()).toBe('AIOS ledger');
    expect(blog).not.toContain('/tmp/');
  });

  it('a person’s sign-off is authored by that person and committed by AIOS', async () => {
    const dir = await tempRepo();
    const store = await GitLedgerStore.open({
      repoDir: dir,
      branch: 'aios-ledger',
      clock: steppingClock(new Date('2026-11-02T09:00:00Z')),
    });
    await store.append(planned('acme/site#12'));
    await store.append(attempt('acme/site#12', 1));
    await store.flush();
    await store.append(signoff('acme/site#12', 'dana'));
    await store.flush();
    const [last, first] = (
      await simpleGit(dir).raw(['log', '--format=%an <%ae>|%cn|%s', 'aios-ledger'])
    )
      .trim()
      .split('\n');
    expect(last).toBe(
      'dana <dana@users.noreply.github.com>|AIOS ledger|ledger: acme/site#12 signed off by dana · 20 min review',
    );
    expect(first).toBe(
      'AIOS ledger <aios-ledger@localhost>|AIOS ledger|ledger: 2 entries for acme/site#12',
    );
    // Answerable with git alone: what did the task cost, who signed it off.
    const grep = await simpleGit(dir).raw([
      'log',
      '--format=%s',
      '--grep=acme/site#12 signed off',
      'aios-ledger',
    ]);
    expect(grep.trim()).toMatch(/signed off by dana/);
  });
});
