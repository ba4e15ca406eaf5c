/**
 * The archive reader gives the same files through a named pipe (blocking reads, the large
 * reads' path) as through the child's stdout socket, frees the pipe for the next archive when a
 * reader stops early (and not while a reader still has bytes to read: two read at once), and
 * names a failing git as an error either way.
 */
import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import type { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { cleanUpNow } from '../../src/core/exit-cleanup.js';
import { openArchive, type ArchiveRead } from '../../src/git/archive-reader.js';
import { writeFixtureLedger } from '../ledger/fixture-ledger.js';
import { tempDir, tempRepo } from '../support/temp-repo.js';

const REF = 'refs/heads/aios-ledger';

async function all(archive: ArchiveRead): Promise<{ path: string; text: string }[]> {
  const out: { path: string; text: string }[] = [];
  for (let files = await archive.next(); files; files = await archive.next())
    for (const f of files) out.push({ path: f.path, text: f.bytes.toString('utf8') });
  return out;
}

describe('openArchive through a named pipe', () => {
  it('reads what the socket reads, again after a reader stopped early, and fails as it fails', async () => {
    const repo = await tempRepo();
    await writeFixtureLedger(repo);
    const tip = execFileSync('git', ['rev-parse', REF], { cwd: repo, encoding: 'utf8' }).trim();

    const socket = await all(openArchive(repo, tip, ['ledger/'], { others: true }));
    expect(socket.length).toBeGreaterThan(20);
    expect(await all(openArchive(repo, tip, ['ledger/'], { others: true, pipe: true }))).toEqual(
      socket,
    );

    // A reader that stops after the first batch: git is stopped, and the next read is whole.
    const early = openArchive(repo, tip, ['ledger/'], { pipe: true });
    expect((await early.next())?.length).toBeGreaterThan(0);
    early.close();
    for (let i = 0; i < 3; i++)
      expect(await all(openArchive(repo, tip, ['ledger/'], { others: true, pipe: true }))).toEqual(
        socket,
      );

    // Two pipes read at once, in turns, each to its end: neither gets the other's bytes, and a
    // pipe goes back to the pool only when its reader is closed as well as its git gone.
    const a = openArchive(repo, tip, ['ledger/'], { others: true, pipe: true });
    const b = openArchive(repo, tip, ['ledger/'], { others: true, pipe: true });
    const fromA: { path: string; text: string }[] = [];
    const fromB: { path: string; text: string }[] = [];
    let doneA = false;
    let doneB = false;
    while (!doneA || !doneB) {
      for (const [archive, into, isA] of [
        [a, fromA, true],
        [b, fromB, false],
      ] as const) {
        if (isA ? doneA : doneB) continue;
        const files = await archive.next();
        if (!files) {
          if (isA) doneA = true;
          else doneB = true;
          continue;
        }
        for (const f of files) into.push({ path: f.path, text: f.bytes.toString('utf8') });
        await new Promise((resolve) => setTimeout(resolve, 5)); // git may exit meanwhile
      }
    }
    expect(fromA).toEqual(socket);
    expect(fromB).toEqual(socket);
    expect(await all(openArchive(repo, tip, ['ledger/'], { others: true, pipe: true }))).toEqual(
      socket,
    );

    // A commit that is not there: git's error, through the pipe as through the socket.
    const missing = 'f'.repeat(40);
    await expect(all(openArchive(repo, missing, ['ledger/'], { pipe: true }))).rejects.toThrow(
      /cannot read .* as an archive/,
    );
    await expect(all(openArchive(repo, missing, ['ledger/']))).rejects.toThrow(
      /cannot read .* as an archive/,
    );
  });

  it("reads a large archive in many batches, lets the event loop turn, and gives no reader a pipe still holding another reader's bytes", async () => {
    // ~600 KB of files in one folder, made with one fast-import: many batches, and a pipe that
    // still holds bytes when git exits (its last 64 KB wait in the pipe for the reader).
    const repo = await tempRepo();
    const lines: string[] = ['commit refs/heads/big', 'committer T <t@e> 0 +0000', 'data 3', 'big'];
    for (let i = 0; i < 600; i++) {
      const body = `${String(i).padStart(4, '0')} ${'x'.repeat(1000 + (i % 7))}\n`;
      lines.push(`M 100644 inline ledger/2026/01/f${String(i).padStart(4, '0')}.txt`);
      lines.push(`data ${Buffer.byteLength(body)}`, body);
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, input: `${lines.join('\n')}\n` });
    const tip = execFileSync('git', ['rev-parse', 'refs/heads/big'], {
      cwd: repo,
      encoding: 'utf8',
    }).trim();
    const socket = await all(openArchive(repo, tip, ['ledger/']));
    expect(socket).toHaveLength(600);

    expect(await all(openArchive(repo, tip, ['ledger/'], { pipe: true }))).toEqual(socket);

    // The blocking reads let the loop turn once they have held it `TURN_MS`: a clock that moves
    // 20 ms a look says so before every batch. After the first read (on the thread pool) only
    // those turns let the loop run between batches: without them the count would stand still.
    let turns = 0;
    let spinning = true;
    const spin = (): void => {
      turns++;
      if (spinning) setImmediate(spin);
    };
    setImmediate(spin);
    let clock = performance.now();
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 20));
    const turnsAtBatch: number[] = [];
    const slow: { path: string; text: string }[] = [];
    try {
      const archive = openArchive(repo, tip, ['ledger/'], { pipe: true });
      for (let files = await archive.next(); files; files = await archive.next()) {
        turnsAtBatch.push(turns);
        for (const f of files) slow.push({ path: f.path, text: f.bytes.toString('utf8') });
      }
    } finally {
      now.mockRestore();
      spinning = false;
    }
    expect(slow).toEqual(socket);
    expect(turnsAtBatch.length).toBeGreaterThan(2);
    // Every batch but the last (which git's end of output sends, with no turn before it).
    for (let i = 1; i < turnsAtBatch.length - 1; i++)
      expect(turnsAtBatch[i]).toBeGreaterThan(turnsAtBatch[i - 1] ?? Infinity);

    // A reader that has not read yet while its git exits (20 files: the whole archive fits in
    // the pipe, so git writes it all and exits); another archive opened meanwhile must get a
    // pipe of its own, not the one still holding the first reader's bytes.
    const some = socket.slice(0, 20).map((f) => f.path);
    const wanted = await all(openArchive(repo, tip, some));
    expect(wanted).toEqual(socket.slice(0, 20));
    const first = openArchive(repo, tip, some, { pipe: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await all(openArchive(repo, tip, some, { pipe: true }))).toEqual(wanted);
    expect(await all(first)).toEqual(wanted);
  });

  it('keeps its pipes in a folder removed when the entry point is done, and makes it again after', async () => {
    const repo = await tempRepo();
    await writeFixtureLedger(repo);
    const tip = execFileSync('git', ['rev-parse', REF], { cwd: repo, encoding: 'utf8' }).trim();
    const events: EventEmitter = process;
    const scratch = await tempDir();
    const tmp = process.env.TMPDIR;
    cleanUpNow(); // an earlier test's folder, if any
    const exitListeners = events.listenerCount('exit');
    try {
      process.env.TMPDIR = scratch; // where this process's folder is made (os.tmpdir)
      for (let round = 0; round < 2; round++) {
        const files = await all(openArchive(repo, tip, ['ledger/'], { others: true, pipe: true }));
        expect(files.length).toBeGreaterThan(20);
        const made = await readdir(scratch);
        expect(made).toEqual([expect.stringMatching(/^aios-archive-/)]);
        expect(events.listenerCount('exit')).toBe(exitListeners + 1);
        cleanUpNow();
        expect(await readdir(scratch)).toEqual([]);
        expect(events.listenerCount('exit')).toBe(exitListeners);
      }
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
  });
});
