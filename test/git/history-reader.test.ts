import { writeFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simpleGit } from 'simple-git';
import { readFirstParentHistoryBatches, type HistoryStep } from '../../src/git/history-reader.js';
import { tempRepo } from '../support/temp-repo.js';

async function history(dir: string, skipAddedUnder?: string[]): Promise<string[]> {
  const out: string[] = [];
  const tip = (await simpleGit(dir).revparse(['HEAD'])).trim();
  for await (const steps of readFirstParentHistoryBatches(dir, tip, { skipAddedUnder }))
    for (const s of steps as HistoryStep[])
      out.push(s.kind === 'commit' ? 'commit' : `${s.status} ${s.path}`);
  return out;
}

describe('readFirstParentHistoryBatches', () => {
  it('skips additions under the folders asked, until the first change that is not an addition', async () => {
    const dir = await tempRepo({ 'README.md': 'r\n' });
    const git = simpleGit(dir);
    const commit = async (files: Record<string, string | null>): Promise<void> => {
      for (const [path, content] of Object.entries(files)) {
        const file = join(dir, path);
        if (content === null) await rm(file);
        else {
          await mkdir(join(file, '..'), { recursive: true });
          await writeFile(file, content);
        }
      }
      await git.add(['-A']);
      await git.commit('step');
    };
    await commit({ 'ledger/2026/01/t/a.json': '1\n', 'prompts/ab/cd': 'p\n' });
    await commit({ 'ledger/2026/01/t/b.json': '2\n', 'notes.txt': 'outside\n' });
    await commit({ 'ledger/2026/01/t/a.json': null });
    await commit({ 'ledger/2026/01/t/a.json': '1\n', 'ledger/2026/01/t/c.json': '3\n' });

    const all = await history(dir);
    expect(all).toEqual([
      'commit',
      'A README.md',
      'commit',
      'A ledger/2026/01/t/a.json',
      'A prompts/ab/cd',
      'commit',
      'A ledger/2026/01/t/b.json',
      'A notes.txt',
      'commit',
      'D ledger/2026/01/t/a.json',
      'commit',
      'A ledger/2026/01/t/a.json',
      'A ledger/2026/01/t/c.json',
    ]);
    // Additions under ledger/ and prompts/ go unshown until the deletion; every commit, every
    // addition elsewhere and everything from the deletion on (the path added again) is shown.
    expect(await history(dir, ['ledger/', 'prompts/'])).toEqual([
      'commit',
      'A README.md',
      'commit',
      'commit',
      'A notes.txt',
      'commit',
      'D ledger/2026/01/t/a.json',
      'commit',
      'A ledger/2026/01/t/a.json',
      'A ledger/2026/01/t/c.json',
    ]);
  });
});
