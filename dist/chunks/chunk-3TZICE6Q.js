import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  Task,
  taskKey
} from "./chunk-BM7RQP47.js";
import {
  parseYamlWith,
  splitFrontMatter
} from "./chunk-KYZ73INA.js";
import {
  sha256
} from "./chunk-MOVWQC26.js";
import {
  Size,
  Slug
} from "./chunk-DZOLSQ6D.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";
import {
  InputError
} from "./chunk-AYJEV7GA.js";

// src/pipeline/intake.ts
import { readFile } from "node:fs/promises";
import { basename } from "node:path";

// src/core/sanitize.ts
var INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
var TAGS = /[\u{E0000}-\u{E007F}]/gu;
function sanitizeUntrusted(input) {
  const removed = [];
  let text = input.replace(/\r\n/g, "\n");
  const comments = text.match(/<!--[\s\S]*?(-->|$)/g);
  if (comments) {
    removed.push(`${comments.length} HTML comment(s)`);
    text = text.replace(/<!--[\s\S]*?(-->|$)/g, "");
  }
  const invisible = text.match(INVISIBLE)?.length ?? 0;
  const tags = text.match(TAGS)?.length ?? 0;
  if (invisible + tags > 0) {
    removed.push(`${invisible + tags} invisible character(s)`);
    text = text.replace(INVISIBLE, "").replace(TAGS, "");
  }
  let titles = 0;
  text = text.replace(
    /(\]\(\s*<?[^\s)>]+>?)\s+("[^"]*"|'[^']*'|\([^)]*\))\s*\)/g,
    (_m, head) => {
      titles++;
      return `${head})`;
    }
  );
  text = text.replace(
    /^(\s{0,3}\[[^\]]+\]:\s*\S+)\s+("[^"]*"|'[^']*'|\([^)]*\))\s*$/gm,
    (_m, head) => {
      titles++;
      return head;
    }
  );
  if (titles > 0) removed.push(`${titles} link title(s)`);
  return { text, removed };
}
function neutralizeForGitHub(text, allowedHosts = ["github.com"]) {
  return text.replace(/(^|[^\w`])@([A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\/[A-Za-z0-9_.-]+)?)/g, "$1`@$2`").replace(
    /\b(close[sd]?|fix(e[sd])?|resolve[sd]?)(\s*:?\s+)((?:[\w.-]+\/[\w.-]+)?#\d+)/gi,
    "$1$3`$4`"
  ).replace(
    /https?:\/\/([^\s/)>\]]+)[^\s)>\]]*/g,
    (url, host) => allowedHosts.some((h) => host === h || host.endsWith(`.${h}`)) ? url : `\`${url.replace(/^https?:\/\//, "")}\``
  );
}

// src/pipeline/intake.ts
var TaskFileFrontMatter = external_exports.object({
  title: external_exports.string().min(1),
  labels: external_exports.array(external_exports.string()).default([]),
  client: external_exports.string().optional(),
  estimate: external_exports.union([Size, external_exports.number().int().positive()]).optional().describe("By-hand size S/M/L, or minutes"),
  kind: Slug.optional(),
  requestedBy: external_exports.string().optional()
}).strict();
function buildTask(input) {
  const textHash = sha256(`${input.title}

${input.body}`);
  const title = sanitizeUntrusted(input.title);
  const body = sanitizeUntrusted(input.body);
  return Task.parse({
    id: input.id,
    key: taskKey(input.id),
    source: input.source,
    title: title.text.trim() || "(untitled)",
    body: body.text,
    labels: [...input.labels],
    client: input.client,
    estimate: input.estimate,
    kind: input.kind,
    author: input.author,
    requestedBy: input.requestedBy,
    textHash,
    removed: [...title.removed, ...body.removed],
    receivedAt: input.receivedAt.toISOString()
  });
}
async function taskFromFile(file, options) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    throw new InputError(`Cannot read the task file ${file}.`, [], {
      cause,
      hint: "Check the path."
    });
  }
  const doc = splitFrontMatter(text, file);
  const front = parseYamlWith(TaskFileFrontMatter, doc.frontMatter, file, {
    lineOffset: doc.frontMatterLineOffset,
    what: "task file"
  });
  const stem = basename(file).replace(/\.(md|markdown)$/i, "");
  return buildTask({
    id: `local/${options.repoName}#${stem}`,
    source: { type: "file", path: file, repo: options.repoName },
    title: front.title,
    body: doc.body,
    labels: front.labels,
    client: front.client,
    estimate: front.estimate,
    kind: front.kind,
    requestedBy: front.requestedBy ?? options.requestedBy,
    receivedAt: options.now
  });
}

export {
  neutralizeForGitHub,
  TaskFileFrontMatter,
  buildTask,
  taskFromFile
};
