import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultConfigPath, parseConfig } from '../../src/config/load-config.js';
import { InputError } from '../../src/core/errors.js';
import { canonicalGateId, gateSettingsOf } from '../../src/gates/gate-catalog.js';

describe('gate names in the config', () => {
  it('refuses a gate no code provides, naming the file, line and field', async () => {
    const text = (await readFile(defaultConfigPath(), 'utf8')).replace(
      /(accessibility:\n(?:.*\n)*?\s+gates: \[)[^\]]*\]/,
      '$1accessibilty]',
    );
    expect(text).toContain('accessibilty');
    let error: unknown;
    try {
      parseConfig(text, 'aios.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const issue = (error as InputError).issues.find(
      (i) => i.field === 'kinds.accessibility.gates[0]',
    );
    expect(issue?.message).toContain('no gate named "accessibilty"');
    expect(issue?.location?.line).toBe(
      text.split('\n').findIndex((l) => l.includes('accessibilty')) + 1,
    );
  });

  it('accepts the old wp-plugin-security id as an alias and settings for known gates only', async () => {
    const base = await readFile(defaultConfigPath(), 'utf8');
    const alias = base.replace(/(gates: \[[^\]\n]*)wordpress-security\]/, '$1wp-plugin-security]');
    expect(alias).toContain('wp-plugin-security]');
    expect(() => parseConfig(alias, 'aios.yml')).not.toThrow();
    const settings = base.replace(/^gates:\n/m, 'gates:\n  editoral: { targetGrade: 8 }\n');
    expect(settings).toContain('editoral');
    try {
      parseConfig(settings, 'aios.yml');
      expect.unreachable();
    } catch (e) {
      const issue = (e as InputError).issues.find((i) => i.field === 'gates.editoral');
      expect(issue?.message).toContain('no gate named "editoral"');
    }
  });

  it('resolves an alias to its gate, for the plan and for the gate settings', () => {
    expect(canonicalGateId('wp-plugin-security')).toBe('wordpress-security');
    expect(canonicalGateId('wordpress-security')).toBe('wordpress-security');
    expect(canonicalGateId('reviewer')).toBe('reviewer');
    const settings = { 'wp-plugin-security': { level: 'strict' }, editorial: { targetGrade: 8 } };
    expect(gateSettingsOf(settings, 'wordpress-security')).toEqual({ level: 'strict' });
    expect(gateSettingsOf(settings, 'editorial')).toEqual({ targetGrade: 8 });
    expect(gateSettingsOf(settings, 'accessibility')).toBeUndefined();
  });
});
