import { execFileSync } from 'node:child_process';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { replacedObjectsOf } from '../../src/git/replace-refs.js';
import { gitWithInput } from '../../src/git/run-git.js';
import { tempRepo } from '../support/temp-repo.js';

const hashObject = (dir: string, text: string): string =>
  execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: text })
    .toString()
    .trim();

describe('replace refs', () => {
  it('names each replaced blob, tree and commit of a history with its path; others are not its', async () => {
    const dir = await tempRepo({ 'a/one.json': '{"n":1}\n', 'b.json': '{"n":2}\n' });
    const git = simpleGit(dir);
    expect(await replacedObjectsOf(dir, 'HEAD')).toEqual([]);
    const rev = async (r: string) => (await git.revparse([r])).trim();
    const blob = await rev('HEAD:b.json');
    const tree = await rev('HEAD:a');
    const root = await rev('HEAD');
    const stranger = hashObject(dir, 'not in the history\n');
    const fake = hashObject(dir, '{"n":3}\n');
    await git.raw(['replace', blob, fake]);
    await git.raw(['replace', stranger, fake]);
    await git.raw(['replace', '-f', tree, (await rev('HEAD^{tree}')).trim()]);
    await git.raw(['commit', '--allow-empty', '-q', '-m', 'second']);
    await git.raw(['replace', '--graft', 'HEAD']); // the second commit shown as a root
    const second = await rev('HEAD');
    const found = await replacedObjectsOf(dir, second);
    const replacing = await git.raw([
      'for-each-ref',
      '--format=%(objectname)',
      `refs/replace/${second}`,
    ]);
    expect(found.sort((x, y) => x.type.localeCompare(y.type))).toEqual([
      { ref: `refs/replace/${blob}`, id: blob, by: fake, type: 'blob', path: 'b.json' },
      {
        ref: `refs/replace/${second}`,
        id: second,
        by: replacing.trim(),
        type: 'commit',
        path: undefined,
      },
      {
        ref: `refs/replace/${tree}`,
        id: tree,
        by: await rev('HEAD^{tree}'),
        type: 'tree',
        path: 'a',
      },
    ]);
    expect(found.some((f) => f.id === stranger || f.id === root)).toBe(false);
  });

  it('every git AIOS runs reads the objects themselves, past replacements and grafts', async () => {
    const dir = await tempRepo({ 'b.json': '{"n":2}\n' });
    const git = simpleGit(dir);
    await git.raw([
      'replace',
      (await git.revparse(['HEAD:b.json'])).trim(),
      hashObject(dir, 'x\n'),
    ]);
    expect(await git.raw(['show', 'HEAD:b.json'])).toBe('x\n');
    const r = await gitWithInput(dir, ['show', 'HEAD:b.json'], undefined);
    expect(r.stdout.toString('utf8')).toBe('{"n":2}\n');
    expect(r.stderr).toBe(''); // and the graft setting costs no warning
  });
});
