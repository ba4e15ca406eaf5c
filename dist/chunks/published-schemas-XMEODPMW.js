import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PersonaAnswer
} from "./chunk-CQYHKRVS.js";
import {
  EvalFile
} from "./chunk-SUPQ2DNM.js";
import {
  PersonaFrontMatter,
  StandardFrontMatter
} from "./chunk-Q5ZKPDF7.js";
import {
  TaskFileFrontMatter
} from "./chunk-GITUZYCG.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import {
  LedgerEntry,
  Plan
} from "./chunk-YOC55MFE.js";
import {
  Task
} from "./chunk-7T3CFE47.js";
import "./chunk-OJX3CLAV.js";
import {
  AiosConfigSchema
} from "./chunk-UVFWAKTS.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-2TU23YOJ.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-AJNRNK3E.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-X4AOXAYN.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";
import "./chunk-ZFFYD355.js";
import "./chunk-OWSLLXUM.js";

// src/app/published-schemas.ts
var SCHEMAS = {
  config: { schema: AiosConfigSchema, io: "input" },
  persona: { schema: PersonaFrontMatter, io: "input" },
  answer: { schema: PersonaAnswer, io: "output" },
  ledger: { schema: LedgerEntry, io: "output" },
  plan: { schema: Plan, io: "output" },
  task: { schema: Task, io: "output" },
  "task-file": { schema: TaskFileFrontMatter, io: "input" },
  eval: { schema: EvalFile, io: "input" },
  standard: { schema: StandardFrontMatter, io: "input" }
};
function jsonSchemaFor(name) {
  const { schema, io } = SCHEMAS[name];
  return {
    ...external_exports.toJSONSchema(schema, { io, unrepresentable: "any" }),
    title: `AIOS ${name}`
  };
}
export {
  SCHEMAS,
  jsonSchemaFor
};
