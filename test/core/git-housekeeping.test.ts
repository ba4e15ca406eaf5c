import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { gitHousekeepingOff } from '../support/global-setup.js';
import { tempRepo } from '../support/temp-repo.js';

describe("git's housekeeping in the test run", () => {
  it('is turned off after any GIT_CONFIG_* the environment already has', () => {
    const env: NodeJS.ProcessEnv = {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'safe.directory',
      GIT_CONFIG_VALUE_0: '*',
    };
    gitHousekeepingOff(env);
    expect(env).toEqual({
      GIT_CONFIG_COUNT: '3',
      GIT_CONFIG_KEY_0: 'safe.directory',
      GIT_CONFIG_VALUE_0: '*',
      GIT_CONFIG_KEY_1: 'maintenance.auto',
      GIT_CONFIG_VALUE_1: 'false',
      GIT_CONFIG_KEY_2: 'gc.auto',
      GIT_CONFIG_VALUE_2: '0',
    });
    const fresh: NodeJS.ProcessEnv = {};
    gitHousekeepingOff(fresh);
    expect(fresh.GIT_CONFIG_COUNT).toBe('2');
    expect(() => gitHousekeepingOff({ GIT_CONFIG_COUNT: 'x' })).toThrow(/not a count/);
  });

  it('reaches the git that tests start (set in the global set-up, inherited by the workers)', async () => {
    const repo = await tempRepo();
    const get = (key: string) =>
      execFileSync('git', ['config', '--get', key], { cwd: repo, encoding: 'utf8' }).trim();
    expect([get('maintenance.auto'), get('gc.auto')]).toEqual(['false', '0']);
  });
});
