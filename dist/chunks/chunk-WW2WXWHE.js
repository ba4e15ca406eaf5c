import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/core/work.ts
var Slug = external_exports.string().regex(/^[a-z0-9][a-z0-9-]*$/, "use lower-case letters, digits and hyphens (kebab-case)");
var Size = external_exports.enum(["S", "M", "L"]);
var Risk = external_exports.enum(["low", "medium", "high"]);
var WorkInfo = external_exports.object({
  kind: Slug,
  risk: Risk,
  client: external_exports.string().optional(),
  size: Size.optional()
});

export {
  Slug,
  Size,
  Risk,
  WorkInfo
};
