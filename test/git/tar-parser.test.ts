/**
 * The archive reader's tar parser gives the same files whatever the pipe reads look like: a
 * record cut anywhere (inside a header, a body, the padding, the end blocks) is completed from
 * the next read, and files, pax paths, links and empty folders come out as from one read.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { TarParser, type ArchivedFile } from '../../src/git/archive-reader.js';
import { writeFixtureLedger } from '../ledger/fixture-ledger.js';
import { tempRepo } from '../support/temp-repo.js';

const REF = 'refs/heads/aios-ledger';

function git(repo: string, args: string[], input?: string): string {
  return execFileSync('git', args, { cwd: repo, input, encoding: 'utf8' }).trim();
}

/** What a parse yields, copied out of the reads (views are only good until the next read). */
function parseIn(
  tar: Buffer,
  cuts: readonly number[],
): { path: string; text: string; kind: string }[] {
  const parser = new TarParser(REF, true);
  const out: { path: string; text: string; kind: string }[] = [];
  const take = (files: ArchivedFile[]): void => {
    for (const f of files)
      out.push({
        path: f.path,
        text: f.bytes.toString('utf8'),
        kind: f.folder ? 'folder' : f.other ? 'other' : 'file',
      });
  };
  let at = 0;
  for (const cut of [...cuts, tar.length]) {
    // Each read is its own buffer, as pipe reads are.
    take(parser.push(Buffer.from(tar.subarray(at, cut))));
    at = cut;
  }
  expect(parser.ended).toBe(true);
  return out;
}

describe('TarParser', () => {
  it('yields the same files for any way the archive is cut into reads', async () => {
    const repo = await tempRepo();
    await writeFixtureLedger(repo);
    // A long path (pax header), a link and a submodule beside the entries.
    const index = `${repo}/.git/tar-test-index`;
    const env = { ...process.env, GIT_INDEX_FILE: index };
    const blob = git(repo, ['hash-object', '-w', '--stdin'], '{"long": true}\n');
    const longPath = `ledger/${'deep/'.repeat(30)}x.json`;
    execFileSync('git', ['read-tree', REF], { cwd: repo, env });
    for (const info of [
      `100644,${blob},${longPath}`,
      `120000,${blob},ledger/link.json`,
      `160000,${'c'.repeat(40)},ledger/sub`,
    ])
      execFileSync('git', ['update-index', '--add', '--cacheinfo', info], { cwd: repo, env });
    const tree = execFileSync('git', ['write-tree'], { cwd: repo, env, encoding: 'utf8' }).trim();
    const tar = execFileSync('git', ['archive', '--format=tar', tree, '--', 'ledger/'], {
      cwd: repo,
      maxBuffer: 1 << 26,
    });

    const whole = parseIn(tar, []);
    expect(whole.filter((f) => f.kind === 'file').length).toBeGreaterThan(20);
    expect(whole).toContainEqual({ path: longPath, text: '{"long": true}\n', kind: 'file' });
    expect(whole).toContainEqual({ path: 'ledger/link.json', text: '', kind: 'other' });
    expect(whole).toContainEqual({ path: 'ledger/sub', text: '', kind: 'folder' });

    // Cut at every offset near block edges, at one byte, and at random places.
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const cuttings: number[][] = [
      Array.from({ length: Math.floor(tar.length / 511) }, (_, i) => (i + 1) * 511),
      Array.from({ length: Math.floor(tar.length / 513) }, (_, i) => (i + 1) * 513),
      Array.from({ length: Math.min(tar.length - 1, 4000) }, (_, i) => i + 1),
    ];
    for (let k = 0; k < 5; k++) {
      const cuts = new Set<number>();
      for (let i = 0; i < 40; i++) cuts.add(1 + Math.floor(random() * (tar.length - 1)));
      cuttings.push([...cuts].sort((a, b) => a - b));
    }
    for (const cuts of cuttings) expect(parseIn(tar, cuts)).toEqual(whole);
  });
});
