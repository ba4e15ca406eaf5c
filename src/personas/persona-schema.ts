import { z } from 'zod';
import { Slug } from '../core/work.js';

/**
 * Front matter of a persona file. The first four fields are the Claude Code subagent format
 * (so a persona can be imported from or exported to it); the rest are AIOS's. Unknown fields
 * are errors: a misspelt `writes` must not silently allow nothing, or everything.
 */
export const PersonaFrontMatter = z
  .object({
    name: Slug.describe('Persona id; must equal the file name'),
    description: z
      .string()
      .min(10)
      .describe('When to use this persona (Claude Code subagent field)'),
    model: z
      .string()
      .optional()
      .describe('Claude Code subagent field; AIOS routes by rules instead'),
    tools: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe('Claude Code subagent field'),
    role: z.string().min(3).describe('The one real role this persona plays'),
    kinds: z.array(Slug).min(1).describe('Kinds of work it accepts'),
    declines: z.array(z.string().min(3)).min(1).describe('What is outside its lane, in words'),
    tier: Slug.optional().describe('Preferred tier when a rule does not say'),
    gates: z.array(Slug).default([]).describe('Gates its work always passes'),
    writes: z.array(z.string().min(1)).describe('Globs of paths it may create or change'),
    estimate: z
      .object({
        S: z.number().int().positive().optional(),
        M: z.number().int().positive().optional(),
        L: z.number().int().positive().optional(),
      })
      .strict()
      .optional()
      .describe('By-hand minutes by size, when this role differs from the kind default'),
  })
  .strict();
export type PersonaFrontMatter = z.output<typeof PersonaFrontMatter>;

/** A loaded persona: its validated front matter and its instructions. */
export interface Persona extends PersonaFrontMatter {
  readonly instructions: string;
  readonly file: string;
}
