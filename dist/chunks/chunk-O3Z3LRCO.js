import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/ledger/flush-notes.ts
function flushNotes(flush) {
  if (!flush) return [];
  const out = [];
  if (flush.recovered)
    out.push({
      level: "info",
      text: `ledger: sent ${flush.recovered} entr${flush.recovered === 1 ? "y" : "ies"} an earlier run had left waiting`
    });
  for (const q of flush.quarantined ?? [])
    out.push({ level: "warning", text: `ledger: ${q.message}` });
  for (const m of flush.missingObjects ?? [])
    out.push({
      level: "warning",
      text: `ledger: ${m.path} was committed naming prompt object ${m.id} (${m.field}), which neither the spool, the ledger branch nor this repository holds: that prompt cannot be rebuilt, and \`aios ledger verify\` will name it`
    });
  if (flush.pending > 0)
    out.push({
      level: "error",
      text: `ledger: ${flush.pending} entr${flush.pending === 1 ? "y is" : "ies are"} waiting in the spool, not on the ledger branch${flush.waiting ? `: ${flush.waiting}` : ""}. The next run sends them.`
    });
  return out;
}

export {
  flushNotes
};
