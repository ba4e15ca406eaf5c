import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  assertRoutesInSpec,
  githubServerRoutes,
  startGitHubServer,
} from '../support/github-server.js';
import type { GitHubServer } from '../support/github-server.js';

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const repo = { owner: 'acme', repo: 'widgets' };
const CREATE_PULL = 'POST /repos/{owner}/{repo}/pulls';

let server: GitHubServer;

function client(): Octokit {
  return new Octokit({ baseUrl: server.url, auth: 'ghs_pipeline', log: silent });
}

/** What @octokit/request throws for an HTTP failure (its RequestError, duck-typed). */
interface HttpFailure {
  status: number;
  message: string;
  response?: { data: unknown; headers: Record<string, string | undefined> };
}

async function failure(promise: Promise<unknown>): Promise<HttpFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: 'HttpError', status: expect.any(Number) });
  return error as HttpFailure;
}

beforeAll(async () => {
  // The pipeline's token is a workflow token: its repository lets Actions open pull requests.
  server = await startGitHubServer({ ...repo, actionsCanCreatePullRequests: true });
});

afterEach(() => {
  server.assertNoViolations();
  server.checkSpec = true;
});

afterAll(async () => server.close());

describe('the OpenAPI spec check', () => {
  it('knows every implemented route is in the spec, and rejects one that is not', async () => {
    await expect(assertRoutesInSpec(githubServerRoutes())).resolves.toBeUndefined();
    await expect(
      assertRoutesInSpec(['POST /repos/{owner}/{repo}/pulls/{pull_number}/approve']),
    ).rejects.toThrow(
      /not in the OpenAPI spec: POST \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}\/approve/,
    );
  });

  it('catches a response that lost a required field', async () => {
    const issue = server.addIssue({ title: 'spec' });
    server.tamperNextResponse(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      (body) => {
        delete (body as Record<string, unknown>).html_url;
      },
    );
    const error = await failure(
      client().rest.issues.createComment({ ...repo, issue_number: issue.number, body: 'hello' }),
    );
    expect(error.status).toBe(500);
    expect(error.message).toMatch(/violates the OpenAPI spec/);
    expect(() => server.assertNoViolations()).toThrow(/must have required property 'html_url'/);
    expect(server.takeViolations()).toEqual([
      expect.objectContaining({
        kind: 'response-body',
        route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        status: 201,
        errors: [
          expect.objectContaining({ keyword: 'required', params: { missingProperty: 'html_url' } }),
        ],
      }),
    ]);
  });

  it('catches wrong types deep inside a response, and lets them through when checking is off', async () => {
    const issue = server.addIssue({ title: 'deep' });
    const breakUser = (body: unknown): void => {
      (body as { user: Record<string, unknown> }).user.id = 'not-a-number';
    };
    server.tamperNextResponse('GET /repos/{owner}/{repo}/issues/{issue_number}', breakUser);
    expect(
      (await failure(client().rest.issues.get({ ...repo, issue_number: issue.number }))).status,
    ).toBe(500);
    expect(server.takeViolations()[0]?.errors).toEqual([
      expect.objectContaining({ instancePath: '/user/id' }),
    ]);

    server.checkSpec = false;
    server.tamperNextResponse('GET /repos/{owner}/{repo}/issues/{issue_number}', breakUser);
    const { data } = await client().rest.issues.get({ ...repo, issue_number: issue.number });
    expect(data.user?.id).toBe('not-a-number');
  });

  it('catches request bodies and query parameters the spec does not allow', async () => {
    const octokit = client();
    const noBase = await failure(
      octokit.request('POST /repos/{owner}/{repo}/pulls', { ...repo, head: 'x' } as never),
    );
    expect(noBase.status).toBe(500);
    expect(server.takeViolations()).toMatchObject([
      {
        kind: 'request-body',
        errors: [expect.objectContaining({ params: { missingProperty: 'base' } })],
      },
    ]);
    const badState = await failure(
      octokit.request('GET /repos/{owner}/{repo}/pulls', { ...repo, state: 'merged' } as never),
    );
    expect(badState.status).toBe(500);
    expect(server.takeViolations()).toMatchObject([
      { kind: 'request-query', errors: [expect.objectContaining({ instancePath: '/state' })] },
    ]);
    expect(server.state.pulls.size).toBe(0);
  });

  it('fails loudly on GitHub routes it does not implement, and 404s on paths GitHub does not have', async () => {
    const octokit = client();
    const unimplemented = await failure(octokit.rest.repos.listCommits(repo));
    expect(unimplemented.status).toBe(500);
    expect(server.takeViolations()).toEqual([expect.objectContaining({ kind: 'unimplemented' })]);
    const nowhere = await failure(octokit.request('GET /repos/{owner}/{repo}/no-such-thing', repo));
    expect(nowhere.status).toBe(404);
  });
});

describe('fault injection', () => {
  it('fails the next N calls to a route with a status, then recovers', async () => {
    const octokit = client();
    const head = 'aios/issue-1';
    server.setBranch(head);
    const before = server.calls(CREATE_PULL).length;
    server.failNext(CREATE_PULL, 502, { times: 2 });
    const attempt = () => octokit.rest.pulls.create({ ...repo, head, base: 'main', title: 'AIOS' });
    expect((await failure(attempt())).status).toBe(502);
    expect((await failure(attempt())).status).toBe(502);
    expect(server.state.pulls.size).toBe(0);
    expect((await attempt()).status).toBe(201);
    expect(
      server
        .calls(CREATE_PULL)
        .slice(before)
        .map((c) => [c.status, c.fault]),
    ).toEqual([
      [502, 'status'],
      [502, 'status'],
      [201, undefined],
    ]);
  });

  it('drops the connection before the PR exists (a job killed between push and PR)', async () => {
    const octokit = client();
    server.setBranch('aios/issue-2');
    server.failNext(CREATE_PULL, 'drop');
    const error = await failure(
      octokit.rest.pulls.create({ ...repo, head: 'aios/issue-2', base: 'main', title: 't' }),
    );
    expect(error.status).toBe(500);
    expect(server.calls(CREATE_PULL).at(-1)).toMatchObject({ fault: 'drop', status: 0 });
    const found = await octokit.rest.pulls.list({ ...repo, head: 'acme:aios/issue-2' });
    expect(found.data).toEqual([]);
  });

  it('can lose the answer after the PR was created, so a retry meets the duplicate', async () => {
    const octokit = client();
    server.setBranch('aios/issue-3');
    server.failNext(CREATE_PULL, 'drop', { when: 'after' });
    const create = () =>
      octokit.rest.pulls.create({ ...repo, head: 'aios/issue-3', base: 'main', title: 't' });
    await failure(create());
    const retry = await failure(create());
    expect(retry.status).toBe(422);
    const found = await octokit.rest.pulls.list({ ...repo, head: 'acme:aios/issue-3' });
    expect(found.data.map((p) => p.head.ref)).toEqual(['aios/issue-3']);
  });

  it('can answer a rate-limit 403 with headers on any route', async () => {
    server.failNext('*', {
      type: 'status',
      status: 403,
      message: 'API rate limit exceeded for installation ID 1.',
      headers: { 'x-ratelimit-remaining': '0', 'retry-after': '1' },
    });
    const error = await failure(client().rest.repos.get(repo));
    expect(error.status).toBe(403);
    expect(error.response?.headers['x-ratelimit-remaining']).toBe('0');
    expect((await client().rest.repos.get(repo)).status).toBe(200);
  });

  it('refuses hooks for routes it does not implement', () => {
    expect(() => server.failNext('POST /repos/{owner}/{repo}/merges', 500)).toThrow(
      /does not implement/,
    );
  });

  it('closes promptly even with a keep-alive connection open', async () => {
    const other = await startGitHubServer(repo);
    await new Octokit({ baseUrl: other.url, auth: 'x', log: silent }).rest.repos.get(repo);
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
