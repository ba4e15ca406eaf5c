import { gitWithInput } from './run-git.js';

/** A value of the repository's git config (`user.name`…), or undefined when unset. */
export async function gitConfigValue(repoDir: string, key: string): Promise<string | undefined> {
  const r = await gitWithInput(repoDir, ['config', '--get', key], undefined).catch(() => undefined);
  const value = r?.stdout.toString('utf8').trim();
  return r?.code === 0 && value ? value : undefined;
}

/**
 * Several values of the repository's git config in one git process (`--get-regexp`), by key
 * (lower case, as git names them); a key that is unset is absent. Where a key is set more than
 * once, the last value wins, as `git config --get` answers.
 */
export async function gitConfigValues(
  repoDir: string,
  keys: readonly string[],
): Promise<Map<string, string>> {
  const pattern = `^(${keys.map((k) => k.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;
  const r = await gitWithInput(repoDir, ['config', '-z', '--get-regexp', pattern], undefined).catch(
    () => undefined,
  );
  const out = new Map<string, string>();
  if (r?.code !== 0) return out; // 1: none is set
  for (const record of r.stdout.toString('utf8').split('\0')) {
    const nl = record.indexOf('\n');
    const key = nl < 0 ? record : record.slice(0, nl);
    const value = nl < 0 ? '' : record.slice(nl + 1).trim();
    if (key && value) out.set(key, value);
  }
  return out;
}
