import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  Grade
} from "./chunk-XDQNJLCF.js";
import {
  ScriptedAnswer,
  createScriptedProvider
} from "./chunk-BCUH6QNP.js";
import "./chunk-MLFXKAZX.js";
import "./chunk-7KYRHF44.js";
import {
  parseYamlWith
} from "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-4IVWAEM2.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/evals/eval-script.ts
import { readFile } from "node:fs/promises";
var EvalScript = external_exports.object({
  notice: external_exports.string().optional(),
  answers: external_exports.record(external_exports.string(), ScriptedAnswer),
  grades: external_exports.record(external_exports.string(), external_exports.array(Grade)).default({})
}).strict();
async function loadEvalScript(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    throw new InputError(`Cannot read the eval script ${file}.`, [], { cause });
  }
  return parseYamlWith(EvalScript, text, file, { what: "eval script" });
}
function scriptedProviderFor(script, row) {
  const answer = script.answers[row.id];
  if (!answer)
    throw new InputError(`The eval script has no answer for "${row.id}".`, [], {
      hint: "Add it under `answers:`; `aios eval --json` lists every row id."
    });
  return createScriptedProvider({
    modelId: "scripted",
    script: { answers: { [row.persona]: [answer] } }
  });
}
function scriptedGraderFor(script, row) {
  const grades = script.grades[row.id] ?? [];
  return createScriptedProvider({
    modelId: "scripted-grader",
    script: {
      answers: grades.length ? { grader: grades.map((g) => ({ raw: JSON.stringify(g) })) } : {}
    }
  });
}
export {
  EvalScript,
  loadEvalScript,
  scriptedGraderFor,
  scriptedProviderFor
};
