import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  planWithLanes
} from "./chunk-R6WOP76V.js";

// src/routing/route-diff.ts
function summarise(d) {
  if (d.type === "ask")
    return {
      type: "ask",
      rule: "-",
      persona: "-",
      tier: "-",
      gates: [],
      cascade: [],
      reason: d.reason
    };
  const p = d.plan;
  return {
    type: "route",
    rule: p.rule.id,
    persona: p.persona,
    tier: p.tier,
    gates: p.gates,
    // Where the work may escalate is part of the route: it decides which models are paid for.
    cascade: (p.cascade ?? []).map((c) => c.tier)
  };
}
async function diffRoutes(tasks, oldConfig, newConfig, personas) {
  const changes = [];
  for (const task of tasks) {
    const [a, b] = await Promise.all(
      [oldConfig, newConfig].map(
        async (c) => summarise(await planWithLanes({ task, config: c.config, configHash: c.hash, personas }))
      )
    );
    if (!a || !b) continue;
    const changed = [];
    if (a.type !== b.type) changed.push("asks");
    if (a.rule !== b.rule) changed.push("rule");
    if (a.persona !== b.persona) changed.push("persona");
    if (a.tier !== b.tier) changed.push("tier");
    if ([...a.gates].sort().join(",") !== [...b.gates].sort().join(",")) changed.push("gates");
    if (a.cascade.join(",") !== b.cascade.join(",")) changed.push("cascade");
    if (changed.length)
      changes.push({
        task: task.id,
        source: task.source.type === "file" ? task.source.path : task.id,
        old: a,
        new: b,
        changed
      });
  }
  return { changes, tasks: tasks.length };
}
function cell(s) {
  return s.type === "ask" ? `asks: ${s.reason ?? ""}` : `${s.rule} \u2192 ${s.persona} on ${[s.tier, ...s.cascade].join(" \u2192 ")}${s.cascade.length ? " (escalates on a failed gate)" : ""}; gates ${s.gates.join(", ") || "none"}`;
}
function routeDiffMarkdown(result) {
  const head = `### Routing changes: ${result.changes.length} of ${result.tasks} task(s)
`;
  if (!result.changes.length) return `${head}
No task's route changes.
`;
  const esc = (t) => t.replace(/\|/g, "\\|").replace(/\n/g, " ");
  return [
    head,
    "| task | changed | before | after |",
    "| --- | --- | --- | --- |",
    ...result.changes.map(
      (c) => `| ${esc(c.source)} | ${c.changed.join(", ")} | ${esc(cell(c.old))} | ${esc(cell(c.new))} |`
    ),
    ""
  ].join("\n");
}
function routeDiffText(result) {
  const lines = [`${result.changes.length} of ${result.tasks} task(s) route differently`];
  for (const c of result.changes) {
    lines.push(`${c.source} (${c.changed.join(", ")})`);
    lines.push(`  before: ${cell(c.old)}`);
    lines.push(`  after:  ${cell(c.new)}`);
  }
  return lines.join("\n");
}

export {
  summarise,
  diffRoutes,
  routeDiffMarkdown,
  routeDiffText
};
