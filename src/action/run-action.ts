import { readFile } from 'node:fs/promises';
import { appendFile } from 'node:fs/promises';
import { describeError, exitCodeOf } from '../core/errors.js';
import { planFromEvent } from '../github/plan-from-event.js';
import { readInputs } from './inputs.js';

/**
 * The action's work: read inputs and the event, call the core, write outputs. GitHub runs this
 * from dist/action.js on node24. Outputs and the summary are written to the files the runner
 * names (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY).
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const inputs = readInputs(env);
    const eventPath = env.GITHUB_EVENT_PATH;
    const payload: unknown = eventPath ? JSON.parse(await readFile(eventPath, 'utf8')) : {};
    const result = await planFromEvent({
      eventName: env.GITHUB_EVENT_NAME ?? '',
      payload,
      workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
      configFile: inputs.config,
    });
    if (env.GITHUB_OUTPUT) {
      await appendFile(
        env.GITHUB_OUTPUT,
        `decision=${result.decision}\nplan<<AIOS_EOF\n${JSON.stringify(result)}\nAIOS_EOF\n`,
      );
    }
    if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, result.summary);
    process.stdout.write(`${result.summary}\n`);
    return 0;
  } catch (error) {
    process.stdout.write(`::error::${describeError(error).replace(/\r?\n/g, '%0A')}\n`);
    return exitCodeOf(error);
  }
}
