import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  webhookEventName,
  webhookExamples,
  webhookFixture,
  writeWebhookEvent,
} from '../support/webhook-fixtures.js';
import type { FixtureName } from '../support/webhook-fixtures.js';

const target = { owner: 'acme', repo: 'widgets', number: 42, sender: 'alice' };
const NAMES: FixtureName[] = [
  'issues.labeled',
  'issue_comment.created',
  'pull_request.labeled',
  'pull_request_review.submitted',
  'pull_request.closed',
];

/** Every string in the payload, to prove no trace of the original repository is left. */
function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (typeof node === 'object' && node !== null) return Object.values(node).flatMap(strings);
  return [];
}

describe('webhook fixtures', () => {
  it.each(NAMES)('%s loads from the published examples and retargets the repository', (name) => {
    const original = webhookExamples(name)[0];
    expect(original).toBeDefined();
    const payload = webhookFixture(name, target);
    const [, action] = name.split('.');
    expect(payload.action).toBe(action);
    expect(payload.repository).toMatchObject({
      name: 'widgets',
      full_name: 'acme/widgets',
      owner: { login: 'acme' },
      html_url: 'https://github.com/acme/widgets',
      clone_url: 'https://github.com/acme/widgets.git',
    });
    expect(payload.sender.login).toBe('alice');
    expect(payload.sender.url).toMatch(/\/users\/alice$/);
    expect(strings(payload).filter((s) => s.includes('Codertocat/Hello-World'))).toEqual([]);
    // A deep copy: the package's example is untouched.
    expect(webhookExamples(name)[0]).toEqual(original);
    expect(webhookEventName(name)).toBe(name.split('.')[0]);
  });

  it('issues.labeled: the issue number, its URLs and the label', () => {
    const payload = webhookFixture('issues.labeled', { ...target, label: 'aios' });
    expect(payload.issue.number).toBe(42);
    expect(payload.issue.html_url).toBe('https://github.com/acme/widgets/issues/42');
    expect(payload.issue.comments_url).toMatch(/\/repos\/acme\/widgets\/issues\/42\/comments$/);
    expect(payload.label).toMatchObject({ name: 'aios', default: false });
    expect(payload.label?.url).toMatch(/\/repos\/acme\/widgets\/labels\/aios$/);
    expect(payload.issue.labels?.map((l) => l.name)).toEqual(['aios']);
    // The author is whoever the example says; only the sender was asked for.
    expect(payload.issue.user.login).toBe('Codertocat');
  });

  it('issue_comment.created: the comment body and the commenter', () => {
    const payload = webhookFixture('issue_comment.created', {
      ...target,
      commentBody: '/aios retry',
    });
    expect(payload.comment.body).toBe('/aios retry');
    expect(payload.comment.reactions.total_count).toBe(0);
    expect(payload.comment.user.login).toBe('alice');
    expect(payload.comment.html_url).toMatch(
      /^https:\/\/github\.com\/acme\/widgets\/issues\/42#issuecomment-\d+$/,
    );
    expect(payload.issue.number).toBe(42);
  });

  it('pull_request.labeled: number, branches and label', () => {
    const payload = webhookFixture('pull_request.labeled', {
      ...target,
      label: 'aios',
      headRef: 'aios/issue-41',
      baseRef: 'main',
    });
    expect(payload.number).toBe(42);
    expect(payload.pull_request.number).toBe(42);
    expect(payload.pull_request.html_url).toBe('https://github.com/acme/widgets/pull/42');
    expect(payload.pull_request.head).toMatchObject({
      ref: 'aios/issue-41',
      label: 'acme:aios/issue-41',
    });
    expect(payload.pull_request.base).toMatchObject({ ref: 'main', label: 'acme:main' });
    expect(payload.pull_request.head.repo?.full_name).toBe('acme/widgets');
    expect(payload.label?.name).toBe('aios');
  });

  it('pull_request_review.submitted: state, body and reviewer', () => {
    const approved = webhookFixture('pull_request_review.submitted', {
      ...target,
      reviewState: 'APPROVED',
      reviewBody: 'Ship it',
    });
    expect(approved.review.state).toBe('approved');
    expect(approved.review.body).toBe('Ship it');
    expect(approved.review.user.login).toBe('alice');
    expect(approved.review.html_url).toMatch(
      /^https:\/\/github\.com\/acme\/widgets\/pull\/42#pullrequestreview-\d+$/,
    );
    expect(approved.pull_request.number).toBe(42);
    const changes = webhookFixture('pull_request_review.submitted', {
      reviewState: 'changes_requested',
    });
    expect(changes.review.state).toBe('changes_requested');
  });

  it('pull_request.closed: merged or not', () => {
    const merged = webhookFixture('pull_request.closed', { ...target, merged: true });
    expect(merged.pull_request).toMatchObject({
      state: 'closed',
      merged: true,
      merged_by: { login: 'alice' },
    });
    expect(merged.pull_request.merged_at).toBe(merged.pull_request.closed_at);
    const closed = webhookFixture('pull_request.closed', { ...target, merged: false });
    expect(closed.pull_request).toMatchObject({ merged: false, merged_at: null, merged_by: null });
  });

  it('refuses options that do not apply, and unknown example numbers', () => {
    expect(() => webhookFixture('issues.labeled', { commentBody: 'x' })).toThrow(
      /commentBody does not apply/,
    );
    expect(() => webhookFixture('pull_request.closed', { example: 99 })).toThrow(/no #99/);
  });

  it('writes an event file for GITHUB_EVENT_PATH', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'aios-webhook-'));
    try {
      const payload = webhookFixture('issues.labeled', { ...target, label: 'aios' });
      const file = await writeWebhookEvent(dir, payload);
      expect(JSON.parse(await fs.readFile(file, 'utf8'))).toEqual(payload);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
