import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  promptBlobIds
} from "./chunk-JEBWAO7G.js";
import {
  gitBlobId
} from "./chunk-TOOXQAFB.js";

// src/ledger/prompt-objects.ts
var PROMPTS_ROOT = "prompts/";
var OBJECT_PATH = /^prompts\/([0-9a-f]{2})\/([0-9a-f]{38})$/;
function promptObjectPath(id) {
  return `${PROMPTS_ROOT}${id.slice(0, 2)}/${id.slice(2)}`;
}
function idOfPromptPath(path) {
  const m = OBJECT_PATH.exec(path);
  return m ? `${m[1]}${m[2]}` : void 0;
}
function promptObjectProblem(path, bytes) {
  const id = idOfPromptPath(path);
  if (!id)
    return `is not a prompt object path: objects are ${PROMPTS_ROOT}<2 hex>/<38 hex>, named by their git blob id`;
  const actual = gitBlobId(bytes);
  if (actual !== id)
    return `does not hash to the id its path names (its ${bytes.length} bytes are blob ${actual})`;
  return void 0;
}
function objectsNamedBy(entry) {
  if (entry.event === "planned")
    return entry.data.snapshot ? [{ id: entry.data.snapshot, field: "data.snapshot" }] : [];
  if (entry.event !== "attempt" || !entry.data.prompt) return [];
  const out = promptBlobIds(entry.data.prompt).map((b) => ({
    id: b.id,
    field: `data.prompt.${b.field}`
  }));
  for (const [i, s] of (entry.data.context?.shown ?? []).entries())
    if (s.why !== "lesson") out.push({ id: s.blob, field: `data.context.shown[${i}].blob` });
  return out;
}
function promptObject(text) {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  return { id: gitBlobId(bytes), bytes };
}

export {
  PROMPTS_ROOT,
  promptObjectPath,
  idOfPromptPath,
  promptObjectProblem,
  objectsNamedBy,
  promptObject
};
