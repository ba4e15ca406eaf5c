import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/app/ledger-learning.ts
function ledgerLearning(repoDir, ref, config) {
  let read;
  return () => {
    read ??= (async () => {
      const [{ cellsFromGit }, { cellOptionsFromConfig }, { cellLookup }] = await Promise.all([
        import("./cells-from-git-34SUN3ES.js"),
        import("./cells-IJ2VC67C.js"),
        import("./learn-apply-4446MQZU.js")
      ]);
      return cellLookup(await cellsFromGit(repoDir, ref, cellOptionsFromConfig(config)));
    })();
    read.catch(() => read = void 0);
    return read;
  };
}

export {
  ledgerLearning
};
