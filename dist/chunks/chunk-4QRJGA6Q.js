import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  parseEstimate
} from "./chunk-M2QRR7AK.js";
import {
  sanitizeUntrusted
} from "./chunk-E4NN37I7.js";
import {
  Task,
  taskKey
} from "./chunk-CRLBIX5N.js";
import {
  mergeHidden
} from "./chunk-OJX3CLAV.js";
import {
  parseYamlWith,
  splitFrontMatter
} from "./chunk-7REA5PZY.js";
import {
  sha256
} from "./chunk-PRCMZNRS.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import {
  Size,
  Slug
} from "./chunk-WW2WXWHE.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/pipeline/intake.ts
import { readFile } from "node:fs/promises";
import { basename, isAbsolute, relative, resolve, sep } from "node:path";
var Duration = external_exports.string().transform((text, ctx) => {
  const minutes = parseEstimate(text);
  if (typeof minutes === "number") return minutes;
  ctx.addIssue({ code: "custom", message: "a duration such as 90m, 2h or 1h30m" });
  return external_exports.NEVER;
});
var TaskFileFrontMatter = external_exports.object({
  title: external_exports.string().min(1),
  labels: external_exports.array(external_exports.string()).default([]),
  client: external_exports.string().optional(),
  estimate: external_exports.union([Size, external_exports.number().int().positive(), Duration]).optional().describe("By-hand size S/M/L, or minutes (a number, or a duration such as 90m or 2h)"),
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
    hidden: mergeHidden(title.hidden, body.hidden),
    receivedAt: input.receivedAt.toISOString()
  });
}
function recordedPath(file, repoDir) {
  if (repoDir) {
    const rel = relative(resolve(repoDir), resolve(file));
    if (rel && !rel.startsWith("..") && !isAbsolute(rel)) return rel.split(sep).join("/");
  }
  return basename(file);
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
    // Never the consultant's absolute path: relative to the repository, else the file's name.
    source: { type: "file", path: recordedPath(file, options.repoDir), repo: options.repoName },
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
  TaskFileFrontMatter,
  buildTask,
  taskFromFile
};
