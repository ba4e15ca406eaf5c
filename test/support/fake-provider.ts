import type { ModelError } from '../../src/core/errors.js';
import {
  MODEL_SPEC_VERSION,
  type ChatRequest,
  type ChatResult,
  type ModelProvider,
} from '../../src/models/model-provider.js';

export type FakeStep =
  | {
      text: string;
      inputTokens?: number;
      outputTokens?: number;
      cached?: number;
      truncated?: boolean;
    }
  | { error: ModelError };

/**
 * An in-memory provider that implements the port, answers from a queue of steps, and records
 * every request it received.
 */
export class FakeProvider implements ModelProvider {
  readonly specificationVersion = MODEL_SPEC_VERSION;
  readonly requests: ChatRequest[] = [];
  constructor(
    readonly modelId: string,
    private readonly steps: FakeStep[],
    readonly provider: ModelProvider['provider'] = 'openai',
    readonly model = `${modelId}-model`,
    readonly endpoint = `fake:${modelId}`,
  ) {}

  async chat(request: ChatRequest): Promise<ChatResult> {
    this.requests.push(request);
    const step = this.steps.shift();
    if (!step) throw new Error(`${this.modelId}: no more scripted steps`);
    if ('error' in step) throw step.error;
    return {
      text: step.text,
      usage: {
        inputTokens: step.inputTokens ?? 100,
        outputTokens: step.outputTokens ?? 50,
        cachedInputTokens: step.cached ?? 0,
      },
      durationMs: 5,
      model: this.model,
      truncated: step.truncated,
    };
  }
}

export function answerJson(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    decision: 'done',
    confidence: 0.9,
    summary: 'Did it.',
    files: [{ path: 'posts/a.md', content: '# A\n' }],
    questions: [],
    declineReason: null,
    ...overrides,
  });
}
