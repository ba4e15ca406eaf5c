import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { defaultConfigPath, parseConfig, REPO_CONFIG_PATH } from '../config/load-config.js';
import { ISSUE_TEMPLATE_PATH, renderIssueTemplate } from './issue-template.js';
import { InputError } from '../core/errors.js';
import { addAiosIgnoreLine } from './aios-ignore.js';
import { packageRoot } from '../core/package-root.js';
import { gitWithInput } from '../git/run-git.js';

export const WORKFLOW_PATH = '.github/workflows/aios.yml';

export interface InitOptions {
  readonly repoDir: string;
  /** How the workflow refers to the action: `owner/repo@ref`, or `./` inside AIOS's own repository. */
  readonly action: string;
  /** JSON list of runner labels for the work job (the self-hosted runner with Ollama). */
  readonly workRunner: string;
  readonly force?: boolean | undefined;
  /** Accept a bare tag or branch as the action's ref instead of resolving it to a commit SHA. */
  readonly allowTag?: boolean | undefined;
  /** Where `owner/repo` is fetched from to resolve a ref (default https://github.com). */
  readonly gitBaseUrl?: string | undefined;
}

export const DEPENDABOT_PATH = '.github/dependabot.yml';

/** Keeps the SHA-pinned actions of the workflow current (Dependabot updates pins and comments). */
export const DEPENDABOT = `# Written by \`aios init\`: keeps the SHA-pinned actions in .github/workflows current.
version: 2
updates:
  - package-ecosystem: github-actions
    directory: /
    schedule:
      interval: weekly
`;

/**
 * Pin the action reference to a commit: \`owner/repo@v1\` becomes \`owner/repo@<sha> # v1\`, the
 * ref resolved with \`git ls-remote\` (a tag can be moved; a commit cannot). A bare tag or branch
 * is kept only with \`allowTag\`; \`./\` and a full SHA are kept as they are.
 */
export async function pinAction(
  action: string,
  options: { allowTag?: boolean | undefined; gitBaseUrl?: string | undefined } = {},
): Promise<string> {
  const m = /^([\w.-]+\/[\w.-]+)((?:\/[\w./-]+)?)@([\w./-]+)$/.exec(action);
  if (!m || /^[0-9a-f]{40}$/.test(m[3] ?? '') || options.allowTag) return action;
  const [, repo = '', path = '', ref = ''] = m;
  const url = `${(options.gitBaseUrl ?? 'https://github.com').replace(/\/+$/, '')}/${repo}`;
  const r = await gitWithInput(
    process.cwd(),
    ['ls-remote', '--', url, `refs/tags/${ref}^{}`, `refs/tags/${ref}`, `refs/heads/${ref}`],
    undefined,
  ).catch((cause: unknown) => ({ code: -1, stdout: Buffer.alloc(0), stderr: String(cause) }));
  const lines = r.stdout.toString('utf8').trim().split('\n').filter(Boolean);
  // A peeled annotated tag (^{}) names the commit; a lightweight tag or branch names it directly.
  const pick =
    lines.find((l) => l.endsWith(`refs/tags/${ref}^{}`)) ??
    lines.find((l) => l.endsWith(`refs/tags/${ref}`)) ??
    lines.find((l) => l.endsWith(`refs/heads/${ref}`));
  const sha = pick?.split('\t')[0];
  if (r.code !== 0 || !sha || !/^[0-9a-f]{40}$/.test(sha)) {
    throw new InputError(`Cannot resolve ${action} to a commit SHA.`, [], {
      hint: `Check that ${url} has the tag or branch ${ref}, pass a full commit SHA, or pass --allow-tag to use the bare tag (a tag can be moved to other code).`,
    });
  }
  return `${repo}${path}@${sha} # ${ref}`;
}

/** The workflow users copy, with the action reference and work runner filled in. */
export async function renderWorkflow(
  action: string,
  workRunner: string,
  pin: { allowTag?: boolean | undefined; gitBaseUrl?: string | undefined } = { allowTag: true },
): Promise<string> {
  let labels: unknown;
  try {
    labels = JSON.parse(workRunner);
  } catch {
    labels = undefined;
  }
  if (
    !Array.isArray(labels) ||
    labels.length === 0 ||
    !labels.every((l) => typeof l === 'string' && /^[\w.-]+$/.test(l))
  ) {
    throw new InputError(`--work-runner ${workRunner} is not a JSON list of runner labels.`, [], {
      hint: `Write it like '["self-hosted","ollama"]'.`,
    });
  }
  if (!/^(\.\/|[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[\w./-]+)$/.test(action)) {
    throw new InputError(`--action ${action} is not an action reference.`, [], {
      hint: 'Use owner/repo@ref, or ./ for a local checkout.',
    });
  }
  const pinned = await pinAction(action, pin);
  const template = await readFile(join(packageRoot(), 'templates', 'workflow.yml'), 'utf8');
  return template
    .replaceAll('__AIOS_ACTION__', pinned)
    .replaceAll('__AIOS_WORK_RUNNER__', JSON.stringify(labels));
}

/**
 * Set a repository up for AIOS: the workflow and the config, written only where absent (or
 * with `force`). Returns the files written and the ones left alone.
 */
export async function initRepo(
  options: InitOptions,
): Promise<{ written: string[]; kept: string[] }> {
  const written: string[] = [];
  const kept: string[] = [];
  const workflow = await renderWorkflow(options.action, options.workRunner, {
    allowTag: options.allowTag,
    gitBaseUrl: options.gitBaseUrl,
  });
  // The issue form's kinds come from the config the repository has (or the one written now).
  const configFile =
    existsSync(join(options.repoDir, REPO_CONFIG_PATH)) && !options.force
      ? join(options.repoDir, REPO_CONFIG_PATH)
      : defaultConfigPath();
  const issueForm = renderIssueTemplate(
    parseConfig(await readFile(configFile, 'utf8'), configFile).config,
  );
  for (const [path, write] of [
    [WORKFLOW_PATH, (file: string) => writeFile(file, workflow)],
    [REPO_CONFIG_PATH, (file: string) => copyFile(defaultConfigPath(), file)],
    [DEPENDABOT_PATH, (file: string) => writeFile(file, DEPENDABOT)],
    [ISSUE_TEMPLATE_PATH, (file: string) => writeFile(file, issueForm)],
  ] as const) {
    const file = join(options.repoDir, path);
    if (existsSync(file) && !options.force) {
      kept.push(path);
      continue;
    }
    await mkdir(dirname(file), { recursive: true });
    await write(file);
    written.push(path);
  }
  if (await addAiosIgnoreLine(options.repoDir)) written.push('.gitignore');
  return { written, kept };
}
