import { describe, expect, it } from 'vitest';
import { GitError } from '../../src/core/errors.js';
import { BatchParser, readBlobs, readTreeBlobBatches } from '../../src/git/batch-reader.js';
import { CatFileBatch } from '../../src/git/cat-file-batch.js';
import { gitBlobId } from '../../src/git/commit-files.js';
import { tempRepo } from '../support/temp-repo.js';

describe('the git batch reader', () => {
  it('parses answers split across pipe reads at any byte, and names with spaces that are missing', () => {
    const body = Buffer.from('hello\nworld');
    const stream = Buffer.concat([
      Buffer.from(`${'a'.repeat(40)} blob ${body.length} docs/x y.md\n`),
      body,
      Buffer.from('\nHEAD:no such file missing\n'),
      Buffer.from(`${'b'.repeat(40)} blob 0\n\n`),
    ]);
    for (let cut = 0; cut <= stream.length; cut++) {
      const parser = new BatchParser();
      const answers = [
        ...parser.push(stream.subarray(0, cut)),
        ...parser.push(stream.subarray(cut)),
      ];
      expect(parser.pending).toBe(0);
      expect(answers).toHaveLength(3);
      const [first, second, third] = answers;
      expect(first).toMatchObject({ kind: 'object', type: 'blob', rest: 'docs/x y.md' });
      expect(first?.kind === 'object' && first.bytes.toString()).toBe('hello\nworld');
      expect(second).toEqual({ kind: 'missing', name: 'HEAD:no such file' });
      expect(third?.kind === 'object' && third.bytes.length).toBe(0);
    }
  });

  it('refuses a header it does not understand', () => {
    expect(() => new BatchParser().push(Buffer.from('garbage\n'))).toThrow(GitError);
  });

  it('reads a tree with its bytes, blobs by id in order, and single objects on demand', async () => {
    const files = { 'ledger/a.json': '{"a":1}\n', 'ledger/b.json': '{"b":2}\n', 'x.md': 'x\n' };
    const repo = await tempRepo(files);
    const read: { path: string; text: string }[] = [];
    for await (const batch of readTreeBlobBatches(repo, 'HEAD', 'ledger/'))
      for (const f of batch) read.push({ path: f.path, text: f.bytes.toString() });
    expect(read).toEqual([
      { path: 'ledger/a.json', text: '{"a":1}\n' },
      { path: 'ledger/b.json', text: '{"b":2}\n' },
    ]);
    const ids = [files['ledger/b.json'], 'nope', files['x.md']].map((c) =>
      c === 'nope' ? '0'.repeat(40) : gitBlobId(Buffer.from(c)),
    );
    const blobs: (string | undefined)[] = [];
    for await (const b of readBlobs(repo, ids)) blobs.push(b?.toString());
    expect(blobs).toEqual(['{"b":2}\n', undefined, 'x\n']);
    const cat = new CatFileBatch(repo);
    const [a, missing] = await Promise.all([cat.read('HEAD:x.md'), cat.read('HEAD:gone.md')]);
    await cat.close();
    expect(a?.toString()).toBe('x\n');
    expect(missing).toBeUndefined();
  });
});
