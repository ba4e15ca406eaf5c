/**
 * One finder for the task an issue or pull request delivers (jobs/find-delivery.ts), used by
 * the signoff job (a review on the PR) and by `/aios revert` (a comment on the issue or PR):
 * found from the ledger's `delivered` record only; markers and branches say where to look.
 */
import { describe, expect, it } from 'vitest';
import { readTaskMarkers, writeTaskMarker } from '../../src/core/hidden-marker.js';
import { findDeliveredTask, findDelivery } from '../../src/jobs/find-delivery.js';
import { runTask } from '../../src/pipeline/run-task.js';
import { answerJson } from '../support/fake-provider.js';
import { issueTask, pipelineOverFakes } from '../support/pipeline-fakes.js';

const POST = '# Launch\n\nWe launched a new site today.\n';

async function delivered() {
  const w = await pipelineOverFakes([
    { text: answerJson({ files: [{ path: 'posts/launch.md', content: POST }] }) },
    { text: answerJson({ files: [] }) },
  ]);
  const outcome = await runTask(issueTask(['aios', 'blog']), w.deps);
  if (outcome.status !== 'delivered') throw new Error(`not delivered: ${outcome.status}`);
  await w.ledger.flush();
  const [pr] = [...w.forge.pulls.values()];
  if (!pr) throw new Error('no PR');
  return { ...w, pr, outcome };
}

describe('the task an item delivers', () => {
  it('reads every task marker in a body, in order, with the one spelling that writes them', () => {
    const body = `text ${writeTaskMarker('acme/site#3')}\nmore ${writeTaskMarker('acme/site#7')}`;
    expect(readTaskMarkers(body)).toEqual(['acme/site#3', 'acme/site#7']);
    expect(readTaskMarkers(null)).toEqual([]);
  });

  it('finds the task from the issue, and from its bot PR by marker, with every delivery', async () => {
    const { ledger, pr } = await delivered();
    const issue = { number: 7, body: 'Draft a post', isPullRequest: false, byBot: false };
    const fromIssue = await findDelivery('acme', 'site', issue, ledger);
    expect(fromIssue?.task).toBe('acme/site#7');
    expect(fromIssue?.delivered).toHaveLength(1);
    const item = { number: pr.number, body: pr.body, isPullRequest: true, byBot: true };
    const fromPr = await findDelivery('acme', 'site', item, ledger);
    expect(fromPr?.task).toBe('acme/site#7');
    expect(fromPr?.delivered.map((d) => d.data.commit)).toEqual(
      fromIssue?.delivered.map((d) => d.data.commit),
    );
  });

  it('a review names the head branch: a delivery onto another branch does not count', async () => {
    const { ledger, pr } = await delivered();
    const seen = (ref: string) => ({
      number: pr.number,
      body: pr.body,
      head: { ref },
      user: { login: 'aios[bot]', type: 'Bot' },
    });
    const ok = await findDeliveredTask('acme', 'site', seen(pr.headRef), ledger);
    expect(ok?.task).toBe('acme/site#7');
    // The review's view: the latest delivery onto this PR, the one a sign-off is of.
    const all = await findDelivery(
      'acme',
      'site',
      { number: pr.number, body: pr.body, isPullRequest: true, byBot: true },
      ledger,
    );
    expect(ok?.delivered).toEqual(all?.delivered.at(-1));
    expect(await findDeliveredTask('acme', 'site', seen('aios/other'), ledger)).toBeUndefined();
  });

  it('a marker is only where to look: not on a person’s PR, nor for a delivery onto another PR', async () => {
    const { ledger, pr } = await delivered();
    // The same body on a PR a person opened: its marker is not followed.
    const byPerson = { number: pr.number, body: pr.body, isPullRequest: true, byBot: false };
    expect(await findDelivery('acme', 'site', byPerson, ledger)).toBeUndefined();
    // A bot PR whose body names the task, but onto which nothing was delivered.
    const planted = {
      number: pr.number + 50,
      body: writeTaskMarker('acme/site#7'),
      isPullRequest: true,
      byBot: true,
    };
    expect(await findDelivery('acme', 'site', planted, ledger)).toBeUndefined();
    // A marker naming another repository's task is never read.
    const elsewhere = { ...planted, number: pr.number, body: writeTaskMarker('evil/repo#7') };
    expect(await findDelivery('acme', 'site', elsewhere, ledger)).toBeUndefined();
  });
});
