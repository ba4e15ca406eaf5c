import { z } from 'zod';

/**
 * The only shape a persona may answer in. It is sent to the model as a JSON Schema
 * (Ollama `format`, OpenAI `response_format`) and validated again here: model output is untrusted.
 * Every field is required (nullable where it may be empty) so that the same schema works in
 * OpenAI's strict mode.
 */
export const PersonaAnswer = z
  .object({
    decision: z
      .enum(['done', 'decline', 'ask'])
      .describe('done: the work is finished; decline: outside your lane; ask: you need a human'),
    confidence: z.number().min(0).max(1).describe('How sure you are the work is right, 0 to 1'),
    summary: z.string().min(1).max(4000).describe('What was done, one paragraph'),
    files: z
      .array(
        z
          .object({
            path: z.string().min(1).max(300).describe('Repository-relative path'),
            content: z.string().max(200_000).describe('The whole new content of the file'),
          })
          .strict(),
      )
      .max(50)
      .describe('Files created or replaced; empty unless decision is done'),
    questions: z
      .array(z.string().min(1).max(1000))
      .max(10)
      .describe('Questions for a human when decision is ask'),
    declineReason: z
      .string()
      .max(2000)
      .nullable()
      .describe('Why the work is outside your lane, when decision is decline'),
    suggestedPersona: z
      .string()
      .max(100)
      .nullable()
      .default(null)
      .describe('When declining: the persona id that should take the work, if you know it'),
  })
  .strict();
export type PersonaAnswer = z.infer<typeof PersonaAnswer>;

/** JSON Schema of the answer, for structured-output requests. */
export function personaAnswerJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PersonaAnswer, { target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  delete schema.$schema;
  return schema;
}
