/**
 * Real webhook payloads for tests, from @octokit/webhooks-examples (GitHub's own examples,
 * collected by the Octokit project), retargeted to the repository, issue, label and people a test
 * needs. Nothing is invented: each fixture is a deep copy of a published example in which only
 * the fields named by the options (and the URLs that spell them) are changed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import type {
  IssueCommentCreatedEvent,
  IssuesLabeledEvent,
  PullRequestClosedEvent,
  PullRequestLabeledEvent,
  PullRequestReviewSubmittedEvent,
} from '@octokit/webhooks-types';

/** The events AIOS reacts to, named `event.action` like GitHub's docs do. */
export interface FixtureEvents {
  'issues.labeled': IssuesLabeledEvent;
  'issue_comment.created': IssueCommentCreatedEvent;
  'pull_request.labeled': PullRequestLabeledEvent;
  'pull_request_review.submitted': PullRequestReviewSubmittedEvent;
  'pull_request.closed': PullRequestClosedEvent;
}

/** A fixture name, e.g. `'issues.labeled'`. */
export type FixtureName = keyof FixtureEvents;

/** Review states as webhooks spell them; the REST API's upper-case spelling is accepted too. */
export type WebhookReviewState =
  'approved' | 'changes_requested' | 'commented' | 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED';

/** What to change in the example. Options that do not apply to the event throw. */
export interface RetargetOptions {
  owner?: string;
  repo?: string;
  /** The issue or pull request number. */
  number?: number;
  /** The label just added (`issues.labeled`, `pull_request.labeled`). */
  label?: string;
  /** Who triggered the event; also the commenter, the reviewer or the merger where there is one. */
  sender?: string;
  /** `issue_comment.created` only. */
  commentBody?: string;
  /** `pull_request_review.submitted` only. */
  reviewState?: WebhookReviewState;
  /** `pull_request_review.submitted` only. */
  reviewBody?: string | null;
  /** `pull_request.closed` only: merged (true) or closed without merging (false). */
  merged?: boolean;
  /** The pull request's head branch (events with a `pull_request`). */
  headRef?: string;
  /** The pull request's base branch (events with a `pull_request`). */
  baseRef?: string;
  /** Which of the package's examples for this event to start from (default: see DEFAULT_EXAMPLE). */
  example?: number;
}

type JsonObject = Record<string, unknown>;

const APPLIES: Record<FixtureName, ReadonlyArray<keyof RetargetOptions>> = {
  'issues.labeled': ['label'],
  'issue_comment.created': ['commentBody'],
  'pull_request.labeled': ['label', 'headRef', 'baseRef'],
  'pull_request_review.submitted': ['reviewState', 'reviewBody', 'headRef', 'baseRef'],
  'pull_request.closed': ['merged', 'headRef', 'baseRef'],
};
// The first plain-repository example (no organization or installation) that has every field its
// type requires: issue_comment.created #0 lacks comment.reactions and performed_via_github_app.
const DEFAULT_EXAMPLE: Record<FixtureName, number> = {
  'issues.labeled': 0,
  'issue_comment.created': 2,
  'pull_request.labeled': 0,
  'pull_request_review.submitted': 0,
  'pull_request.closed': 0,
};
const EVERY_EVENT: ReadonlyArray<keyof RetargetOptions> = [
  'owner',
  'repo',
  'number',
  'sender',
  'example',
];

let definitions: WebhookDefinition[] | undefined;

function loadDefinitions(): WebhookDefinition[] {
  if (!definitions) {
    const file = createRequire(import.meta.url).resolve(
      '@octokit/webhooks-examples/api.github.com/index.json',
    );
    definitions = JSON.parse(readFileSync(file, 'utf8')) as WebhookDefinition[];
  }
  return definitions;
}

/** Deep copies of every published example for `name`, untouched. */
export function webhookExamples<K extends FixtureName>(name: K): Array<FixtureEvents[K]> {
  const [event, action] = name.split('.') as [string, string];
  const definition = loadDefinitions().find((d) => d.name === event);
  const examples = (definition?.examples ?? []) as unknown as JsonObject[];
  return examples
    .filter((e) => e.action === action)
    .map((e) => structuredClone(e) as unknown as FixtureEvents[K]);
}

/** The `X-GitHub-Event` header (and `github.event_name`) for a fixture. */
export function webhookEventName(name: FixtureName): string {
  return name.slice(0, name.indexOf('.'));
}

/**
 * A real example payload for `name`, retargeted by `options`. For example
 * `webhookFixture('issues.labeled', { owner: 'acme', repo: 'widgets', number: 7, label: 'aios' })`.
 */
export function webhookFixture<K extends FixtureName>(
  name: K,
  options: RetargetOptions = {},
): FixtureEvents[K] {
  for (const key of Object.keys(options) as Array<keyof RetargetOptions>) {
    if (options[key] !== undefined && !EVERY_EVENT.includes(key) && !APPLIES[name].includes(key)) {
      throw new Error(`webhookFixture: option ${key} does not apply to ${name}`);
    }
  }
  const examples = webhookExamples(name);
  const index = options.example ?? DEFAULT_EXAMPLE[name];
  const example = examples[index];
  if (!example)
    throw new Error(`webhookFixture: ${name} has ${examples.length} examples, no #${index}`);
  const payload = example as unknown as JsonObject;
  retarget(payload, options);
  return example;
}

/**
 * Write a payload where a GitHub Actions runner would (`GITHUB_EVENT_PATH`); returns the path.
 */
export async function writeWebhookEvent(dir: string, payload: unknown): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, 'event.json');
  await fs.writeFile(file, `${JSON.stringify(payload, null, 2)}\n`);
  return file;
}

// ---------------------------------------------------------------------------------------------

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(parent: unknown, key: string): JsonObject | undefined {
  if (!isObject(parent)) return undefined;
  const value = parent[key];
  return isObject(value) ? value : undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Apply `edit` to every string in the payload. */
function mapStrings(node: unknown, edit: (s: string) => string): unknown {
  if (typeof node === 'string') return edit(node);
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i += 1) node[i] = mapStrings(node[i], edit);
    return node;
  }
  if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) node[key] = mapStrings(value, edit);
  }
  return node;
}

/** Turn a user object into another account: login, the URLs that spell it, and id-derived fields. */
function becomeUser(user: JsonObject | undefined, login: string): void {
  if (!user || typeof user.login !== 'string' || user.login === login) return;
  const old = user.login;
  // A stable id per login keeps two different people from sharing one id.
  const id =
    10_000_000 +
    (parseInt(createHash('sha1').update(login).digest('hex').slice(0, 8), 16) % 90_000_000);
  const type = login.endsWith('[bot]')
    ? 'Bot'
    : user.type === 'Organization'
      ? 'Organization'
      : 'User';
  const oldPath = new RegExp(`(/(?:users|orgs)/)${escape(old)}(?=$|[/{?#])`);
  const oldHtml = new RegExp(`^(https://github\\.com/)${escape(old)}$`);
  for (const [key, value] of Object.entries(user)) {
    if (typeof value !== 'string') continue;
    user[key] = value
      .replace(oldPath, (_m, prefix: string) => `${prefix}${encodeURIComponent(login)}`)
      .replace(oldHtml, (_m, prefix: string) => `${prefix}${encodeURIComponent(login)}`);
  }
  user.login = login;
  user.id = id;
  user.type = type;
  user.node_id = Buffer.from(`0${type.length}:${type}${id}`).toString('base64');
  user.avatar_url = `https://avatars.githubusercontent.com/u/${id}?v=4`;
}

function retarget(payload: JsonObject, o: RetargetOptions): void {
  const repository = child(payload, 'repository');
  const fromOwner = String(child(repository, 'owner')?.login ?? '');
  const fromRepo = String(repository?.name ?? '');
  const toOwner = o.owner ?? fromOwner;
  const toRepo = o.repo ?? fromRepo;
  const issue = child(payload, 'issue');
  const pull = child(payload, 'pull_request');
  const thread = issue ?? pull;

  if (o.number !== undefined && thread) {
    const from = String(thread.number);
    const pattern = new RegExp(
      `(/${escape(fromOwner)}/${escape(fromRepo)}/(?:issues|pulls|pull)/)${from}(?![0-9])`,
      'g',
    );
    mapStrings(payload, (s) => s.replace(pattern, (_m, prefix: string) => `${prefix}${o.number}`));
    thread.number = o.number;
    if (typeof payload.number === 'number') payload.number = o.number;
  }

  if (toOwner !== fromOwner || toRepo !== fromRepo) {
    const pattern = new RegExp(`([/:])${escape(fromOwner)}/${escape(fromRepo)}(?=$|[/.#?{])`, 'g');
    mapStrings(payload, (s) =>
      s.replace(pattern, (_m, sep: string) => `${sep}${toOwner}/${toRepo}`),
    );
    const repos = [
      repository,
      child(child(pull, 'head'), 'repo'),
      child(child(pull, 'base'), 'repo'),
    ];
    for (const repo of repos) {
      if (!repo || repo.full_name !== `${fromOwner}/${fromRepo}`) continue;
      repo.name = toRepo;
      repo.full_name = `${toOwner}/${toRepo}`;
      becomeUser(child(repo, 'owner'), toOwner);
    }
    for (const side of ['head', 'base']) {
      const end = child(pull, side);
      if (!end) continue;
      // head.user/base.user are the owner of the repository the branch lives in.
      becomeUser(child(end, 'user'), toOwner);
      if (typeof end.label === 'string') end.label = `${toOwner}:${String(end.ref)}`;
    }
  }

  for (const [side, ref] of [
    ['head', o.headRef],
    ['base', o.baseRef],
  ] as const) {
    const end = child(pull, side);
    if (ref === undefined || !end) continue;
    end.ref = ref;
    end.label = `${String(end.label).split(':')[0]}:${ref}`;
  }

  if (o.sender !== undefined) {
    const fromSender = child(payload, 'sender')?.login;
    becomeUser(child(payload, 'sender'), o.sender);
    // The commenter and the reviewer are the sender of those events.
    for (const actor of [
      child(child(payload, 'comment'), 'user'),
      child(child(payload, 'review'), 'user'),
    ]) {
      if (actor?.login === fromSender) becomeUser(actor, o.sender);
    }
  }

  if (o.label !== undefined) {
    const label = child(payload, 'label');
    if (label) {
      const fromName = String(label.name);
      label.name = o.label;
      label.default = false;
      if (typeof label.url === 'string') {
        label.url = label.url.replace(/\/labels\/[^/]*$/, `/labels/${encodeURIComponent(o.label)}`);
      }
      // The thread's labels include the one just added.
      const labels = thread?.labels;
      if (Array.isArray(labels)) {
        const at = labels.findIndex((l) => isObject(l) && l.name === fromName);
        if (at >= 0) labels[at] = structuredClone(label);
        else labels.push(structuredClone(label));
      }
    }
  }

  const comment = child(payload, 'comment');
  if (o.commentBody !== undefined && comment) comment.body = o.commentBody;

  const review = child(payload, 'review');
  if (review && o.reviewState !== undefined) review.state = o.reviewState.toLowerCase();
  if (review && o.reviewBody !== undefined) review.body = o.reviewBody;

  if (o.merged !== undefined && pull) {
    pull.merged = o.merged;
    pull.merged_at = o.merged ? pull.closed_at : null;
    pull.merged_by = o.merged ? structuredClone(payload.sender) : null;
  }
}
