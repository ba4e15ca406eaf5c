import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { parseEvent } from '../../src/jobs/events.js';
import { webhookFixture } from '../support/webhook-fixtures.js';

describe('parseEvent', () => {
  it('maps each real payload to its kind', () => {
    expect(parseEvent('issues', webhookFixture('issues.labeled', { label: 'aios' })).kind).toBe(
      'issue-labeled',
    );
    expect(
      parseEvent(
        'issue_comment',
        webhookFixture('issue_comment.created', { commentBody: '/aios retry' }),
      ).kind,
    ).toBe('issue-comment');
    expect(
      parseEvent('pull_request', webhookFixture('pull_request.labeled', { label: 'aios' })).kind,
    ).toBe('pr-labeled');
    expect(
      parseEvent(
        'pull_request_review',
        webhookFixture('pull_request_review.submitted', { reviewState: 'approved' }),
      ).kind,
    ).toBe('pr-review');
    expect(
      parseEvent('pull_request', webhookFixture('pull_request.closed', { merged: true })).kind,
    ).toBe('pr-closed');
  });

  it('ignores events AIOS does not act on', () => {
    expect(parseEvent('push', {})).toMatchObject({ kind: 'ignored' });
    expect(parseEvent('issues', { action: 'opened' })).toMatchObject({
      kind: 'ignored',
      reason: 'AIOS does not act on issues.opened',
    });
  });

  it('refuses a payload missing fields it needs, naming them', () => {
    const p = webhookFixture('issues.labeled', { label: 'aios' }) as unknown as Record<
      string,
      unknown
    >;
    delete p.sender;
    expect(() => parseEvent('issues', p)).toThrow(InputError);
    try {
      parseEvent('issues', p);
    } catch (e) {
      expect((e as InputError).issues.map((i) => i.field)).toContain('sender');
    }
  });
});
