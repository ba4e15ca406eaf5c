import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/context/token-counter.ts
var estimateCounter = {
  name: "estimate (4 characters a token)",
  exact: false,
  count: (text) => Math.ceil(text.length / 4)
};
function openAiEncodingOf(model) {
  const name = model.toLowerCase().replace(/^openai\//, "");
  if (/^(gpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|o1|o3|o4|chatgpt-4o|gpt-oss)/.test(name))
    return "o200k_base";
  if (/^(gpt-4|gpt-3\.5|text-embedding-3|text-embedding-ada)/.test(name)) return "cl100k_base";
  return void 0;
}
function exactEncodingOf(model) {
  return model.provider === "openai" ? openAiEncodingOf(model.model) : void 0;
}
async function tokenCounterFor(model, ratioFile) {
  const encoding = exactEncodingOf(model);
  if (encoding === "o200k_base") {
    const { countTokens } = await import("./o200k_base-ISJFR7FS.js");
    return { name: "o200k_base", exact: true, count: (t) => countTokens(t) };
  }
  if (encoding === "cl100k_base") {
    const { countTokens } = await import("./cl100k_base-DFRIGEKW.js");
    return { name: "cl100k_base", exact: true, count: (t) => countTokens(t) };
  }
  if (ratioFile) {
    const { learnedRatio, learnedCounter } = await import("./token-ratio-6SI4MBBK.js");
    const learned = await learnedRatio(ratioFile, model);
    if (learned) return learnedCounter(model, learned);
  }
  return estimateCounter;
}

export {
  estimateCounter,
  exactEncodingOf,
  tokenCounterFor
};
