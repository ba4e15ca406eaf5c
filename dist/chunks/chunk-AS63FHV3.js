import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  createScriptedProvider
} from "./chunk-BCUH6QNP.js";
import {
  ModelUnavailable
} from "./chunk-MLFXKAZX.js";
import {
  requestProfile
} from "./chunk-73EJ4CLT.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";

// src/models/create-provider.ts
async function createProvider(modelId, model, ctx) {
  switch (model.provider) {
    case "scripted": {
      if (!ctx.script) {
        throw new InputError(`Model ${modelId} is scripted, but no script was given.`, [], {
          hint: "Pass --scripted FILE."
        });
      }
      return createScriptedProvider({ modelId, script: ctx.script });
    }
    case "ollama": {
      const { createOllamaProvider } = await import("./ollama-provider-2V24L6AT.js");
      return createOllamaProvider({
        modelId,
        model: model.model,
        host: model.host ?? ctx.env.OLLAMA_HOST,
        keepAlive: model.keepAlive,
        profile: requestProfile(model)
      });
    }
    case "openai": {
      const apiKey = ctx.env[model.apiKeyEnv];
      if (!apiKey) {
        throw new ModelUnavailable(
          `Model ${modelId} needs an API key in the environment variable ${model.apiKeyEnv}, which is not set.`,
          "openai",
          model.model,
          `Set ${model.apiKeyEnv} (in GitHub Actions, as a secret passed to the work job), or route this work to another tier.`
        );
      }
      const { createOpenAiProvider } = await import("./openai-provider-EVDMYXWV.js");
      return createOpenAiProvider({
        modelId,
        model: model.model,
        baseUrl: model.baseUrl,
        apiKey,
        apiKeyEnv: model.apiKeyEnv,
        profile: requestProfile(model)
      });
    }
  }
}

export {
  createProvider
};
