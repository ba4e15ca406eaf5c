import { PersonaAnswer } from '../core/persona-answer.js';

export type ParsedAnswer = { ok: true; answer: PersonaAnswer } | { ok: false; problem: string };

/**
 * Parse a model's text as a persona answer. Tolerates a fenced ```json block (some models add
 * one despite structured output) but nothing else: the answer must be the whole object.
 */
export function parseAnswer(text: string): ParsedAnswer {
  const trimmed = text.trim();
  const fenced = /^```(?:json)?\s*\n([\s\S]*?)\n```$/.exec(trimmed);
  let json: unknown;
  try {
    json = JSON.parse(fenced?.[1] ?? trimmed);
  } catch (error) {
    return { ok: false, problem: `the answer is not valid JSON (${(error as Error).message})` };
  }
  const result = PersonaAnswer.safeParse(json);
  if (!result.success) {
    return {
      ok: false,
      problem: result.error.issues
        .slice(0, 8)
        .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
        .join('; '),
    };
  }
  return { ok: true, answer: result.data };
}
