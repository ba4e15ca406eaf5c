import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/forge/octokit.js';
import { startGitHubServer, type GitHubServer } from '../support/github-server.js';

const repo = { owner: 'acme', repo: 'widgets' };
const GET_REPO = 'GET /repos/{owner}/{repo}';
let server: GitHubServer;

beforeAll(async () => {
  server = await startGitHubServer({ ...repo });
});
afterAll(async () => server.close());

/** The client every job builds, with its default retries, and what it logged. */
function client() {
  const logged: string[] = [];
  const octokit = createOctokit({
    token: 'ghs_job',
    baseUrl: server.url,
    log: (m) => logged.push(m),
  });
  return { octokit, logged };
}

describe('the GitHub client a job builds, against a server that faults', () => {
  it('retries a 502 and goes on', async () => {
    const { octokit } = client();
    const before = server.calls(GET_REPO).length;
    server.failNext(GET_REPO, 502);
    expect((await octokit.rest.repos.get(repo)).status).toBe(200);
    expect(
      server
        .calls(GET_REPO)
        .slice(before)
        .map((c) => c.status),
    ).toEqual([502, 200]);
  }, 20_000);

  it('does not retry a 4xx: a 404 or a 422 does not change on a second try', async () => {
    const { octokit } = client();
    const before = server.calls(GET_REPO).length;
    server.failNext(GET_REPO, 404);
    const error = await octokit.rest.repos.get(repo).then(
      () => undefined,
      (e: unknown) => e as { status: number },
    );
    expect(error?.status).toBe(404);
    expect(server.calls(GET_REPO).length - before).toBe(1);
  });

  it('waits out a secondary rate limit that asks for a short wait, as GitHub asks', async () => {
    const { octokit, logged } = client();
    const before = server.calls(GET_REPO).length;
    server.failNext(GET_REPO, {
      type: 'status',
      status: 403,
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' },
    });
    const started = Date.now();
    expect((await octokit.rest.repos.get(repo)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(server.calls(GET_REPO).length - before).toBe(2);
    expect(logged.join('\n')).toMatch(/secondary rate limit on GET .*retrying after 1s/);
  }, 20_000);

  it('does not sit out a rate limit that resets in an hour: fails at once, saying when it resets', async () => {
    const { octokit, logged } = client();
    const reset = Math.floor(Date.now() / 1000) + 3600;
    server.failNext(GET_REPO, {
      type: 'status',
      status: 403,
      message: 'API rate limit exceeded for installation ID 1.',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    });
    const started = Date.now();
    const error = await octokit.rest.repos.get(repo).then(
      () => undefined,
      (e: unknown) => e as { status: number },
    );
    expect(error?.status).toBe(403);
    expect(Date.now() - started).toBeLessThan(5_000);
    // An hour and the second the throttling plugin adds, in whole minutes: 61, or 60 when the
    // request took more than a second to come back (a loaded machine).
    expect(logged.join('\n')).toMatch(/rate limit on GET .*resets in 6[01] min .*not waiting/);
  }, 20_000);
});
