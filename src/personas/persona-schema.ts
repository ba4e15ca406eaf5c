import { z } from 'zod';
import { Slug } from '../core/work.js';

/**
 * One thing a persona refuses, in words, with the kinds it covers and who takes it instead.
 * Structured so that the lane screen can score a task against it and AIOS can follow the
 * handoff without a model.
 */
export const PersonaDecline = z
  .object({
    say: z.string().min(3).describe('What is outside the lane, in words'),
    kinds: z.array(Slug).optional().describe('Kinds of work this decline covers'),
    handoff: Slug.optional().describe('Persona id that takes this work instead'),
  })
  .strict();
export type PersonaDecline = z.output<typeof PersonaDecline>;

/**
 * Front matter of a persona file. `name`, `description`, `tools` and `model` are shared with
 * Claude Code subagents and Copilot custom agents (so a persona can be exported and imported);
 * the rest are AIOS's. Unknown fields are errors: a misspelt `writes` must not silently allow
 * nothing, or everything.
 */
export const PersonaFrontMatter = z
  .object({
    name: Slug.describe('Persona id; must equal the file name'),
    description: z
      .string()
      .min(10)
      .max(1024)
      .describe('When to use this persona (Claude Code / Copilot field)'),
    model: z
      .string()
      .optional()
      .describe('Claude Code subagent field; AIOS routes by rules instead'),
    tools: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe('Claude Code tool names (Read, Write, Edit, Grep, Glob, Bash, WebFetch)'),
    role: z.string().min(3).describe('The one real role this persona plays'),
    kinds: z.array(Slug).min(1).describe('Kinds of work it accepts (ids from the config `kinds`)'),
    declines: z
      .array(PersonaDecline)
      .min(1)
      .describe('What is outside its lane, and who takes it instead'),
    tier: Slug.optional().describe('Preferred tier when no rule names one (handoffs, overrides)'),
    gates: z
      .array(Slug)
      .default([])
      .describe("Gates its work always passes, in addition to the rule's"),
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
    owner: z.string().min(1).describe('Who answers for this persona'),
    version: z.number().int().positive().describe('Bumped on each behavioural change'),
    evals: z.string().min(1).optional().describe('Its eval file, e.g. personas/evals/<name>.yml'),
    standards: z
      .array(Slug)
      .default([])
      .describe('Ids of the standards/<id>.md documents it cites'),
  })
  .strict();
export type PersonaFrontMatter = z.output<typeof PersonaFrontMatter>;

/** A loaded persona: its validated front matter and its instructions. */
export interface Persona extends PersonaFrontMatter {
  readonly instructions: string;
  readonly file: string;
  /**
   * sha256 of each cited standard's file, by id, when the standards were loaded with the
   * persona: recorded in every `attempt` entry so the documents behind the work are checkable.
   */
  readonly standardHashes?: Readonly<Record<string, string>> | undefined;
}
