import { z } from 'zod';
import { describeError, exitCodeOf, InputError } from '../core/errors.js';
import { runnerIo, type RunnerIo } from './runner-io.js';

/** The action's inputs, parsed once at the edge. */
export const ActionInputs = z
  .object({
    command: z.enum(['intake', 'work', 'deliver', 'signoff', 'eval', 'stop', 'route-diff']),
    config: z.string().optional(),
    /** Empty only for the work and eval jobs, which need no GitHub write (the work job gets the token only when the plan's models need it). */
    githubToken: z.string(),
    artifactDir: z.string().min(1),
    personas: z.string().optional(),
    ollamaHost: z.string().optional(),
    planSha256: z.string().optional(),
    evalModel: z.string().optional(),
    oldConfig: z.string().optional(),
    tasks: z.string().optional(),
  })
  .refine(
    (i) =>
      i.command === 'work' ||
      i.command === 'eval' ||
      i.command === 'route-diff' ||
      i.githubToken.length > 0,
    {
      path: ['githubToken'],
      message: 'a token is required (the job token, github.token)',
    },
  );
export type ActionInputs = z.infer<typeof ActionInputs>;

export function readInputs(io: RunnerIo, env: NodeJS.ProcessEnv): ActionInputs {
  const result = ActionInputs.safeParse({
    command: io.input('command'),
    config: io.input('config'),
    githubToken: io.input('github-token') ?? env.GITHUB_TOKEN ?? '',
    artifactDir:
      io.input('artifact-dir') ?? (env.RUNNER_TEMP ? `${env.RUNNER_TEMP}/aios` : undefined),
    personas: io.input('personas'),
    ollamaHost: io.input('ollama-host'),
    planSha256: io.input('plan-sha256'),
    evalModel: io.input('eval-model'),
    oldConfig: io.input('old-config'),
    tasks: io.input('tasks'),
  });
  if (!result.success) {
    throw new InputError(
      'The action inputs are invalid.',
      result.error.issues.map((i) => ({
        field: `with.${String(i.path[0] ?? '')}`,
        message: i.message,
      })),
      { hint: 'Check the `with:` block of the workflow step against action.yml.' },
    );
  }
  return result.data;
}

/**
 * The action's entry logic: read inputs, run the job's core function, write outputs. GitHub
 * runs it from dist/action.js on node24. Exit code 0 ok, 1 the work failed, 2 bad input.
 */
export async function runAction(
  env: NodeJS.ProcessEnv = process.env,
  io: RunnerIo = runnerIo(env),
): Promise<number> {
  try {
    const inputs = readInputs(io, env);
    if (inputs.githubToken) io.mask(inputs.githubToken);
    if (inputs.command === 'work' || inputs.command === 'eval') {
      // The steps that run gates need their checkers, which GitHub does not check out.
      const [{ ensureCheckers }, { packageRoot }] = await Promise.all([
        import('./ensure-checkers.js'),
        import('../core/package-root.js'),
      ]);
      await ensureCheckers(packageRoot(), { log: (m) => io.info(m) });
    }
    if (inputs.command === 'eval') {
      // The persona evals job (evals/eval-action.ts): no event, no forge, no write token.
      const { runEvalStep } = await import('../evals/eval-action.js');
      const r = await runEvalStep({
        repoDir: env.GITHUB_WORKSPACE ?? process.cwd(),
        configFile: inputs.config,
        personaDir: inputs.personas,
        model: inputs.evalModel,
        env,
      });
      io.appendSummary(r.summary);
      io.info(r.summary);
      return r.failed ? 1 : 0;
    }
    if (inputs.command === 'route-diff') {
      // A pull request that changes the config: how its tasks would route before and after.
      const [{ runRouteDiff }, { routeDiffMarkdown }] = await Promise.all([
        import('../app/route-diff-run.js'),
        import('../routing/route-diff.js'),
      ]);
      const root = env.GITHUB_WORKSPACE ?? process.cwd();
      if (!inputs.oldConfig)
        throw new InputError('route-diff needs old-config: the config before the change.');
      const summary = routeDiffMarkdown(
        await runRouteDiff({
          oldConfig: inputs.oldConfig,
          newConfig: inputs.config ?? `${root}/.github/aios.yml`,
          tasksDir: inputs.tasks ?? `${root}/.github/aios-tasks`,
          personas: inputs.personas,
        }),
      );
      io.appendSummary(summary);
      io.info(summary);
      return 0;
    }
    const { runGitHubJob } = await import('../app/github-runner.js');
    const result = await runGitHubJob({ ...inputs, command: inputs.command }, env, io);
    for (const [name, value] of Object.entries(result.outputs)) io.setOutput(name, value);
    io.appendSummary(result.summary);
    io.info(result.summary);
    return result.failed ? 1 : 0;
  } catch (error) {
    io.error(describeError(error));
    return exitCodeOf(error);
  }
}
