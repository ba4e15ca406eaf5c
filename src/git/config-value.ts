import { gitWithInput } from './run-git.js';

/** A value of the repository's git config (`user.name`…), or undefined when unset. */
export async function gitConfigValue(repoDir: string, key: string): Promise<string | undefined> {
  const r = await gitWithInput(repoDir, ['config', '--get', key], undefined).catch(() => undefined);
  const value = r?.stdout.toString('utf8').trim();
  return r?.code === 0 && value ? value : undefined;
}
