import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, ModelError } from '../../src/core/errors.js';
import { createScriptedProvider, loadScript } from '../../src/models/scripted-provider.js';
import { demoAssets } from '../../src/app/demo.js';
import { tempDir } from '../support/temp-repo.js';

const req = (persona: string, attempt: number, purpose: 'work' | 'repair' = 'work') => ({
  messages: [{ role: 'user' as const, content: 'x'.repeat(400) }],
  schema: {},
  schemaName: 's',
  timeouts: { connectMs: 1, firstTokenMs: 1, totalMs: 1 },
  persona,
  attempt,
  purpose,
});

describe('scripted provider', () => {
  it('answers by persona and attempt, and calls itself scripted', async () => {
    const script = await loadScript(demoAssets().script);
    const p = createScriptedProvider({ modelId: 'scripted', script });
    expect(p.provider).toBe('scripted');
    const first = JSON.parse((await p.chat(req('editor', 1))).text) as { summary: string };
    const second = JSON.parse((await p.chat(req('editor', 2))).text) as { summary: string };
    expect(first.summary).not.toBe(second.summary);
    const result = await p.chat(req('wordpress-expert', 1));
    expect(result.model).toBe('scripted');
    expect(result.usage.inputTokens).toBe(100);
  });

  it('says which answer is missing', async () => {
    const p = createScriptedProvider({
      modelId: 'scripted',
      script: { answers: { editor: [{ raw: 'x' }] } },
    });
    await expect(p.chat(req('editor', 2))).rejects.toThrow(ModelError);
    await expect(p.chat(req('nobody', 1))).rejects.toThrow(/no answer for nobody, attempt 1/);
  });

  it('validates script files with line numbers', async () => {
    const dir = await tempDir();
    const file = join(dir, 's.yml');
    await writeFile(file, 'answers:\n  editor:\n    - decision: maybe\n      confidence: 2\n');
    const error = await loadScript(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain(`${file}:3`);
  });
});
