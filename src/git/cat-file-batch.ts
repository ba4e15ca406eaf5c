import { GitError } from '../core/errors.js';
import { BatchParser } from './batch-reader.js';
import { spawnGitStream, type GitStream } from './run-git.js';

/** An object as `lookup` returns it: its id, type and (copied) bytes. */
export interface GitObject {
  readonly id: string;
  readonly type: string;
  readonly bytes: Buffer;
}

interface Pending {
  resolve: (value: GitObject | undefined) => void;
  reject: (error: Error) => void;
}

/**
 * A long-lived `git cat-file --batch` process: read many objects through one process instead
 * of one process per object. Requests are answered in order; `read` may be called many times
 * before awaiting (pipelining), which is what makes large ledger reads fast. Parses with the
 * one `BatchParser`.
 */
export class CatFileBatch {
  private readonly git: GitStream;
  private readonly parser = new BatchParser();
  private readonly queue: Pending[] = [];
  private failed: Error | undefined;

  constructor(repoDir: string) {
    this.git = spawnGitStream(repoDir, ['cat-file', '--batch'], 'pipe');
    const fail = (error: Error): void => {
      this.failed = error;
      for (const p of this.queue.splice(0)) p.reject(error);
    };
    this.git.stdout.on('data', (d: Buffer) => {
      let answers;
      try {
        answers = this.parser.push(d);
      } catch (error) {
        fail(error as Error);
        return;
      }
      // Copy: the parser's buffer is reused by the next read, the caller keeps these bytes.
      for (const a of answers)
        this.queue
          .shift()
          ?.resolve(
            a.kind === 'object'
              ? { id: a.id, type: a.type, bytes: Buffer.from(a.bytes) }
              : undefined,
          );
    });
    void this.git.exited.then(({ stderr }) => {
      if (this.queue.length)
        fail(new GitError(`git cat-file ended before answering${stderr ? `: ${stderr}` : ''}`));
    });
  }

  /** The object's bytes, or undefined when it does not exist. `spec` is an id or `rev:path`. */
  async read(spec: string): Promise<Buffer | undefined> {
    return (await this.lookup(spec))?.bytes;
  }

  /** The object with its id and type, or undefined when it does not exist (see `read`). */
  lookup(spec: string): Promise<GitObject | undefined> {
    if (this.failed) return Promise.reject(this.failed);
    if (/[\n]/.test(spec)) return Promise.reject(new GitError('object name contains a newline'));
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      this.git.stdin?.write(`${spec}\n`);
    });
  }

  /** End the process. */
  async close(): Promise<void> {
    if (this.git.child.exitCode !== null) return;
    this.git.stdin?.end();
    await this.git.exited;
  }
}
