import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PersonaAnswer
} from "./chunk-GQXQSTY4.js";
import {
  PersonaFrontMatter
} from "./chunk-EJ4ZRYJA.js";
import {
  TaskFileFrontMatter
} from "./chunk-ZKDYZKRR.js";
import "./chunk-RLITK63G.js";
import {
  LedgerEntry,
  Plan
} from "./chunk-OTAEPFPO.js";
import {
  Task
} from "./chunk-FT6KL63P.js";
import {
  AiosConfigSchema
} from "./chunk-7QUKERPI.js";
import "./chunk-EGP66IBB.js";
import "./chunk-MOVWQC26.js";
import "./chunk-N3J6PCJ7.js";
import "./chunk-R7BZR5VP.js";
import "./chunk-EP24EKF6.js";
import "./chunk-AYJEV7GA.js";
import "./chunk-YHUUYJMY.js";
import "./chunk-MUJK2X3D.js";
import "./chunk-PCXO6PLR.js";
import {
  external_exports
} from "./chunk-Z3MINALH.js";
import "./chunk-HWNULIWO.js";

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
