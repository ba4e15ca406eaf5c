import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  buildTask
} from "./chunk-4QRJGA6Q.js";
import {
  buildPrompt,
  taskOnlyContext
} from "./chunk-T7MCIRC2.js";
import "./chunk-M2QRR7AK.js";
import "./chunk-QNGC6G24.js";
import {
  require_picomatch
} from "./chunk-7KYRHF44.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-KZQHJZOX.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-PRCMZNRS.js";
import {
  require_dist
} from "./chunk-4IVWAEM2.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/evals/export-evals.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var import_yaml = __toESM(require_dist(), 1);
function promptMessages(persona, config) {
  const task = buildTask({
    id: `eval/${persona.name}`,
    source: { type: "file", path: "eval.yml", repo: "eval" },
    title: "{{title}}",
    body: "{{body}}",
    labels: ["{{labels}}"],
    requestedBy: "aios-eval",
    receivedAt: /* @__PURE__ */ new Date(0)
  });
  return buildPrompt({
    persona,
    task,
    context: taskOnlyContext(task.body),
    attempt: 1,
    minConfidence: config.asking.minConfidence
  });
}
function expectationAsserts(row, persona) {
  const properties = {};
  if (row.expect !== "done") properties.decision = { const: row.expect };
  if (row.expect === "decline") properties.files = { maxItems: 0 };
  if (row.handoff) properties.suggestedPersona = { const: row.handoff };
  if (row.writesWithin) {
    const pattern = persona.writes.map((g) => import_picomatch.default.makeRe(g, { dot: true }).source).join("|");
    properties.files = {
      type: "array",
      items: {
        type: "object",
        properties: { path: { type: "string", pattern: pattern || "(?!)" } }
      }
    };
  }
  if (!Object.keys(properties).length) return [];
  return [
    { type: "is-json", value: { type: "object", required: Object.keys(properties), properties } }
  ];
}
function providersFor(persona, config) {
  const tier = config.tiers[persona.tier ?? ""] ?? Object.values(config.tiers)[0];
  return (tier?.models ?? []).flatMap((id) => {
    const m = config.models[id];
    if (!m) return [];
    if (m.provider === "ollama") return [`ollama:chat:${m.model}`];
    if (m.provider === "openai") return [`openai:chat:${m.model}`];
    return [];
  });
}
function exportEvals(personas, matrix, config, format) {
  const files = [];
  for (const p of personas) {
    const rows = matrix.filter((r) => r.persona === p.name);
    if (!rows.length) continue;
    const messages = promptMessages(p, config);
    if (format === "promptfoo") {
      const doc = {
        description: `AIOS evals for ${p.name} (v${p.version}): in-lane, near-miss and out-of-lane cases`,
        prompts: [{ id: p.name, label: p.name, raw: JSON.stringify(messages) }],
        providers: providersFor(p, config),
        tests: rows.map((r) => ({
          description: r.id,
          vars: {
            title: r.case.vars.title,
            body: r.case.vars.body,
            labels: r.case.vars.labels.join(", ")
          },
          metadata: {
            lane: r.lane,
            expect: r.expect,
            ...r.handoff ? { handoff: r.handoff } : {},
            origin: r.origin
          },
          assert: [...r.case.assert, ...expectationAsserts(r, p)]
        }))
      };
      files.push({ path: `promptfoo/${p.name}.yaml`, content: (0, import_yaml.stringify)(doc, { lineWidth: 0 }) });
    } else {
      const samples = rows.map((r) => {
        const fill = (s) => s.replaceAll("{{title}}", r.case.vars.title).replaceAll("{{body}}", r.case.vars.body).replaceAll("{{labels}}", r.case.vars.labels.join(", "));
        return JSON.stringify({
          input: messages.map((m) => ({ role: m.role, content: fill(m.content) })),
          ideal: [`"decision":"${r.expect}"`, `"decision": "${r.expect}"`],
          metadata: { id: r.id, lane: r.lane, handoff: r.handoff ?? null }
        });
      });
      files.push({
        path: `openai-evals/data/aios-${p.name}/samples.jsonl`,
        content: `${samples.join("\n")}
`
      });
      files.push({
        path: `openai-evals/registry/aios-${p.name}.yaml`,
        content: (0, import_yaml.stringify)({
          [`aios-${p.name}`]: {
            id: `aios-${p.name}.dev.v${p.version}`,
            description: `AIOS lane evals for ${p.name}`,
            metrics: ["accuracy"]
          },
          [`aios-${p.name}.dev.v${p.version}`]: {
            class: "evals.elsuite.basic.includes:Includes",
            args: { samples_jsonl: `aios-${p.name}/samples.jsonl` }
          }
        })
      });
    }
  }
  return files;
}
export {
  expectationAsserts,
  exportEvals
};
