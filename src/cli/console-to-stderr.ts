import { Console } from 'node:console';

/**
 * Send what client libraries print through `console` to stderr. AIOS itself writes its output
 * with process.stdout.write only, so stdout stays what the command means to print (`--json`
 * stays valid JSON): the `ollama` client, for one, console.logs when a server answers an HTML
 * 502 it cannot parse.
 */
export function routeConsoleToStderr(): void {
  const toStderr = new Console({ stdout: process.stderr, stderr: process.stderr });
  console.log = toStderr.log.bind(toStderr);
  console.info = toStderr.info.bind(toStderr);
  console.debug = toStderr.debug.bind(toStderr);
  console.dir = toStderr.dir.bind(toStderr);
  console.table = toStderr.table.bind(toStderr);
}
