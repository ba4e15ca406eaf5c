import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  githubPullRecords
} from "./chunk-PSTTDM47.js";
import "./chunk-LVUGKCVX.js";
import {
  createOctokit
} from "./chunk-YR6EM3JT.js";
import "./chunk-YDI6AOID.js";
import "./chunk-JRGQ7BIS.js";
import "./chunk-7CYNIJV5.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-TOOXQAFB.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-OMXXCWD7.js";
import "./chunk-JSOWHKFK.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/app/forge-check.ts
function openForgeCheck(named, env) {
  const slug = named === true ? env.GITHUB_REPOSITORY : named;
  const m = slug ? /^([\w.-]+)\/([\w.-]+)$/.exec(slug) : null;
  if (!m?.[1] || !m[2])
    throw new InputError(
      `--forge ${slug === void 0 ? "(no repository)" : slug} does not name a GitHub repository`,
      [],
      { hint: "Pass --forge owner/repo, or set GITHUB_REPOSITORY=owner/repo." }
    );
  const token = env.GITHUB_TOKEN ?? env.GH_TOKEN;
  if (!token)
    throw new InputError("--forge needs a GitHub token to read PRs and reviews", [], {
      hint: "Set GITHUB_TOKEN (read access to pull requests is enough)."
    });
  const retries = env.AIOS_GITHUB_RETRIES === void 0 ? void 0 : Number(env.AIOS_GITHUB_RETRIES);
  const octokit = createOctokit({
    token,
    baseUrl: env.GITHUB_API_URL,
    ...retries === void 0 ? {} : { retries }
  });
  return {
    owner: m[1],
    repo: m[2],
    records: githubPullRecords({ octokit, owner: m[1], repo: m[2] })
  };
}
export {
  openForgeCheck
};
