import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoredEntries } from '../../src/ledger/read-ledger.js';
import { runCli } from '../support/run-cli.js';
import { sharedDemo } from '../support/shared-demo.js';

describe('no path of the consultant’s machine', () => {
  it('in entries, draft PRs or receipts: task files are recorded relative to the repository', async () => {
    // The suite's demo run, read in place: `dir` is the folder it ran in.
    const demo = await sharedDemo();
    expect(demo.code, demo.stderr).toBe(0);
    const { dir } = demo;
    const { runs } = JSON.parse(demo.stdout) as { runs: { task: { id: string } }[] };
    const leaks: string[] = [];
    for await (const s of readStoredEntries(dir, 'refs/heads/aios-ledger')) {
      const text = s.bytes.toString('utf8');
      if (text.includes(dir)) leaks.push(s.path);
      if (s.path.endsWith('-planned.json'))
        expect((JSON.parse(text) as { data: { source: string } }).data.source).toMatch(
          /^\.aios\/tasks\/[\w-]+\.md$/,
        );
    }
    for (const f of await readdir(join(dir, '.aios', 'pulls')))
      if ((await readFile(join(dir, '.aios', 'pulls', f), 'utf8')).includes(dir)) leaks.push(f);
    for (const r of runs) {
      const receipt = await runCli(['receipt', r.task.id, '--repo', dir]);
      expect(receipt.code, receipt.stderr).toBe(0);
      if (receipt.stdout.includes(dir)) leaks.push(`receipt of ${r.task.id}`);
    }
    expect(leaks).toEqual([]);
  });
});
