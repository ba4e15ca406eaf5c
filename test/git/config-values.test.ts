import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { gitConfigValue, gitConfigValues } from '../../src/git/config-value.js';
import { tempDir, tempRepo } from '../support/temp-repo.js';

describe('git config values', () => {
  it('reads several keys in one call as --get reads each, unset keys absent', async () => {
    const dir = await tempRepo();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir });
    git('config', 'user.signingKey', '/keys/one.pub');
    git('config', '--add', 'user.signingkey', '/keys/two.pub'); // set twice: the last wins
    git('config', 'user.nameish', 'not the name'); // a key the pattern must not match
    const values = await gitConfigValues(dir, ['user.name', 'user.signingkey', 'user.nosuch']);
    expect(values.get('user.name')).toBe(await gitConfigValue(dir, 'user.name'));
    expect(values.get('user.name')).toBe('Test Person');
    expect(values.get('user.signingkey')).toBe('/keys/two.pub');
    expect(values.has('user.nosuch')).toBe(false);
    expect([...values.keys()].sort()).toEqual(['user.name', 'user.signingkey']);
  });

  it('is empty outside a repository and when nothing matches', async () => {
    expect((await gitConfigValues(await tempRepo(), ['user.nosuchkey'])).size).toBe(0);
    const values = await gitConfigValues(await tempDir(), ['aios.nosuchkey']);
    expect(values.size).toBe(0);
  });
});
