import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { simpleGit } from 'simple-git';
import { afterEach, describe, expect, it } from 'vitest';
import { startGitHubWorld, type GitHubWorld } from '../support/github-world.js';

/**
 * A saved world is put back whole: tests that start from the same jobs share them through
 * `snapshot`/`restore` (test/e2e/github-trust.test.ts), so anything a restore missed would
 * leak one test's doings into the next.
 */
let world: GitHubWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

describe('GitHubWorld snapshot and restore', () => {
  it('puts back origin, both servers, the id counters and the artifact folder with its plan hash', async () => {
    const w = (world = await startGitHubWorld());
    const issue = w.github.addIssue({ title: 'Audit', user: 'ann', labels: ['aios'] });
    const dir = await w.newArtifactDir();
    await writeFile(join(dir, 'note.txt'), 'saved\n');
    const mainBefore = (await simpleGit(w.origin).revparse(['main'])).trim();
    const saved = await w.snapshot(dir);

    // Everything a test may change: a comment (an id), a request, an issue edit, a push, a
    // queued model reply, a request to the model server, the artifact folder.
    const octokit = new Octokit({ baseUrl: w.github.url, auth: 'job-token', log: silent });
    const comment = await octokit.rest.issues.createComment({
      owner: 'acme',
      repo: 'site',
      issue_number: issue.number,
      body: 'after the snapshot',
    });
    w.github.state.issues.get(issue.number)!.labels = [];
    w.github.addIssue({ title: 'Another' });
    const clone = await w.newArtifactDir();
    await simpleGit().clone(w.origin, clone);
    const g = simpleGit(clone);
    await g.addConfig('user.name', 'P');
    await g.addConfig('user.email', 'p@example.com');
    await writeFile(join(clone, 'extra.md'), 'x\n');
    await g.add('.');
    await g.commit('extra');
    await g.push('origin', 'main');
    await fetch(`${w.ollama.url}/api/tags`);
    w.ollama.enqueue({ content: 'left over' });
    await writeFile(join(dir, 'note.txt'), 'changed\n');
    // A repository setting, a pending fault and a pending tamper on GitHub.
    const settingsBefore = { ...w.github.settings };
    w.github.settings.actionsCanCreatePullRequests = !settingsBefore.actionsCanCreatePullRequests;
    w.github.failNext('GET /repos/{owner}/{repo}/issues/{issue_number}', 503);
    w.github.tamperNextResponse('GET /repos/{owner}/{repo}/issues/{issue_number}', () => ({
      tampered: true,
    }));

    const again = await w.restore(saved);
    expect(again).not.toBe(dir);
    expect(await readFile(join(again, 'note.txt'), 'utf8')).toBe('saved\n');
    expect((await simpleGit(w.origin).revparse(['main'])).trim()).toBe(mainBefore);
    expect(w.github.state.comments.size).toBe(0);
    expect(w.github.state.issues.size).toBe(1);
    expect(w.github.state.issues.get(issue.number)?.labels).toEqual(['aios']);
    expect(w.github.requests).toEqual([]);
    expect(w.ollama.requests).toEqual([]);
    expect(w.github.settings).toEqual(settingsBefore);
    // Neither the fault nor the tamper outlives the restore: the issue reads as it is.
    const read = await octokit.rest.issues.get({
      owner: 'acme',
      repo: 'site',
      issue_number: issue.number,
    });
    expect(read.data.title).toBe('Audit');
    // The id counter is back too: the same call makes the same comment id again.
    const remade = await octokit.rest.issues.createComment({
      owner: 'acme',
      repo: 'site',
      issue_number: issue.number,
      body: 'after the restore',
    });
    expect(remade.data.id).toBe(comment.data.id);
    // The queued reply was dropped: the queue is as saved (empty), so chat falls to the handler.
    w.ollama.setHandler(() => ({ content: 'from the handler' }));
    const chat = (await (
      await fetch(`${w.ollama.url}/api/chat`, {
        method: 'POST',
        body: JSON.stringify({
          model: 'llama3.1:8b',
          stream: false,
          messages: [{ role: 'user', content: 'hi' }],
        }),
      })
    ).json()) as { message: { content: string } };
    expect(chat.message.content).toBe('from the handler');
    // A second restore of the same snapshot is as good as the first.
    const third = await w.restore(saved);
    expect(await readFile(join(third, 'note.txt'), 'utf8')).toBe('saved\n');
    expect(w.github.state.comments.size).toBe(0);
    w.github.assertNoViolations();
  });
});
