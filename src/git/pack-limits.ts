/**
 * Per-process settings (`git -c …`) that bound what one git reading many objects holds in
 * memory, for the whole-ledger readers (archive of a month, first-parent history):
 *
 * - pack windows of 8 MB, at most 16 MB mapped at once: git maps pack files in windows and,
 *   by default, keeps up to 8 GB of them mapped, so at a million entries the mapped pages
 *   of the pack it walked counted ~200 MB against the process;
 * - a delta-base cache of `deltaCache`: git keeps inflated delta bases so that a chain is not
 *   inflated again from its root for every object on it. A month's archive of a ledger packed
 *   with 50-deep chains in write order (what `git fast-import` makes) needs about 64 MB of it to
 *   stay at the default's CPU (48 MB doubled git's CPU; measured in docs/benchmarks.md); the
 *   history walk reads trees only and runs as fast with 16 MB.
 */
export function packLimits(deltaCache: '16m' | '64m'): string[] {
  return [
    '-c',
    'core.packedGitWindowSize=8m',
    '-c',
    'core.packedGitLimit=16m',
    '-c',
    `core.deltaBaseCacheLimit=${deltaCache}`,
  ];
}
