import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { commitFiles } from '../git/commit-files.js';
import { gitWithInput } from '../git/run-git.js';
import type { Delivery, DeliveryResult, Forge, HumanQuestion } from './forge.js';

/** Where the local forge writes draft PRs and questions, relative to the repository. */
export const LOCAL_FORGE_DIR = '.aios';

async function revParse(repoDir: string, ref: string): Promise<string | undefined> {
  const r = await gitWithInput(
    repoDir,
    ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`],
    undefined,
  );
  return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

/**
 * A forge on one machine: the task branch in a local repository, written without touching the
 * work tree, and the draft PR as a markdown file under `.aios/pulls/`. Lets a consultant run a
 * task on a laptop, and lets tests drive the pipeline end to end.
 */
export function createLocalForge(options: {
  repoDir: string;
  author?: { name: string; email: string };
}): Forge {
  const { repoDir } = options;
  const author = options.author ?? { name: 'AIOS', email: 'aios@localhost' };

  return {
    kind: 'local',
    async deliver(d: Delivery): Promise<DeliveryResult> {
      const ref = `refs/heads/${d.branch}`;
      const existing = await revParse(repoDir, ref);
      const base = existing ?? (await revParse(repoDir, 'HEAD'));
      // Idempotent: when the branch already holds exactly these files, make no new commit.
      let unchanged = false;
      if (existing) {
        unchanged = true;
        for (const f of d.files) {
          const r = await gitWithInput(
            repoDir,
            ['cat-file', 'blob', `${existing}:${f.path}`],
            undefined,
          );
          if (r.code !== 0 || r.stdout.toString('utf8') !== f.content) {
            unchanged = false;
            break;
          }
        }
      }
      const commit =
        unchanged && existing
          ? existing
          : await commitFiles(repoDir, {
              ref,
              parent: base,
              files: d.files,
              message: d.commitMessage,
              author,
              time: Math.floor(d.time.getTime() / 1000),
            });

      const file = join(repoDir, LOCAL_FORGE_DIR, 'pulls', `${d.task.key}.md`);
      await mkdir(join(repoDir, LOCAL_FORGE_DIR, 'pulls'), { recursive: true });
      const created = !(await readFile(file, 'utf8').then(
        () => true,
        () => false,
      ));
      const front = stringify({
        title: d.pr.title,
        state: 'draft',
        head: d.branch,
        headCommit: commit,
        base:
          (await gitWithInput(repoDir, ['symbolic-ref', '--short', '-q', 'HEAD'], undefined)).stdout
            .toString('utf8')
            .trim() || 'HEAD',
        reviewers: [...d.reviewers],
        task: d.task.id,
      });
      await writeFile(file, `---\n${front}---\n${d.pr.body}`);
      return {
        branch: d.branch,
        commit,
        committed: !unchanged,
        pr: { url: file, created },
      };
    },
    async ask(q: HumanQuestion) {
      const dir = join(repoDir, LOCAL_FORGE_DIR, 'questions');
      await mkdir(dir, { recursive: true });
      const file = join(dir, `${q.task.key}.md`);
      const body = [
        `# AIOS needs a human: ${q.task.title}`,
        '',
        `Stage: ${q.stage}. ${q.reason}`,
        '',
        ...q.questions.map((x) => `- ${x}`),
        '',
      ].join('\n');
      await writeFile(file, body);
      return { url: file };
    },
  };
}
