import { writeFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simpleGit } from 'simple-git';
import {
  changesOtherThanAdditions,
  firstParentCommits,
  readFirstParentHistoryBatches,
  type HistoryStep,
} from '../../src/git/history-reader.js';
import { tempRepo } from '../support/temp-repo.js';

async function history(dir: string, skipAddedUnder?: string[]): Promise<string[]> {
  const out: string[] = [];
  const tip = (await simpleGit(dir).revparse(['HEAD'])).trim();
  for await (const steps of readFirstParentHistoryBatches(dir, tip, { skipAddedUnder }))
    for (const s of steps as HistoryStep[])
      out.push(s.kind === 'commit' ? 'commit' : `${s.status} ${s.path}`);
  return out;
}

/** A repository and a commit helper: each call commits these writes (null: remove). */
async function repoWithCommits() {
  const dir = await tempRepo({ 'README.md': 'r\n' });
  const git = simpleGit(dir);
  const commit = async (files: Record<string, string | null>): Promise<string> => {
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
    return (await git.revparse(['HEAD'])).trim();
  };
  return { dir, git, commit };
}

describe('the first-parent line in two cheap questions', () => {
  it('changesOtherThanAdditions: false for additions alone, true for a change or a removal', async () => {
    const { dir, commit } = await repoWithCommits();
    const a = await commit({ 'ledger/a.json': '1\n' });
    const b = await commit({ 'ledger/b.json': '2\n', 'prompts/x': 'p\n' });
    expect(await changesOtherThanAdditions(dir, b)).toBe(false);
    const edited = await commit({ 'ledger/a.json': '1!\n' });
    expect(await changesOtherThanAdditions(dir, edited)).toBe(true);
    expect(await changesOtherThanAdditions(dir, a)).toBe(false);
    const removed = await commit({ 'ledger/b.json': null });
    expect(await changesOtherThanAdditions(dir, removed)).toBe(true);
  });

  it('firstParentCommits: every commit of the first-parent line, none of a merged side', async () => {
    const { dir, git, commit } = await repoWithCommits();
    const one = await commit({ 'ledger/a.json': '1\n' });
    await git.raw(['checkout', '-q', '-b', 'side']);
    const side = await commit({ 'ledger/s.json': 's\n' });
    await git.raw(['checkout', '-q', 'main']);
    const two = await commit({ 'ledger/b.json': '2\n' });
    await git.raw(['merge', '-q', '--no-ff', '-m', 'merge', 'side']);
    const tip = (await git.revparse(['HEAD'])).trim();
    const root = (await git.raw(['rev-list', '--max-parents=0', 'HEAD'])).trim();
    const seen: string[] = [];
    expect(await firstParentCommits(dir, tip, (id) => seen.push(id))).toBe(4);
    expect(seen).toEqual([tip, two, one, root]);
    expect(seen).not.toContain(side);
    // The merge brought an addition: still only additions on the line.
    expect(await changesOtherThanAdditions(dir, tip)).toBe(false);
  });
});

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
