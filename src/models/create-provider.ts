import type { ModelConfig } from '../config/config-schema.js';
import { requestProfile } from '../config/request-profile.js';
import { InputError } from '../core/errors.js';
import { ModelUnavailable, type ModelProvider } from './model-provider.js';
import { createScriptedProvider, type ScriptFile } from './scripted-provider.js';

export interface ProviderContext {
  readonly env: NodeJS.ProcessEnv;
  /** The script for `scripted` models. */
  readonly script?: ScriptFile | undefined;
}

/**
 * Build the adapter for one configured model. The gateway asks for a provider only when it is
 * about to call that model, and the HTTP clients are imported only then, so a run on the local
 * model never loads the OpenAI client (start-up time). A model that cannot be called here (its
 * key is not set) is a ModelError of class `unavailable`: the gateway skips it and falls back.
 */
export async function createProvider(
  modelId: string,
  model: ModelConfig,
  ctx: ProviderContext,
): Promise<ModelProvider> {
  switch (model.provider) {
    case 'scripted': {
      if (!ctx.script) {
        throw new InputError(`Model ${modelId} is scripted, but no script was given.`, [], {
          hint: 'Pass --scripted FILE.',
        });
      }
      return createScriptedProvider({ modelId, script: ctx.script });
    }
    case 'ollama': {
      const { createOllamaProvider } = await import('./ollama-provider.js');
      return createOllamaProvider({
        modelId,
        model: model.model,
        host: model.host ?? ctx.env.OLLAMA_HOST,
        keepAlive: model.keepAlive,
        profile: requestProfile(model),
      });
    }
    case 'openai': {
      const apiKey = ctx.env[model.apiKeyEnv];
      if (!apiKey) {
        throw new ModelUnavailable(
          `Model ${modelId} needs an API key in the environment variable ${model.apiKeyEnv}, which is not set.`,
          'openai',
          model.model,
          `Set ${model.apiKeyEnv} (in GitHub Actions, as a secret passed to the work job), or route this work to another tier.`,
        );
      }
      const { createOpenAiProvider } = await import('./openai-provider.js');
      return createOpenAiProvider({
        modelId,
        model: model.model,
        baseUrl: model.baseUrl,
        apiKey,
        apiKeyEnv: model.apiKeyEnv,
        profile: requestProfile(model),
      });
    }
  }
}
