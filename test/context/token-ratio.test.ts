import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenCounterFor } from '../../src/context/token-counter.js';
import { learnFromCall, learnRatio, ratioFileBeside } from '../../src/context/token-ratio.js';
import { tempDir } from '../support/temp-repo.js';

const llama = { provider: 'ollama', model: 'llama3.1:8b' };

describe('the token estimate corrected by the usage providers report', () => {
  it('starts at 4 characters a token, then counts with the ratio learned from reported prompt tokens, named as an estimate', async () => {
    const file = ratioFileBeside(join(await tempDir(), '.aios', 'cache', 'index.sqlite'));
    const before = await tokenCounterFor(llama, file);
    expect(before).toMatchObject({ name: 'estimate (4 characters a token)', exact: false });
    // Two calls: 9,000 characters were 3,000 tokens, then 6,000 were 2,000: 3 characters a token.
    await learnRatio(file, llama, 9_000, 3_000);
    await learnFromCall(file.replace('token-ratios.json', 'index.sqlite'), llama, {
      promptChars: 6_000,
      usage: { inputTokens: 2_000 },
    });
    const after = await tokenCounterFor(llama, file);
    expect(after.exact).toBe(false);
    expect(after.name).toBe(
      'estimate (3 characters a token, learned from 2 reported prompts of ollama/llama3.1:8b)',
    );
    expect(after.count('x'.repeat(300))).toBe(100);
    // Kept per model: another model still has the plain estimate.
    expect((await tokenCounterFor({ provider: 'ollama', model: 'qwen2.5' }, file)).name).toBe(
      'estimate (4 characters a token)',
    );
    // A call that reported no prompt tokens (a cached prompt) or an implausible count teaches nothing.
    await learnRatio(file, llama, 5_000, 0);
    await learnRatio(file, llama, 50_000, 10);
    expect((await tokenCounterFor(llama, file)).name).toContain('learned from 2 reported prompts');
    const stored = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(stored)).toEqual(['ollama/llama3.1:8b']);
  });

  it('never replaces a real tokenizer, and starts over from a damaged cache file', async () => {
    const file = ratioFileBeside(join(await tempDir(), 'index.sqlite'));
    await learnRatio(file, { provider: 'openai', model: 'gpt-4.1' }, 10_000, 1_000);
    expect((await tokenCounterFor({ provider: 'openai', model: 'gpt-4.1' }, file)).exact).toBe(
      true,
    );
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, '{not json');
    expect((await tokenCounterFor(llama, file)).name).toBe('estimate (4 characters a token)');
    await learnRatio(file, llama, 3_500, 1_000);
    expect((await tokenCounterFor(llama, file)).name).toContain('3.5 characters a token');
  });

  it('learns nothing from a model with an exact tokenizer or a call with cached prompt tokens', async () => {
    const index = join(await tempDir(), 'index.sqlite');
    const file = ratioFileBeside(index);
    // An OpenAI model is counted exactly: its calls read and write no ratio file at all.
    await learnFromCall(
      index,
      { provider: 'openai', model: 'gpt-4.1' },
      {
        promptChars: 10_000,
        usage: { inputTokens: 2_500 },
      },
    );
    await expect(readFile(file, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
    // Half the prompt was cached: a server that reports only the rest would teach 8 a token.
    await learnFromCall(index, llama, {
      promptChars: 8_000,
      usage: { inputTokens: 1_000, cachedInputTokens: 1_000 },
    });
    await expect(readFile(file, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
    // A model without a tokenizer on the OpenAI-compatible protocol still learns.
    await learnFromCall(
      index,
      { provider: 'openai', model: 'mistral-large' },
      {
        promptChars: 7_000,
        usage: { inputTokens: 2_000, cachedInputTokens: 0 },
      },
    );
    expect(
      (await tokenCounterFor({ provider: 'openai', model: 'mistral-large' }, file)).name,
    ).toContain('3.5 characters a token');
  });
});
