import { gitWithInput } from '../git/run-git.js';

/**
 * Give git pushes to GitHub the job's token for one step, explicitly: the workflow checks out
 * with `persist-credentials: false`, so no token sits in `.git/config` for other steps (or a
 * compromised tool) to read. The header is the one actions/checkout would persist, set only
 * while `run` runs, and removed after. Without a server URL (a local run, or tests over a local
 * origin) nothing is configured.
 */
export async function withPushCredential<T>(
  repoDir: string,
  token: string,
  serverUrl: string | undefined,
  run: () => Promise<T>,
): Promise<T> {
  if (!serverUrl || !token) return run();
  const key = `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`;
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  await gitWithInput(
    repoDir,
    ['config', '--local', key, `AUTHORIZATION: basic ${basic}`],
    undefined,
  );
  try {
    return await run();
  } finally {
    await gitWithInput(repoDir, ['config', '--local', '--unset-all', key], undefined);
  }
}
