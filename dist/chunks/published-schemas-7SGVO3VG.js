import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  EvalFile
} from "./chunk-JTS7AQJR.js";
import {
  PersonaAnswer
} from "./chunk-CQYHKRVS.js";
import {
  TaskFileFrontMatter
} from "./chunk-4QRJGA6Q.js";
import "./chunk-M2QRR7AK.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import {
  LedgerEntry,
  Plan
} from "./chunk-E677WRFC.js";
import "./chunk-JEBWAO7G.js";
import {
  Task
} from "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import {
  AiosConfigSchema
} from "./chunk-AH6TJ73X.js";
import "./chunk-73EJ4CLT.js";
import "./chunk-53PWU2L4.js";
import "./chunk-UO6V55NV.js";
import {
  PersonaFrontMatter
} from "./chunk-56SP7YYP.js";
import {
  StandardFrontMatter
} from "./chunk-3C35IUPH.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-PRCMZNRS.js";
import "./chunk-4IVWAEM2.js";
import "./chunk-RBWRQDAJ.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-MU7G7UNU.js";
import "./chunk-C56QB4EX.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-WW2WXWHE.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";
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
