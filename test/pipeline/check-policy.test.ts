import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { loadPersonas } from '../../src/personas/load-personas.js';
import { checkWritePolicy } from '../../src/pipeline/check-policy.js';

const { config } = await loadConfig();
const editor = (await loadPersonas()).require('editor');

describe('write policy', () => {
  it('allows paths in the persona lane', () => {
    expect(
      checkWritePolicy([{ path: 'posts/a.md', content: '# A\n' }], editor, config.policy).pass,
    ).toBe(true);
  });

  it('refuses paths outside the lane, protected paths and escapes', () => {
    const v = checkWritePolicy(
      [
        { path: 'src/app.ts', content: '' },
        { path: '.github/workflows/x.yml', content: '' },
        { path: '../etc/passwd', content: '' },
        { path: '/abs.md', content: '' },
        { path: 'posts/a\nb.md', content: '' },
      ],
      editor,
      config.policy,
    );
    expect(v.pass).toBe(false);
    expect(v.findings.map((f) => [f.rule, f.path])).toEqual([
      ['outside-lane', 'src/app.ts'],
      ['protected-path', '.github/workflows/x.yml'],
      ['unsafe-path', '../etc/passwd'],
      ['unsafe-path', '/abs.md'],
      ['unsafe-path', 'posts/a\nb.md'],
    ]);
  });

  it('enforces the file count and size limits', () => {
    const v = checkWritePolicy(
      [
        { path: 'posts/a.md', content: 'x'.repeat(11) },
        { path: 'posts/b.md', content: '' },
      ],
      editor,
      { ...config.policy, maxFiles: 1, maxFileBytes: 10 },
    );
    expect(v.findings.map((f) => f.rule)).toEqual(['max-files', 'max-file-bytes']);
  });
});
