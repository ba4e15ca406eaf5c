import type {
  IssueCommentCreatedEvent,
  IssuesLabeledEvent,
  PullRequestClosedEvent,
  PullRequestLabeledEvent,
  PullRequestReviewSubmittedEvent,
} from '@octokit/webhooks-types';
import { z } from 'zod';
import { InputError } from '../core/errors.js';

/**
 * The events AIOS acts on, as a discriminated union over GitHub's official webhook types.
 * Payloads are validated (the fields AIOS reads) before they are trusted to have that type;
 * nothing reaches into an untyped payload.
 */
export type AiosEvent =
  | { readonly kind: 'issue-labeled'; readonly payload: IssuesLabeledEvent }
  | { readonly kind: 'issue-comment'; readonly payload: IssueCommentCreatedEvent }
  | { readonly kind: 'pr-labeled'; readonly payload: PullRequestLabeledEvent }
  | { readonly kind: 'pr-review'; readonly payload: PullRequestReviewSubmittedEvent }
  | { readonly kind: 'pr-closed'; readonly payload: PullRequestClosedEvent }
  | { readonly kind: 'ignored'; readonly reason: string };

const User = z.object({ login: z.string(), id: z.number() });
const Label = z.object({ name: z.string() });
const Repository = z.object({
  name: z.string(),
  owner: z.object({ login: z.string() }),
  default_branch: z.string(),
});
const Issue = z.object({
  number: z.number().int().positive(),
  title: z.string(),
  body: z.string().nullable(),
  html_url: z.string(),
  user: User,
  labels: z.array(Label).optional(),
  pull_request: z.object({ url: z.string() }).optional(),
});
const PullRequest = z.object({
  number: z.number().int().positive(),
  title: z.string(),
  body: z.string().nullable(),
  html_url: z.string(),
  user: User,
  labels: z.array(Label),
  head: z.object({ ref: z.string(), sha: z.string() }),
  base: z.object({ ref: z.string() }),
  created_at: z.string(),
  merged: z.boolean().nullable().optional(),
  draft: z.boolean().optional(),
});

const SCHEMAS = {
  'issue-labeled': z.object({
    action: z.literal('labeled'),
    label: Label,
    issue: Issue,
    repository: Repository,
    sender: User,
  }),
  'issue-comment': z.object({
    action: z.literal('created'),
    issue: Issue,
    comment: z.object({ id: z.number(), body: z.string(), user: User, html_url: z.string() }),
    repository: Repository,
    sender: User,
  }),
  'pr-labeled': z.object({
    action: z.literal('labeled'),
    label: Label,
    pull_request: PullRequest,
    repository: Repository,
    sender: User,
  }),
  'pr-review': z.object({
    action: z.literal('submitted'),
    review: z.object({
      id: z.number(),
      state: z.string(),
      user: User,
      submitted_at: z.string().nullable(),
      commit_id: z.string(),
      /** The review's text: `/aios signoff 20m` in it gives the reviewer's minutes. */
      body: z.string().nullable().optional(),
    }),
    pull_request: PullRequest,
    repository: Repository,
    sender: User,
  }),
  'pr-closed': z.object({
    action: z.literal('closed'),
    pull_request: PullRequest.extend({ merged: z.boolean().nullable() }),
    repository: Repository,
    sender: User,
  }),
} as const;

type Kind = keyof typeof SCHEMAS;

function kindOf(eventName: string, action: unknown): Kind | undefined {
  if (eventName === 'issues' && action === 'labeled') return 'issue-labeled';
  if (eventName === 'issue_comment' && action === 'created') return 'issue-comment';
  if (eventName === 'pull_request' && action === 'labeled') return 'pr-labeled';
  if (eventName === 'pull_request' && action === 'closed') return 'pr-closed';
  if (eventName === 'pull_request_review' && action === 'submitted') return 'pr-review';
  return undefined;
}

/** Parse a webhook payload into the union. Events AIOS does not act on are `ignored`, not errors. */
export function parseEvent(eventName: string, payload: unknown): AiosEvent {
  const action =
    payload && typeof payload === 'object' ? (payload as { action?: unknown }).action : undefined;
  const kind = kindOf(eventName, action);
  if (!kind)
    return {
      kind: 'ignored',
      reason: `AIOS does not act on ${eventName || 'an unnamed event'}${typeof action === 'string' ? `.${action}` : ''}`,
    };
  const result = SCHEMAS[kind].safeParse(payload);
  if (!result.success) {
    throw new InputError(
      `The ${eventName}.${String(action)} payload is missing fields AIOS needs.`,
      result.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })),
      { hint: 'Check that the workflow passes the event unchanged (GITHUB_EVENT_PATH).' },
    );
  }
  // Validated above for every field AIOS reads; the rest is GitHub's official shape.
  return { kind, payload: payload as never } as AiosEvent;
}

/** The repository an event belongs to. */
export function repoOf(event: Exclude<AiosEvent, { kind: 'ignored' }>): {
  owner: string;
  repo: string;
  defaultBranch: string;
} {
  const r = event.payload.repository;
  return { owner: r.owner.login, repo: r.name, defaultBranch: r.default_branch };
}
