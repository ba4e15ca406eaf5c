import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  parseYamlWith
} from "./chunk-7REA5PZY.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import {
  Slug
} from "./chunk-WW2WXWHE.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/evals/eval-file.ts
import { readFile } from "node:fs/promises";
var Text = external_exports.string().min(1);
var RegexSource = Text.refine(
  (s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a valid JavaScript regular expression" }
);
var JsonSchemaValue = external_exports.record(external_exports.string(), external_exports.unknown()).refine(
  (s) => {
    try {
      external_exports.fromJSONSchema(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a JSON Schema AIOS can check" }
);
var EvalAssertion = external_exports.discriminatedUnion("type", [
  external_exports.object({
    type: external_exports.literal("equals"),
    value: external_exports.union([external_exports.string(), external_exports.record(external_exports.string(), external_exports.unknown())])
  }).strict(),
  external_exports.object({ type: external_exports.literal("contains"), value: Text }).strict(),
  external_exports.object({ type: external_exports.literal("icontains"), value: Text }).strict(),
  external_exports.object({ type: external_exports.literal("regex"), value: RegexSource }).strict(),
  external_exports.object({ type: external_exports.literal("is-json"), value: JsonSchemaValue.optional() }).strict(),
  external_exports.object({ type: external_exports.literal("llm-rubric"), value: Text }).strict()
]);
var EvalCase = external_exports.object({
  description: external_exports.string().min(3),
  vars: external_exports.object({
    title: Text,
    body: external_exports.string().default(""),
    labels: external_exports.array(external_exports.string()).default([])
  }).strict(),
  metadata: external_exports.object({
    lane: external_exports.enum(["in", "near-miss"]),
    expect: external_exports.enum(["done", "decline", "ask"]),
    handoff: Slug.optional(),
    writesWithin: external_exports.boolean().optional()
  }).strict(),
  assert: external_exports.array(EvalAssertion).default([])
}).strict().superRefine((c, ctx) => {
  if (c.metadata.lane === "in" && c.metadata.expect === "decline")
    ctx.addIssue({
      code: "custom",
      path: ["metadata", "expect"],
      message: "an in-lane case cannot expect a decline; call it near-miss"
    });
  if (c.metadata.handoff && c.metadata.expect !== "decline")
    ctx.addIssue({
      code: "custom",
      path: ["metadata", "handoff"],
      message: "a handoff is only expected of a decline"
    });
});
var EvalFile = external_exports.array(EvalCase).min(1);
function parseEvalFile(text, file) {
  const cases = parseYamlWith(EvalFile, text, file, { what: "eval file" });
  const seen = /* @__PURE__ */ new Map();
  cases.forEach((c, i) => {
    const j = seen.get(c.description);
    if (j !== void 0)
      throw new InputError(`The eval file ${file} has two cases named alike.`, [
        {
          location: { file },
          field: `[${i}].description`,
          message: `"${c.description}" is also case ${j}`
        }
      ]);
    seen.set(c.description, i);
  });
  return cases;
}
async function loadEvalFile(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    throw new InputError(`Cannot read the eval file ${file}.`, [], { cause });
  }
  return parseEvalFile(text, file);
}

export {
  EvalAssertion,
  EvalCase,
  EvalFile,
  parseEvalFile,
  loadEvalFile
};
