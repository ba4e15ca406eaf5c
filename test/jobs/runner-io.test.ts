import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runnerIo } from '../../src/action/runner-io.js';
import { parseOutputs } from '../support/github-world.js';
import { tempDir } from '../support/temp-repo.js';

describe('runner file commands', () => {
  it('writes outputs that survive newlines and delimiter look-alikes, and appends the summary', async () => {
    const dir = await tempDir();
    const env = {
      GITHUB_OUTPUT: join(dir, 'out'),
      GITHUB_STEP_SUMMARY: join(dir, 'sum'),
      'INPUT_GITHUB-TOKEN': ' t0k ',
      INPUT_CONFIG: '',
    };
    await writeFile(env.GITHUB_OUTPUT, '');
    let stdout = '';
    const io = runnerIo(env, (t) => (stdout += t));
    io.setOutput('plan', 'line one\nEOF\nline three');
    io.setOutput('decision', 'work');
    io.appendSummary('## Hello');
    io.mask('s3cret\nvalue');
    io.error('bad\nthing');
    expect(parseOutputs(await readFile(env.GITHUB_OUTPUT, 'utf8'))).toEqual({
      plan: 'line one\nEOF\nline three',
      decision: 'work',
    });
    expect(await readFile(env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('## Hello\n');
    expect(io.input('github-token')).toBe('t0k');
    expect(io.input('config')).toBeUndefined();
    expect(stdout).toBe('::add-mask::s3cret%0Avalue\n::error::bad%0Athing\n');
  });
});
