import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeZodIssue } from '../../src/core/zod-issue-text.js';

const first = (schema: z.ZodType, value: unknown): string => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected a failure');
  return describeZodIssue(r.error.issues[0]!, value);
};

describe('describeZodIssue', () => {
  it('names each branch a union accepts: types, enums and literals alike', () => {
    const estimate = z.union([z.enum(['S', 'M', 'L']), z.number().int().positive()]);
    expect(first(estimate, 'lots')).toBe(
      'Invalid input: expected one of "S"|"M"|"L" or number, received string',
    );
    expect(first(z.union([z.literal('off'), z.number()]), true)).toBe(
      'Invalid input: expected "off" or number, received boolean',
    );
    expect(first(z.union([z.string(), z.number()]), null)).toBe(
      'Invalid input: expected string or number, received null',
    );
  });

  it('names unknown fields', () => {
    expect(first(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 })).toBe(
      'unknown fields "b", "c"',
    );
  });
});
