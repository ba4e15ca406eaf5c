import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/core/hidden-marker.ts
function writeTaskMarker(taskId) {
  return `<!-- aios:task ${taskId} -->`;
}
function writeCommentMarker(name) {
  return `<!-- ${name} -->`;
}

export {
  writeTaskMarker,
  writeCommentMarker
};
