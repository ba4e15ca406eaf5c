import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/core/task-paths.ts
function pathsNamedIn(text) {
  const found = /* @__PURE__ */ new Set();
  const pattern = /(?:^|[\s(`'"[])((?:\.{0,2}\/)?(?:[\w@.-]+\/)*[\w@-][\w@.-]*\.[A-Za-z0-9]{1,8})(?=$|[\s)`'",;:\]!?]|\.(?:\s|$))/gm;
  for (const match of text.matchAll(pattern)) {
    const raw = match[1];
    if (!raw) continue;
    if (/^\d+(\.\d+)+$/.test(raw) || /^(www\.|[\w-]+\.(com|org|net|io|dev)$)/.test(raw)) continue;
    const path = raw.replace(/^\.\//, "");
    if (path.startsWith("/") || path.split("/").includes("..")) continue;
    found.add(path);
  }
  return [...found];
}

export {
  pathsNamedIn
};
