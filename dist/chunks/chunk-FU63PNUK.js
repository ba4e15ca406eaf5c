import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PersonaAnswer
} from "./chunk-CQYHKRVS.js";

// src/models/parse-answer.ts
function parseAnswer(text) {
  const trimmed = text.trim();
  const fenced = /^```(?:json)?\s*\n([\s\S]*?)\n```$/.exec(trimmed);
  let json;
  try {
    json = JSON.parse(fenced?.[1] ?? trimmed);
  } catch (error) {
    return { ok: false, problem: `the answer is not valid JSON (${error.message})` };
  }
  const result = PersonaAnswer.safeParse(json);
  if (!result.success) {
    return {
      ok: false,
      problem: result.error.issues.slice(0, 8).map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`).join("; ")
    };
  }
  return { ok: true, answer: result.data };
}

export {
  parseAnswer
};
