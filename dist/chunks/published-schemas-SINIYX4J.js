import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PersonaAnswer
} from "./chunk-HMHOP7Y3.js";
import {
  PersonaFrontMatter
} from "./chunk-PBPECE3A.js";
import {
  Task,
  TaskFileFrontMatter
} from "./chunk-INJVGOTF.js";
import {
  AiosConfigSchema
} from "./chunk-UGRJ6I7C.js";
import "./chunk-MOVWQC26.js";
import "./chunk-KYZ73INA.js";
import "./chunk-EP24EKF6.js";
import {
  LedgerEntry,
  Plan
} from "./chunk-LIXGKE7W.js";
import {
  external_exports
} from "./chunk-7E7VTGW2.js";
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
