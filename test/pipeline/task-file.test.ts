import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { taskFromFile } from '../../src/pipeline/intake.js';
import { tempDir } from '../support/temp-repo.js';

const read = async (estimate: string) => {
  const file = join(await tempDir(), 'task.md');
  await writeFile(
    file,
    `---\ntitle: Audit\nlabels: [aios, content-audit]\nestimate: ${estimate}\n---\nAudit.\n`,
  );
  return taskFromFile(file, { repoName: 'site', requestedBy: 'dana', now: new Date() });
};

describe('a task file’s estimate', () => {
  it('takes a size, minutes, or a duration as people write it', async () => {
    expect((await read('M')).estimate).toBe('M');
    expect((await read('90')).estimate).toBe(90);
    for (const [written, minutes] of [
      ['2h', 120],
      ['90m', 90],
      ['1h30m', 90],
      ['1.5 hours', 90],
      ['45 min', 45],
    ] as const)
      expect((await read(written)).estimate, written).toBe(minutes);
  });

  it('names the field and what it takes when the estimate is none of those', async () => {
    for (const written of ['lots', '0m'])
      await expect(read(written), written).rejects.toSatisfy(
        (e: unknown) =>
          e instanceof InputError &&
          e.issues[0]?.field === 'estimate' &&
          /a duration/.test(e.issues[0]?.message ?? ''),
      );
  });
});
