import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-4IVWAEM2.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/personas/export-personas.ts
var import_yaml = __toESM(require_dist(), 1);
var EXPORT_TARGETS = {
  claude: { dir: ".claude/agents", suffix: ".md" },
  copilot: { dir: ".github/agents", suffix: ".agent.md" }
};
var COPILOT_MAX_BODY = 3e4;
var CLAUDE_TO_COPILOT = {
  Read: "read",
  NotebookRead: "read",
  Edit: "edit",
  MultiEdit: "edit",
  Write: "edit",
  NotebookEdit: "edit",
  Grep: "search",
  Glob: "search",
  LS: "search",
  Bash: "execute",
  WebFetch: "web",
  WebSearch: "web",
  Task: "agent",
  TodoWrite: "todo"
};
function toolList(tools) {
  if (tools === void 0) return [];
  const list = typeof tools === "string" ? tools.split(",") : tools;
  return list.map((t) => t.trim()).filter(Boolean);
}
function copilotTools(tools) {
  const out = /* @__PURE__ */ new Set();
  const unmapped = [];
  for (const t of tools) {
    const alias = CLAUDE_TO_COPILOT[t];
    const mcp = /^mcp__([^_]+(?:_[^_]+)*)__(.+)$/.exec(t);
    if (alias) out.add(alias);
    else if (mcp) out.add(`${mcp[1]}/${mcp[2]}`);
    else unmapped.push(t);
  }
  return { tools: [...out], unmapped };
}
function laneSection(p) {
  const lines = ["", "## Lane", ""];
  lines.push(`- Role: ${p.role}. Kinds of work: ${p.kinds.join(", ")}.`);
  lines.push(
    `- Writes only: ${p.writes.length ? p.writes.map((w) => `\`${w}\``).join(", ") : "nothing (returns findings only)"}.`
  );
  for (const d of p.declines)
    lines.push(`- Declines: ${d.say}${d.handoff ? ` (hand off to ${d.handoff})` : ""}.`);
  if (p.standards.length) lines.push(`- Standards: ${p.standards.join(", ")}.`);
  return lines.join("\n");
}
function exportPersona(p, to) {
  const body = `${p.instructions}
${laneSection(p)}
`;
  const target = EXPORT_TARGETS[to];
  const path = `${target.dir}/${p.name}${target.suffix}`;
  const tools = toolList(p.tools);
  if (to === "claude") {
    const front2 = { name: p.name, description: p.description };
    if (tools.length) front2.tools = tools.join(", ");
    if (p.model) front2.model = p.model;
    return {
      path,
      content: `---
${(0, import_yaml.stringify)(front2, { lineWidth: 0 })}---

${body}`,
      dropped: []
    };
  }
  if (body.length > COPILOT_MAX_BODY)
    throw new InputError(`Persona ${p.name} is too long for a Copilot custom agent.`, [
      {
        location: { file: p.file },
        message: `the body with its lane is ${body.length} characters; Copilot allows ${COPILOT_MAX_BODY}`
      }
    ]);
  const mapped = copilotTools(tools);
  const front = { name: p.name, description: p.description };
  if (mapped.tools.length) front.tools = mapped.tools;
  if (p.model) front.model = p.model;
  front.metadata = {
    "aios-role": p.role,
    "aios-kinds": p.kinds.join(","),
    ...p.tier ? { "aios-tier": p.tier } : {},
    "aios-writes": p.writes.join(","),
    "aios-owner": p.owner,
    "aios-version": String(p.version),
    ...p.standards.length ? { "aios-standards": p.standards.join(",") } : {}
  };
  return {
    path,
    content: `---
${(0, import_yaml.stringify)(front, { lineWidth: 0 })}---

${body}`,
    dropped: mapped.unmapped.map((t) => `tool ${t}`)
  };
}
function exportPersonas(personas, to) {
  const out = [];
  const problems = [];
  for (const p of personas) {
    try {
      out.push(exportPersona(p, to));
    } catch (e) {
      if (e instanceof InputError) problems.push(e);
      else throw e;
    }
  }
  if (problems.length)
    throw new InputError(
      `${problems.length} persona(s) cannot be exported to ${to}; nothing was written.`,
      problems.flatMap((p) => p.issues)
    );
  return out;
}
export {
  COPILOT_MAX_BODY,
  EXPORT_TARGETS,
  copilotTools,
  exportPersona,
  exportPersonas,
  toolList
};
