import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PersonaAnswer
} from "./chunk-CQYHKRVS.js";
import {
  TaskFileFrontMatter
} from "./chunk-VBNX3N7K.js";
import "./chunk-RLITK63G.js";
import {
  PersonaFrontMatter
} from "./chunk-KF6DRJUL.js";
import {
  AiosConfigSchema
} from "./chunk-7UKZKS4R.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-MOVWQC26.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-UG3XGS3C.js";
import {
  LedgerEntry,
  Plan
} from "./chunk-VSON3O2O.js";
import {
  Task
} from "./chunk-BM7RQP47.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-UJV43JK7.js";
import "./chunk-EP24EKF6.js";
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
  "task-file": { schema: TaskFileFrontMatter, io: "input" }
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
