import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/core/hidden-marker.ts
function writeTaskMarker(taskId) {
  return `<!-- aios:task ${taskId} -->`;
}
var TASK_MARKER = /<!-- aios:task (\S+) -->/g;
function readTaskMarkers(body) {
  return [...(body ?? "").matchAll(TASK_MARKER)].flatMap((m) => m[1] ? [m[1]] : []);
}
function writeCommentMarker(name) {
  return `<!-- ${name} -->`;
}

export {
  writeTaskMarker,
  readTaskMarkers,
  writeCommentMarker
};
