import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';

/**
 * The runner's file-command protocol (inputs in INPUT_*, outputs and the step summary appended
 * to the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name, workflow commands on stdout), written
 * directly: @actions/core brings an HTTP client for OIDC that adds ~120 ms to every job's cold
 * start (docs/dependencies.md), and AIOS needs none of it.
 */
export interface RunnerIo {
  input(name: string): string | undefined;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): void;
  mask(secret: string): void;
  error(message: string): void;
  info(message: string): void;
}

export function runnerIo(
  env: NodeJS.ProcessEnv = process.env,
  write: (text: string) => void = (t) => process.stdout.write(t),
): RunnerIo {
  const escapeCommand = (s: string): string =>
    s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return {
    input(name) {
      const v = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
      return v ? v : undefined; // the runner passes an unset input as ""
    },
    setOutput(name, value) {
      const file = env.GITHUB_OUTPUT;
      if (!file) return;
      // A random delimiter that the value cannot contain ends the multi-line value.
      let delimiter = `aios_${randomBytes(12).toString('hex')}`;
      while (value.includes(delimiter)) delimiter = `aios_${randomBytes(12).toString('hex')}`;
      appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
    },
    appendSummary(markdown) {
      if (env.GITHUB_STEP_SUMMARY)
        appendFileSync(
          env.GITHUB_STEP_SUMMARY,
          markdown.endsWith('\n') ? markdown : `${markdown}\n`,
        );
    },
    mask(secret) {
      if (secret) write(`::add-mask::${escapeCommand(secret)}\n`);
    },
    error(message) {
      write(`::error::${escapeCommand(message)}\n`);
    },
    info(message) {
      write(`${message}\n`);
    },
  };
}
