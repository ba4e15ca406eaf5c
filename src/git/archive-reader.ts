import { spawnSync } from 'node:child_process';
import {
  closeSync,
  constants,
  mkdirSync,
  mkdtempSync,
  openSync,
  read,
  readSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import { GitError } from '../core/errors.js';
import { cleanUpAtExit } from '../core/exit-cleanup.js';
import { packLimits } from './pack-limits.js';
import { gitDirForEnv, refExists } from './refs.js';
import { spawnGitStream, spawnGitToFd, type GitToFd } from './run-git.js';

/** One file from the archive: its path in the tree and its bytes (a view into a read buffer). */
export interface ArchivedFile {
  readonly path: string;
  readonly bytes: Buffer;
  /** Not a regular file (a symbolic link…): only when asked for, with no bytes. */
  readonly other?: true;
  /**
   * With `other`: a folder with nothing in it. Git trees hold no empty folders of their own,
   * so this is a submodule (a gitlink, which git archive writes as a folder) or a hand-made
   * empty tree: either way not files a reader can check.
   */
  readonly folder?: true;
}

let ownDir: string | undefined;
/**
 * A folder of this process's own (mode 700), made on first use and removed at exit or when the
 * entry point says its work is done (`cleanUpNow`, core/exit-cleanup.ts); the pipes and the
 * empty work tree in it are then made again by the next archive.
 */
function processDir(): string {
  if (!ownDir) {
    const dir = mkdtempSync(join(tmpdir(), 'aios-archive-'));
    ownDir = dir;
    cleanUpAtExit(() => {
      rmSync(dir, { recursive: true, force: true });
      ownDir = undefined;
      emptyDir = undefined;
      if (freeFifos) freeFifos = [];
    });
  }
  return ownDir;
}

let emptyDir: string | undefined;
/** An empty folder, made once per process: the work tree whose (absent) attributes apply. */
function emptyWorkTree(): string {
  if (!emptyDir) {
    const dir = join(processDir(), 'no-attributes');
    mkdirSync(dir);
    emptyDir = dir;
  }
  return emptyDir;
}

/**
 * Where `git archive` runs and its environment. It runs IN the empty work tree, the repository
 * named by `GIT_DIR`: git looks a path's `.gitattributes` up relative to the folder it runs in
 * (archive never moves to the work tree it is given), so run in the repository's own checkout a
 * `.gitattributes` there (`ledger/** export-ignore`, `*.json text eol=crlf`: a branch's content)
 * hid entries from verify or changed their bytes.
 */
function archivePlace(repoDir: string): { cwd: string; env: Record<string, string> } {
  const gitDir = gitDirForEnv(repoDir);
  if (!gitDir) return { cwd: repoDir, env: { GIT_ATTR_NOSYSTEM: '1' } };
  return { cwd: emptyWorkTree(), env: { GIT_ATTR_NOSYSTEM: '1', GIT_DIR: gitDir } };
}

/** Named pipes made by this process and free for the next archive; undefined: none can be made. */
let freeFifos: string[] | undefined = process.platform === 'win32' ? undefined : [];
let fifosMade = 0;

/** Put a pipe back for the next archive, unless its folder was removed since it was taken. */
function giveBack(fifo: string): void {
  if (ownDir && dirname(fifo) === ownDir) freeFifos?.push(fifo);
}

/** A named pipe no archive is using (made with `mkfifo` when none is free), or undefined. */
function takeFifo(): string | undefined {
  if (!freeFifos) return undefined;
  const free = freeFifos.pop();
  if (free !== undefined) return free;
  const path = join(processDir(), `pipe-${fifosMade++}`);
  const made = spawnSync('mkfifo', ['-m', '600', path], { stdio: 'ignore' });
  if (made.status !== 0) {
    freeFifos = undefined;
    return undefined;
  }
  return path;
}

/**
 * Flags that make `git archive` show a tree's blobs exactly and cheaply: no attributes at all
 * (`--worktree-attributes` over an empty work tree that git also runs in, see `archivePlace`;
 * no system or global attributes file: a `.gitattributes` inside the archived tree could
 * otherwise hide files with export-ignore or change bytes), so git also skips loading the
 * whole tree into a temporary index for attribute lookups (at a million entries that index
 * alone held ~550 MB and most of the CPU); no line-ending conversion; pack windows and the
 * delta-base cache bounded (see pack-limits.ts).
 */
function archiveArgs(ref: string, folders: readonly string[]): string[] {
  return [
    '-c',
    'core.autocrlf=false',
    '-c',
    'core.eol=lf',
    '-c',
    'core.attributesFile=/dev/null',
    ...packLimits('64m'),
    `--work-tree=${emptyWorkTree()}`,
    '--literal-pathspecs',
    'archive',
    '--worktree-attributes',
    '--format=tar',
    ref,
    '--',
    ...folders,
  ];
}

const BLOCK = 512;

function field(buf: Buffer, at: number, length: number): string {
  const end = buf.indexOf(0, at);
  return buf.toString('utf8', at, end >= at && end < at + length ? end : at + length);
}

/** An octal header number, read from the bytes (no string made: this runs once per file). */
function octal(buf: Buffer, at: number, length: number): number {
  let n = 0;
  let digits = 0;
  for (let i = at; i < at + length; i++) {
    const c = buf[i] as number;
    if (c >= 0x30 && c <= 0x37) {
      n = n * 8 + (c - 0x30);
      digits++;
    } else if (c === 0 || (c === 0x20 && digits > 0))
      break; // NUL or trailing space ends it
    else if (c !== 0x20) return Number.NaN; // leading spaces are allowed; anything else is not
  }
  return n;
}

/** The name of the header at `pos`: ustar's prefix (rarely set) and name fields. */
function headerPath(buf: Buffer, pos: number): string {
  const name = field(buf, pos, 100);
  return buf[pos + 345] === 0 ? name : `${field(buf, pos + 345, 155)}/${name}`;
}

/** The `path` record of a pax extended header (`<len> <key>=<value>\n`…), if any. */
function paxPath(body: Buffer): string | undefined {
  let pos = 0;
  let path: string | undefined;
  while (pos < body.length) {
    const space = body.indexOf(32, pos);
    if (space < 0) break;
    const length = Number(body.toString('latin1', pos, space));
    if (!Number.isInteger(length) || length <= 0) break;
    const record = body.toString('utf8', space + 1, pos + length - 1);
    const eq = record.indexOf('=');
    if (record.slice(0, eq) === 'path') path = record.slice(eq + 1);
    pos += length;
  }
  return path;
}

/**
 * Every regular file below `folders` on a ref, in tree (path) order, streamed in batches from
 * `git archive --format=tar` (nothing when the ref does not exist). This is the report's reader: git writes the archive in 10 KB
 * blocks, where `cat-file --batch` writes twice per object, so the pipe carries an order of
 * magnitude fewer writes and the whole read runs close to the speed of git itself (see
 * docs/benchmarks.md). Line-ending conversion is switched off so the bytes are the blobs';
 * `aios ledger verify` reads raw objects and flags any file outside `ledger/` (such as a
 * `.gitattributes` that could change what an archive shows).
 */
export async function* readArchivedFileBatches(
  repoDir: string,
  ref: string,
  folders: string | readonly string[],
  options: { others?: boolean } = {},
): AsyncGenerator<ArchivedFile[]> {
  if (!(await refExists(repoDir, ref))) return;
  yield* readArchiveBatches(
    repoDir,
    ref,
    typeof folders === 'string' ? [folders] : folders,
    options,
  );
}

/**
 * The tar stream `git archive` writes, parsed as pipe reads come (the one parser: files with
 * their bytes as views into the reads, pax paths, and with `others` the non-files and the
 * folders that hold nothing). A record cut by the end of a read is completed from the head of
 * the next by copying that record's bytes alone; the rest of each read is parsed in place, so
 * the reads are never copied whole.
 */
export class TarParser {
  /** A record cut by the end of the last read, gathered until whole. */
  private rest: Buffer | undefined;
  private longPath: string | undefined;
  /** The end-of-archive blocks were read. */
  ended = false;
  /** With `others`: the folder written last, until something inside it shows it is not empty. */
  private openFolder: string | undefined;

  constructor(
    private readonly ref: string,
    private readonly others: boolean,
  ) {}

  /** Every record made whole by this read, added to `batch` (a new array by default). */
  push(chunk: Buffer, batch: ArchivedFile[] = []): ArchivedFile[] {
    let off = 0;
    while (this.rest !== undefined && !this.ended) {
      const need = this.recordLength(this.rest);
      if (this.rest.length >= need) {
        const used = this.records(this.rest, 0, batch);
        this.rest = used < this.rest.length ? this.rest.subarray(used) : undefined;
        continue;
      }
      if (off >= chunk.length) break;
      const take = Math.min(need - this.rest.length, chunk.length - off);
      this.rest = Buffer.concat([this.rest, chunk.subarray(off, off + take)]);
      off += take;
    }
    if (this.rest === undefined && !this.ended && off < chunk.length) {
      const used = this.records(chunk, off, batch);
      if (used < chunk.length && !this.ended) this.rest = chunk.subarray(used);
    }
    if (this.ended) this.closeFolder(undefined, batch);
    return batch;
  }

  /** Bytes of the record starting at `buf[0]` (one block while its header is not all here). */
  private recordLength(buf: Buffer): number {
    if (buf.length < BLOCK || (buf[0] === 0 && buf[156] === 0)) return BLOCK;
    return BLOCK + Math.ceil(this.size(buf, 0) / BLOCK) * BLOCK;
  }

  private size(buf: Buffer, pos: number): number {
    const size = octal(buf, pos + 124, 12);
    if (!Number.isFinite(size))
      throw new GitError(`git archive of ${this.ref} wrote a tar header this reader cannot read`);
    return size;
  }

  private closeFolder(next: string | undefined, batch: ArchivedFile[]): void {
    const open = this.openFolder;
    if (open === undefined || (next !== undefined && next.startsWith(open))) return;
    batch.push({ path: open.slice(0, -1), bytes: Buffer.alloc(0), other: true, folder: true });
    this.openFolder = undefined;
  }

  /** Parse the whole records of `buf` from `start` into `batch`; where the first partial one starts. */
  private records(buf: Buffer, start: number, batch: ArchivedFile[]): number {
    let pos = start;
    while (buf.length - pos >= BLOCK) {
      if (buf[pos] === 0 && buf[pos + 156] === 0) {
        this.ended = true; // the end-of-archive blocks
        return buf.length;
      }
      const size = this.size(buf, pos);
      const total = BLOCK + Math.ceil(size / BLOCK) * BLOCK;
      if (buf.length - pos < total) break; // the body is not all here yet
      const type = buf[pos + 156];
      const body = buf.subarray(pos + BLOCK, pos + BLOCK + size);
      if (type === 0x78 /* x: pax header for the next file */) {
        this.longPath = paxPath(body);
      } else if (type === 0x30 /* 0 */ || type === 0 /* old-style regular file */) {
        const path = this.longPath ?? headerPath(buf, pos);
        if (this.others) {
          this.closeFolder(path, batch);
          this.openFolder = undefined;
        }
        batch.push({ path, bytes: body });
        this.longPath = undefined;
      } else {
        // Links, other non-files and empty folders are not entries; a reader that checks the
        // tree sees them.
        if (this.others && type !== 0x67 /* g: global header (the commit id) */) {
          const path = this.longPath ?? headerPath(buf, pos);
          this.closeFolder(path, batch);
          if (type === 0x35 /* 5: directory, written with its slash */)
            this.openFolder = path.endsWith('/') ? path : `${path}/`;
          else {
            this.openFolder = undefined;
            batch.push({ path, bytes: Buffer.alloc(0), other: true });
          }
        }
        this.longPath = undefined;
      }
      pos += total;
    }
    return pos;
  }
}

/**
 * The chunks a stream has delivered since the last `take`, until it ends. Read through `'data'`
 * events rather than the stream's async iterator: when this process is slower than git, every
 * read that came meanwhile is handed over at once (one hop through the readers above per take,
 * not per 10 KB pipe read), and the stream is paused while `highWater` bytes wait, so memory
 * stays bounded.
 */
export class ChunkQueue {
  private queue: Buffer[] = [];
  private queued = 0;
  private ended = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly stream: Readable,
    private readonly highWater = 1024 * 1024,
  ) {
    stream.on('data', (chunk: Buffer) => {
      this.queue.push(chunk);
      this.queued += chunk.length;
      if (this.queued >= this.highWater) stream.pause();
      this.notify();
    });
    stream.once('end', () => {
      this.ended = true;
      this.notify();
    });
    stream.once('error', (e: Error) => {
      this.failure = e;
      this.notify();
    });
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /** Every chunk queued (waiting for one if none is), or undefined once the stream has ended. */
  async take(): Promise<Buffer[] | undefined> {
    while (this.queue.length === 0) {
      if (this.failure) throw this.failure;
      if (this.ended) return undefined;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    const got = this.queue;
    this.queue = [];
    this.queued = 0;
    if (this.stream.isPaused()) this.stream.resume();
    return got;
  }
}

/** One `git archive` being read: `next` gives the files of every read since the last call. */
export interface ArchiveRead {
  /** The next files (never empty), or undefined once git has exited cleanly; throws if it failed. */
  next(): Promise<ArchivedFile[] | undefined>;
  /** Stop git if it is still running (a reader that stopped early). */
  close(): void;
}

/** Bytes read into one buffer before the next is made: the files are views into it. */
const READ_BUFFER = 1024 * 1024;
/** A batch goes to the reader once this many bytes of the archive have come (or git is done). */
const BATCH_BYTES = 64 * 1024;
/** The longest the reads of one archive keep the event loop before letting it turn. */
const TURN_MS = 10;

/** A read error on an archive's pipe, named as git's read failing. */
function pipeError(ref: string, cause: unknown): GitError {
  return new GitError(`cannot read ${ref} as an archive: reading git's output failed`, {
    cause,
    hint: 'Run the command again; the cause is the error the operating system gave.',
  });
}

/**
 * `git archive` into a named pipe this process reads itself: no stream event or fresh 64 KB
 * buffer per pipe read (git writes 10 KB at a time, so a million entries make ~170,000 reads),
 * and a pipe rather than the socket pair Node gives a child's stdout. Undefined when the pipe
 * cannot be opened (the caller reads git's stdout instead).
 *
 * Why blocking reads may hold the event loop here (an action may read a ledger while its network
 * calls are in flight): the first read of an archive, which waits for git to start and find the
 * tree, runs on libuv's thread pool; after it a read waits only while git reads the next objects
 * of a tree already found from the local object store (git writes every ~10 KB, a gap of about
 * a tenth of a millisecond), and the reads of one archive keep the loop at most `TURN_MS` before
 * letting it turn. Waiting on the thread pool for every empty pipe instead was measured: the
 * pipe runs empty ~10,000 times per 100,000 entries (this process keeps up with git), and the
 * hand-offs cost ~170 ms of CPU, more than the pipe saves.
 */
function openArchiveThroughFifo(
  repoDir: string,
  ref: string,
  folders: readonly string[],
  options: { others?: boolean },
  fifo: string,
): ArchiveRead | undefined {
  // A pipe opens for writing only once it has a reader: a non-blocking one opens first, then
  // git's end, then the blocking reader the reads use. Once the first and this process's copy of
  // git's end are closed, git holds the only writer: a read of 0 bytes means it has exited.
  const fds: number[] = [];
  let reader: number;
  let writer: number;
  try {
    fds.push(openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK));
    writer = openSync(fifo, constants.O_WRONLY);
    fds.push(writer);
    reader = openSync(fifo, constants.O_RDONLY);
  } catch {
    for (const fd of fds) closeSync(fd);
    freeFifos = undefined; // a pipe that cannot be opened now will not open later either
    return undefined;
  }
  let git: GitToFd;
  try {
    const place = archivePlace(repoDir);
    git = spawnGitToFd(place.cwd, archiveArgs(ref, folders), writer, place.env);
  } catch (e) {
    closeSync(reader);
    giveBack(fifo);
    throw e;
  } finally {
    for (const fd of fds) closeSync(fd);
  }
  // The pipe is free for the next archive only once git has exited (a git still dying could
  // write into the next one's reads) AND this reader's descriptors are closed (bytes left in the
  // pipe would go to the next one's reader).
  let gitGone = false;
  let open = true;
  const release = (): void => {
    if (gitGone && !open) giveBack(fifo);
  };
  void git.exited.then(() => {
    gitGone = true;
    release();
  });
  /** The first read, on the thread pool: the reader closes only after it has returned. */
  let waiting: Promise<number> | undefined;
  const closeReader = (): void => {
    if (!open) return;
    open = false;
    const close = (): void => {
      closeSync(reader);
      release();
    };
    if (waiting) void waiting.then(close, close);
    else close();
  };
  const waitRead = (into: Buffer, at: number): Promise<number> =>
    new Promise<number>((resolve, reject) =>
      read(reader, into, at, into.length - at, null, (e, n) => (e ? reject(e) : resolve(n))),
    );
  const parser = new TarParser(ref, options.others === true);
  let buf = Buffer.allocUnsafe(READ_BUFFER);
  let used = 0;
  let done = false;
  let started = false;
  let turned = performance.now();
  return {
    async next() {
      const files: ArchivedFile[] = [];
      let got = 0;
      while (!done) {
        if (READ_BUFFER - used < BATCH_BYTES) {
          buf = Buffer.allocUnsafe(READ_BUFFER);
          used = 0;
        }
        let n: number;
        try {
          if (started) n = readSync(reader, buf, used, READ_BUFFER - used, null);
          else {
            started = true;
            waiting = waitRead(buf, used);
            try {
              n = await waiting;
            } finally {
              waiting = undefined;
            }
            turned = performance.now();
            if (done) break; // closed while waiting
          }
        } catch (e) {
          // A signal that interrupted the wait (libuv retries no read): read again.
          if ((e as NodeJS.ErrnoException).code === 'EINTR') continue;
          throw pipeError(ref, e);
        }
        if (n === 0) break;
        parser.push(buf.subarray(used, used + n), files);
        used += n;
        got += n;
        if (files.length > 0 && got >= BATCH_BYTES) {
          if (performance.now() - turned >= TURN_MS) {
            await setImmediate();
            turned = performance.now();
          }
          return files;
        }
      }
      if (files.length > 0) return files;
      if (!done) {
        done = true;
        closeReader();
        await archiveExited(git.exited, ref);
      }
      return undefined;
    },
    close() {
      done = true;
      git.kill();
      closeReader();
    },
  };
}

/** Wait for `git archive` to end: a failure is a GitError naming the ref. */
async function archiveExited(
  exited: Promise<{ code: number; stderr: string }>,
  ref: string,
): Promise<void> {
  const { code, stderr } = await exited;
  if (code !== 0)
    throw new GitError(`cannot read ${ref} as an archive: ${stderr}`, {
      hint: 'Check that the branch exists (git branch -a).',
    });
}

/**
 * Start `git archive` of `folders` on a commit known to exist (paths literal) and parse it as
 * it comes: the one primitive the archive readers share, so a reader that loops over several
 * archives (ledger-files.ts) adds no generator of its own per archive.
 */
export function openArchive(
  repoDir: string,
  ref: string,
  folders: readonly string[],
  /** `pipe`: read through a named pipe when one can be made (a large read: see above). */
  options: { others?: boolean; pipe?: boolean } = {},
): ArchiveRead {
  const fifo = options.pipe ? takeFifo() : undefined;
  const piped = fifo ? openArchiveThroughFifo(repoDir, ref, folders, options, fifo) : undefined;
  if (piped) return piped;
  const place = archivePlace(repoDir);
  const git = spawnGitStream(place.cwd, archiveArgs(ref, folders), 'ignore', place.env);
  const parser = new TarParser(ref, options.others === true);
  const chunks = new ChunkQueue(git.stdout);
  let done = false;
  return {
    async next() {
      while (!done) {
        const got = await chunks.take();
        if (!got) break;
        const files: ArchivedFile[] = [];
        for (const chunk of got) parser.push(chunk, files);
        if (files.length > 0) return files;
      }
      if (!done) {
        done = true;
        await archiveExited(git.exited, ref);
      }
      return undefined;
    },
    close() {
      done = true;
      git.kill();
    },
  };
}

/**
 * The same for a commit known to exist and paths known to be in it (no check first: a reader
 * that runs one archive per month folder saves a git call per folder). Paths are literal.
 */
export async function* readArchiveBatches(
  repoDir: string,
  ref: string,
  folders: readonly string[],
  options: { others?: boolean } = {},
): AsyncGenerator<ArchivedFile[]> {
  const archive = openArchive(repoDir, ref, folders, options);
  let finished = false;
  try {
    for (let files = await archive.next(); files; files = await archive.next()) yield files;
    finished = true;
  } finally {
    if (!finished) archive.close();
  }
}
