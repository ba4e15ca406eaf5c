import type { RouteCells } from '../../app/route-cells.js';
import { line, printJson } from '../output.js';

/** `aios route replay [--ledger REF] [--config FILE] [--premium MODEL] [--json]`. */
export async function routeReplay(
  args: string[],
  opts: { repo: string; config?: string; ledger?: string; premium?: string; json?: boolean },
): Promise<void> {
  if (args.length > 1) {
    const { InputError } = await import('../../core/errors.js');
    throw new InputError(`aios route replay takes no task files, got ${args.length - 1}.`, [], {
      hint: 'aios route replay [--ledger REF] [--config FILE] [--premium MODEL] [--json]',
    });
  }
  const [{ runRouteReplay }, { replayText }] = await Promise.all([
    import('../../app/route-replay-run.js'),
    import('../../routing/route-replay-text.js'),
  ]);
  const result = await runRouteReplay(opts);
  if (opts.json) return printJson(result);
  line(replayText(result));
}

/** The cells `route --explain` shows under the trace. */
export async function printRouteCells(cells: RouteCells): Promise<void> {
  const { renderCellRows } = await import('../../reports/cells-render.js');
  if ('none' in cells.ledger) {
    line(`  outcome cells: none (${cells.ledger.none})`);
    return;
  }
  line(`  outcome cells from ${cells.ledger.ref} (acceptance LB: ${cells.lbMethod}):`);
  if (cells.chosen.length === 0) line('    this route: no cell yet');
  else for (const l of renderCellRows(cells.chosen, '    ')) line(l);
  if (cells.alternatives.length) {
    line('  alternatives for the same kind and size:');
    for (const l of renderCellRows(cells.alternatives, '    ')) line(l);
  }
}
