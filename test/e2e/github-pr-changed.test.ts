import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../src/core/ledger-entry.js';
import { verifyLedger } from '../../src/ledger/verify-ledger.js';
import { rebuildPromptsIn } from '../../src/reports/rebuild-prompts.js';
import { PLAN_DIR, PLAN_FILE } from '../../src/jobs/plan-artifact.js';
import { WORK_DIR, WORK_SPOOL } from '../../src/jobs/work-artifact.js';
import {
  answer,
  asOnServer,
  OWNER,
  REPO,
  startGitHubWorld,
  type GitHubWorld,
} from '../support/github-world.js';
import { tempDir } from '../support/temp-repo.js';
import { webhookFixture } from '../support/webhook-fixtures.js';

let world: GitHubWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

describe('a PR task shows the files its branch changes', () => {
  it('lists them through the REST API at intake and shows them after the named files, never a removed one', async () => {
    world = await startGitHubWorld();
    const w = world;
    // The PR's branch: one page changed, one added, one removed, one PHP file renamed.
    const clone = await tempDir('aios-pr-');
    await simpleGit().clone(w.origin, clone);
    const g = simpleGit(clone);
    await g.addConfig('user.name', 'Ann');
    await g.addConfig('user.email', 'ann@example.com');
    await g.checkoutLocalBranch('copy-refresh');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(
      join(clone, 'content/pages/pricing.md'),
      '# Pricing\n\nPlans start at 12 euros a month, billed yearly.\n',
    );
    await writeFile(
      join(clone, 'content/pages/team.md'),
      '# Team\n\nMeet Zoe Quill, our new head of support.\n',
    );
    await rm(join(clone, 'content/pages/about.md'));
    await g.mv(
      'wp-content/plugins/acme-newsletter/includes/settings-page.php',
      'wp-content/plugins/acme-newsletter/includes/admin-page.php',
    );
    await g.add('.');
    await g.commit('Refresh the copy');
    await g.push('origin', 'copy-refresh');

    const pr = await w.github.addPullRequest({
      head: 'copy-refresh',
      base: 'main',
      title: 'Copy refresh',
      body: 'Audit the pages this pull request changes for plain language.',
      user: 'ann',
      labels: ['aios', 'content-audit'],
    });
    // The list-pulls schema wants label descriptions as strings: seeded labels get one.
    for (const l of w.github.state.labels.values()) l.description ??= 'AIOS';
    const fixture = webhookFixture('pull_request.labeled', {
      owner: OWNER,
      repo: REPO,
      number: pr.number,
      label: 'aios',
      sender: 'ann',
      headRef: 'copy-refresh',
      baseRef: 'main',
    });
    fixture.repository.default_branch = 'main';
    const payload = await asOnServer(w, fixture);
    payload.pull_request.title = 'Copy refresh';
    const [aios] = payload.pull_request.labels;
    if (!aios) throw new Error('the fixture has no label');
    payload.pull_request.labels = [
      aios,
      { ...aios, id: aios.id + 1, name: 'content-audit', node_id: `${aios.node_id}x` },
    ];
    w.ollama.enqueue({
      content: answer({ files: [{ path: 'audits/copy.md', content: '# Audit\n\nFine.\n' }] }),
    });

    const dir = await w.newArtifactDir();
    const intake = await w.job('intake', 'pull_request', payload, dir);
    expect(intake.outputs.decision, intake.log).toBe('work');
    expect(w.github.calls('GET /repos/{owner}/{repo}/pulls/{pull_number}/files')).toHaveLength(1);
    const plan = JSON.parse(await readFile(join(dir, PLAN_DIR, PLAN_FILE), 'utf8')) as {
      changedPaths?: string[];
    };
    expect([...(plan.changedPaths ?? [])].sort()).toEqual([
      'content/pages/pricing.md',
      'content/pages/team.md',
      'wp-content/plugins/acme-newsletter/includes/admin-page.php',
    ]);

    const work = await w.job('work', 'pull_request', payload, dir);
    expect(work.outputs.status, work.log).toBe('accepted');
    // The prompt holds the changed pages as the PR's head has them.
    const prompt = (w.ollama.chatRequests[0]?.body as { messages: { content: string }[] })
      .messages[1]?.content;
    expect(prompt).toContain('Meet Zoe Quill');
    expect(prompt).toContain('12 euros a month');
    const attempts: LedgerEntry[] = [];
    for (const f of await walk(join(dir, WORK_DIR, WORK_SPOOL)))
      if (f.endsWith('-attempt.json'))
        attempts.push(JSON.parse(await readFile(f, 'utf8')) as LedgerEntry);
    const shown = attempts[0]?.event === 'attempt' ? attempts[0].data.context?.shown : undefined;
    const changed = (shown ?? []).filter((s) => s.why === 'changed').map((s) => s.path);
    expect(changed).toEqual(
      expect.arrayContaining(['content/pages/pricing.md', 'content/pages/team.md']),
    );
    expect((shown ?? []).map((s) => s.path)).not.toContain('content/pages/about.md');
    // Changed files come right after the named ones (there are none here): first in the list.
    expect(shown?.[0]?.why).toBe('changed');

    // Deliver admits the work job's prompt objects with its entries: on origin's ledger branch
    // the prompt of the call is rebuilt from them, and the ledger verifies.
    const deliver = await w.job('deliver', 'pull_request', payload, dir);
    expect(deliver.outputs.outcome, deliver.log).toBe('delivered');
    const entries = await w.ledger();
    const rebuilt = await rebuildPromptsIn(w.origin, entries);
    expect(rebuilt).toHaveLength(1);
    expect(rebuilt[0]?.error).toBeUndefined();
    expect(rebuilt[0]?.messages).toEqual(
      (
        w.ollama.chatRequests[0]?.body as { messages: { role: string; content: string }[] }
      ).messages.map((m) => ({ role: m.role, content: m.content })),
    );
    const verified = await verifyLedger(w.origin, 'refs/heads/aios-ledger', { anchor: false });
    expect(verified.violations).toEqual([]);
    w.github.assertNoViolations();
  });
});
