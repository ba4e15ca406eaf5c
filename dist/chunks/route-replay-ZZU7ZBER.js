import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  line,
  printJson
} from "./chunk-7LIAESST.js";
import "./chunk-C56QB4EX.js";
import "./chunk-OWSLLXUM.js";

// src/cli/commands/route-replay.ts
async function routeReplay(args, opts) {
  if (args.length > 1) {
    const { InputError } = await import("./errors-QQVXHBRM.js");
    throw new InputError(`aios route replay takes no task files, got ${args.length - 1}.`, [], {
      hint: "aios route replay [--ledger REF] [--config FILE] [--premium MODEL] [--json]"
    });
  }
  const [{ runRouteReplay }, { replayText }] = await Promise.all([
    import("./route-replay-run-XA6COGSJ.js"),
    import("./route-replay-text-GXOLHVXD.js")
  ]);
  const result = await runRouteReplay(opts);
  if (opts.json) return printJson(result);
  line(replayText(result));
}
async function printRouteCells(cells) {
  const { renderCellRows } = await import("./cells-render-XC3ATKKB.js");
  if ("none" in cells.ledger) {
    line(`  outcome cells: none (${cells.ledger.none})`);
    return;
  }
  line(`  outcome cells from ${cells.ledger.ref} (acceptance LB: ${cells.lbMethod}):`);
  if (cells.chosen.length === 0) line("    this route: no cell yet");
  else for (const l of renderCellRows(cells.chosen, "    ")) line(l);
  if (cells.alternatives.length) {
    line("  alternatives for the same kind and size:");
    for (const l of renderCellRows(cells.alternatives, "    ")) line(l);
  }
}
export {
  printRouteCells,
  routeReplay
};
