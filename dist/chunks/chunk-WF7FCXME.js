import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/core/cell-key.ts
var ACCEPTANCE_LB_METHOD = "wilson-score-lower-95-one-sided";
var SEP = "\0";
function cellId(k) {
  return `${k.rule}${SEP}${k.persona}${SEP}${k.model}${SEP}${k.kind}${SEP}${k.size}`;
}

export {
  ACCEPTANCE_LB_METHOD,
  cellId
};
