import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  ModelError
} from "./chunk-BXJ33WYV.js";

// src/models/model-provider.ts
var MODEL_SPEC_VERSION = "aios-model-v1";
var ModelUnavailable = class extends ModelError {
  constructor(message, provider, model, hint) {
    super(message, { errorClass: "unavailable" }, { retryable: false, hint });
    this.provider = provider;
    this.model = model;
  }
  provider;
  model;
};

export {
  MODEL_SPEC_VERSION,
  ModelUnavailable
};
