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
});
