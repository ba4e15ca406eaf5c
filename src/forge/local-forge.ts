import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ForgeError } from '../core/errors.js';
import { commitFiles } from '../git/commit-files.js';
import { commitHoldsFiles } from '../git/holds-files.js';
import { gitWithInput } from '../git/run-git.js';
import type { Delivery, DeliveryResult, Forge, HumanQuestion } from './forge.js';

/** Where the local forge writes draft PRs and questions, relative to the repository. */
export const LOCAL_FORGE_DIR = '.aios';

/** The current HEAD commit and its branch name (`HEAD` when detached), in one git call. */
async function head(repoDir: string): Promise<{ commit: string; branch: string }> {
  const r = await gitWithInput(repoDir, ['rev-parse', 'HEAD', '--abbrev-ref', 'HEAD'], undefined);
  const [commit, branch] = r.stdout.toString('utf8').trim().split('\n');
  if (r.code !== 0 || !commit || !/^[0-9a-f]{40,64}$/.test(commit)) {
    throw new ForgeError(`${repoDir} has no commit to build the task branch on.`, undefined, {
      hint: 'Commit the repository first: AIOS branches from the current HEAD.',
    });
  }
  return { commit, branch: branch && branch !== 'HEAD' ? branch : 'HEAD' };
}

/** The tip of a branch, or undefined; `for-each-ref` answers without failing when it is absent. */
async function branchTip(repoDir: string, ref: string): Promise<string | undefined> {
  const r = await gitWithInput(repoDir, ['for-each-ref', '--format=%(objectname)', ref], undefined);
  return r.stdout.toString('utf8').trim() || undefined;
}

/**
 * The task branch's tip and the current HEAD, in one git call when HEAD is on a branch: every
 * branch's tip with HEAD's marked (`%(HEAD)`). Detached or unborn, HEAD is asked on its own.
 */
async function tipAndHead(
  repoDir: string,
  ref: string,
): Promise<{ existing: string | undefined; current: { commit: string; branch: string } }> {
  const r = await gitWithInput(
    repoDir,
    ['for-each-ref', '--format=%(HEAD) %(objectname) %(refname)', 'refs/heads/'],
    undefined,
  );
  let existing: string | undefined;
  let current: { commit: string; branch: string } | undefined;
  if (r.code === 0)
    for (const line of r.stdout.toString('utf8').split('\n')) {
      const m = /^([* ]) ([0-9a-f]{40,64}) (refs\/heads\/.+)$/.exec(line);
      if (!m?.[2] || !m[3]) continue;
      if (m[3] === ref) existing = m[2];
      if (m[1] === '*') current = { commit: m[2], branch: m[3].slice('refs/heads/'.length) };
    }
  if (r.code !== 0) existing = await branchTip(repoDir, ref);
  return { existing, current: current ?? (await head(repoDir)) };
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
      const { existing, current } = await tipAndHead(repoDir, ref);
      // Idempotent: when the branch already holds exactly these files, make no new commit.
      const unchanged =
        existing !== undefined && (await commitHoldsFiles(repoDir, existing, d.files));
      const commit =
        unchanged && existing
          ? existing
          : await commitFiles(repoDir, {
              ref,
              parent: existing ?? current.commit,
              files: d.files,
              message: d.commitMessage,
              author,
              time: Math.floor(d.time.getTime() / 1000),
            });

      const dir = join(repoDir, LOCAL_FORGE_DIR, 'pulls');
      const file = join(dir, `${d.task.key}.md`);
      await mkdir(dir, { recursive: true });
      const created = !(await readFile(file, 'utf8').then(
        () => true,
        () => false,
      ));
      const front = stringify({
        title: d.pr.title,
        state: 'draft',
        head: d.branch,
        headCommit: commit,
        base: current.branch,
        reviewers: [...d.reviewers],
        task: d.task.id,
      });
      await writeFile(file, `---\n${front}---\n${d.pr.body}`);
      // Relative to the repository: entries and receipts never carry the consultant's own paths.
      return {
        branch: d.branch,
        commit,
        committed: !unchanged,
        pr: { url: `${LOCAL_FORGE_DIR}/pulls/${d.task.key}.md`, created },
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
      return { url: `${LOCAL_FORGE_DIR}/questions/${q.task.key}.md` };
    },
  };
}
