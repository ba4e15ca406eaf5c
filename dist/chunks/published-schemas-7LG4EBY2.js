import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  EvalFile
} from "./chunk-EJ5IMVAK.js";
import {
  PersonaAnswer
} from "./chunk-CQYHKRVS.js";
import {
  PersonaFrontMatter,
  StandardFrontMatter
} from "./chunk-2ZRMGOS4.js";
import {
  TaskFileFrontMatter
} from "./chunk-5ZZKTIWS.js";
import "./chunk-LKFK2C7T.js";
import {
  LedgerEntry,
  Plan
} from "./chunk-WLCXD5WQ.js";
import {
  Task
} from "./chunk-BM7RQP47.js";
import {
  AiosConfigSchema
} from "./chunk-N7SQINWI.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-CKTALJYW.js";
import "./chunk-27CZGLQL.js";
import "./chunk-MOVWQC26.js";
import "./chunk-EP24EKF6.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-X4AOXAYN.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";
import "./chunk-AYJEV7GA.js";
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
