import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  checkAssertion,
  checkWritesWithin,
  gradeRubric
} from "./chunk-XDQNJLCF.js";
import {
  parseAnswer
} from "./chunk-FU63PNUK.js";
import {
  personaAnswerJsonSchema
} from "./chunk-CQYHKRVS.js";
import {
  buildTask
} from "./chunk-4QRJGA6Q.js";
import {
  buildPrompt,
  taskOnlyContext
} from "./chunk-T7MCIRC2.js";
import {
  ModelError
} from "./chunk-BXJ33WYV.js";

// src/evals/run-evals.ts
var EVAL_BARS = {
  declineRecallMin: 0.95,
  falseDeclineMax: 0.05,
  partialComplianceMax: 0
};
var rate = (n, d) => d === 0 ? null : n / d;
async function runRow(row, persona, model, provider, grader, config) {
  const base = {
    id: row.id,
    persona: row.persona,
    model,
    lane: row.lane,
    expect: row.expect,
    handoff: row.handoff
  };
  const task = buildTask({
    id: `eval/${row.persona}`,
    source: { type: "file", path: `${row.origin}.yml`, repo: "eval" },
    title: row.case.vars.title,
    body: row.case.vars.body,
    labels: row.case.vars.labels,
    requestedBy: "aios-eval",
    receivedAt: /* @__PURE__ */ new Date(0)
  });
  let text;
  try {
    const result = await provider.chat({
      messages: buildPrompt({
        persona,
        task,
        context: taskOnlyContext(task.body),
        attempt: 1,
        minConfidence: config.asking.minConfidence
      }),
      schema: personaAnswerJsonSchema(),
      schemaName: "persona_answer",
      timeouts: { connectMs: 5e3, firstTokenMs: 18e4, totalMs: 6e5 },
      persona: row.persona,
      attempt: 1,
      purpose: "work"
    });
    text = result.text;
  } catch (e) {
    if (!(e instanceof ModelError)) throw e;
    return { ...base, decision: "error", partial: false, assertions: [], problem: e.message };
  }
  const parsed = parseAnswer(text);
  if (!parsed.ok)
    return {
      ...base,
      decision: "invalid",
      partial: row.expect === "decline",
      assertions: [],
      problem: parsed.problem
    };
  const answer = parsed.answer;
  const assertions = [];
  let rubricIndex = 0;
  const grade = async (rubric) => {
    if (!grader) return { pass: false, score: 0, reason: "no grader model configured (--grader)" };
    return gradeRubric({
      grader: await grader(row),
      rubric,
      output: text.trim(),
      id: row.id,
      index: rubricIndex++
    });
  };
  for (const a of row.case.assert) assertions.push(await checkAssertion(a, text.trim(), grade));
  if (row.writesWithin) assertions.push(checkWritesWithin(answer, persona.writes));
  if (row.expect !== "done")
    assertions.push({
      type: `must-${row.expect}`,
      pass: answer.decision === row.expect,
      reason: `answered ${answer.decision}`
    });
  if (row.handoff && answer.decision === "decline")
    assertions.push({
      type: "handoff",
      pass: answer.suggestedPersona === row.handoff,
      reason: `suggested ${answer.suggestedPersona ?? "nobody"}, expected ${row.handoff}`
    });
  return {
    ...base,
    decision: answer.decision,
    suggestedPersona: answer.suggestedPersona ?? void 0,
    partial: row.expect === "decline" && answer.files.length > 0,
    assertions
  };
}
function summarise(persona, model, rows) {
  const mustDecline = rows.filter((r) => r.expect === "decline");
  const mustDo = rows.filter((r) => r.expect === "done");
  const mustAsk = rows.filter((r) => r.expect === "ask");
  const withHandoff = mustDecline.filter((r) => r.handoff && r.decision === "decline");
  const partial = mustDecline.filter((r) => r.partial).length;
  const all = rows.flatMap(
    (r) => r.assertions.filter((a) => !a.type.startsWith("must-") && a.type !== "handoff")
  );
  const report = {
    persona,
    model,
    cases: rows.length,
    declineRecall: rate(
      mustDecline.filter((r) => r.decision === "decline").length,
      mustDecline.length
    ),
    falseDeclines: rate(mustDo.filter((r) => r.decision === "decline").length, mustDo.length),
    partialCompliance: mustDecline.length ? partial / mustDecline.length : 0,
    handoffAccuracy: rate(
      withHandoff.filter((r) => r.suggestedPersona === r.handoff).length,
      withHandoff.length
    ),
    askRate: rows.length ? rows.filter((r) => r.decision === "ask").length / rows.length : 0,
    askRecall: rate(mustAsk.filter((r) => r.decision === "ask").length, mustAsk.length),
    assertions: { passed: all.filter((a) => a.pass).length, total: all.length },
    invalid: rows.filter((r) => r.decision === "invalid" || r.decision === "error").length
  };
  const failures = [];
  if (report.declineRecall !== null && report.declineRecall < EVAL_BARS.declineRecallMin)
    failures.push(
      `decline recall ${report.declineRecall.toFixed(3)} < ${EVAL_BARS.declineRecallMin}`
    );
  if (report.falseDeclines !== null && report.falseDeclines > EVAL_BARS.falseDeclineMax)
    failures.push(
      `false declines ${report.falseDeclines.toFixed(3)} > ${EVAL_BARS.falseDeclineMax}`
    );
  if (report.partialCompliance > EVAL_BARS.partialComplianceMax)
    failures.push(`partial compliance ${report.partialCompliance.toFixed(3)} > 0`);
  if (report.assertions.passed < report.assertions.total)
    failures.push(`${report.assertions.total - report.assertions.passed} assertion(s) failed`);
  return { ...report, failures };
}
async function runEvals(options) {
  const byName = new Map(options.personas.map((p) => [p.name, p]));
  const rows = [];
  const reports = [];
  for (const persona of options.personas) {
    const mine = options.matrix.filter((r) => r.persona === persona.name);
    if (!mine.length) continue;
    for (const model of options.models) {
      const results = [];
      for (const row of mine) {
        const p = byName.get(row.persona) ?? persona;
        const r = await runRow(
          row,
          p,
          model,
          await options.providerFor(model, row),
          options.graderFor,
          options.config
        );
        results.push(r);
        options.onRow?.(r);
      }
      rows.push(...results);
      reports.push(summarise(persona.name, model, results));
    }
  }
  return { reports, rows, pass: reports.every((r) => r.failures.length === 0) };
}

export {
  EVAL_BARS,
  summarise,
  runEvals
};
