import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitBlobId
} from "./chunk-RKWT4VGQ.js";

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
function promptObject(text) {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  return { id: gitBlobId(bytes), bytes };
}

export {
  PROMPTS_ROOT,
  promptObjectPath,
  idOfPromptPath,
  promptObject
};
