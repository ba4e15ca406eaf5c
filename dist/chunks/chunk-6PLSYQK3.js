import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  exactEncodingOf
} from "./chunk-KZQHJZOX.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/context/token-ratio.ts
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var Ratios = external_exports.record(
  external_exports.string(),
  external_exports.object({
    chars: external_exports.number().nonnegative(),
    tokens: external_exports.number().positive(),
    samples: external_exports.number().int().positive()
  })
);
var DECAY_AT_TOKENS = 2e6;
var PLAUSIBLE = { min: 1, max: 12 };
function ratioFileBeside(indexFile) {
  return join(dirname(indexFile), "token-ratios.json");
}
function ratioKey(model) {
  return `${model.provider}/${model.model}`;
}
async function readRatios(file) {
  const text = await readFile(file, "utf8").catch(() => void 0);
  if (text === void 0) return {};
  try {
    return Ratios.parse(JSON.parse(text));
  } catch {
    return {};
  }
}
async function learnedRatio(file, model) {
  const r = (await readRatios(file))[ratioKey(model)];
  return r ? { ratio: r.chars / r.tokens, samples: r.samples } : void 0;
}
async function learnRatio(file, model, promptChars, promptTokens) {
  if (promptTokens <= 0 || promptChars <= 0) return;
  const ratio = promptChars / promptTokens;
  if (ratio < PLAUSIBLE.min || ratio > PLAUSIBLE.max) return;
  const all = await readRatios(file);
  const key = ratioKey(model);
  const had = all[key] ?? { chars: 0, tokens: 0, samples: 0 };
  let next = {
    chars: had.chars + promptChars,
    tokens: had.tokens + promptTokens,
    samples: had.samples + 1
  };
  if (next.tokens > DECAY_AT_TOKENS)
    next = { chars: next.chars / 2, tokens: next.tokens / 2, samples: next.samples };
  all[key] = next;
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(all, null, 2)}
`);
  await rename(tmp, file);
}
function learnedCounter(model, learned) {
  const ratio = Math.round(learned.ratio * 100) / 100;
  return {
    name: `estimate (${ratio} characters a token, learned from ${learned.samples} reported prompt${learned.samples === 1 ? "" : "s"} of ${ratioKey(model)})`,
    exact: false,
    count: (text) => Math.ceil(text.length / ratio)
  };
}
async function learnFromCall(indexFile, model, call) {
  if (!indexFile || !call.promptChars || (call.usage.cachedInputTokens ?? 0) > 0) return;
  if (exactEncodingOf(model)) return;
  await learnRatio(
    ratioFileBeside(indexFile),
    model,
    call.promptChars,
    call.usage.inputTokens
  ).catch(() => void 0);
}

export {
  ratioFileBeside,
  ratioKey,
  learnedRatio,
  learnRatio,
  learnedCounter,
  learnFromCall
};
