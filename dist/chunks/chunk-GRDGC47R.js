import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/app/ledger-learning.ts
function ledgerCells(repoDir, ref, config) {
  let read;
  return () => {
    if (!read) {
      const reading = (async () => {
        const [{ cellsFromGit }, { cellOptionsFromConfig }] = await Promise.all([
          import("./cells-from-git-6Q6PAFRZ.js"),
          import("./cells-6RUR62ER.js")
        ]);
        return cellsFromGit(repoDir, ref, cellOptionsFromConfig(config));
      })();
      read = reading;
      reading.catch(() => {
        if (read === reading) read = void 0;
      });
    }
    return read;
  };
}
function learningFrom(cells) {
  let indexed;
  return async () => {
    const [table, { cellLookup }] = await Promise.all([
      cells(),
      import("./learn-apply-VGIBOENI.js")
    ]);
    if (indexed?.table !== table) indexed = { table, lookup: cellLookup(table) };
    return indexed.lookup;
  };
}
function ledgerLearning(repoDir, ref, config) {
  return learningFrom(ledgerCells(repoDir, ref, config));
}

export {
  ledgerCells,
  learningFrom,
  ledgerLearning
};
