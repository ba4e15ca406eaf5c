import type { z } from 'zod';

/** What a value is, in the words zod uses (`received string`). */
export function kindOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * One zod issue as a sentence that says what was expected. zod says only "Invalid input" for a
 * value no branch of a union accepts; a person fixing a config needs each accepted shape, so
 * the branches are gathered (`expected number or string, received boolean`).
 */
export function describeZodIssue(issue: z.core.$ZodIssue, value?: unknown): string {
  if (issue.code === 'invalid_union') {
    const disc = (issue as { discriminator?: unknown }).discriminator;
    if (issue.errors.length === 0 || typeof disc === 'string') {
      // A discriminated union with no matching tag: name the tags it knows.
      if (issue.message && issue.message !== 'Invalid input') return issue.message;
      return `Invalid input${typeof disc === 'string' ? `: ${disc} is not one of the accepted values` : ''}`;
    }
    const expected: string[] = [];
    for (const branch of issue.errors) {
      const [first] = branch;
      if (!first) continue;
      const text =
        first.code === 'invalid_type'
          ? first.expected
          : first.code === 'invalid_value' && first.path.length === 0
            ? first.values.length === 1
              ? JSON.stringify(first.values[0])
              : `one of ${first.values.map((v) => JSON.stringify(v)).join('|')}`
            : first.path.length
              ? `${first.path.map(String).join('.')}: ${describeZodIssue(first)}`
              : describeZodIssue(first);
      if (!expected.includes(text)) expected.push(text);
    }
    const received = value === undefined ? '' : `, received ${kindOfValue(value)}`;
    return `Invalid input: expected ${expected.join(' or ')}${received}`;
  }
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.message === 'Invalid input' && issue.code === 'invalid_type')
    return `Invalid input: expected ${issue.expected}${value === undefined ? '' : `, received ${kindOfValue(value)}`}`;
  return issue.message;
}
