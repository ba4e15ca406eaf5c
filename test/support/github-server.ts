/**
 * A local stand-in for GitHub's REST API, for tests that drive the real `@octokit/rest` client.
 *
 * It listens on 127.0.0.1 (the only place tests may connect to), keeps repository state in memory
 * (users and permissions, issues, comments, labels, pull requests, reviews, refs), and answers with
 * GitHub's status codes and error bodies. Git data can come from a real bare repository, so a
 * pipeline that pushes with real git and then opens a PR through the API sees consistent state.
 *
 * It is held honest by GitHub's published OpenAPI description (@octokit/openapi): every route it
 * implements must exist in the spec, and in checking mode every request body and every JSON
 * response body is validated against the operation's schemas. A mismatch is recorded and answered
 * with a loud 500, so a drifting fake fails the test instead of teaching the code wrong habits.
 *
 *   const github = await startGitHubServer({ owner: 'acme', repo: 'widgets', bareRepoPath });
 *   github.addUser('alice', 'write');
 *   const issue = github.addIssue({ title: 'Fix it', labels: ['aios'], user: 'alice' });
 *   const octokit = new Octokit({ baseUrl: github.url, auth: 'ghs_test' });
 *   // ... run the pipeline, then:
 *   expect(github.calls('POST /repos/{owner}/{repo}/pulls')).toHaveLength(1);
 *   github.assertNoViolations();
 *   await github.close();
 */
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { _, Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';
import { structuredPatch } from 'diff';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

/** A collaborator's role on the repository, as GitHub names them (`none`: a user without access). */
export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** The state of a submitted (or pending) pull request review, as the REST API spells it. */
export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING' | 'DISMISSED';

/** A GitHub account known to the server. */
export interface UserRecord {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
  permission: Permission;
}

/** A repository label. Names are matched case-insensitively, like GitHub does. */
export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

/** An issue. Pull requests are issues too (they share the number counter); see `PullRecord`. */
export interface IssueRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  /** Author login. */
  user: string;
  /** Label names, in the order they were added. */
  labels: string[];
  assignees: string[];
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
}

/** An issue (or pull request conversation) comment. */
export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

/** The pull-request half of a PR; title, body, state and labels live on its `IssueRecord`. */
export interface PullRecord {
  number: number;
  id: number;
  head: string;
  base: string;
  /** Last known head/base sha; the live value is read from git (or `refs`) when answering. */
  headSha: string;
  baseSha: string;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  maintainerCanModify: boolean;
  requestedReviewers: string[];
  /** False until the first read after creation: GitHub computes mergeability asynchronously. */
  mergeabilityKnown: boolean;
}

/** A repository ruleset, as created (the request's fields GitHub echoes back). */
export interface RulesetRecord {
  id: number;
  name: string;
  target: 'branch' | 'tag' | 'push';
  enforcement: 'disabled' | 'active' | 'evaluate';
  conditions: JsonObject | null;
  rules: JsonObject[];
  bypassActors: JsonObject[];
  createdBy: string;
  createdAt: string;
}

/** A pull request review. */
export interface ReviewRecord {
  id: number;
  pullNumber: number;
  user: string;
  body: string;
  state: ReviewState;
  commitId: string;
  submittedAt: string | null;
}

/** A review comment on a line of a pull request's diff. */
export interface ReviewCommentRecord {
  id: number;
  reviewId: number;
  pullNumber: number;
  path: string;
  line: number | null;
  side: 'LEFT' | 'RIGHT';
  startLine: number | null;
  startSide: 'LEFT' | 'RIGHT' | null;
  position: number | null;
  body: string;
  user: string;
  commitId: string;
  diffHunk: string;
  createdAt: string;
}

/** A job of a workflow run, as the Actions API lists it (`name` is the rendered job name). */
export interface WorkflowJobRecord {
  id: number;
  name: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | null;
}

/** A workflow run of the repository (seeded by tests: the server runs no workflows). */
export interface WorkflowRunRecord {
  id: number;
  runNumber: number;
  workflowId: number;
  /** The workflow file, e.g. `.github/workflows/aios.yml`. */
  path: string;
  name: string;
  displayTitle: string;
  event: string;
  headBranch: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | null;
  jobs: WorkflowJobRecord[];
  createdAt: string;
  updatedAt: string;
}

/** A seeded workflow run. */
export interface WorkflowRunSeed {
  workflowId?: number;
  path?: string;
  event?: string;
  displayTitle?: string;
  status?: WorkflowRunRecord['status'];
  /** Jobs by rendered name; status defaults to the run's. */
  jobs?: Array<{ name: string; status?: WorkflowJobRecord['status'] }>;
}

/** Everything the server knows. Tests may read it directly and seed it through the helpers. */
export interface GitHubState {
  /** Keyed by lower-cased login. */
  users: Map<string, UserRecord>;
  /** Token → login. Tokens not listed act as `github-actions[bot]` unless `strictTokens`. */
  tokens: Map<string, string>;
  /** Keyed by lower-cased name. */
  labels: Map<string, LabelRecord>;
  issues: Map<number, IssueRecord>;
  pulls: Map<number, PullRecord>;
  comments: Map<number, CommentRecord>;
  reviews: Map<number, ReviewRecord>;
  reviewComments: Map<number, ReviewCommentRecord>;
  workflowRuns: Map<number, WorkflowRunRecord>;
  /** Branch → sha. Only used when no `bareRepoPath` was given (otherwise git is the truth). */
  refs: Map<string, string>;
  /** Repository rulesets, by id (POST/GET /repos/{owner}/{repo}/rulesets). */
  rulesets: Map<number, RulesetRecord>;
  /** The next issue/PR number. */
  nextNumber: number;
}

/** One request as the server saw it. */
export interface RecordedRequest {
  method: string;
  /** `'POST /repos/{owner}/{repo}/pulls'`, or null when no implemented route matched. */
  route: string | null;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body (the raw text if it did not parse; undefined when empty). */
  body: unknown;
  token: string | null;
  /** The account the token acts as. */
  login: string | null;
  /** Status sent; 0 when the connection was dropped on purpose. */
  status: number;
  /** Set when a fault hook answered (or dropped) this call. */
  fault?: 'status' | 'drop';
}

/** What the spec check found wrong. */
export interface SpecViolation {
  kind:
    | 'request-body'
    | 'request-query'
    | 'response-body'
    | 'undeclared-status'
    | 'unimplemented'
    | 'server-error';
  method: string;
  route: string | null;
  path: string;
  status?: number;
  message: string;
  errors: unknown[];
}

/** A fault to inject: answer with a status (5xx, 403 rate limit...) or drop the connection. */
export type Fault =
  | { type: 'status'; status: number; message?: string; headers?: Record<string, string> }
  | { type: 'drop' };

/** Options for `failNext`. */
export interface FaultOptions {
  /** How many matching calls fail (default 1). */
  times?: number;
  /**
   * `before` (default): the call fails without touching state. `after`: the call is carried out
   * and then the answer is lost, like a job killed after GitHub accepted the request.
   */
  when?: 'before' | 'after';
}

/** Options for `startGitHubServer`. */
export interface GitHubServerOptions {
  owner: string;
  repo: string;
  /** A real bare repository; branches and shas are read from it with git. */
  bareRepoPath?: string;
  /** Default: the bare repository's HEAD branch, else `main`. */
  defaultBranch?: string;
  /** Validate requests and responses against the OpenAPI spec (default true). */
  checkSpec?: boolean;
  /** Reject tokens not registered with `addToken` with 401 (default false). */
  strictTokens?: boolean;
  private?: boolean;
  /**
   * The repository's Actions setting "Allow GitHub Actions to create and approve pull requests"
   * (default false: new repositories start with it off). See `RepoSettings`.
   */
  actionsCanCreatePullRequests?: boolean;
  /** The owner's GitHub plan (default `free`). See `RepoSettings`. */
  plan?: GitHubPlan;
  /** Clock for timestamps (default: real time). */
  now?: () => Date;
}

/** The owner's GitHub plan, as far as it changes what the API allows. */
export type GitHubPlan = 'free' | 'pro' | 'team' | 'enterprise';

/**
 * Repository settings that change what `POST /pulls` accepts; tests may change them at any time.
 *
 * - `actionsCanCreatePullRequests`: with it off, a workflow's GITHUB_TOKEN (the server's
 *   `github-actions[bot]`) gets 403 "GitHub Actions is not permitted to create or approve pull
 *   requests." from `POST /pulls`. Source: GitHub changelog 2022-05-03 "GitHub Actions: Prevent
 *   GitHub Actions from creating and approving pull requests"; docs "Managing GitHub Actions
 *   settings for a repository" (Workflow permissions; new repositories start with it off); REST
 *   `PUT /repos/{owner}/{repo}/actions/permissions/workflow` (`can_approve_pull_request_reviews`).
 *   A GitHub App's or a person's token is not affected.
 * - `private` and `plan`: "Draft pull requests are available in public repositories with GitHub
 *   Free and GitHub Free for organizations, GitHub Pro, and legacy per-repository billing plans,
 *   and in public and private repositories with GitHub Team and GitHub Enterprise Cloud" (REST
 *   "Create a pull request", docs.github.com/rest/pulls/pulls#create-a-pull-request). A draft on
 *   a private repository of a Free or Pro owner gets 422 "Draft pull requests are not supported
 *   in this repository." (the body GitHub sends, as reported in SWE-agent/SWE-agent#179).
 */
export interface RepoSettings {
  actionsCanCreatePullRequests: boolean;
  private: boolean;
  plan: GitHubPlan;
}

/** A seeded issue. */
export interface IssueSeed {
  title: string;
  body?: string | null;
  user?: string;
  labels?: string[];
  state?: 'open' | 'closed';
}

/** A seeded pull request (skips the checks `POST /pulls` makes). */
export interface PullSeed {
  head: string;
  base?: string;
  title?: string;
  body?: string | null;
  user?: string;
  draft?: boolean;
  labels?: string[];
}

/** A seeded review. */
export interface ReviewSeed {
  user: string;
  state: Exclude<ReviewState, 'PENDING'>;
  body?: string;
  comments?: Array<{ path: string; line: number; body: string; side?: 'LEFT' | 'RIGHT' }>;
}

/** The running server and its test-facing controls. */
export interface GitHubServer {
  /** Base URL for `new Octokit({ baseUrl })`. */
  readonly url: string;
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly state: GitHubState;
  /** The repository's settings (mutable: a test may turn one on or off between calls). */
  readonly settings: RepoSettings;
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[];
  readonly violations: SpecViolation[];
  /** Spec checking of request and response bodies; may be toggled at any time. */
  checkSpec: boolean;
  /** Requests to one route template, e.g. `calls('POST /repos/{owner}/{repo}/pulls')`. */
  calls(route: string): RecordedRequest[];
  /** Make the next matching call(s) to `route` (or `'*'`) fail. A number is a status fault. */
  failNext(route: string, fault: Fault | number | 'drop', options?: FaultOptions): void;
  /** Test-only: rewrite the next JSON body `route` answers, before it is spec-checked. */
  tamperNextResponse(route: string, mutate: (body: unknown) => unknown, times?: number): void;
  /** Throws, listing them, if any spec violation was recorded. */
  assertNoViolations(): void;
  /** Returns the violations recorded so far and forgets them (for tests that expect some). */
  takeViolations(): SpecViolation[];
  addUser(login: string, permission?: Permission, type?: UserRecord['type']): UserRecord;
  /** Make `token` act as `login` (added with `write` when unknown). */
  addToken(token: string, login: string): void;
  addLabel(name: string, color?: string, description?: string | null): LabelRecord;
  addIssue(seed: IssueSeed): IssueRecord;
  addComment(issueNumber: number, body: string, user?: string): CommentRecord;
  addPullRequest(seed: PullSeed): Promise<PullRecord>;
  addReview(pullNumber: number, seed: ReviewSeed): Promise<ReviewRecord>;
  /** Mark a draft PR ready for review (GitHub does it in the merge box, or GraphQL's markPullRequestReadyForReview). */
  markReadyForReview(pullNumber: number): void;
  /**
   * Merge a PR as a person does in the merge box with "Create a merge commit": over a bare
   * repository a real merge commit (base tip and head as parents, the tree `git merge-tree`
   * writes, GitHub's message) moves the base branch; the PR is then merged and closed. Refuses,
   * as GitHub does, a draft ("Pull Request is still a draft"), a closed or merged PR, and a
   * merge with conflicts.
   */
  mergePullRequest(pullNumber: number, by?: string): Promise<string>;
  /** Seed a workflow run with its jobs (the server runs no workflows; cancel ends them). */
  addWorkflowRun(seed: WorkflowRunSeed): WorkflowRunRecord;
  /**
   * In-memory mode only: create or move a branch. Without a sha, the branch is one empty commit
   * ahead of the default branch. A sha no commit here made holds no files. Returns the sha.
   */
  setBranch(name: string, sha?: string): string;
  /**
   * In-memory mode only: commit `changes` (path → text; null removes the path) on top of
   * `branch` (a new branch starts from the default branch, or with `root`, from nothing: a
   * history of its own) and move the branch. Returns the sha.
   */
  commitFiles(
    branch: string,
    changes: Record<string, string | null>,
    message?: string,
    options?: { root?: boolean },
  ): string;
  /**
   * Save everything the server knows now (state, recorded requests and violations, pending
   * faults, the id counter); the returned function puts it back, any number of times. Git is
   * not saved: with a bare repository, restore its folder beside this (test/support/github-world.ts).
   */
  snapshot(): () => void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// The OpenAPI spec: loaded lazily, once, and cached on disk as the subset this server uses
// ---------------------------------------------------------------------------------------------

type JsonObject = Record<string, unknown>;

interface SpecOperation {
  operationId: string;
  docsUrl: string;
  /** JSON schema of the query parameters (an object schema), or null when none are declared. */
  querySchema: JsonObject | null;
  requestBody: { required: boolean; schema: unknown } | null;
  /** Status → JSON schema of the body (null: declared without a JSON body). */
  responses: Record<string, unknown>;
}

interface SpecSubset {
  key: string;
  operations: Record<string, SpecOperation>;
  /** Every `METHOD /path` in the spec, to tell "not implemented here" from "not on GitHub". */
  allRoutes: string[];
  formats: string[];
}

interface RawOperation {
  operationId?: string;
  externalDocs?: { url?: string };
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: unknown }>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

const requireFromHere = createRequire(import.meta.url);
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
// Bump when the cached subset's shape changes.
const CACHE_FORMAT = 4;
// OpenAPI 3.0 keywords JSON Schema does not know; they only document.
const OPENAPI_ONLY = new Set([
  'nullable',
  'example',
  'examples',
  'discriminator',
  'xml',
  'externalDocs',
  'deprecated',
]);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * OpenAPI 3.0 schema → JSON Schema for ajv. `nullable: true` becomes a type array (or an anyOf
 * with null). `oneOf` becomes `anyOf`: GitHub's spec uses oneOf for alternatives that overlap
 * (`Simple User | Empty Object` both accept a user), which strict oneOf would reject.
 */
function toJsonSchema(node: unknown, formats: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, formats));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  // oneOf and anyOf lists; a node with both must satisfy one of each.
  const alternatives: unknown[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (OPENAPI_ONLY.has(key) || key.startsWith('x-')) continue;
    if (key === 'properties' || key === 'patternProperties') {
      // Keys here are property names, not keywords: never filter them.
      const props: JsonObject = {};
      for (const [name, sub] of Object.entries(isObject(value) ? value : {})) {
        props[name] = toJsonSchema(sub, formats);
      }
      out[key] = props;
    } else if (key === 'enum' || key === 'required' || key === 'const' || key === 'default') {
      out[key] = value;
    } else if (key === 'oneOf' || key === 'anyOf') {
      alternatives.push(toJsonSchema(value, formats));
    } else {
      if (key === 'format' && typeof value === 'string') formats.add(value);
      out[key] = toJsonSchema(value, formats);
    }
  }
  const [first, ...more] = alternatives;
  if (first !== undefined) out.anyOf = first;
  if (more.length > 0) {
    out.allOf = [
      ...(Array.isArray(out.allOf) ? out.allOf : []),
      ...more.map((a) => ({ anyOf: a })),
    ];
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

function jsonSchemaOf(content: Record<string, { schema?: unknown }> | undefined): unknown {
  if (!content) return null;
  const json = content['application/json'] ?? content['application/json; charset=utf-8'];
  return json?.schema ?? null;
}

function buildSubset(
  spec: { paths: Record<string, Record<string, RawOperation>> },
  key: string,
): SpecSubset {
  const formats = new Set<string>();
  const operations: Record<string, SpecOperation> = {};
  const allRoutes: string[] = [];
  const wanted = new Set<string>(ROUTE_KEYS);
  for (const [specPath, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const routeKey = `${method.toUpperCase()} ${specPath}`;
      allRoutes.push(routeKey);
      if (!wanted.has(routeKey)) continue;
      const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
      const properties: JsonObject = {};
      for (const p of queryParams) properties[p.name] = toJsonSchema(p.schema ?? {}, formats);
      const responses: Record<string, unknown> = {};
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        const schema = jsonSchemaOf(response.content);
        responses[status] = schema === null ? null : toJsonSchema(schema, formats);
      }
      const bodySchema = jsonSchemaOf(op.requestBody?.content);
      operations[routeKey] = {
        operationId: op.operationId ?? routeKey,
        docsUrl: op.externalDocs?.url ?? 'https://docs.github.com/rest',
        querySchema: queryParams.length > 0 ? { type: 'object', properties } : null,
        requestBody:
          op.requestBody && bodySchema !== null
            ? {
                required: op.requestBody.required === true,
                schema: toJsonSchema(bodySchema, formats),
              }
            : null,
        responses,
      };
    }
  }
  return { key, operations, allRoutes, formats: [...formats].sort() };
}

/** node_modules/.cache/aios-github-server, next to the packages whose output it caches. */
function cacheDirectory(): string {
  // <node_modules>/@octokit/openapi/package.json → <node_modules>/.cache/aios-github-server
  const pkgFile = requireFromHere.resolve('@octokit/openapi/package.json');
  return path.join(path.dirname(pkgFile), '..', '..', '.cache', 'aios-github-server');
}

function writeCacheFile(file: string, content: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write-then-rename: parallel test processes may fill the cache at the same time.
    const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  } catch {
    // A read-only node_modules only costs speed.
  }
}

let specPromise: Promise<SpecSubset> | undefined;

/**
 * The subset of api.github.com.deref.json this server needs. Parsing the whole 70 MB file takes
 * about a second, so the extracted subset is cached on disk, keyed by the spec package version,
 * the file's size and mtime, and the route list (a changed spec or route list rebuilds it).
 */
function loadSpec(): Promise<SpecSubset> {
  specPromise ??= Promise.resolve().then(() => {
    const specFile = requireFromHere.resolve(
      '@octokit/openapi/generated/api.github.com.deref.json',
    );
    const pkgFile = requireFromHere.resolve('@octokit/openapi/package.json');
    const version = (JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { version?: string }).version;
    const stat = fs.statSync(specFile);
    const key = createHash('sha256')
      .update(
        JSON.stringify([CACHE_FORMAT, version, stat.size, stat.mtimeMs, [...ROUTE_KEYS].sort()]),
      )
      .digest('hex')
      .slice(0, 16);
    const cacheFile = path.join(cacheDirectory(), `spec-${key}.json`);
    return cachedOrBuilt(cacheFile, key, () => {
      const spec = JSON.parse(fs.readFileSync(specFile, 'utf8')) as {
        paths: Record<string, Record<string, RawOperation>>;
      };
      return buildSubset(spec, key);
    });
  });
  return specPromise;
}

/** The cached subset when its key matches, else undefined. */
function readCachedSubset(cacheFile: string, key: string): SpecSubset | undefined {
  try {
    const cached = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as SpecSubset;
    return cached.key === key ? cached : undefined;
  } catch {
    return undefined; // no usable cache
  }
}

/** How long a process waits for another's build of the subset, and when a lock is stale. */
const CACHE_WAIT_MS = 30_000;
const CACHE_LOCK_STALE_MS = 60_000;

/**
 * The cached subset, or the one this process builds. On a fresh checkout every test worker
 * starts with no cache; each parsing the 70 MB spec at once cost ~1 s of CPU and several
 * hundred MB of memory apiece (memory a worker then keeps). So one process builds it, holding a
 * lock file, and the others wait for its cache file; a lock left by a process that died (older
 * than a minute) is ignored, and a wait that runs out builds it here.
 */
async function cachedOrBuilt(
  cacheFile: string,
  key: string,
  build: () => SpecSubset,
): Promise<SpecSubset> {
  const hit = readCachedSubset(cacheFile, key);
  if (hit) return hit;
  const lock = `${cacheFile}.lock`;
  let held: number | undefined;
  try {
    fs.mkdirSync(path.dirname(lock), { recursive: true });
    held = fs.openSync(lock, 'wx');
  } catch {
    // Another process builds it (or node_modules is read-only: then the wait below is short).
  }
  if (held === undefined && lockIsFresh(lock)) {
    for (let waited = 0; waited < CACHE_WAIT_MS; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const built = readCachedSubset(cacheFile, key);
      if (built) return built;
      if (!lockIsFresh(lock)) break;
    }
    const late = readCachedSubset(cacheFile, key);
    if (late) return late;
  }
  try {
    // A builder that took the lock may have finished between the first read and the lock.
    const meanwhile = held === undefined ? undefined : readCachedSubset(cacheFile, key);
    if (meanwhile) return meanwhile;
    const subset = build();
    writeCacheFile(cacheFile, JSON.stringify(subset));
    return subset;
  } finally {
    if (held !== undefined) {
      fs.closeSync(held);
      fs.rmSync(lock, { force: true });
    }
  }
}

function lockIsFresh(lock: string): boolean {
  try {
    return Date.now() - fs.statSync(lock).mtimeMs < CACHE_LOCK_STALE_MS;
  } catch {
    return false; // gone: the builder finished (or failed); read or build now
  }
}

/**
 * Throws unless every `METHOD /path/template` in `routes` is an operation of GitHub's OpenAPI
 * description. `startGitHubServer` runs this for its own routes.
 */
export async function assertRoutesInSpec(routes: readonly string[]): Promise<void> {
  const spec = await loadSpec();
  const known = new Set(spec.allRoutes);
  const missing = routes.filter((route) => !known.has(route));
  if (missing.length > 0) {
    throw new Error(`github-server routes are not in the OpenAPI spec: ${missing.join(', ')}`);
  }
}

// Undeclared 4xx answers (GitHub sends 401/404 on any route) are checked against this shape.
const BASIC_ERROR_SCHEMA = {
  type: 'object',
  required: ['message'],
  properties: {
    message: { type: 'string' },
    documentation_url: { type: 'string' },
    url: { type: 'string' },
    status: { type: 'string' },
  },
};

interface Validators {
  strict: Ajv;
  coercing: Ajv;
  cache: Map<string, ValidateFunction>;
  /** Salt for the on-disk validator cache: a new ajv, ajv-formats or spec rebuilds it. */
  salt: string;
}

let validators: Validators | undefined;

function getValidators(spec: SpecSubset): Validators {
  if (validators) return validators;
  const make = (coerceTypes: boolean): Ajv => {
    const ajv = new Ajv({
      strict: false,
      allErrors: true,
      validateSchema: false,
      coerceTypes,
      // Standalone source lets compiled validators be cached on disk (see validatorFor).
      code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
    });
    addFormatsModule.default(ajv);
    // repo.nwo is GitHub's own format (owner/name); anything else unknown is accepted as-is.
    ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/);
    for (const format of spec.formats) if (!ajv.formats[format]) ajv.addFormat(format, true);
    return ajv;
  };
  const version = (name: string): string =>
    (
      JSON.parse(fs.readFileSync(requireFromHere.resolve(`${name}/package.json`), 'utf8')) as {
        version?: string;
      }
    ).version ?? '?';
  validators = {
    strict: make(false),
    coercing: make(true),
    cache: new Map(),
    salt: JSON.stringify([CACHE_FORMAT, version('ajv'), version('ajv-formats'), spec.key]),
  };
  return validators;
}

/**
 * A validator for `schema`, compiled once per schema (GET/POST/PATCH of a pull share one) and kept
 * on disk as ajv standalone code: compiling GitHub's big schemas costs ~100 ms each, per process.
 */
function validatorFor(spec: SpecSubset, schema: unknown, coerce = false): ValidateFunction {
  const v = getValidators(spec);
  const hash = createHash('sha256')
    .update(JSON.stringify([v.salt, coerce, schema]))
    .digest('hex')
    .slice(0, 24);
  const known = v.cache.get(hash);
  if (known) return known;
  const file = path.join(cacheDirectory(), `validator-${hash}.cjs`);
  let fn: ValidateFunction | undefined;
  try {
    fn = requireFromHere(file) as ValidateFunction;
  } catch {
    // Not cached yet (or unreadable): compile below.
  }
  if (typeof fn !== 'function') {
    const ajv = coerce ? v.coercing : v.strict;
    fn = ajv.compile(schema as JsonObject);
    writeCacheFile(file, standaloneModule.default(ajv, fn));
  }
  v.cache.set(hash, fn);
  return fn;
}

function summarize(errors: ErrorObject[] | null | undefined): unknown[] {
  return (errors ?? []).slice(0, 25).map((e) => ({
    instancePath: e.instancePath,
    keyword: e.keyword,
    message: e.message,
    params: e.params,
  }));
}

// ---------------------------------------------------------------------------------------------
// Git: a real bare repository, or in-memory refs
// ---------------------------------------------------------------------------------------------

interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
}

interface Hunk {
  header: string;
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: string[];
}

interface Comparison {
  aheadBy: number;
  additions: number;
  deletions: number;
  changedFiles: number;
  /** Path → hunks; null when the backend has no diffs (in-memory refs). */
  files: Map<string, Hunk[]> | null;
}

interface GitBackend {
  sha(branch: string): Promise<string | null>;
  ref(fullRef: string): Promise<{ sha: string; type: string } | null>;
  branches(): Promise<Array<{ name: string; sha: string }>>;
  commit(sha: string): Promise<CommitInfo>;
  compare(baseSha: string, headSha: string): Promise<Comparison>;
  /**
   * False when the two commits have no common ancestor (git: `fatal: no merge base`); GitHub
   * then refuses a pull request between them with a 422.
   */
  shareHistory(baseSha: string, headSha: string): Promise<boolean>;
  /** The files a PR changes (three-dot diff), as `GET /pulls/{n}/files` lists them. */
  diffEntries(baseSha: string, headSha: string): Promise<DiffEntry[]>;
}

/** One changed file, as git reports it for `GET /pulls/{n}/files`. */
interface DiffEntry {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previousFilename?: string;
  /** The blob at the head (the base's for a removed file). */
  sha: string;
  additions: number;
  deletions: number;
  /** The unified diff, absent for binary files (GitHub leaves `patch` out then). */
  patch?: string;
}

const execFileAsync = promisify(execFile);

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

function parseDiff(text: string): Map<string, Hunk[]> {
  const files = new Map<string, Hunk[]>();
  let hunks: Hunk[] = [];
  let key = '';
  let current: Hunk | null = null;
  // Lines still owed to the current hunk: counting them is the only way to tell a removed line
  // reading "-- x" (shown as "--- x") from the next file's header.
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of text.split('\n')) {
    if (current && (oldLeft > 0 || newLeft > 0)) {
      if (line.startsWith('\\')) continue; // "\ No newline at end of file"
      current.lines.push(line);
      if (!line.startsWith('+')) oldLeft -= 1;
      if (!line.startsWith('-')) newLeft -= 1;
      continue;
    }
    const fileHeader = /^diff --git a\/.* b\/(.*)$/.exec(line);
    if (fileHeader) {
      // Keyed by the new path; binary files and pure renames have no hunks but still count.
      hunks = [];
      current = null;
      key = fileHeader[1] ?? '';
      files.set(key, hunks);
      continue;
    }
    if (line.startsWith('+++ b/')) {
      // Unambiguous where "diff --git a/x b/y" is not (paths containing " b/").
      files.delete(key);
      key = line.slice('+++ b/'.length);
      files.set(key, hunks);
      continue;
    }
    if (line.startsWith('+++ ') || line.startsWith('--- ')) continue;
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (header) {
      current = {
        header: line,
        oldStart: Number(header[1]),
        oldLines: header[2] === undefined ? 1 : Number(header[2]),
        newStart: Number(header[3]),
        newLines: header[4] === undefined ? 1 : Number(header[4]),
        lines: [],
      };
      oldLeft = current.oldLines;
      newLeft = current.newLines;
      hunks.push(current);
    }
  }
  return files;
}

type RefFound = { sha: string; type: string };

class BareRepoBackend implements GitBackend {
  private readonly comparisons = new Map<string, Comparison>();
  private readonly entryLists = new Map<string, DiffEntry[]>();

  constructor(private readonly gitDir: string) {}

  async git(args: string[]): Promise<string> {
    const { stdout } = await execFileAsync('git', ['--git-dir', this.gitDir, ...args], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      // Requests are served one at a time, so a stuck git must not stall the server.
      timeout: 10_000,
    });
    return stdout;
  }

  async shareHistory(baseSha: string, headSha: string): Promise<boolean> {
    try {
      await this.git(['merge-base', baseSha, headSha]);
      return true;
    } catch (error) {
      // merge-base exits 1, printing nothing, when there is none; anything else is a real failure.
      if ((error as { code?: unknown }).code === 1) return false;
      throw error;
    }
  }

  async headBranch(): Promise<string | null> {
    try {
      return (await this.git(['symbolic-ref', '--short', 'HEAD'])).trim() || null;
    } catch {
      return null;
    }
  }

  async sha(branch: string): Promise<string | null> {
    const found = await this.ref(`refs/heads/${branch}`);
    return found?.type === 'commit' ? found.sha : null;
  }

  /**
   * A ref as git last answered for it, kept while neither its loose file nor packed-refs has
   * changed: git writes a ref by renaming a new file over it (a new inode and ctime) and a copy
   * of the repository makes new files, so an unchanged stamp means git would answer the same.
   * Every pull request read asks for its head and base; this saves a git process per ask.
   */
  private readonly refs = new Map<string, { stamp: string; found: RefFound | null }>();

  private async refStamp(fullRef: string): Promise<string> {
    const stamp = async (file: string) => {
      try {
        const s = await fs.promises.stat(path.join(this.gitDir, file), { bigint: true });
        return `${s.ino}:${s.ctimeNs}:${s.mtimeNs}:${s.size}`;
      } catch {
        return '-';
      }
    };
    const [loose, packed] = await Promise.all([stamp(fullRef), stamp('packed-refs')]);
    return `${loose}|${packed}`;
  }

  async ref(fullRef: string): Promise<RefFound | null> {
    const stamp = await this.refStamp(fullRef);
    const known = this.refs.get(fullRef);
    if (known?.stamp === stamp) return known.found;
    const found = await this.readRef(fullRef);
    this.refs.set(fullRef, { stamp, found });
    return found;
  }

  private async readRef(fullRef: string): Promise<RefFound | null> {
    // for-each-ref matches whole path components, so refs/heads/a never answers for refs/heads/ab.
    const out = await this.git([
      'for-each-ref',
      '--format=%(refname)%00%(objectname)%00%(objecttype)',
      fullRef,
    ]);
    for (const line of out.split('\n')) {
      const [name, sha, type] = line.split('\0');
      if (name === fullRef && sha && type) return { sha, type };
    }
    return null;
  }

  async branches(): Promise<Array<{ name: string; sha: string }>> {
    const out = await this.git([
      'for-each-ref',
      '--format=%(refname:strip=2)%00%(objectname)',
      'refs/heads',
    ]);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name = '', sha = ''] = line.split('\0');
        return { name, sha };
      });
  }

  async commit(sha: string): Promise<CommitInfo> {
    const out = await this.git([
      'show',
      '-s',
      '--format=%H%x00%T%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B',
      sha,
    ]);
    const [
      full = sha,
      tree = '',
      parents = '',
      an = '',
      ae = '',
      ad = '',
      cn = '',
      ce = '',
      cd = '',
      ...rest
    ] = out.split('\0');
    return {
      sha: full,
      tree,
      parents: parents.split(' ').filter(Boolean),
      message: rest.join('\0').replace(/\n+$/, ''),
      author: { name: an, email: ae, date: isoSeconds(new Date(ad)) },
      committer: { name: cn, email: ce, date: isoSeconds(new Date(cd)) },
    };
  }

  async compare(baseSha: string, headSha: string): Promise<Comparison> {
    const key = `${baseSha}..${headSha}`;
    const cached = this.comparisons.get(key);
    if (cached) return cached;
    const aheadBy = Number((await this.git(['rev-list', '--count', key])).trim());
    const diff = await this.git([
      '-c',
      'core.quotePath=false',
      'diff',
      '--no-color',
      '--unified=3',
      `${baseSha}...${headSha}`,
    ]);
    const files = parseDiff(diff);
    let additions = 0;
    let deletions = 0;
    for (const hunks of files.values()) {
      for (const hunk of hunks) {
        for (const line of hunk.lines) {
          if (line.startsWith('+')) additions += 1;
          else if (line.startsWith('-')) deletions += 1;
        }
      }
    }
    const result = { aheadBy, additions, deletions, changedFiles: files.size, files };
    this.comparisons.set(key, result);
    return result;
  }

  async diffEntries(baseSha: string, headSha: string): Promise<DiffEntry[]> {
    const range = `${baseSha}...${headSha}`;
    // Shas name immutable commits: each page of a big PR's files reads one computed list.
    const cached = this.entryLists.get(range);
    if (cached) return cached;
    const entries = await this.readDiffEntries(range);
    this.entryLists.set(range, entries);
    return entries;
  }

  private async readDiffEntries(range: string): Promise<DiffEntry[]> {
    // --raw gives status, both blob ids and both paths (renames found as GitHub shows them);
    // --numstat the line counts ("-" for binary files).
    const out = await this.git(['diff', '--raw', '--numstat', '-z', '-M', '--abbrev=40', range]);
    const fields = out.split('\0');
    const raw: { status: string; oldBlob: string; newBlob: string; path: string; from?: string }[] =
      [];
    let i = 0;
    while (i < fields.length && fields[i]?.startsWith(':')) {
      const [, , oldBlob = '', newBlob = '', status = ''] = (fields[i] ?? '').slice(1).split(' ');
      if (status.startsWith('R') || status.startsWith('C')) {
        raw.push({ status, oldBlob, newBlob, from: fields[i + 1], path: fields[i + 2] ?? '' });
        i += 3;
      } else {
        raw.push({ status, oldBlob, newBlob, path: fields[i + 1] ?? '' });
        i += 2;
      }
    }
    const counts: { add: string; del: string }[] = [];
    while (i < fields.length) {
      const f = fields[i] ?? '';
      if (!f) {
        i += 1;
        continue;
      }
      const [add = '0', del = '0', path] = f.split('\t');
      counts.push({ add, del });
      // A rename's numstat names no path on its line: the two paths follow as fields.
      i += path === '' ? 3 : 1;
    }
    const statusOf = {
      A: 'added',
      D: 'removed',
      M: 'modified',
      R: 'renamed',
      C: 'copied',
      T: 'changed',
    } as const;
    // Every file's patch from one diff run with the same options, so its sections come in the
    // --raw order (one per file, binary files included): a diff per file would start 3,000
    // processes for a PR at GitHub's file cap.
    const sections = splitDiffSections(
      await this.git([
        '-c',
        'core.quotePath=false',
        'diff',
        '--no-color',
        '--unified=3',
        '-M',
        range,
      ]),
    );
    if (sections.length !== raw.length)
      throw new Error(`git diff listed ${raw.length} files but printed ${sections.length} patches`);
    const entries: DiffEntry[] = [];
    for (const [n, r] of raw.entries()) {
      const c = counts[n] ?? { add: '0', del: '0' };
      const binary = c.add === '-';
      const patchText = binary ? undefined : sections[n];
      const patchStart = patchText?.indexOf('\n@@');
      entries.push({
        filename: r.path,
        status: statusOf[(r.status[0] ?? 'M') as keyof typeof statusOf] ?? 'modified',
        ...(r.from ? { previousFilename: r.from } : {}),
        sha: r.status.startsWith('D') ? r.oldBlob : r.newBlob,
        additions: binary ? 0 : Number(c.add),
        deletions: binary ? 0 : Number(c.del),
        ...(patchText !== undefined && patchStart !== undefined && patchStart >= 0
          ? { patch: patchText.slice(patchStart + 1).replace(/\n$/, '') }
          : {}),
      });
    }
    return entries;
  }
}

/**
 * A diff's text cut at each file's "diff --git" header. A line inside a hunk starts with a space,
 * "+", "-" or "\\", so a header can only be a file's own.
 */
function splitDiffSections(text: string): string[] {
  const sections: string[] = [];
  let start = -1;
  let at = 0;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const next = end < 0 ? text.length : end + 1;
    if (text.startsWith('diff --git ', at)) {
      if (start >= 0) sections.push(text.slice(start, at));
      start = at;
    }
    at = next;
  }
  if (start >= 0) sections.push(text.slice(start));
  return sections;
}

/** A commit of the in-memory backend: its parents and every file it holds (path → text). */
interface MemoryCommit {
  parents: string[];
  files: Map<string, string>;
  message: string;
}

/** Git's blob id of a text: what `sha` in `pulls/{n}/files` names. */
function blobId(text: string): string {
  const bytes = Buffer.from(text);
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');
}

/** A hunk header as git writes it: a count of 1 is left out, an empty side starts at 0. */
function hunkHeader(oldStart: number, oldLines: number, newStart: number, newLines: number) {
  const side = (start: number, lines: number) =>
    `${lines === 0 ? start - 1 : start}${lines === 1 ? '' : `,${lines}`}`;
  return `@@ -${side(oldStart, oldLines)} +${side(newStart, newLines)} @@`;
}

/**
 * The text git puts after a hunk header without a diff driver: the nearest line above the hunk
 * (in the old file) that starts with a letter, `_` or `$`, trailing space trimmed, at most 80
 * bytes (git's xdiff/xemit.c, def_ff).
 */
function funcnameAbove(oldLines: readonly string[], hunkStartIndex: number): string {
  for (let i = hunkStartIndex - 1; i >= 0; i -= 1) {
    const line = oldLines[i] ?? '';
    if (/^[A-Za-z_$]/.test(line))
      return Buffer.from(line).subarray(0, 80).toString('utf8').replace(/\s+$/, '');
  }
  return '';
}

/** The unified diff of two texts with three lines of context, as git's `patch` (no headers). */
function unifiedPatch(before: string, after: string): { patch: string; add: number; del: number } {
  const hunks = structuredPatch('a', 'b', before, after, '', '', { context: 3 }).hunks;
  let add = 0;
  let del = 0;
  const out: string[] = [];
  const oldLines = before.split('\n');
  for (const h of hunks) {
    const funcname = funcnameAbove(oldLines, h.oldStart - 1);
    const header = hunkHeader(h.oldStart, h.oldLines, h.newStart, h.newLines);
    out.push(funcname ? `${header} ${funcname}` : header, ...h.lines);
    for (const line of h.lines) {
      if (line.startsWith('+')) add += 1;
      else if (line.startsWith('-')) del += 1;
    }
  }
  return { patch: out.join('\n'), add, del };
}

/**
 * In-memory refs with real content: commits made by `commitFiles` hold their files, so a PR's
 * files, its comparison and its diff hunks are computed as git computes them (three-dot, against
 * the merge base; renames of identical content found, where git's -M also pairs files at least
 * 50% alike: keep such renames for the bare backend). A branch set to a sha no commit here made has no files:
 * asking for its diff is an error, never an empty list. Held to the bare-repository backend by
 * test/github-server/backends.contract.test.ts.
 */
class MemoryBackend implements GitBackend {
  readonly commits = new Map<string, MemoryCommit>();

  constructor(private readonly refs: Map<string, string>) {}

  /** A commit of `changes` (null removes a path) on top of `parent`; returns its sha. */
  makeCommit(parent: string | undefined, changes: Record<string, string | null>, message: string) {
    const files = new Map(parent ? this.commits.get(parent)?.files : undefined);
    for (const [file, text] of Object.entries(changes)) {
      if (text === null) files.delete(file);
      else files.set(file, text);
    }
    const sha = fakeSha(
      JSON.stringify([parent ?? null, [...files].sort(), message, this.commits.size]),
    );
    this.commits.set(sha, { parents: parent ? [parent] : [], files, message });
    return sha;
  }

  async sha(branch: string): Promise<string | null> {
    return this.refs.get(branch) ?? null;
  }

  async ref(fullRef: string): Promise<{ sha: string; type: string } | null> {
    if (!fullRef.startsWith('refs/heads/')) return null;
    const sha = this.refs.get(fullRef.slice('refs/heads/'.length));
    return sha ? { sha, type: 'commit' } : null;
  }

  async branches(): Promise<Array<{ name: string; sha: string }>> {
    return [...this.refs].map(([name, sha]) => ({ name, sha }));
  }

  async commit(sha: string): Promise<CommitInfo> {
    const who = { name: 'AIOS Test', email: 'aios-test@example.com', date: '2024-01-01T00:00:00Z' };
    const known = this.commits.get(sha);
    return {
      sha,
      tree: fakeSha(`tree:${sha}`),
      parents: known?.parents ?? [],
      message: known?.message ?? `Commit ${sha.slice(0, 7)}`,
      author: who,
      committer: who,
    };
  }

  async shareHistory(baseSha: string, headSha: string): Promise<boolean> {
    // A sha set by setBranch has no history here to compare: only commits this backend made can
    // be shown to share none.
    if (!this.commits.has(baseSha) || !this.commits.has(headSha)) return true;
    return this.nearestCommon(baseSha, headSha) !== undefined;
  }

  /** `sha` and every ancestor this backend knows, nearest first (breadth first). */
  private ancestry(sha: string): string[] {
    const seen = new Set<string>([sha]);
    const queue = [sha];
    for (let i = 0; i < queue.length; i += 1) {
      for (const parent of this.commits.get(queue[i] ?? '')?.parents ?? []) {
        if (!seen.has(parent)) {
          seen.add(parent);
          queue.push(parent);
        }
      }
    }
    return queue;
  }

  private filesOf(sha: string): Map<string, string> {
    const known = this.commits.get(sha);
    if (!known)
      throw new Error(
        `in-memory commit ${sha} holds no files (set with setBranch): make it with commitFiles, or start the server over a bare repository`,
      );
    return known.files;
  }

  /**
   * The nearest commit both reach, as git's three-dot diff and merge use. None is an error, as
   * for git (`fatal: no merge base`), never a diff against an empty tree.
   */
  private mergeBase(baseSha: string, headSha: string): string {
    const found = this.nearestCommon(baseSha, headSha);
    if (found === undefined)
      throw new Error(`in-memory commits ${baseSha} and ${headSha} have no history in common`);
    return found;
  }

  /** The nearest of `baseSha`'s ancestry that `headSha` also reaches, if any. */
  private nearestCommon(baseSha: string, headSha: string): string | undefined {
    const onHead = new Set(this.ancestry(headSha));
    return this.ancestry(baseSha).find((sha) => onHead.has(sha));
  }

  async diffEntries(baseSha: string, headSha: string): Promise<DiffEntry[]> {
    // The head's files first: a sha that holds none is the nearer cause of a failed diff.
    const after = this.filesOf(headSha);
    const before = this.filesOf(this.mergeBase(baseSha, headSha));
    const removed = [...before.keys()].filter((f) => !after.has(f));
    const added = [...after.keys()].filter((f) => !before.has(f));
    // git -M pairs identical contents first: a removed path whose text a new path holds moved.
    const renamedFrom = new Map<string, string>();
    for (const to of added) {
      const from = removed.find(
        (f) => before.get(f) === after.get(to) && ![...renamedFrom.values()].includes(f),
      );
      if (from !== undefined) renamedFrom.set(to, from);
    }
    const movedAway = new Set(renamedFrom.values());
    const entries: DiffEntry[] = [];
    const paths = [...new Set([...before.keys(), ...after.keys()])]
      .filter((f) => !movedAway.has(f))
      .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    for (const filename of paths) {
      const from = renamedFrom.get(filename);
      const old = before.get(from ?? filename);
      const now = after.get(filename);
      if (old === now && from === undefined) continue;
      const { patch, add, del } = unifiedPatch(old ?? '', now ?? '');
      entries.push({
        filename,
        status:
          from !== undefined
            ? 'renamed'
            : old === undefined
              ? 'added'
              : now === undefined
                ? 'removed'
                : 'modified',
        ...(from !== undefined ? { previousFilename: from } : {}),
        sha: blobId(now ?? old ?? ''),
        additions: add,
        deletions: del,
        // git prints no hunk for an empty file added or removed, nor for a pure rename.
        ...(patch ? { patch } : {}),
      });
    }
    return entries;
  }

  /**
   * The merge commit of `head` into `base`: base's files with head's changes since their merge
   * base applied; a path both sides changed differently is a conflict (an error).
   */
  merge(baseSha: string, headSha: string, message: string): string {
    const ancestor = this.filesOf(this.mergeBase(baseSha, headSha));
    const ours = this.filesOf(baseSha);
    const theirs = this.filesOf(headSha);
    const files = new Map(ours);
    for (const file of new Set([...ancestor.keys(), ...theirs.keys()])) {
      const was = ancestor.get(file);
      const now = theirs.get(file);
      if (was === now) continue;
      if (ours.get(file) !== was && ours.get(file) !== now)
        throw new Error(`merge conflict in ${file}`);
      if (now === undefined) files.delete(file);
      else files.set(file, now);
    }
    const sha = fakeSha(JSON.stringify(['merge', baseSha, headSha, message]));
    this.commits.set(sha, { parents: [baseSha, headSha], files, message });
    return sha;
  }

  async compare(baseSha: string, headSha: string): Promise<Comparison> {
    const onBase = new Set(this.ancestry(baseSha));
    const aheadBy = this.ancestry(headSha).filter((sha) => !onBase.has(sha)).length;
    if (!this.commits.has(baseSha) || !this.commits.has(headSha)) {
      // A sha set by setBranch: no files to compare, only whether the branch moved.
      const same = baseSha === headSha;
      return {
        aheadBy: same ? 0 : Math.max(aheadBy, 1),
        additions: 0,
        deletions: 0,
        changedFiles: 0,
        files: null,
      };
    }
    const entries = await this.diffEntries(baseSha, headSha);
    const files = new Map<string, Hunk[]>();
    for (const e of entries) {
      const text = e.patch === undefined ? '' : `diff --git a/x b/x\n+++ b/x\n${e.patch}\n`;
      files.set(e.filename, parseDiff(text).get('x') ?? []);
    }
    return {
      aheadBy,
      additions: entries.reduce((n, e) => n + e.additions, 0),
      deletions: entries.reduce((n, e) => n + e.deletions, 0),
      changedFiles: entries.length,
      files,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Routing
// ---------------------------------------------------------------------------------------------

interface Ctx {
  route: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  actor: UserRecord;
  /** The path as requested, for pagination links. */
  path: string;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (ctx: Ctx) => Reply | Promise<Reply>;

// Params that may contain slashes (branch and ref names), so they take the rest of the path.
const TAIL_PARAMS = new Set(['ref', 'branch']);
const INTEGER_PARAMS = new Set([
  'issue_number',
  'pull_number',
  'comment_id',
  'review_id',
  'run_id',
]);

/** Every route the server implements, as `METHOD /path/template` (the spec's spelling). */
const ROUTE_KEYS = [
  'GET /repos/{owner}/{repo}',
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
  'GET /repos/{owner}/{repo}/labels',
  'POST /repos/{owner}/{repo}/labels',
  'GET /repos/{owner}/{repo}/labels/{name}',
  'POST /repos/{owner}/{repo}/issues',
  'GET /repos/{owner}/{repo}/issues/{issue_number}',
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
  'GET /repos/{owner}/{repo}/pulls',
  'POST /repos/{owner}/{repo}/pulls',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  'DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  'GET /repos/{owner}/{repo}/git/ref/{ref}',
  'GET /repos/{owner}/{repo}/branches',
  'GET /repos/{owner}/{repo}/branches/{branch}',
  'GET /repos/{owner}/{repo}/rulesets',
  'POST /repos/{owner}/{repo}/rulesets',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
  'POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel',
  'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
] as const;

type RouteKey = (typeof ROUTE_KEYS)[number];

/** The route templates the server implements (each is asserted to exist in the spec at startup). */
export function githubServerRoutes(): string[] {
  return [...ROUTE_KEYS];
}

function matchTemplate(template: string, segments: string[]): Record<string, string> | null {
  const parts = template.split('/').slice(1);
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name === undefined) {
      if (segments[i] !== part) return null;
      continue;
    }
    const isTail = i === parts.length - 1 && TAIL_PARAMS.has(name);
    const raw = isTail ? segments.slice(i).join('/') : segments[i];
    if (raw === undefined || raw === '') return null;
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (INTEGER_PARAMS.has(name) && !/^\d+$/.test(value)) return null;
    params[name] = value;
    if (isTail) return params;
  }
  return segments.length === parts.length ? params : null;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: JsonObject = {},
  ) {
    super(message);
  }
}

function validationFailed(...errors: JsonObject[]): HttpError {
  return new HttpError(422, 'Validation Failed', { errors });
}

// The shape the review endpoints use for 422s ("Validation Error Simple": errors are strings).
function unprocessable(...errors: string[]): HttpError {
  return new HttpError(422, 'Unprocessable Entity', { errors });
}

const notFound = (message = 'Not Found'): HttpError => new HttpError(404, message);

const BODY_LIMIT = 65536;

const LEGACY_PERMISSION: Record<Permission, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

function permissionFlags(p: Permission): Record<string, boolean> {
  const rank = ['none', 'read', 'triage', 'write', 'maintain', 'admin'].indexOf(p);
  return {
    admin: rank >= 5,
    maintain: rank >= 4,
    push: rank >= 3,
    triage: rank >= 2,
    pull: rank >= 1,
  };
}

function nodeId(type: string, id: number): string {
  // GitHub's legacy global ids: base64("0<len>:<Type><id>"), e.g. MDU6SXNzdWUx for Issue 1.
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64');
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const BOT_LOGIN = 'github-actions[bot]';

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

interface FaultRule {
  route: string;
  remaining: number;
  fault: Fault;
  when: 'before' | 'after';
}

interface TamperRule {
  route: string;
  remaining: number;
  mutate: (body: unknown) => unknown;
}

class FakeGitHub implements GitHubServer {
  url = '';
  defaultBranch = 'main';
  readonly requests: RecordedRequest[] = [];
  readonly violations: SpecViolation[] = [];
  readonly state: GitHubState = {
    users: new Map(),
    tokens: new Map(),
    labels: new Map(),
    issues: new Map(),
    pulls: new Map(),
    comments: new Map(),
    reviews: new Map(),
    reviewComments: new Map(),
    workflowRuns: new Map(),
    refs: new Map(),
    rulesets: new Map(),
    nextNumber: 1,
  };
  checkSpec: boolean;
  readonly settings: RepoSettings;

  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();
  private readonly faults: FaultRule[] = [];
  private readonly tampers: TamperRule[] = [];
  private readonly handlers: Map<string, Handler>;
  private readonly git: GitBackend;
  private readonly now: () => Date;
  // Derived from the name so ids (and pagination links) are the same on every run.
  private readonly repoId: number;
  private readonly createdAt: string;
  private nextId = 1_000;
  private queue: Promise<unknown> = Promise.resolve();
  private spec: SpecSubset | undefined;

  constructor(
    readonly owner: string,
    readonly repo: string,
    private readonly options: GitHubServerOptions,
  ) {
    this.checkSpec = options.checkSpec ?? true;
    this.settings = {
      actionsCanCreatePullRequests: options.actionsCanCreatePullRequests ?? false,
      private: options.private ?? false,
      plan: options.plan ?? 'free',
    };
    this.repoId = 700_000_000 + (parseInt(fakeSha(`${owner}/${repo}`).slice(0, 8), 16) % 1_000_000);
    this.now = options.now ?? (() => new Date());
    this.createdAt = this.timestamp();
    this.git = options.bareRepoPath
      ? new BareRepoBackend(options.bareRepoPath)
      : new MemoryBackend(this.state.refs);
    this.server = http.createServer((req, res) => void this.onRequest(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.handlers = this.buildHandlers();
  }

  async start(): Promise<void> {
    this.spec = await loadSpec();
    const unhandled = ROUTE_KEYS.filter((key) => !this.handlers.has(key));
    const unlisted = [...this.handlers.keys()].filter(
      (key) => !(ROUTE_KEYS as readonly string[]).includes(key),
    );
    if (unhandled.length > 0 || unlisted.length > 0) {
      throw new Error(
        `github-server routes and handlers disagree: ${[...unhandled, ...unlisted].join(', ')}`,
      );
    }
    await assertRoutesInSpec(ROUTE_KEYS);
    if (this.git instanceof BareRepoBackend) {
      // One git for both when HEAD names a branch that exists (every test world's origin);
      // else (an unborn or detached HEAD) each on its own, as before.
      const git = this.git;
      const [bare, head] = (
        await git
          .git(['rev-parse', '--is-bare-repository', '--symbolic-full-name', 'HEAD'])
          .catch(async () => git.git(['rev-parse', '--is-bare-repository']))
      )
        .trim()
        .split('\n');
      if (bare !== 'true')
        throw new Error(`${this.options.bareRepoPath} is not a bare git repository`);
      this.defaultBranch =
        this.options.defaultBranch ??
        (head?.startsWith('refs/heads/') ? head.slice('refs/heads/'.length) : undefined) ??
        (await git.headBranch()) ??
        'main';
    } else {
      this.defaultBranch = this.options.defaultBranch ?? 'main';
      if (this.git instanceof MemoryBackend)
        this.state.refs.set(
          this.defaultBranch,
          this.git.makeCommit(undefined, {}, 'Initial commit'),
        );
    }
    this.addUser(this.owner, 'admin');
    this.addUser(BOT_LOGIN, 'write', 'Bot');
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
  }

  // ----- test-facing controls --------------------------------------------------------------

  calls(route: string): RecordedRequest[] {
    return this.requests.filter((r) => r.route === route);
  }

  failNext(route: string, fault: Fault | number | 'drop', options: FaultOptions = {}): void {
    this.assertRoute(route);
    const normalized: Fault =
      typeof fault === 'number'
        ? { type: 'status', status: fault }
        : fault === 'drop'
          ? { type: 'drop' }
          : fault;
    this.faults.push({
      route,
      remaining: options.times ?? 1,
      fault: normalized,
      when: options.when ?? 'before',
    });
  }

  tamperNextResponse(route: string, mutate: (body: unknown) => unknown, times = 1): void {
    this.assertRoute(route);
    this.tampers.push({ route, remaining: times, mutate });
  }

  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map(
      (v) =>
        `${v.kind} ${v.method} ${v.path}${v.status ? ` (${v.status})` : ''}: ${v.message} ${JSON.stringify(v.errors)}`,
    );
    throw new Error(
      `github-server recorded ${this.violations.length} violation(s):\n${lines.join('\n')}`,
    );
  }

  takeViolations(): SpecViolation[] {
    return this.violations.splice(0, this.violations.length);
  }

  snapshot(): () => void {
    // Cloned now and again at each restore, so a test's edits never reach the saved copy.
    const saved = structuredClone({
      state: this.state,
      requests: this.requests,
      violations: this.violations,
      faults: this.faults,
    });
    const tampers = this.tampers.map((t) => ({ ...t }));
    const { nextId, checkSpec, defaultBranch } = this;
    const settings = { ...this.settings };
    return () => {
      Object.assign(this.settings, settings);
      const copy = structuredClone(saved);
      // Maps are refilled in place: the in-memory git backend holds `state.refs` itself.
      const state = this.state as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(copy.state)) {
        const current = state[key];
        if (current instanceof Map && value instanceof Map) {
          current.clear();
          for (const [k, v] of value) current.set(k, v);
        } else state[key] = value;
      }
      this.requests.splice(0, this.requests.length, ...copy.requests);
      this.violations.splice(0, this.violations.length, ...copy.violations);
      this.faults.splice(0, this.faults.length, ...copy.faults);
      this.tampers.splice(0, this.tampers.length, ...tampers.map((t) => ({ ...t })));
      this.nextId = nextId;
      this.checkSpec = checkSpec;
      this.defaultBranch = defaultBranch;
    };
  }

  addUser(
    login: string,
    permission: Permission = 'write',
    type: UserRecord['type'] = 'User',
  ): UserRecord {
    const existing = this.state.users.get(login.toLowerCase());
    if (existing) {
      existing.permission = permission;
      existing.type = type;
      return existing;
    }
    const id = login === BOT_LOGIN ? 41898282 : this.newId();
    const user: UserRecord = { login, id, type, permission };
    this.state.users.set(login.toLowerCase(), user);
    return user;
  }

  addToken(token: string, login: string): void {
    if (!this.state.users.has(login.toLowerCase()))
      this.addUser(login, 'write', login.endsWith('[bot]') ? 'Bot' : 'User');
    this.state.tokens.set(token, login);
  }

  addLabel(name: string, color = 'ededed', description: string | null = null): LabelRecord {
    const existing = this.state.labels.get(name.toLowerCase());
    if (existing) return existing;
    const label: LabelRecord = { id: this.newId(), name, color, description, default: false };
    this.state.labels.set(name.toLowerCase(), label);
    return label;
  }

  addIssue(seed: IssueSeed): IssueRecord {
    const now = this.timestamp();
    const user = seed.user ?? this.owner;
    this.ensureUser(user);
    const issue: IssueRecord = {
      number: this.state.nextNumber,
      id: this.newId(),
      title: seed.title,
      body: seed.body ?? null,
      user,
      labels: (seed.labels ?? []).map((name) => this.addLabel(name).name),
      assignees: [],
      state: seed.state ?? 'open',
      stateReason: seed.state === 'closed' ? 'completed' : null,
      locked: false,
      createdAt: now,
      updatedAt: now,
      closedAt: seed.state === 'closed' ? now : null,
      closedBy: seed.state === 'closed' ? user : null,
    };
    this.state.nextNumber += 1;
    this.state.issues.set(issue.number, issue);
    return issue;
  }

  addWorkflowRun(seed: WorkflowRunSeed): WorkflowRunRecord {
    const id = this.newId();
    const status = seed.status ?? 'in_progress';
    const now = this.timestamp();
    const run: WorkflowRunRecord = {
      id,
      runNumber: this.state.workflowRuns.size + 1,
      workflowId: seed.workflowId ?? 161_335,
      path: seed.path ?? '.github/workflows/aios.yml',
      name: 'AIOS',
      displayTitle: seed.displayTitle ?? 'AIOS',
      event: seed.event ?? 'issues',
      headBranch: this.defaultBranch,
      headSha: fakeSha(`run:${id}`),
      status,
      conclusion: null,
      jobs: (seed.jobs ?? []).map((j) => ({
        id: this.newId(),
        name: j.name,
        status: j.status ?? status,
        conclusion: null,
      })),
      createdAt: now,
      updatedAt: now,
    };
    this.state.workflowRuns.set(id, run);
    return run;
  }

  addComment(issueNumber: number, body: string, user = this.owner): CommentRecord {
    const issue = this.state.issues.get(issueNumber);
    if (!issue) throw new Error(`no issue #${issueNumber}`);
    this.ensureUser(user);
    const now = this.timestamp();
    const comment: CommentRecord = {
      id: this.newId(),
      issueNumber,
      body,
      user,
      createdAt: now,
      updatedAt: now,
    };
    this.state.comments.set(comment.id, comment);
    issue.updatedAt = now;
    return comment;
  }

  async addPullRequest(seed: PullSeed): Promise<PullRecord> {
    const base = seed.base ?? this.defaultBranch;
    const issue = this.addIssue({
      title: seed.title ?? seed.head,
      body: seed.body ?? null,
      user: seed.user ?? BOT_LOGIN,
      labels: seed.labels ?? [],
    });
    const pull = this.newPull(issue, seed.head, base, seed.draft ?? false);
    pull.headSha = (await this.git.sha(seed.head)) ?? fakeSha(`head:${seed.head}`);
    pull.baseSha = (await this.git.sha(base)) ?? fakeSha(`base:${base}`);
    return pull;
  }

  async addReview(pullNumber: number, seed: ReviewSeed): Promise<ReviewRecord> {
    const pull = this.state.pulls.get(pullNumber);
    if (!pull) throw new Error(`no pull request #${pullNumber}`);
    this.ensureUser(seed.user);
    const { head } = await this.liveShas(pull);
    const review: ReviewRecord = {
      id: this.newId(),
      pullNumber,
      user: seed.user,
      body: seed.body ?? '',
      state: seed.state,
      commitId: head,
      submittedAt: this.timestamp(),
    };
    this.state.reviews.set(review.id, review);
    for (const c of seed.comments ?? []) {
      const comment = this.newReviewComment(review, pull, {
        path: c.path,
        body: c.body,
        line: c.line,
        side: c.side ?? 'RIGHT',
      });
      this.state.reviewComments.set(comment.id, comment);
    }
    pull.requestedReviewers = pull.requestedReviewers.filter(
      (r) => r.toLowerCase() !== seed.user.toLowerCase(),
    );
    return review;
  }

  markReadyForReview(pullNumber: number): void {
    const pull = this.state.pulls.get(pullNumber);
    if (!pull) throw new Error(`no pull request #${pullNumber}`);
    pull.draft = false;
  }

  async mergePullRequest(pullNumber: number, by = this.owner): Promise<string> {
    const pull = this.state.pulls.get(pullNumber);
    const issue = this.state.issues.get(pullNumber);
    if (!pull || !issue) throw new Error(`no pull request #${pullNumber}`);
    // The merge endpoint's 405s (docs.github.com/rest/pulls/pulls#merge-a-pull-request).
    if (pull.draft) throw new Error(`#${pullNumber}: Pull Request is still a draft`);
    if (pull.merged || issue.state !== 'open')
      throw new Error(
        `#${pullNumber}: Pull Request is not mergeable (${pull.merged ? 'merged' : 'closed'})`,
      );
    const user = this.ensureUser(by);
    const { head, base } = await this.liveShas(pull);
    const message = `Merge pull request #${pull.number} from ${this.owner}/${pull.head}\n\n${issue.title}\n`;
    let mergeSha: string;
    if (this.git instanceof BareRepoBackend) {
      let tree: string;
      try {
        tree =
          (await this.git.git(['merge-tree', '--write-tree', base, head])).split('\n')[0] ?? '';
      } catch (error) {
        throw new Error(
          `#${pullNumber}: Pull Request is not mergeable (conflicts): ${String(error)}`,
          { cause: error },
        );
      }
      const when = `${Math.floor(this.now().getTime() / 1000)} +0000`;
      mergeSha = (
        await execFileAsync(
          'git',
          [
            '--git-dir',
            this.options.bareRepoPath ?? '',
            'commit-tree',
            tree,
            '-p',
            base,
            '-p',
            head,
            '-m',
            message,
          ],
          {
            encoding: 'utf8',
            env: {
              ...process.env,
              GIT_AUTHOR_NAME: user.login,
              GIT_AUTHOR_EMAIL: `${user.id}+${user.login}@users.noreply.github.com`,
              GIT_AUTHOR_DATE: when,
              GIT_COMMITTER_NAME: 'GitHub',
              GIT_COMMITTER_EMAIL: 'noreply@github.com',
              GIT_COMMITTER_DATE: when,
            },
          },
        )
      ).stdout.trim();
      // Compare-and-swap: a push to the base since the tip was read fails the merge.
      await this.git.git(['update-ref', `refs/heads/${pull.base}`, mergeSha, base]);
    } else if (this.git instanceof MemoryBackend) {
      try {
        mergeSha = this.git.merge(base, head, message);
      } catch (error) {
        throw new Error(`#${pullNumber}: Pull Request is not mergeable: ${String(error)}`, {
          cause: error,
        });
      }
      this.state.refs.set(pull.base, mergeSha);
    } else {
      throw new Error('unreachable: a backend is either a bare repository or in memory');
    }
    const now = this.timestamp();
    pull.merged = true;
    pull.mergedAt = now;
    pull.mergedBy = by;
    pull.mergeCommitSha = mergeSha;
    issue.state = 'closed';
    issue.stateReason = 'completed';
    issue.closedAt = now;
    issue.closedBy = by;
    issue.updatedAt = now;
    return mergeSha;
  }

  setBranch(name: string, sha?: string): string {
    if (!(this.git instanceof MemoryBackend))
      throw new Error('setBranch: this server reads branches from git; push instead');
    // No sha: an empty commit on the default branch's tip (a branch one commit ahead).
    const value =
      sha ??
      this.git.makeCommit(
        this.state.refs.get(this.defaultBranch),
        {},
        `Start ${name} ${randomUUID()}`,
      );
    this.state.refs.set(name, value);
    return value;
  }

  commitFiles(
    branch: string,
    changes: Record<string, string | null>,
    message?: string,
    options: { root?: boolean } = {},
  ): string {
    if (!(this.git instanceof MemoryBackend))
      throw new Error('commitFiles: this server reads branches from git; push instead');
    const parent = options.root
      ? undefined
      : (this.state.refs.get(branch) ?? this.state.refs.get(this.defaultBranch));
    const sha = this.git.makeCommit(parent, changes, message ?? `Change ${branch}`);
    this.state.refs.set(branch, sha);
    return sha;
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  // ----- request pipeline ------------------------------------------------------------------

  private assertRoute(route: string): void {
    if (route !== '*' && !(ROUTE_KEYS as readonly string[]).includes(route)) {
      throw new Error(
        `github-server does not implement ${route}; known routes: ${ROUTE_KEYS.join(', ')}`,
      );
    }
  }

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let text: string;
    try {
      text = await readBody(req);
    } catch {
      return;
    }
    // One request at a time: handlers await git, and interleaving would let two identical
    // POST /pulls both pass the duplicate check.
    const run = this.queue.then(() => this.process(req, res, text));
    this.queue = run.catch(() => undefined);
    await run.catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ message: String(error) }));
      }
    });
  }

  private async process(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    text: string,
  ): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const requestedPath = url.pathname;
    const routedPath = this.resolveAlias(requestedPath);
    let body: unknown;
    let badJson = false;
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
        badJson = true;
      }
    }
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
    const record: RecordedRequest = {
      method,
      route: null,
      path: requestedPath,
      query: Object.fromEntries(url.searchParams),
      body,
      token,
      login: null,
      status: 0,
    };
    this.requests.push(record);

    const segments = routedPath.split('/').slice(1);
    let route: RouteKey | null = null;
    let params: Record<string, string> = {};
    for (const key of ROUTE_KEYS) {
      const [keyMethod, template = ''] = key.split(' ');
      if (keyMethod !== method) continue;
      const found = matchTemplate(template, segments);
      if (found) {
        route = key;
        params = found;
        break;
      }
    }
    record.route = route;
    const op = route ? this.spec?.operations[route] : undefined;
    const docsUrl = op?.docsUrl ?? 'https://docs.github.com/rest';

    const send = (reply: Reply, validate: boolean): void => {
      let out = reply;
      if (validate && route && out.body !== undefined) {
        out = this.tamper(route, out);
        out = this.checkResponse(route, method, requestedPath, out);
      }
      record.status = out.status;
      this.write(res, out);
    };
    const sendError = (error: HttpError): void => {
      send(
        {
          status: error.status,
          body: {
            message: error.message,
            ...error.extra,
            documentation_url: docsUrl,
            status: String(error.status),
          },
        },
        true,
      );
    };

    const before = route ? this.takeFault(route, 'before') : undefined;
    if (before) {
      this.applyFault(before, record, res, docsUrl);
      return;
    }
    if (!token || (this.options.strictTokens && !this.state.tokens.has(token))) {
      // GitHub answers this one before routing, so it points at the API's front page.
      send(
        {
          status: 401,
          body: {
            message: 'Bad credentials',
            documentation_url: 'https://docs.github.com/rest',
            status: '401',
          },
        },
        true,
      );
      return;
    }
    const actor = this.userFor(token);
    record.login = actor.login;
    if (badJson) {
      sendError(new HttpError(400, 'Problems parsing JSON'));
      return;
    }
    if (!route || !op) {
      if (this.isSpecRoute(method, routedPath)) {
        const message = `github-server does not implement ${method} ${routedPath} (it is in GitHub's API)`;
        this.violations.push({
          kind: 'unimplemented',
          method,
          route: null,
          path: requestedPath,
          message,
          errors: [],
        });
        send({ status: 500, body: { message, documentation_url: docsUrl } }, false);
      } else {
        sendError(notFound());
      }
      return;
    }
    if (
      params.owner?.toLowerCase() !== this.owner.toLowerCase() ||
      params.repo?.toLowerCase() !== this.repo.toLowerCase()
    ) {
      sendError(notFound());
      return;
    }
    const requestProblem = this.checkRequest(
      route,
      op,
      method,
      requestedPath,
      url.searchParams,
      body,
    );
    if (requestProblem) {
      send(requestProblem, false);
      return;
    }
    const handler = this.handlers.get(route);
    let reply: Reply;
    try {
      if (!handler) throw new Error(`no handler for ${route}`);
      reply = await handler({
        route,
        params,
        query: url.searchParams,
        body,
        actor,
        path: routedPath,
      });
    } catch (error) {
      if (error instanceof HttpError) {
        sendError(error);
        return;
      }
      const message = `github-server failed handling ${method} ${requestedPath}: ${error instanceof Error ? error.message : String(error)}`;
      this.violations.push({
        kind: 'server-error',
        method,
        route,
        path: requestedPath,
        message,
        errors: [],
      });
      send({ status: 500, body: { message, documentation_url: docsUrl } }, false);
      return;
    }
    const after = this.takeFault(route, 'after');
    if (after) {
      this.applyFault(after, record, res, docsUrl);
      return;
    }
    send(reply, true);
  }

  /** GitHub's pagination links use /repositories/{id}/...; serve them like /repos/{o}/{r}/... */
  private resolveAlias(pathname: string): string {
    const alias = /^\/repositories\/(\d+)(\/.*)?$/.exec(pathname);
    if (alias && Number(alias[1]) === this.repoId)
      return `/repos/${this.owner}/${this.repo}${alias[2] ?? ''}`;
    return pathname;
  }

  private isSpecRoute(method: string, pathname: string): boolean {
    const segments = pathname.split('/').slice(1);
    return (this.spec?.allRoutes ?? []).some((key) => {
      const [keyMethod, template = ''] = key.split(' ');
      if (keyMethod !== method) return false;
      const parts = template.split('/').slice(1);
      return (
        parts.length === segments.length &&
        parts.every((p, i) => p.startsWith('{') || p === segments[i])
      );
    });
  }

  private takeFault(route: string, when: 'before' | 'after'): FaultRule | undefined {
    const rule = this.faults.find((f) => f.when === when && (f.route === route || f.route === '*'));
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.faults.splice(this.faults.indexOf(rule), 1);
    return rule;
  }

  private applyFault(
    rule: FaultRule,
    record: RecordedRequest,
    res: http.ServerResponse,
    docsUrl: string,
  ): void {
    if (rule.fault.type === 'drop') {
      record.fault = 'drop';
      record.status = 0;
      res.socket?.destroy();
      return;
    }
    const { status, message, headers } = rule.fault;
    record.fault = 'status';
    record.status = status;
    const text = message ?? (status >= 500 ? 'Server Error' : 'Injected failure');
    this.write(res, {
      status,
      headers,
      body: { message: text, documentation_url: docsUrl, status: String(status) },
    });
  }

  private tamper(route: string, reply: Reply): Reply {
    const rule = this.tampers.find((t) => t.route === route || t.route === '*');
    if (!rule) return reply;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.tampers.splice(this.tampers.indexOf(rule), 1);
    const copy: unknown = structuredClone(reply.body);
    const result = rule.mutate(copy);
    return { ...reply, body: result === undefined ? copy : result };
  }

  private checkRequest(
    route: RouteKey,
    op: SpecOperation,
    method: string,
    requestedPath: string,
    query: URLSearchParams,
    body: unknown,
  ): Reply | null {
    if (!this.checkSpec || !this.spec) return null;
    const problems: SpecViolation[] = [];
    if (op.querySchema) {
      const values: JsonObject = Object.fromEntries(query);
      const validate = validatorFor(this.spec, op.querySchema, true);
      if (!validate(values)) {
        problems.push({
          kind: 'request-query',
          method,
          route,
          path: requestedPath,
          message: `query parameters violate the OpenAPI spec for ${route}`,
          errors: summarize(validate.errors),
        });
      }
    }
    if (op.requestBody) {
      if (body === undefined) {
        if (op.requestBody.required) {
          problems.push({
            kind: 'request-body',
            method,
            route,
            path: requestedPath,
            message: `${route} requires a request body`,
            errors: [],
          });
        }
      } else {
        const validate = validatorFor(this.spec, op.requestBody.schema);
        if (!validate(body)) {
          problems.push({
            kind: 'request-body',
            method,
            route,
            path: requestedPath,
            message: `request body violates the OpenAPI spec for ${route}`,
            errors: summarize(validate.errors),
          });
        }
      }
    }
    if (problems.length === 0) return null;
    this.violations.push(...problems);
    return {
      status: 500,
      body: {
        message: `github-server: ${problems.map((p) => p.message).join('; ')}`,
        errors: problems.flatMap((p) => p.errors),
        documentation_url: op.docsUrl,
      },
    };
  }

  private checkResponse(
    route: RouteKey,
    method: string,
    requestedPath: string,
    reply: Reply,
  ): Reply {
    const op = this.spec?.operations[route];
    if (!this.checkSpec || !this.spec || !op) return reply;
    const status = String(reply.status);
    let schema: unknown;
    if (status in op.responses) {
      schema = op.responses[status];
    } else if (reply.status >= 400 && reply.status < 500) {
      schema = BASIC_ERROR_SCHEMA;
    } else {
      const message = `${route} answered ${status}, a status the OpenAPI spec does not declare`;
      this.violations.push({
        kind: 'undeclared-status',
        method,
        route,
        path: requestedPath,
        status: reply.status,
        message,
        errors: [],
      });
      return {
        status: 500,
        body: { message: `github-server: ${message}`, documentation_url: op.docsUrl },
      };
    }
    if (schema === null || schema === undefined) return reply;
    const validate = validatorFor(this.spec, schema);
    if (validate(reply.body)) return reply;
    const errors = summarize(validate.errors);
    const message = `response (${status}) violates the OpenAPI spec for ${route}`;
    this.violations.push({
      kind: 'response-body',
      method,
      route,
      path: requestedPath,
      status: reply.status,
      message,
      errors,
    });
    return {
      status: 500,
      body: { message: `github-server: ${message}`, errors, documentation_url: op.docsUrl },
    };
  }

  private write(res: http.ServerResponse, reply: Reply): void {
    if (res.destroyed || res.headersSent) return;
    const headers: Record<string, string> = {
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - this.requests.length)),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(this.requests.length),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    if (reply.body === undefined || reply.status === 204) {
      res.writeHead(reply.status, headers);
      res.end();
      return;
    }
    headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(reply.status, headers);
    res.end(JSON.stringify(reply.body));
  }

  // ----- helpers ---------------------------------------------------------------------------

  private timestamp(): string {
    return isoSeconds(this.now());
  }

  private newId(): number {
    this.nextId += 1;
    return 2_000_000_000 + this.nextId;
  }

  private ensureUser(login: string): UserRecord {
    return (
      this.state.users.get(login.toLowerCase()) ??
      this.addUser(login, 'none', login.endsWith('[bot]') ? 'Bot' : 'User')
    );
  }

  private userFor(token: string): UserRecord {
    return this.ensureUser(this.state.tokens.get(token) ?? BOT_LOGIN);
  }

  private issueOr404(params: Record<string, string>): IssueRecord {
    const issue = this.state.issues.get(Number(params.issue_number));
    if (!issue) throw notFound();
    return issue;
  }

  private pullOr404(params: Record<string, string>): { pull: PullRecord; issue: IssueRecord } {
    const number = Number(params.pull_number);
    const pull = this.state.pulls.get(number);
    const issue = this.state.issues.get(number);
    if (!pull || !issue) throw notFound();
    return { pull, issue };
  }

  private newPull(issue: IssueRecord, head: string, base: string, draft: boolean): PullRecord {
    const pull: PullRecord = {
      number: issue.number,
      id: this.newId(),
      head,
      base,
      headSha: '',
      baseSha: '',
      draft,
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
      maintainerCanModify: false,
      requestedReviewers: [],
      mergeabilityKnown: false,
    };
    this.state.pulls.set(pull.number, pull);
    return pull;
  }

  /** Current head/base shas; a deleted branch keeps the last sha seen, like GitHub does. */
  private async liveShas(pull: PullRecord): Promise<{ head: string; base: string }> {
    if (!pull.merged) {
      pull.headSha = (await this.git.sha(pull.head)) ?? pull.headSha;
      pull.baseSha = (await this.git.sha(pull.base)) ?? pull.baseSha;
    }
    return { head: pull.headSha, base: pull.baseSha };
  }

  /** A pending review is visible to its author only, as on GitHub. */
  private visible(review: ReviewRecord, actor: UserRecord): boolean {
    return review.state !== 'PENDING' || review.user.toLowerCase() === actor.login.toLowerCase();
  }

  private association(login: string): string {
    if (login.toLowerCase() === this.owner.toLowerCase()) return 'OWNER';
    const user = this.state.users.get(login.toLowerCase());
    if (!user || user.type === 'Bot') return 'NONE';
    return ['admin', 'maintain', 'write'].includes(user.permission) ? 'COLLABORATOR' : 'NONE';
  }

  private page<T>(ctx: Ctx, items: T[]): Reply {
    const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const links: string[] = [];
    // Like GitHub, links address the repository by id.
    const rest = ctx.path.replace(/^\/repos\/[^/]+\/[^/]+/, '');
    const link = (n: number, rel: string): string => {
      const q = new URLSearchParams(ctx.query);
      q.set('page', String(n));
      return `<${this.url}/repositories/${this.repoId}${rest}?${q.toString()}>; rel="${rel}"`;
    };
    if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return {
      status: 200,
      body: slice,
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  }

  private checkBodyLength(resource: string, value: unknown): void {
    // GitHub's current answer for an over-long body (the field really is "data").
    if (typeof value === 'string' && value.length > BODY_LIMIT) {
      throw validationFailed({
        resource,
        code: 'unprocessable',
        field: 'data',
        message: `Body is too long (maximum is ${BODY_LIMIT} characters)`,
      });
    }
  }

  // ----- JSON factories (every required field of the spec's schemas, realistic values) -------

  private get repoApi(): string {
    return `${this.url}/repos/${this.owner}/${this.repo}`;
  }

  private get repoHtml(): string {
    return `https://github.com/${this.owner}/${this.repo}`;
  }

  private userJson(login: string): JsonObject {
    const user = this.ensureUser(login);
    const enc = encodeURIComponent(user.login);
    const api = `${this.url}/users/${enc}`;
    const html =
      user.type === 'Bot'
        ? `https://github.com/apps/${encodeURIComponent(user.login.replace(/\[bot\]$/, ''))}`
        : `https://github.com/${enc}`;
    return {
      login: user.login,
      id: user.id,
      node_id: nodeId(user.type, user.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: html,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: user.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  private repoJson(actor?: UserRecord): JsonObject {
    const r = this.repoApi;
    const open = [...this.state.issues.values()].filter((i) => i.state === 'open').length;
    const json: JsonObject = {
      id: this.repoId,
      node_id: nodeId('Repository', this.repoId),
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      private: this.settings.private,
      owner: this.userJson(this.owner),
      html_url: this.repoHtml,
      description: null,
      fork: false,
      url: r,
      forks_url: `${r}/forks`,
      keys_url: `${r}/keys{/key_id}`,
      collaborators_url: `${r}/collaborators{/collaborator}`,
      teams_url: `${r}/teams`,
      hooks_url: `${r}/hooks`,
      issue_events_url: `${r}/issues/events{/number}`,
      events_url: `${r}/events`,
      assignees_url: `${r}/assignees{/user}`,
      branches_url: `${r}/branches{/branch}`,
      tags_url: `${r}/tags`,
      blobs_url: `${r}/git/blobs{/sha}`,
      git_tags_url: `${r}/git/tags{/sha}`,
      git_refs_url: `${r}/git/refs{/sha}`,
      trees_url: `${r}/git/trees{/sha}`,
      statuses_url: `${r}/statuses/{sha}`,
      languages_url: `${r}/languages`,
      stargazers_url: `${r}/stargazers`,
      contributors_url: `${r}/contributors`,
      subscribers_url: `${r}/subscribers`,
      subscription_url: `${r}/subscription`,
      commits_url: `${r}/commits{/sha}`,
      git_commits_url: `${r}/git/commits{/sha}`,
      comments_url: `${r}/comments{/number}`,
      issue_comment_url: `${r}/issues/comments{/number}`,
      contents_url: `${r}/contents/{+path}`,
      compare_url: `${r}/compare/{base}...{head}`,
      merges_url: `${r}/merges`,
      archive_url: `${r}/{archive_format}{/ref}`,
      downloads_url: `${r}/downloads`,
      issues_url: `${r}/issues{/number}`,
      pulls_url: `${r}/pulls{/number}`,
      milestones_url: `${r}/milestones{/number}`,
      notifications_url: `${r}/notifications{?since,all,participating}`,
      labels_url: `${r}/labels{/name}`,
      releases_url: `${r}/releases{/id}`,
      deployments_url: `${r}/deployments`,
      created_at: this.createdAt,
      updated_at: this.createdAt,
      pushed_at: this.timestamp(),
      git_url: `git://github.com/${this.owner}/${this.repo}.git`,
      ssh_url: `git@github.com:${this.owner}/${this.repo}.git`,
      clone_url: `${this.repoHtml}.git`,
      svn_url: this.repoHtml,
      homepage: null,
      size: 0,
      stargazers_count: 0,
      watchers_count: 0,
      language: 'TypeScript',
      has_issues: true,
      has_projects: true,
      has_downloads: true,
      has_wiki: true,
      has_pages: false,
      has_discussions: false,
      forks_count: 0,
      mirror_url: null,
      archived: false,
      disabled: false,
      open_issues_count: open,
      license: null,
      allow_forking: true,
      is_template: false,
      web_commit_signoff_required: false,
      topics: [],
      visibility: this.settings.private ? 'private' : 'public',
      forks: 0,
      open_issues: open,
      watchers: 0,
      default_branch: this.defaultBranch,
    };
    if (actor) {
      json.permissions = permissionFlags(actor.permission);
      json.network_count = 0;
      json.subscribers_count = 0;
      json.allow_squash_merge = true;
      json.allow_merge_commit = true;
      json.allow_rebase_merge = true;
      json.allow_auto_merge = false;
      json.delete_branch_on_merge = false;
    }
    return json;
  }

  private labelJson(name: string): JsonObject {
    const label = this.state.labels.get(name.toLowerCase()) ?? this.addLabel(name);
    return {
      id: label.id,
      node_id: nodeId('Label', label.id),
      url: `${this.repoApi}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      color: label.color,
      default: label.default,
      description: label.description,
    };
  }

  private reactions(url: string): JsonObject {
    return {
      url: `${url}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    };
  }

  private issueJson(issue: IssueRecord): JsonObject {
    const r = this.repoApi;
    const url = `${r}/issues/${issue.number}`;
    const pull = this.state.pulls.get(issue.number);
    const htmlKind = pull ? 'pull' : 'issues';
    const json: JsonObject = {
      url,
      repository_url: r,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${this.repoHtml}/${htmlKind}/${issue.number}`,
      id: issue.id,
      node_id: nodeId(pull ? 'PullRequest' : 'Issue', pull ? pull.id : issue.id),
      number: issue.number,
      title: issue.title,
      user: this.userJson(issue.user),
      labels: issue.labels.map((name) => this.labelJson(name)),
      state: issue.state,
      locked: issue.locked,
      assignee: issue.assignees[0] ? this.userJson(issue.assignees[0]) : null,
      assignees: issue.assignees.map((login) => this.userJson(login)),
      milestone: null,
      comments: [...this.state.comments.values()].filter((c) => c.issueNumber === issue.number)
        .length,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      closed_by: issue.closedBy ? this.userJson(issue.closedBy) : null,
      author_association: this.association(issue.user),
      active_lock_reason: null,
      body: issue.body,
      reactions: this.reactions(url),
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null,
      state_reason: issue.stateReason,
    };
    if (pull) {
      json.draft = pull.draft;
      json.pull_request = {
        url: `${r}/pulls/${issue.number}`,
        html_url: `${this.repoHtml}/pull/${issue.number}`,
        diff_url: `${this.repoHtml}/pull/${issue.number}.diff`,
        patch_url: `${this.repoHtml}/pull/${issue.number}.patch`,
        merged_at: pull.mergedAt,
      };
    }
    return json;
  }

  private commentJson(comment: CommentRecord): JsonObject {
    const url = `${this.repoApi}/issues/comments/${comment.id}`;
    const kind = this.state.pulls.has(comment.issueNumber) ? 'pull' : 'issues';
    return {
      url,
      html_url: `${this.repoHtml}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.repoApi}/issues/${comment.issueNumber}`,
      id: comment.id,
      node_id: nodeId('IssueComment', comment.id),
      user: this.userJson(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: this.association(comment.user),
      body: comment.body,
      reactions: this.reactions(url),
      performed_via_github_app: null,
    };
  }

  private async pullJson(pull: PullRecord, full: boolean): Promise<JsonObject> {
    const issue = this.state.issues.get(pull.number);
    if (!issue) throw new Error(`pull #${pull.number} has no issue`);
    const { head, base } = await this.liveShas(pull);
    const r = this.repoApi;
    const url = `${r}/pulls/${pull.number}`;
    const html = `${this.repoHtml}/pull/${pull.number}`;
    const repoJson = this.repoJson();
    const json: JsonObject = {
      url,
      id: pull.id,
      node_id: nodeId('PullRequest', pull.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${r}/issues/${pull.number}`,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${r}/pulls/comments{/number}`,
      comments_url: `${r}/issues/${pull.number}/comments`,
      statuses_url: `${r}/statuses/${head}`,
      number: pull.number,
      state: issue.state,
      locked: issue.locked,
      title: issue.title,
      user: this.userJson(issue.user),
      body: issue.body,
      labels: issue.labels.map((name) => this.labelJson(name)),
      milestone: null,
      active_lock_reason: null,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: pull.mergeCommitSha,
      assignee: issue.assignees[0] ? this.userJson(issue.assignees[0]) : null,
      assignees: issue.assignees.map((login) => this.userJson(login)),
      requested_reviewers: pull.requestedReviewers.map((login) => this.userJson(login)),
      requested_teams: [],
      head: {
        label: `${this.owner}:${pull.head}`,
        ref: pull.head,
        sha: head,
        user: this.userJson(this.owner),
        repo: repoJson,
      },
      base: {
        label: `${this.owner}:${pull.base}`,
        ref: pull.base,
        sha: base,
        user: this.userJson(this.owner),
        repo: repoJson,
      },
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: `${r}/issues/${pull.number}` },
        comments: { href: `${r}/issues/${pull.number}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${r}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: `${r}/statuses/${head}` },
      },
      author_association: this.association(issue.user),
      auto_merge: null,
      draft: pull.draft,
    };
    if (!full) return json;
    const comparison = await this.git.compare(base, head);
    const known = pull.mergeabilityKnown;
    // GitHub computes mergeability in the background: null right after creation.
    pull.mergeabilityKnown = true;
    const open = issue.state === 'open';
    Object.assign(json, {
      merged: pull.merged,
      mergeable: known && open ? true : null,
      rebaseable: known && open ? true : null,
      mergeable_state: !known || !open ? 'unknown' : pull.draft ? 'draft' : 'clean',
      merged_by: pull.mergedBy ? this.userJson(pull.mergedBy) : null,
      comments: [...this.state.comments.values()].filter((c) => c.issueNumber === pull.number)
        .length,
      review_comments: [...this.state.reviewComments.values()].filter(
        (c) => c.pullNumber === pull.number,
      ).length,
      maintainer_can_modify: pull.maintainerCanModify,
      commits: comparison.aheadBy,
      additions: comparison.additions,
      deletions: comparison.deletions,
      changed_files: comparison.changedFiles,
    });
    return json;
  }

  private rulesetJson(r: RulesetRecord, full: boolean): JsonObject {
    const url = `${this.repoApi}/rulesets/${r.id}`;
    const json: JsonObject = {
      id: r.id,
      name: r.name,
      target: r.target,
      source_type: 'Repository',
      source: `${this.owner}/${this.repo}`,
      enforcement: r.enforcement,
      node_id: nodeId('RepositoryRuleset', r.id),
      _links: {
        self: { href: url },
        html: { href: `${this.repoHtml}/rules/${r.id}` },
      },
      created_at: r.createdAt,
      updated_at: r.createdAt,
    };
    // The list endpoint leaves out the rules, conditions and bypass actors.
    if (full)
      Object.assign(json, {
        bypass_actors: r.bypassActors,
        current_user_can_bypass: 'never',
        conditions: r.conditions,
        rules: r.rules,
      });
    return json;
  }

  private reviewJson(review: ReviewRecord): JsonObject {
    const pullUrl = `${this.repoApi}/pulls/${review.pullNumber}`;
    const html = `${this.repoHtml}/pull/${review.pullNumber}#pullrequestreview-${review.id}`;
    const json: JsonObject = {
      id: review.id,
      node_id: nodeId('PullRequestReview', review.id),
      user: this.userJson(review.user),
      body: review.body,
      state: review.state,
      html_url: html,
      pull_request_url: pullUrl,
      author_association: this.association(review.user),
      _links: { html: { href: html }, pull_request: { href: pullUrl } },
      commit_id: review.commitId,
    };
    if (review.submittedAt) json.submitted_at = review.submittedAt;
    return json;
  }

  private reviewCommentJson(comment: ReviewCommentRecord): JsonObject {
    const url = `${this.repoApi}/pulls/comments/${comment.id}`;
    const pullUrl = `${this.repoApi}/pulls/${comment.pullNumber}`;
    const html = `${this.repoHtml}/pull/${comment.pullNumber}#discussion_r${comment.id}`;
    const json: JsonObject = {
      url,
      pull_request_review_id: comment.reviewId,
      id: comment.id,
      node_id: nodeId('PullRequestReviewComment', comment.id),
      diff_hunk: comment.diffHunk,
      path: comment.path,
      commit_id: comment.commitId,
      original_commit_id: comment.commitId,
      user: this.userJson(comment.user),
      body: comment.body,
      created_at: comment.createdAt,
      updated_at: comment.createdAt,
      html_url: html,
      pull_request_url: pullUrl,
      author_association: this.association(comment.user),
      _links: { self: { href: url }, html: { href: html }, pull_request: { href: pullUrl } },
      reactions: this.reactions(url),
      start_line: comment.startLine,
      original_start_line: comment.startLine,
      start_side: comment.startSide,
      side: comment.side,
      subject_type: 'line',
    };
    if (comment.line !== null) {
      json.line = comment.line;
      json.original_line = comment.line;
    }
    if (comment.position !== null) {
      json.position = comment.position;
      json.original_position = comment.position;
    }
    return json;
  }

  private async branchJson(name: string, sha: string): Promise<JsonObject> {
    const info = await this.git.commit(sha);
    const r = this.repoApi;
    const commitUrl = `${r}/commits/${sha}`;
    return {
      name,
      commit: {
        sha,
        node_id: Buffer.from(`04:Commit${this.repoId}:${sha}`).toString('base64'),
        commit: {
          author: info.author,
          committer: info.committer,
          message: info.message,
          tree: { sha: info.tree, url: `${r}/git/trees/${info.tree}` },
          url: `${r}/git/commits/${sha}`,
          comment_count: 0,
          verification: {
            verified: false,
            reason: 'unsigned',
            signature: null,
            payload: null,
            verified_at: null,
          },
        },
        url: commitUrl,
        html_url: `${this.repoHtml}/commit/${sha}`,
        comments_url: `${commitUrl}/comments`,
        author: null,
        committer: null,
        parents: info.parents.map((p) => ({
          sha: p,
          url: `${r}/commits/${p}`,
          html_url: `${this.repoHtml}/commit/${p}`,
        })),
      },
      _links: {
        self: `${r}/branches/${encodeURIComponent(name)}`,
        html: `${this.repoHtml}/tree/${name}`,
      },
      protected: false,
      protection: {
        enabled: false,
        required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
      },
      protection_url: `${r}/branches/${encodeURIComponent(name)}/protection`,
    };
  }

  // GitHub's `workflow-run` schema (GET /repos/{owner}/{repo}/actions/runs/{run_id}).
  private workflowRunJson(run: WorkflowRunRecord): JsonObject {
    const url = `${this.repoApi}/actions/runs/${run.id}`;
    return {
      id: run.id,
      name: run.name,
      node_id: nodeId('WorkflowRun', run.id),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: run.path,
      display_title: run.displayTitle,
      run_number: run.runNumber,
      run_attempt: 1,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: run.workflowId,
      url,
      html_url: `${this.repoHtml}/actions/runs/${run.id}`,
      pull_requests: [],
      created_at: run.createdAt,
      updated_at: run.updatedAt,
      run_started_at: run.createdAt,
      jobs_url: `${url}/jobs`,
      logs_url: `${url}/logs`,
      check_suite_url: `${this.repoApi}/check-suites/${run.id}`,
      artifacts_url: `${url}/artifacts`,
      cancel_url: `${url}/cancel`,
      rerun_url: `${url}/rerun`,
      workflow_url: `${this.repoApi}/actions/workflows/${run.workflowId}`,
      head_commit: {
        id: run.headSha,
        tree_id: fakeSha(`tree:${run.headSha}`),
        message: 'site',
        timestamp: run.createdAt,
        author: { name: 'Acme', email: 'acme@example.com' },
        committer: { name: 'Acme', email: 'acme@example.com' },
      },
      repository: this.repoJson(),
      head_repository: this.repoJson(),
    };
  }

  // GitHub's `job` schema (GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs).
  private workflowJobJson(run: WorkflowRunRecord, job: WorkflowJobRecord): JsonObject {
    return {
      id: job.id,
      run_id: run.id,
      run_url: `${this.repoApi}/actions/runs/${run.id}`,
      run_attempt: 1,
      node_id: nodeId('CheckRun', job.id),
      head_sha: run.headSha,
      url: `${this.repoApi}/actions/jobs/${job.id}`,
      html_url: `${this.repoHtml}/actions/runs/${run.id}/job/${job.id}`,
      status: job.status,
      conclusion: job.conclusion,
      created_at: run.createdAt,
      started_at: run.createdAt,
      completed_at: job.status === 'completed' ? run.updatedAt : null,
      name: job.name,
      steps: [],
      check_run_url: `${this.repoApi}/check-runs/${job.id}`,
      labels: ['ubuntu-latest'],
      runner_id: null,
      runner_name: null,
      runner_group_id: null,
      runner_group_name: null,
      workflow_name: run.name,
      head_branch: run.headBranch,
    };
  }

  private workflowRun(params: Record<string, string>): WorkflowRunRecord {
    const run = this.state.workflowRuns.get(Number(params.run_id));
    if (!run) throw notFound();
    return run;
  }

  // The list endpoints of the Actions API answer `{ total_count, <items> }`, paged by
  // per_page (max 100) and page (docs.github.com/rest/actions/workflow-runs).
  private actionsPage<T>(ctx: Ctx, key: string, items: T[]): Reply {
    const perPage = Math.min(Number(ctx.query.get('per_page') ?? 30) || 30, 100);
    const page = Math.max(Number(ctx.query.get('page') ?? 1) || 1, 1);
    return {
      status: 200,
      body: { total_count: items.length, [key]: items.slice((page - 1) * perPage, page * perPage) },
    };
  }

  // ----- handlers ----------------------------------------------------------------------------

  private buildHandlers(): Map<string, Handler> {
    const h = new Map<string, Handler>();
    const R = '/repos/{owner}/{repo}';

    h.set(`GET ${R}`, (c) => ({ status: 200, body: this.repoJson(c.actor) }));

    // ----- Actions: workflow runs and their jobs
    h.set(`GET ${R}/actions/runs/{run_id}`, (c) => ({
      status: 200,
      body: this.workflowRunJson(this.workflowRun(c.params)),
    }));
    h.set(`GET ${R}/actions/runs/{run_id}/jobs`, (c) => {
      const run = this.workflowRun(c.params);
      return this.actionsPage(
        c,
        'jobs',
        run.jobs.map((j) => this.workflowJobJson(run, j)),
      );
    });
    h.set(`POST ${R}/actions/runs/{run_id}/cancel`, (c) => {
      const run = this.workflowRun(c.params);
      // GitHub answers 409 for a run that has already completed.
      if (run.status === 'completed')
        throw new HttpError(409, 'Cannot cancel a workflow run that is completed.');
      run.status = 'completed';
      run.conclusion = 'cancelled';
      run.updatedAt = this.timestamp();
      for (const job of run.jobs)
        if (job.status !== 'completed') {
          job.status = 'completed';
          job.conclusion = 'cancelled';
        }
      return { status: 202, body: {} };
    });
    h.set(`GET ${R}/actions/workflows/{workflow_id}/runs`, (c) => {
      // workflow_id is the numeric id or the workflow's file name.
      const wanted = c.params.workflow_id ?? '';
      const status = c.query.get('status');
      const runs = [...this.state.workflowRuns.values()]
        .filter((r) => String(r.workflowId) === wanted || r.path.split('/').pop() === wanted)
        .filter((r) => !status || r.status === status || r.conclusion === status)
        .sort((a, b) => b.id - a.id);
      return this.actionsPage(
        c,
        'workflow_runs',
        runs.map((r) => this.workflowRunJson(r)),
      );
    });

    h.set(`GET ${R}/collaborators/{username}/permission`, (c) => {
      const username = c.params.username ?? '';
      const user = this.state.users.get(username.toLowerCase());
      if (!user || user.type === 'Organization') throw notFound(`${username} is not a user`);
      return {
        status: 200,
        body: {
          permission: LEGACY_PERMISSION[user.permission],
          role_name: user.permission,
          user: {
            ...this.userJson(user.login),
            permissions: permissionFlags(user.permission),
            role_name: user.permission,
          },
        },
      };
    });

    // ----- labels
    h.set(`GET ${R}/labels`, (c) =>
      this.page(
        c,
        [...this.state.labels.values()].map((l) => this.labelJson(l.name)),
      ),
    );
    h.set(`POST ${R}/labels`, (c) => {
      const body = c.body as { name: string; color?: string; description?: string };
      if (this.state.labels.has(body.name.toLowerCase())) {
        throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
      }
      const label = this.addLabel(
        body.name,
        (body.color ?? 'ededed').replace(/^#/, ''),
        body.description ?? null,
      );
      return {
        status: 201,
        body: this.labelJson(label.name),
        headers: { location: `${this.repoApi}/labels/${encodeURIComponent(label.name)}` },
      };
    });
    h.set(`GET ${R}/labels/{name}`, (c) => {
      const label = this.state.labels.get((c.params.name ?? '').toLowerCase());
      if (!label) throw notFound();
      return { status: 200, body: this.labelJson(label.name) };
    });

    // ----- rulesets (https://docs.github.com/en/rest/repos/rules): managing them needs admin
    // access to the repository ("Administration" write); GitHub answers 404, not 403, to a
    // caller who may not see the repository's administration, as it does for private resources.
    h.set(`GET ${R}/rulesets`, (c) => {
      if (c.actor.permission !== 'admin') throw notFound();
      return this.page(
        c,
        [...this.state.rulesets.values()].map((r) => this.rulesetJson(r, false)),
      );
    });
    h.set(`POST ${R}/rulesets`, (c) => {
      if (c.actor.permission !== 'admin') throw notFound();
      const body = c.body as {
        name: string;
        target?: RulesetRecord['target'];
        enforcement: RulesetRecord['enforcement'];
        conditions?: JsonObject;
        rules?: JsonObject[];
        bypass_actors?: JsonObject[];
      };
      // GitHub: "Name must be unique" among the repository's rulesets (422 Validation Failed).
      if ([...this.state.rulesets.values()].some((r) => r.name === body.name))
        throw validationFailed({ resource: 'Ruleset', field: 'name', code: 'already_exists' });
      // `evaluate` is only available with GitHub Enterprise (the spec's enforcement description).
      if (body.enforcement === 'evaluate')
        throw validationFailed({ resource: 'Ruleset', field: 'enforcement', code: 'invalid' });
      const ruleset: RulesetRecord = {
        id: this.newId(),
        name: body.name,
        target: body.target ?? 'branch',
        enforcement: body.enforcement,
        conditions: body.conditions ?? null,
        rules: body.rules ?? [],
        bypassActors: body.bypass_actors ?? [],
        createdBy: c.actor.login,
        createdAt: this.timestamp(),
      };
      this.state.rulesets.set(ruleset.id, ruleset);
      return { status: 201, body: this.rulesetJson(ruleset, true) };
    });

    // ----- issues
    h.set(`POST ${R}/issues`, (c) => {
      const body = c.body as {
        title: string | number;
        body?: string | null;
        labels?: unknown[];
        assignees?: string[];
      };
      this.checkBodyLength('Issue', body.body);
      const issue = this.addIssue({
        title: String(body.title),
        body: body.body ?? null,
        user: c.actor.login,
        labels: labelNames(body.labels),
      });
      issue.assignees = (body.assignees ?? []).filter((login) =>
        this.state.users.has(login.toLowerCase()),
      );
      return {
        status: 201,
        body: this.issueJson(issue),
        headers: { location: `${this.repoApi}/issues/${issue.number}` },
      };
    });
    h.set(`GET ${R}/issues/{issue_number}`, (c) => ({
      status: 200,
      body: this.issueJson(this.issueOr404(c.params)),
    }));
    h.set(`PATCH ${R}/issues/{issue_number}`, (c) => {
      const issue = this.issueOr404(c.params);
      const body = (c.body ?? {}) as {
        title?: string | number | null;
        body?: string | null;
        state?: 'open' | 'closed';
        state_reason?: IssueRecord['stateReason'];
        labels?: unknown[];
        assignees?: unknown[];
      };
      this.checkBodyLength('Issue', body.body);
      if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
      if (body.body !== undefined) issue.body = body.body;
      if (body.labels !== undefined)
        issue.labels = labelNames(body.labels).map((n) => this.addLabel(n).name);
      if (body.assignees !== undefined) {
        issue.assignees = body.assignees
          .map((a) =>
            typeof a === 'string' ? a : isObject(a) && typeof a.login === 'string' ? a.login : '',
          )
          .filter((login) => this.state.users.has(login.toLowerCase()));
      }
      this.setIssueState(issue, body.state, body.state_reason, c.actor.login);
      issue.updatedAt = this.timestamp();
      return { status: 200, body: this.issueJson(issue) };
    });

    // ----- issue comments
    h.set(`GET ${R}/issues/{issue_number}/comments`, (c) => {
      const issue = this.issueOr404(c.params);
      const since = c.query.get('since');
      const comments = [...this.state.comments.values()]
        .filter((x) => x.issueNumber === issue.number)
        .filter((x) => !since || Date.parse(x.updatedAt) >= Date.parse(since))
        .sort((a, b) => a.id - b.id);
      return this.page(
        c,
        comments.map((x) => this.commentJson(x)),
      );
    });
    h.set(`POST ${R}/issues/{issue_number}/comments`, (c) => {
      const issue = this.issueOr404(c.params);
      const { body } = c.body as { body: string };
      if (body.trim() === '')
        throw validationFailed({ resource: 'IssueComment', code: 'missing_field', field: 'body' });
      this.checkBodyLength('IssueComment', body);
      const comment = this.addComment(issue.number, body, c.actor.login);
      return {
        status: 201,
        body: this.commentJson(comment),
        headers: { location: `${this.repoApi}/issues/comments/${comment.id}` },
      };
    });
    const commentOr404 = (params: Record<string, string>): CommentRecord => {
      const comment = this.state.comments.get(Number(params.comment_id));
      if (!comment) throw notFound();
      return comment;
    };
    h.set(`GET ${R}/issues/comments/{comment_id}`, (c) => ({
      status: 200,
      body: this.commentJson(commentOr404(c.params)),
    }));
    h.set(`PATCH ${R}/issues/comments/{comment_id}`, (c) => {
      const comment = commentOr404(c.params);
      const { body } = c.body as { body: string };
      this.checkBodyLength('IssueComment', body);
      comment.body = body;
      comment.updatedAt = this.timestamp();
      return { status: 200, body: this.commentJson(comment) };
    });
    h.set(`DELETE ${R}/issues/comments/{comment_id}`, (c) => {
      this.state.comments.delete(commentOr404(c.params).id);
      return { status: 204 };
    });

    // ----- issue labels
    h.set(`GET ${R}/issues/{issue_number}/labels`, (c) =>
      this.page(
        c,
        this.issueOr404(c.params).labels.map((n) => this.labelJson(n)),
      ),
    );
    h.set(`POST ${R}/issues/{issue_number}/labels`, (c) => {
      const issue = this.issueOr404(c.params);
      const body = c.body as { labels?: unknown[] } | undefined;
      for (const name of labelNames(body?.labels)) {
        // Like GitHub: labels that do not exist yet are created.
        const label = this.addLabel(name);
        if (!issue.labels.some((n) => n.toLowerCase() === label.name.toLowerCase()))
          issue.labels.push(label.name);
      }
      issue.updatedAt = this.timestamp();
      return { status: 200, body: issue.labels.map((n) => this.labelJson(n)) };
    });
    h.set(`DELETE ${R}/issues/{issue_number}/labels/{name}`, (c) => {
      const issue = this.issueOr404(c.params);
      const name = (c.params.name ?? '').toLowerCase();
      const index = issue.labels.findIndex((n) => n.toLowerCase() === name);
      if (index < 0) throw notFound('Label does not exist');
      issue.labels.splice(index, 1);
      issue.updatedAt = this.timestamp();
      return { status: 200, body: issue.labels.map((n) => this.labelJson(n)) };
    });

    // ----- pulls
    h.set(`GET ${R}/pulls`, async (c) => {
      const state = c.query.get('state') ?? 'open';
      const headFilter = c.query.get('head');
      const baseFilter = c.query.get('base');
      const sort = c.query.get('sort') ?? 'created';
      const direction = c.query.get('direction') ?? 'desc';
      let pulls = [...this.state.pulls.values()].filter((p) => {
        const issue = this.state.issues.get(p.number);
        return state === 'all' || issue?.state === state;
      });
      // GitHub ignores a head filter without the "owner:" prefix and lists every PR: emulated,
      // because code that forgets the prefix works by accident on a repo with one PR.
      if (headFilter && headFilter.includes(':')) {
        const [owner = '', ...branch] = headFilter.split(':');
        pulls = pulls.filter(
          (p) => owner.toLowerCase() === this.owner.toLowerCase() && p.head === branch.join(':'),
        );
      }
      if (baseFilter) pulls = pulls.filter((p) => p.base === baseFilter);
      const key = (p: PullRecord): string => {
        const issue = this.state.issues.get(p.number);
        return sort === 'updated' ? (issue?.updatedAt ?? '') : (issue?.createdAt ?? '');
      };
      pulls.sort((a, b) => {
        const order = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number;
        return direction === 'asc' ? order : -order;
      });
      const paged = this.page(c, pulls);
      paged.body = await Promise.all(
        (paged.body as PullRecord[]).map((p) => this.pullJson(p, false)),
      );
      return paged;
    });
    h.set(`POST ${R}/pulls`, async (c) => {
      const body = c.body as {
        title?: string;
        head: string;
        base: string;
        body?: string;
        draft?: boolean;
        maintainer_can_modify?: boolean;
        issue?: number;
      };
      // Who may open it, and as what, before anything about the branches (see RepoSettings).
      // A workflow's GITHUB_TOKEN, unless "Allow GitHub Actions to create and approve pull
      // requests" is on: GitHub changelog 2022-05-03; docs "Managing GitHub Actions settings
      // for a repository" (Workflow permissions).
      if (c.actor.login === BOT_LOGIN && !this.settings.actionsCanCreatePullRequests)
        throw new HttpError(
          403,
          'GitHub Actions is not permitted to create or approve pull requests.',
        );
      // Drafts on a private repository need GitHub Team or Enterprise Cloud: REST docs "Create
      // a pull request" (docs.github.com/rest/pulls/pulls#create-a-pull-request).
      if (
        body.draft === true &&
        this.settings.private &&
        (this.settings.plan === 'free' || this.settings.plan === 'pro')
      )
        throw new HttpError(422, 'Draft pull requests are not supported in this repository.');
      const [headOwner, headBranch] = body.head.includes(':')
        ? [body.head.slice(0, body.head.indexOf(':')), body.head.slice(body.head.indexOf(':') + 1)]
        : [this.owner, body.head];
      const existingIssue =
        body.issue === undefined ? undefined : this.state.issues.get(body.issue);
      if (body.issue !== undefined && (!existingIssue || this.state.pulls.has(body.issue))) {
        throw validationFailed({ resource: 'PullRequest', field: 'issue', code: 'invalid' });
      }
      if (!existingIssue && (body.title === undefined || body.title.trim() === '')) {
        throw validationFailed({ resource: 'PullRequest', field: 'title', code: 'missing_field' });
      }
      this.checkBodyLength('PullRequest', body.body);
      const errors: JsonObject[] = [];
      const baseSha = await this.git.sha(body.base);
      // Forks are not modelled: a head in another account cannot exist here.
      const headSha =
        headOwner.toLowerCase() === this.owner.toLowerCase()
          ? await this.git.sha(headBranch)
          : null;
      if (!baseSha) errors.push({ resource: 'PullRequest', field: 'base', code: 'invalid' });
      if (!headSha) errors.push({ resource: 'PullRequest', field: 'head', code: 'invalid' });
      if (!baseSha || !headSha) throw validationFailed(...errors);
      const duplicate = [...this.state.pulls.values()].find(
        (p) =>
          p.head === headBranch &&
          p.base === body.base &&
          this.state.issues.get(p.number)?.state === 'open',
      );
      if (duplicate) {
        throw validationFailed({
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${this.owner}:${headBranch}.`,
        });
      }
      // Unrelated histories: 422 "The <head> branch has no history in common with <base>", as
      // GitHub answers (its message, quoted in github.com/mislav/hub/issues/2322).
      if (!(await this.git.shareHistory(baseSha, headSha))) {
        throw validationFailed({
          resource: 'PullRequest',
          code: 'custom',
          message: `The ${headBranch} branch has no history in common with ${body.base}`,
        });
      }
      const comparison = await this.git.compare(baseSha, headSha);
      if (comparison.aheadBy === 0) {
        throw validationFailed({
          resource: 'PullRequest',
          code: 'custom',
          message: `No commits between ${body.base} and ${headBranch}`,
        });
      }
      const issue =
        existingIssue ??
        this.addIssue({
          title: body.title ?? headBranch,
          body: body.body ?? null,
          user: c.actor.login,
        });
      const pull = this.newPull(issue, headBranch, body.base, body.draft ?? false);
      pull.headSha = headSha;
      pull.baseSha = baseSha;
      pull.maintainerCanModify = body.maintainer_can_modify ?? false;
      return {
        status: 201,
        body: await this.pullJson(pull, true),
        headers: { location: `${this.repoApi}/pulls/${pull.number}` },
      };
    });
    h.set(`GET ${R}/pulls/{pull_number}`, async (c) => ({
      status: 200,
      body: await this.pullJson(this.pullOr404(c.params).pull, true),
    }));
    h.set(`PATCH ${R}/pulls/{pull_number}`, async (c) => {
      const { pull, issue } = this.pullOr404(c.params);
      const body = (c.body ?? {}) as {
        title?: string;
        body?: string;
        state?: 'open' | 'closed';
        base?: string;
        maintainer_can_modify?: boolean;
      };
      this.checkBodyLength('PullRequest', body.body);
      if (body.base !== undefined && body.base !== pull.base) {
        const sha = await this.git.sha(body.base);
        if (!sha)
          throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
        pull.base = body.base;
        pull.baseSha = sha;
      }
      if (body.state !== undefined && body.state !== issue.state) {
        if (pull.merged) {
          throw validationFailed({
            resource: 'PullRequest',
            code: 'custom',
            field: 'state',
            message: 'state cannot be changed. The pull request has been merged.',
          });
        }
        if (body.state === 'open') {
          const other = [...this.state.pulls.values()].find(
            (p) =>
              p !== pull &&
              p.head === pull.head &&
              p.base === pull.base &&
              this.state.issues.get(p.number)?.state === 'open',
          );
          if (other) {
            throw validationFailed({
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${this.owner}:${pull.head}.`,
            });
          }
        }
      }
      if (body.title !== undefined) issue.title = body.title;
      if (body.body !== undefined) issue.body = body.body;
      if (body.maintainer_can_modify !== undefined)
        pull.maintainerCanModify = body.maintainer_can_modify;
      this.setIssueState(issue, body.state, undefined, c.actor.login);
      issue.updatedAt = this.timestamp();
      return { status: 200, body: await this.pullJson(pull, true) };
    });

    // ----- requested reviewers
    h.set(`GET ${R}/pulls/{pull_number}/requested_reviewers`, (c) => {
      const { pull } = this.pullOr404(c.params);
      return {
        status: 200,
        body: { users: pull.requestedReviewers.map((l) => this.userJson(l)), teams: [] },
      };
    });
    h.set(`POST ${R}/pulls/{pull_number}/requested_reviewers`, async (c) => {
      const { pull, issue } = this.pullOr404(c.params);
      const body = (c.body ?? {}) as { reviewers?: string[]; team_reviewers?: string[] };
      const reviewers = body.reviewers ?? [];
      if (reviewers.some((login) => login.toLowerCase() === issue.user.toLowerCase())) {
        throw new HttpError(422, 'Review cannot be requested from pull request author.');
      }
      const notCollaborator = reviewers.some((login) => {
        const user = this.state.users.get(login.toLowerCase());
        return !user || user.permission === 'none';
      });
      // Teams are not modelled, so any team is "not a collaborator".
      if (notCollaborator || (body.team_reviewers ?? []).length > 0) {
        throw new HttpError(
          422,
          `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${this.owner}/${this.repo} repository.`,
        );
      }
      for (const login of reviewers) {
        const user = this.ensureUser(login);
        if (!pull.requestedReviewers.some((r) => r.toLowerCase() === login.toLowerCase())) {
          pull.requestedReviewers.push(user.login);
        }
      }
      issue.updatedAt = this.timestamp();
      return { status: 201, body: await this.pullJson(pull, false) };
    });
    h.set(`DELETE ${R}/pulls/{pull_number}/requested_reviewers`, async (c) => {
      const { pull } = this.pullOr404(c.params);
      const body = (c.body ?? {}) as { reviewers?: string[] };
      const remove = new Set((body.reviewers ?? []).map((l) => l.toLowerCase()));
      pull.requestedReviewers = pull.requestedReviewers.filter((l) => !remove.has(l.toLowerCase()));
      return { status: 200, body: await this.pullJson(pull, false) };
    });

    // ----- reviews
    h.set(`GET ${R}/pulls/{pull_number}/reviews`, (c) => {
      const { pull } = this.pullOr404(c.params);
      const reviews = [...this.state.reviews.values()]
        .filter((r) => r.pullNumber === pull.number && this.visible(r, c.actor))
        .sort((a, b) => a.id - b.id);
      return this.page(
        c,
        reviews.map((r) => this.reviewJson(r)),
      );
    });
    h.set(`POST ${R}/pulls/{pull_number}/reviews`, async (c) => {
      const { pull, issue } = this.pullOr404(c.params);
      const body = (c.body ?? {}) as {
        commit_id?: string;
        body?: string;
        event?: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT';
        comments?: Array<{
          path: string;
          body: string;
          line?: number;
          side?: string;
          start_line?: number;
          start_side?: string;
          position?: number;
        }>;
      };
      const login = c.actor.login;
      // The same repository setting as `POST /pulls` covers approving: a workflow's token may
      // not approve while it is off. GitHub answers 422 with this error (cpp-linter/cpp-linter
      // #51; github/docs #31550), `can_approve_pull_request_reviews` in REST
      // `PUT /repos/{owner}/{repo}/actions/permissions/workflow`.
      if (
        login === BOT_LOGIN &&
        body.event === 'APPROVE' &&
        !this.settings.actionsCanCreatePullRequests
      )
        throw unprocessable('GitHub Actions is not permitted to approve pull requests.');
      const isAuthor = login.toLowerCase() === issue.user.toLowerCase();
      if (isAuthor && body.event === 'APPROVE')
        throw unprocessable('Can not approve your own pull request');
      if (isAuthor && body.event === 'REQUEST_CHANGES')
        throw unprocessable('Can not request changes on your own pull request');
      if (
        (body.event === 'REQUEST_CHANGES' || body.event === 'COMMENT') &&
        !body.body &&
        !body.comments?.length
      ) {
        // GitHub documents the rule; the exact wording of its error here is not verified.
        throw unprocessable(`Body is required for ${body.event} reviews`);
      }
      const pending = [...this.state.reviews.values()].some(
        (r) =>
          r.pullNumber === pull.number &&
          r.state === 'PENDING' &&
          r.user.toLowerCase() === login.toLowerCase(),
      );
      if (!body.event && pending)
        throw unprocessable('User can only have one pending review per pull request');
      const { head, base } = await this.liveShas(pull);
      const comparison = await this.git.compare(base, head);
      const drafts = (body.comments ?? []).map((x) => ({
        path: x.path,
        body: x.body,
        line: x.line ?? null,
        side: x.side === 'LEFT' ? ('LEFT' as const) : ('RIGHT' as const),
        startLine: x.start_line ?? null,
        startSide:
          x.start_side === 'LEFT'
            ? ('LEFT' as const)
            : x.start_side === 'RIGHT'
              ? ('RIGHT' as const)
              : null,
        position: x.position ?? null,
      }));
      for (const d of drafts) {
        const problems = threadProblems(d, comparison.files);
        if (problems.length > 0) throw unprocessable(englishList(problems));
      }
      const stateByEvent = {
        APPROVE: 'APPROVED',
        REQUEST_CHANGES: 'CHANGES_REQUESTED',
        COMMENT: 'COMMENTED',
      } as const;
      const review: ReviewRecord = {
        id: this.newId(),
        pullNumber: pull.number,
        user: login,
        body: body.body ?? '',
        state: body.event ? stateByEvent[body.event] : 'PENDING',
        commitId: body.commit_id ?? head,
        submittedAt: body.event ? this.timestamp() : null,
      };
      this.state.reviews.set(review.id, review);
      for (const d of drafts) {
        const comment = this.newReviewComment(review, pull, d, comparison.files?.get(d.path));
        this.state.reviewComments.set(comment.id, comment);
      }
      if (body.event) {
        pull.requestedReviewers = pull.requestedReviewers.filter(
          (r) => r.toLowerCase() !== login.toLowerCase(),
        );
      }
      issue.updatedAt = this.timestamp();
      return { status: 200, body: this.reviewJson(review) };
    });
    const reviewOr404 = (params: Record<string, string>, actor: UserRecord): ReviewRecord => {
      const { pull } = this.pullOr404(params);
      const review = this.state.reviews.get(Number(params.review_id));
      if (!review || review.pullNumber !== pull.number || !this.visible(review, actor)) {
        throw notFound();
      }
      return review;
    };
    h.set(`GET ${R}/pulls/{pull_number}/reviews/{review_id}`, (c) => ({
      status: 200,
      body: this.reviewJson(reviewOr404(c.params, c.actor)),
    }));
    h.set(`GET ${R}/pulls/{pull_number}/reviews/{review_id}/comments`, (c) => {
      const review = reviewOr404(c.params, c.actor);
      const comments = [...this.state.reviewComments.values()].filter(
        (x) => x.reviewId === review.id,
      );
      // This endpoint answers the "Review Comment" shape, a subset of the pull comment one.
      return this.page(
        c,
        comments.map((x) => this.reviewCommentJson(x)),
      );
    });
    h.set(`GET ${R}/pulls/{pull_number}/comments`, (c) => {
      const { pull } = this.pullOr404(c.params);
      const comments = [...this.state.reviewComments.values()]
        .filter((x) => {
          const review = this.state.reviews.get(x.reviewId);
          return x.pullNumber === pull.number && (!review || this.visible(review, c.actor));
        })
        .sort((a, b) => a.id - b.id);
      return this.page(
        c,
        comments.map((x) => this.reviewCommentJson(x)),
      );
    });

    // "List pull requests files": at most 3000 files, 30 a page by default, 100 at most
    // (docs.github.com/rest/pulls/pulls#list-pull-requests-files); the `diff-entry` schema.
    h.set(`GET ${R}/pulls/{pull_number}/files`, async (c) => {
      const { pull } = this.pullOr404(c.params);
      const { head, base } = await this.liveShas(pull);
      const entries = (await this.git.diffEntries(base, head)).slice(0, 3000);
      const r = `${this.url}/repos/${this.owner}/${this.repo}`;
      const web = `${this.url.replace(/\/api\/v3$/, '')}/${this.owner}/${this.repo}`;
      return this.page(
        c,
        entries.map((e) => ({
          sha: e.sha,
          filename: e.filename,
          status: e.status,
          additions: e.additions,
          deletions: e.deletions,
          changes: e.additions + e.deletions,
          blob_url: `${web}/blob/${head}/${encodeURI(e.filename)}`,
          raw_url: `${web}/raw/${head}/${encodeURI(e.filename)}`,
          contents_url: `${r}/contents/${encodeURI(e.filename)}?ref=${head}`,
          ...(e.patch !== undefined ? { patch: e.patch } : {}),
          ...(e.previousFilename ? { previous_filename: e.previousFilename } : {}),
        })),
      );
    });

    // ----- git data
    h.set(`GET ${R}/git/ref/{ref}`, async (c) => {
      const ref = c.params.ref ?? '';
      const found = await this.git.ref(`refs/${ref}`);
      if (!found) throw notFound();
      return {
        status: 200,
        body: {
          ref: `refs/${ref}`,
          node_id: Buffer.from(`03:Ref${this.repoId}:refs/${ref}`).toString('base64'),
          url: `${this.repoApi}/git/refs/${ref}`,
          object: {
            sha: found.sha,
            type: found.type,
            url: `${this.repoApi}/git/${found.type}s/${found.sha}`,
          },
        },
      };
    });
    h.set(`GET ${R}/branches`, async (c) => {
      const branches = (await this.git.branches()).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
      return this.page(
        c,
        branches.map((b) => ({
          name: b.name,
          commit: { sha: b.sha, url: `${this.repoApi}/commits/${b.sha}` },
          protected: false,
        })),
      );
    });
    h.set(`GET ${R}/branches/{branch}`, async (c) => {
      const name = c.params.branch ?? '';
      const sha = await this.git.sha(name);
      if (!sha) throw notFound('Branch not found');
      return { status: 200, body: await this.branchJson(name, sha) };
    });

    return h;
  }

  private setIssueState(
    issue: IssueRecord,
    state: 'open' | 'closed' | undefined,
    reason: IssueRecord['stateReason'] | undefined,
    actor: string,
  ): void {
    if (state === 'closed' && issue.state !== 'closed') {
      issue.state = 'closed';
      issue.closedAt = this.timestamp();
      issue.closedBy = actor;
      issue.stateReason = reason ?? 'completed';
    } else if (state === 'open' && issue.state !== 'open') {
      issue.state = 'open';
      issue.closedAt = null;
      issue.stateReason = 'reopened';
    } else if (reason !== undefined) {
      issue.stateReason = reason;
    }
  }

  private newReviewComment(
    review: ReviewRecord,
    pull: PullRecord,
    d: {
      path: string;
      body: string;
      line: number | null;
      side: 'LEFT' | 'RIGHT';
      startLine?: number | null;
      startSide?: 'LEFT' | 'RIGHT' | null;
      position?: number | null;
    },
    hunks?: Hunk[],
  ): ReviewCommentRecord {
    return {
      id: this.newId(),
      reviewId: review.id,
      pullNumber: pull.number,
      path: d.path,
      line: d.line,
      side: d.side,
      startLine: d.startLine ?? null,
      startSide: d.startLine ? (d.startSide ?? d.side) : null,
      position: d.position ?? null,
      body: d.body,
      user: review.user,
      commitId: review.commitId,
      diffHunk: hunks && d.line !== null ? diffHunkUpTo(hunks, d.line, d.side) : '@@ -1,1 +1,1 @@',
      createdAt: this.timestamp(),
    };
  }
}

function labelNames(labels: unknown[] | undefined): string[] {
  return (labels ?? [])
    .map((l) =>
      typeof l === 'string' ? l : isObject(l) && typeof l.name === 'string' ? l.name : '',
    )
    .filter((name) => name !== '');
}

/**
 * What GitHub objects to in one review comment, in its words ("Pull request review thread line must
 * be part of the diff", ...). Without diffs (in-memory refs) only the shape is checked.
 */
function threadProblems(
  d: {
    path: string;
    line: number | null;
    side: 'LEFT' | 'RIGHT';
    startLine: number | null;
    startSide: 'LEFT' | 'RIGHT' | null;
    position: number | null;
  },
  files: Map<string, Hunk[]> | null,
): string[] {
  const thread = 'Pull request review thread';
  const blankHunk = `${thread} diff hunk can't be blank`;
  if (d.line === null && d.position === null)
    return [`${thread} line must be part of the diff`, blankHunk];
  if (files === null) return [];
  const hunks = files.get(d.path);
  if (!hunks) return [`${thread} path is invalid`, blankHunk];
  if (d.line === null) return [];
  const hunk = hunkContaining(hunks, d.line, d.side);
  const problems: string[] = [];
  if (!hunk) problems.push(`${thread} line must be part of the diff`);
  if (d.startLine !== null) {
    const startHunk = hunkContaining(hunks, d.startLine, d.startSide ?? d.side);
    if (d.startLine > d.line || !startHunk || startHunk !== hunk) {
      problems.push(`${thread} start line must be part of the same hunk as the line.`);
    }
  }
  if (!hunk) problems.push(blankHunk);
  return problems;
}

/** "a", "a and b", "a, b, and c": how GitHub joins several validation messages. */
function englishList(items: string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1) ?? ''}`;
}

function hunkContaining(hunks: Hunk[], line: number, side: 'LEFT' | 'RIGHT'): Hunk | undefined {
  return hunks.find((h) =>
    side === 'RIGHT'
      ? line >= h.newStart && line < h.newStart + h.newLines
      : line >= h.oldStart && line < h.oldStart + h.oldLines,
  );
}

/** GitHub's diff_hunk: the hunk header and its lines up to the commented one. */
function diffHunkUpTo(hunks: Hunk[], line: number, side: 'LEFT' | 'RIGHT'): string {
  const hunk = hunkContaining(hunks, line, side);
  if (!hunk) return '@@ -1,1 +1,1 @@';
  const out = [hunk.header];
  let oldLine = hunk.oldStart;
  let newLine = hunk.newStart;
  for (const text of hunk.lines) {
    out.push(text);
    const isOld = !text.startsWith('+');
    const isNew = !text.startsWith('-');
    if (
      (side === 'RIGHT' && isNew && newLine === line) ||
      (side === 'LEFT' && isOld && oldLine === line)
    )
      break;
    if (isOld) oldLine += 1;
    if (isNew) newLine += 1;
  }
  return out.join('\n');
}

/**
 * Start a fake GitHub for one repository. The OpenAPI spec is loaded (cached) first and every
 * implemented route is asserted to exist in it; the promise rejects if one does not.
 */
export async function startGitHubServer(options: GitHubServerOptions): Promise<GitHubServer> {
  const server = new FakeGitHub(options.owner, options.repo, options);
  await server.start();
  return server;
}
