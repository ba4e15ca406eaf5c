// Run the whole suite once and keep each test file's time in test/durations.json, which the
// test sequencer (test/support/duration-sequencer.ts) orders files by where this machine has no
// results of its own (a fresh clone, CI). `npm run test:durations` after adding long test files;
// the figures need only be roughly right: they decide which files start first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'aios-durations-'));
try {
  const out = join(dir, 'results.json');
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--reporter=dot',
      '--reporter=json',
      `--outputFile=${out}`,
    ],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (run.status !== 0) {
    console.error('test-durations: the suite did not pass; test/durations.json is left as it was');
    process.exit(run.status ?? 1);
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const durations = {};
  for (const file of report.testResults.sort((a, b) => a.name.localeCompare(b.name)))
    durations[relative(root, file.name)] = Math.max(
      100,
      Math.round((file.endTime - file.startTime) / 100) * 100,
    );
  writeFileSync(join(root, 'test', 'durations.json'), `${JSON.stringify(durations, null, 2)}\n`);
  console.log(`test/durations.json: ${Object.keys(durations).length} files`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
