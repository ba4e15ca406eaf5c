import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  EvalFile
} from "./chunk-SUPQ2DNM.js";
import {
  PersonaAnswer
} from "./chunk-CQYHKRVS.js";
import {
  TaskFileFrontMatter
} from "./chunk-GX4TUWCP.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import {
  PersonaFrontMatter
} from "./chunk-KF6DRJUL.js";
import {
  StandardFrontMatter
} from "./chunk-XNCQ7H2J.js";
import {
  LedgerEntry,
  Plan
} from "./chunk-ZNYMTV5M.js";
import "./chunk-JEBWAO7G.js";
import {
  Task
} from "./chunk-7T3CFE47.js";
import "./chunk-OJX3CLAV.js";
import {
  AiosConfigSchema
} from "./chunk-PWYCXGRC.js";
import "./chunk-O3IH4KIZ.js";
import "./chunk-YXCG5L2Y.js";
import "./chunk-V7PZB7K4.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-C56QB4EX.js";
import "./chunk-Q5CZ6PGP.js";
import "./chunk-PRCMZNRS.js";
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
