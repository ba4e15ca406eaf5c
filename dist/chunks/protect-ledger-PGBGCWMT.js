import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createOctokit,
  statusOf
} from "./chunk-YR6EM3JT.js";
import {
  ForgeError
} from "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";

// src/forge/ledger-ruleset.ts
var LEDGER_RULESET_NAME = "AIOS ledger: append only";
function ledgerRuleset(branch) {
  return {
    name: LEDGER_RULESET_NAME,
    target: "branch",
    enforcement: "active",
    conditions: { ref_name: { include: [`refs/heads/${branch}`], exclude: [] } },
    rules: [{ type: "non_fast_forward" }, { type: "deletion" }]
  };
}
function protectionHowTo(owner, repo, branch) {
  return [
    `Protect the ledger branch ${branch} yourself (an admin of ${owner}/${repo}):`,
    `  Settings \u2192 Rules \u2192 Rulesets \u2192 New branch ruleset "${LEDGER_RULESET_NAME}", enforcement Active,`,
    `  target branch ${branch}, with "Restrict deletions" and "Block force pushes"; or`,
    `  gh api --method POST repos/${owner}/${repo}/rulesets --input - <<'JSON'`,
    `  ${JSON.stringify(ledgerRuleset(branch))}`,
    `  JSON`
  ].join("\n");
}
async function protectLedgerBranch(octokit, target) {
  const { owner, repo, branch } = target;
  const how = protectionHowTo(owner, repo, branch);
  try {
    const existing = await octokit.paginate(octokit.repos.getRepoRulesets, {
      owner,
      repo,
      per_page: 100
    });
    const found = existing.find((r) => r.name === LEDGER_RULESET_NAME);
    if (found) return { status: "exists", id: found.id, url: found._links?.html?.href ?? "" };
    const { data } = await octokit.repos.createRepoRuleset({
      owner,
      repo,
      ...ledgerRuleset(branch)
    });
    return { status: "created", id: data.id, url: data._links?.html?.href ?? "" };
  } catch (error) {
    const httpStatus = statusOf(error);
    if (httpStatus === 401 || httpStatus === 403 || httpStatus === 404)
      return { status: "not-allowed", httpStatus, how };
    throw new ForgeError(
      `GitHub refused to set up the ledger ruleset${httpStatus ? ` (HTTP ${httpStatus})` : ""}: ${error instanceof Error ? error.message : String(error)}`,
      httpStatus,
      { cause: error, retryable: httpStatus === void 0 || httpStatus >= 500, hint: how }
    );
  }
}

// src/app/protect-ledger.ts
async function protectLedgerFromInit(named, branch, env) {
  const slug = named ?? env.GITHUB_REPOSITORY;
  const m = slug ? /^([\w.-]+)\/([\w.-]+)$/.exec(slug) : null;
  if (!m?.[1] || !m[2])
    return {
      status: "not-attempted",
      reason: slug ? `${slug} is not owner/repo` : "no GitHub repository named (--github owner/repo)",
      how: protectionHowTo("OWNER", "REPO", branch)
    };
  const token = env.GITHUB_TOKEN ?? env.GH_TOKEN;
  if (!token)
    return {
      status: "not-attempted",
      reason: "no GITHUB_TOKEN to ask GitHub with",
      how: protectionHowTo(m[1], m[2], branch)
    };
  const retries = env.AIOS_GITHUB_RETRIES === void 0 ? void 0 : Number(env.AIOS_GITHUB_RETRIES);
  const octokit = createOctokit({
    token,
    baseUrl: env.GITHUB_API_URL,
    ...retries === void 0 ? {} : { retries }
  });
  return protectLedgerBranch(octokit, { owner: m[1], repo: m[2], branch }).catch(
    (error) => ({
      status: "not-attempted",
      reason: `GitHub could not be asked (${error instanceof Error ? error.message : String(error)})`,
      how: protectionHowTo(m[1] ?? "OWNER", m[2] ?? "REPO", branch)
    })
  );
}
export {
  protectLedgerFromInit
};
