import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  splitFrontMatter
} from "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import {
  require_dist
} from "./chunk-4IVWAEM2.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/personas/import-personas.ts
var import_yaml = __toESM(require_dist(), 1);
import { readdir, readFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
var COPILOT_TO_CLAUDE = {
  read: ["Read"],
  edit: ["Edit", "Write"],
  search: ["Grep", "Glob"],
  execute: ["Bash"],
  shell: ["Bash"],
  web: ["WebFetch"],
  agent: ["Task"],
  todo: ["TodoWrite"],
  codebase: ["Grep", "Glob"],
  editfiles: ["Edit", "Write"],
  "edit/editfiles": ["Edit", "Write"],
  runcommands: ["Bash"],
  fetch: ["WebFetch"]
};
var CLAUDE_TOOLS = /* @__PURE__ */ new Set([
  "Read",
  "Write",
  "Edit",
  "MultiEdit",
  "Grep",
  "Glob",
  "LS",
  "Bash",
  "WebFetch",
  "WebSearch",
  "Task",
  "TodoWrite",
  "NotebookRead",
  "NotebookEdit"
]);
function slugify(text) {
  return text.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "imported";
}
function detect(file, front) {
  if (file.endsWith(".agent.md")) return "copilot";
  const name = typeof front.name === "string" ? front.name : "";
  const agencyKeys = ["emoji", "vibe"].some((k) => k in front);
  if (agencyKeys || /[A-Z\s]/.test(name)) return "agency-agents";
  return "claude";
}
function asList(v) {
  if (Array.isArray(v)) return v.map((x) => String(x).trim()).filter(Boolean);
  if (typeof v === "string")
    return v.split(",").map((x) => x.trim()).filter(Boolean);
  return [];
}
function roleFrom(body, fallback) {
  const m = /\*\*Role\*\*\s*:?\s*(.+)/i.exec(body);
  return (m?.[1] ?? fallback).replace(/\*+/g, "").trim().slice(0, 200) || fallback;
}
function importAgent(text, file) {
  const doc = splitFrontMatter(text, file);
  const parsed = (0, import_yaml.parseDocument)(doc.frontMatter);
  if (parsed.errors.length)
    throw new InputError(`${file} has front matter that is not valid YAML.`, [
      {
        location: { file, line: 2 },
        message: parsed.errors[0]?.message.split("\n")[0] ?? "bad YAML"
      }
    ]);
  const raw = parsed.toJS();
  const front = raw && typeof raw === "object" ? raw : {};
  const format = detect(file, front);
  const mapped = [];
  const dropped = [];
  const stem = basename(file).replace(/\.agent\.md$|\.md$/, "");
  const displayName = typeof front.name === "string" && front.name.trim() ? front.name.trim() : stem;
  const name = slugify(format === "claude" ? displayName : displayName || stem);
  mapped.push("name");
  const description = typeof front.description === "string" && front.description.trim().length >= 10 ? front.description.trim().slice(0, 1024) : void 0;
  if (description) mapped.push("description");
  const tools = [];
  for (const t of asList(front.tools)) {
    if (format === "copilot" || format === "agency-agents") {
      const claude = COPILOT_TO_CLAUDE[t.toLowerCase()] ?? (CLAUDE_TOOLS.has(t) ? [t] : void 0);
      if (claude) tools.push(...claude);
      else dropped.push(`tool ${t}`);
    } else if (CLAUDE_TOOLS.has(t) || t.startsWith("mcp__")) tools.push(t);
    else dropped.push(`tool ${t}`);
  }
  if ("tools" in front) mapped.push("tools");
  const model = typeof front.model === "string" ? front.model : void 0;
  if (model) mapped.push("model");
  const meta = front.metadata && typeof front.metadata === "object" ? front.metadata : {};
  const kinds = asList(meta["aios-kinds"]);
  const writes = asList(meta["aios-writes"]);
  const standards = asList(meta["aios-standards"]);
  const tier = typeof meta["aios-tier"] === "string" ? meta["aios-tier"] : void 0;
  const metaRole = typeof meta["aios-role"] === "string" ? meta["aios-role"] : void 0;
  for (const key of Object.keys(front))
    if (!["name", "description", "tools", "model"].includes(key) && !(key === "metadata" && kinds.length))
      dropped.push(key);
  for (const key of Object.keys(meta))
    if (!key.startsWith("aios-")) dropped.push(`metadata.${key}`);
  const body = doc.body.replace(/\n## Lane\n[\s\S]*$/, "").trim();
  const role = metaRole ?? roleFrom(body, displayName);
  const todo = [];
  const out = {
    name,
    description: description ?? `TODO: say when to use ${displayName}, in one or two sentences.`
  };
  if (!description) todo.push("description");
  if (tools.length) out.tools = [...new Set(tools)];
  if (model) out.model = model;
  out.role = role;
  out.kinds = kinds.length ? kinds : ["todo"];
  if (!kinds.length) todo.push("kinds");
  out.declines = [{ say: "TODO: what this persona refuses, and who takes it (handoff)" }];
  todo.push("declines");
  if (tier) out.tier = tier;
  out.writes = writes;
  if (!writes.length) todo.push("writes");
  out.owner = "TODO";
  todo.push("owner");
  out.version = 1;
  out.evals = `personas/evals/${name}.yml`;
  if (standards.length) out.standards = standards;
  const instructions = body.length >= 40 ? body : `${body}

TODO: say how this persona works.`;
  return {
    source: file,
    format,
    persona: name,
    path: `${name}.md`,
    content: `---
${(0, import_yaml.stringify)(out, { lineWidth: 0 })}---

${instructions}
`,
    mapped,
    dropped,
    todo
  };
}
async function markdownFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter(
    (e) => e.isFile() && e.name.endsWith(".md") && !/^(README|CONTRIBUTING|CHANGELOG|LICENSE)/i.test(e.name)
  ).map((e) => join(e.parentPath, e.name)).sort();
}
async function importAgents(dir) {
  let files;
  try {
    files = await markdownFiles(dir);
  } catch (cause) {
    throw new InputError(`Cannot read ${dir}.`, [], { cause });
  }
  const reports = [];
  const skipped = [];
  for (const file of files) {
    const text = await readFile(file, "utf8");
    try {
      reports.push(importAgent(text, relative(process.cwd(), file) || file));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      skipped.push({ file, reason: e.message.split("\n")[0] ?? e.message });
    }
  }
  const seen = /* @__PURE__ */ new Map();
  for (const r of reports) {
    const other = seen.get(r.persona);
    if (other)
      throw new InputError(
        `Two agents map to the persona id "${r.persona}"; nothing was written.`,
        [{ location: { file: r.source }, message: `same id as ${other}` }]
      );
    seen.set(r.persona, r.source);
  }
  return { reports, skipped };
}
export {
  importAgent,
  importAgents,
  slugify
};
