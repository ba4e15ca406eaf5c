import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/jobs/events.ts
var User = external_exports.object({ login: external_exports.string(), id: external_exports.number() });
var Label = external_exports.object({ name: external_exports.string() });
var Repository = external_exports.object({
  name: external_exports.string(),
  owner: external_exports.object({ login: external_exports.string() }),
  default_branch: external_exports.string()
});
var Issue = external_exports.object({
  number: external_exports.number().int().positive(),
  title: external_exports.string(),
  body: external_exports.string().nullable(),
  html_url: external_exports.string(),
  user: User,
  labels: external_exports.array(Label).optional(),
  pull_request: external_exports.object({ url: external_exports.string() }).optional()
});
var PullRequest = external_exports.object({
  number: external_exports.number().int().positive(),
  title: external_exports.string(),
  body: external_exports.string().nullable(),
  html_url: external_exports.string(),
  user: User,
  labels: external_exports.array(Label),
  head: external_exports.object({ ref: external_exports.string(), sha: external_exports.string() }),
  base: external_exports.object({ ref: external_exports.string() }),
  created_at: external_exports.string(),
  merged: external_exports.boolean().nullable().optional(),
  draft: external_exports.boolean().optional()
});
var SCHEMAS = {
  "issue-labeled": external_exports.object({
    action: external_exports.literal("labeled"),
    label: Label,
    issue: Issue,
    repository: Repository,
    sender: User
  }),
  "issue-comment": external_exports.object({
    action: external_exports.literal("created"),
    issue: Issue,
    comment: external_exports.object({ id: external_exports.number(), body: external_exports.string(), user: User, html_url: external_exports.string() }),
    repository: Repository,
    sender: User
  }),
  "pr-labeled": external_exports.object({
    action: external_exports.literal("labeled"),
    label: Label,
    pull_request: PullRequest,
    repository: Repository,
    sender: User
  }),
  "pr-review": external_exports.object({
    action: external_exports.literal("submitted"),
    review: external_exports.object({
      id: external_exports.number(),
      state: external_exports.string(),
      user: User,
      submitted_at: external_exports.string().nullable(),
      commit_id: external_exports.string(),
      /** The review's text: `/aios signoff 20m` in it gives the reviewer's minutes. */
      body: external_exports.string().nullable().optional()
    }),
    pull_request: PullRequest,
    repository: Repository,
    sender: User
  }),
  "pr-closed": external_exports.object({
    action: external_exports.literal("closed"),
    pull_request: PullRequest.extend({ merged: external_exports.boolean().nullable() }),
    repository: Repository,
    sender: User
  })
};
function kindOf(eventName, action) {
  if (eventName === "issues" && action === "labeled") return "issue-labeled";
  if (eventName === "issue_comment" && action === "created") return "issue-comment";
  if (eventName === "pull_request" && action === "labeled") return "pr-labeled";
  if (eventName === "pull_request" && action === "closed") return "pr-closed";
  if (eventName === "pull_request_review" && action === "submitted") return "pr-review";
  return void 0;
}
function parseEvent(eventName, payload) {
  const action = payload && typeof payload === "object" ? payload.action : void 0;
  const kind = kindOf(eventName, action);
  if (!kind)
    return {
      kind: "ignored",
      reason: `AIOS does not act on ${eventName || "an unnamed event"}${typeof action === "string" ? `.${action}` : ""}`
    };
  const result = SCHEMAS[kind].safeParse(payload);
  if (!result.success) {
    throw new InputError(
      `The ${eventName}.${String(action)} payload is missing fields AIOS needs.`,
      result.error.issues.map((i) => ({ field: i.path.map(String).join("."), message: i.message })),
      { hint: "Check that the workflow passes the event unchanged (GITHUB_EVENT_PATH)." }
    );
  }
  return { kind, payload };
}
function repoOf(event) {
  const r = event.payload.repository;
  return { owner: r.owner.login, repo: r.name, defaultBranch: r.default_branch };
}

export {
  parseEvent,
  repoOf
};
