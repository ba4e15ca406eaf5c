import type { AiosConfig, ModelConfig } from '../config/config-schema.js';
import type { ModelProvider } from '../models/model-provider.js';

/**
 * The intake job's provider for the classifier's model (`classify.model`), or undefined when
 * the config has no classifier. Intake holds a read-only token; with `models: read` (the
 * workflow's intake job) that token reaches GitHub Models, so a classifier whose `apiKeyEnv`
 * is GITHUB_TOKEN is given it. Another key must be in the job's environment; an Ollama model
 * needs the runner's Ollama (`ollama-host`). A model that cannot be built is `skipped` and the
 * plan asks, as when the classifier is unsure.
 */
export function classifyProvider(
  config: Pick<AiosConfig, 'classify'>,
  env: NodeJS.ProcessEnv,
  inputs: { readonly githubToken: string; readonly ollamaHost?: string | undefined },
): ((modelId: string, model: ModelConfig) => Promise<ModelProvider>) | undefined {
  if (!config.classify) return undefined;
  const providers = new Map<string, Promise<ModelProvider>>();
  return (modelId, model) => {
    let p = providers.get(modelId);
    if (!p) {
      const keyEnv = model.provider === 'openai' ? model.apiKeyEnv : undefined;
      const withKey =
        keyEnv === 'GITHUB_TOKEN' && !env.GITHUB_TOKEN && inputs.githubToken
          ? { ...env, GITHUB_TOKEN: inputs.githubToken }
          : env;
      const providerEnv = inputs.ollamaHost
        ? { ...withKey, OLLAMA_HOST: inputs.ollamaHost }
        : withKey;
      p = import('../models/create-provider.js').then(({ createProvider }) =>
        createProvider(modelId, model, { env: providerEnv }),
      );
      providers.set(modelId, p);
    }
    return p;
  };
}
