import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/core/hidden-marker.ts
function writeTaskMarker(taskId) {
  return `<!-- aios:task ${taskId} -->`;
}
function readTaskMarker(body) {
  return /<!-- aios:task (\S+) -->/.exec(body ?? "")?.[1];
}
function writeCommentMarker(name) {
  return `<!-- ${name} -->`;
}
function hasCommentMarker(body, name) {
  return (body ?? "").startsWith(writeCommentMarker(name));
}

export {
  writeTaskMarker,
  readTaskMarker,
  writeCommentMarker,
  hasCommentMarker
};
