import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubServer } from '../support/github-server.js';
import type { GitHubServer } from '../support/github-server.js';

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const repo = { owner: 'acme', repo: 'widgets' };

let server: GitHubServer;

function client(token = 'ghs_pipeline'): Octokit {
  return new Octokit({ baseUrl: server.url, auth: token, log: silent });
}

function anonymousClient(): Octokit {
  return new Octokit({ baseUrl: server.url, log: silent });
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
  server = await startGitHubServer(repo);
  server.addUser('writer', 'write');
  server.addUser('reader', 'read');
  server.addUser('maintainer', 'maintain');
});

afterEach(() => server.assertNoViolations());
afterAll(async () => server.close());

describe('auth', () => {
  it('answers 401 Bad credentials without a token, and records the token of each call', async () => {
    const error = await failure(anonymousClient().rest.repos.get(repo));
    expect(error.status).toBe(401);
    expect(error.response?.data).toMatchObject({ message: 'Bad credentials', status: '401' });

    server.addToken('ghp_alice', 'writer');
    const { data } = await client('ghp_alice').rest.repos.get(repo);
    expect(data.full_name).toBe('acme/widgets');
    expect(data.permissions).toMatchObject({ push: true, admin: false });
    const calls = server.calls('GET /repos/{owner}/{repo}');
    expect(calls.map((c) => [c.token, c.login, c.status])).toEqual([
      [null, null, 401],
      ['ghp_alice', 'writer', 200],
    ]);
  });

  it('accepts Bearer tokens; unregistered tokens act as github-actions[bot]', async () => {
    await client('eyJhbGciOi.payload.sig').rest.repos.get(repo);
    const last = server.requests.at(-1);
    expect(last?.token).toBe('eyJhbGciOi.payload.sig');
    expect(last?.login).toBe('github-actions[bot]');
  });
});

describe('collaborator permission', () => {
  it('reports write, maintain, read and admin roles with the legacy permission field', async () => {
    const octokit = client();
    const level = async (username: string) =>
      (await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username })).data;
    expect(await level('writer')).toMatchObject({ permission: 'write', role_name: 'write' });
    expect(await level('maintainer')).toMatchObject({ permission: 'write', role_name: 'maintain' });
    expect(await level('reader')).toMatchObject({ permission: 'read', role_name: 'read' });
    const owner = await level('acme');
    expect(owner.permission).toBe('admin');
    expect(owner.user?.permissions).toEqual({
      admin: true,
      maintain: true,
      push: true,
      triage: true,
      pull: true,
    });
  });

  it('answers 404 "<name> is not a user" for unknown users', async () => {
    const error = await failure(
      client().rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'ghost-user' }),
    );
    expect(error.status).toBe(404);
    expect(error.response?.data).toEqual({
      message: 'ghost-user is not a user',
      documentation_url:
        'https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user',
      status: '404',
    });
  });

  it('answers 404 for another repository', async () => {
    const error = await failure(client().rest.repos.get({ owner: 'acme', repo: 'other' }));
    expect(error.status).toBe(404);
  });
});

describe('issues, comments and labels', () => {
  it('round-trips an issue through labels, comments and edits', async () => {
    const octokit = client();
    const issue = server.addIssue({
      title: 'Add a widget',
      body: 'Please.',
      user: 'writer',
      labels: ['enhancement'],
    });

    const got = (await octokit.rest.issues.get({ ...repo, issue_number: issue.number })).data;
    expect(got).toMatchObject({
      number: issue.number,
      title: 'Add a widget',
      body: 'Please.',
      state: 'open',
    });
    expect(got.user?.login).toBe('writer');
    expect(got.html_url).toBe(`https://github.com/acme/widgets/issues/${issue.number}`);

    const added = await octokit.rest.issues.addLabels({
      ...repo,
      issue_number: issue.number,
      labels: ['aios', 'aios:working'],
    });
    expect(added.data.map((l) => l.name)).toEqual(['enhancement', 'aios', 'aios:working']);
    expect(server.state.labels.has('aios:working')).toBe(true);

    const removed = await octokit.rest.issues.removeLabel({
      ...repo,
      issue_number: issue.number,
      name: 'aios:working',
    });
    expect(removed.data.map((l) => l.name)).toEqual(['enhancement', 'aios']);
    const missing = await failure(
      octokit.rest.issues.removeLabel({ ...repo, issue_number: issue.number, name: 'nope' }),
    );
    expect(missing.status).toBe(404);
    expect((missing.response?.data as { message: string }).message).toBe('Label does not exist');

    const comment = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: issue.number,
      body: 'AIOS is on it.',
    });
    expect(comment.status).toBe(201);
    expect(comment.data.user?.login).toBe('github-actions[bot]');
    const edited = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: comment.data.id,
      body: 'AIOS is done.',
    });
    expect(edited.data.body).toBe('AIOS is done.');
    const listed = await octokit.rest.issues.listComments({ ...repo, issue_number: issue.number });
    expect(listed.data.map((c) => c.body)).toEqual(['AIOS is done.']);

    const closed = await octokit.rest.issues.update({
      ...repo,
      issue_number: issue.number,
      state: 'closed',
      labels: ['done'],
    });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(closed.data.labels).toEqual([expect.objectContaining({ name: 'done' })]);
    expect(server.state.issues.get(issue.number)?.closedBy).toBe('github-actions[bot]');
  });

  it('answers 404 for a missing issue and 422 for an over-long comment', async () => {
    const octokit = client();
    expect((await failure(octokit.rest.issues.get({ ...repo, issue_number: 9999 }))).status).toBe(
      404,
    );
    const issue = server.addIssue({ title: 'long' });
    const error = await failure(
      octokit.rest.issues.createComment({
        ...repo,
        issue_number: issue.number,
        body: 'x'.repeat(70_000),
      }),
    );
    expect(error.status).toBe(422);
    expect(error.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: 'Body is too long (maximum is 65536 characters)',
        },
      ],
    });
  });

  it('pages comments with Link headers that octokit.paginate follows', async () => {
    const octokit = client();
    const issue = server.addIssue({ title: 'chatty' });
    for (let i = 1; i <= 35; i += 1) {
      await octokit.rest.issues.createComment({
        ...repo,
        issue_number: issue.number,
        body: `comment ${i}`,
      });
    }
    const first = await octokit.rest.issues.listComments({
      ...repo,
      issue_number: issue.number,
      per_page: 10,
    });
    expect(first.data).toHaveLength(10);
    expect(first.headers.link).toMatch(/rel="next"/);
    expect(first.headers.link).toMatch(/page=4>; rel="last"/);

    const before = server.calls('GET /repos/{owner}/{repo}/issues/{issue_number}/comments').length;
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: issue.number,
      per_page: 10,
    });
    expect(all.map((c) => c.body)).toEqual(
      Array.from({ length: 35 }, (_, i) => `comment ${i + 1}`),
    );
    const pages = server
      .calls('GET /repos/{owner}/{repo}/issues/{issue_number}/comments')
      .slice(before);
    expect(pages.map((p) => p.query.page ?? '1')).toEqual(['1', '2', '3', '4']);
    // GitHub's links address the repository by id; the server answers those too.
    expect(pages[1]?.path).toMatch(/^\/repositories\/\d+\/issues\/\d+\/comments$/);
  });
});
