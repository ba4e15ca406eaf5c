import { resolve } from 'node:path';
import { loadConfig } from '../config/config-file.js';
import { resolveLedgerRef } from '../ledger/ledger-ref.js';
import { cellsFromGit } from '../reports/cells-from-git.js';
import { cellOptionsFromConfig } from '../reports/cells.js';
import { pricingFromConfig } from '../reports/report-pricing.js';
import { replayRouting, type ReplayResult } from '../routing/route-replay.js';
import { assertFolder } from './check-repo.js';

export interface RouteReplayOptions {
  readonly repo: string;
  readonly config?: string | undefined;
  /** The ledger ref (default: the config's ledger branch, or its remote-tracking ref). */
  readonly ledger?: string | undefined;
  readonly premium?: string | undefined;
}

/**
 * `aios route replay`: read the ledger's outcome cells (one streaming pass over the ledger
 * ref) and replay its tasks through the config's routing (routing/route-replay.ts).
 */
export async function runRouteReplay(
  options: RouteReplayOptions,
): Promise<ReplayResult & { readonly ledgerRef: string; readonly configFile: string }> {
  const repoDir = resolve(options.repo);
  await assertFolder(repoDir);
  const loaded = await loadConfig({ file: options.config, repoDir });
  const config = loaded.config;
  // The same check and words as the report's --premium.
  if (options.premium !== undefined) pricingFromConfig(config, options.premium);
  const ref = await resolveLedgerRef(repoDir, config.ledger, options.ledger);
  const table = await cellsFromGit(repoDir, ref, cellOptionsFromConfig(config));
  const result = replayRouting(table, config, { premium: options.premium });
  return { ...result, ledgerRef: ref, configFile: loaded.file };
}
