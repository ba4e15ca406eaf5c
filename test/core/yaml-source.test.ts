import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InputError } from '../../src/core/errors.js';
import { parseYamlWith, splitFrontMatter } from '../../src/core/yaml-source.js';

const Schema = z
  .object({ name: z.string(), items: z.array(z.object({ n: z.number() }).strict()) })
  .strict();

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parseYamlWith', () => {
  it('names file, line and field for every schema problem', () => {
    const e = errorOf(() =>
      parseYamlWith(
        Schema,
        'name: x\nitems:\n  - n: 1\n  - n: two\n  - n: 3\n    extra: true\n',
        'cfg.yml',
      ),
    );
    expect(e.issues).toHaveLength(2);
    expect(e.issues[0]).toMatchObject({
      location: { file: 'cfg.yml', line: 4 },
      field: 'items[1].n',
    });
    expect(e.issues[1]).toMatchObject({
      location: { file: 'cfg.yml', line: 6 }, // the unknown key's own line
      field: 'items[2].extra',
      message: 'unknown field "extra" in items[2]',
    });
    expect(e.message).toContain('cfg.yml:4: items[1].n:');
    expect(e.exitCode).toBe(2);
  });

  it('names the field a misspelt one meant, wherever it is in the document', () => {
    const Nested = z
      .object({
        title: z.string(),
        labels: z.array(z.string()).optional(),
        rules: z
          .array(
            z
              .object({ id: z.string(), route: z.object({ persona: z.string() }).strict() })
              .strict(),
          )
          .optional(),
        tiers: z.record(z.string(), z.object({ models: z.array(z.string()) }).strict()).optional(),
      })
      .strict();
    const e = errorOf(() =>
      parseYamlWith(
        Nested,
        [
          'title: x',
          'lables: [a]',
          'rules:',
          '  - id: r',
          '    route: { persna: editor }',
          'tiers:',
          '  local: { model: [m] }',
          'priority: high',
        ].join('\n'),
        'cfg.yml',
      ),
    );
    // (The fields they stand for are then missing, and said so: only the unknown ones here.)
    expect(e.issues.map((i) => i.message).filter((m) => m.startsWith('unknown'))).toEqual([
      'unknown field "lables"; did you mean "labels"?',
      'unknown field "persna" in rules[0].route; did you mean "persona"?',
      'unknown field "model" in tiers.local; did you mean "models"?',
      // Nothing close: no guess.
      'unknown field "priority"',
    ]);
  });

  it('reports each unknown top-level key at its own line, after leading comments', () => {
    const e = errorOf(() =>
      parseYamlWith(
        Schema,
        '# one\n# two\n# three\nname: x\nbogus: 1\nitems: []\nother: 2\n',
        'c.yml',
      ),
    );
    expect(e.issues.map((i) => [i.location?.line, i.field])).toEqual([
      [5, 'bogus'],
      [7, 'other'],
    ]);
  });

  it('never says only "Invalid input": a union names each shape it accepts', () => {
    const Union = z.object({
      price: z.union([z.number().nonnegative(), z.string().regex(/^\d+$/)]),
    });
    const e = errorOf(() => parseYamlWith(Union, 'price: true\n', 'p.yml'));
    expect(e.issues[0]).toMatchObject({
      location: { file: 'p.yml', line: 1 },
      field: 'price',
      message: 'Invalid input: expected number or string, received boolean',
    });
  });

  it('reports YAML syntax errors with their line, offset by front matter', () => {
    const e = errorOf(() =>
      parseYamlWith(Schema, 'name: x\nitems: [1, 2\n', 'task.md', { lineOffset: 1 }),
    );
    expect(e.issues[0]?.location?.line).toBeGreaterThanOrEqual(2);
    expect(e.message).toContain('task.md:');
  });

  it('rejects duplicate keys', () => {
    expect(() => parseYamlWith(Schema, 'name: a\nname: b\nitems: []\n', 'd.yml')).toThrow(
      InputError,
    );
  });
});

describe('splitFrontMatter', () => {
  it('splits front matter and body', () => {
    const d = splitFrontMatter('---\ntitle: T\n---\nBody\n', 't.md');
    expect(d.frontMatter).toBe('title: T');
    expect(d.body).toBe('Body\n');
  });
  it('fails clearly without front matter', () => {
    expect(() => splitFrontMatter('# just markdown\n', 't.md')).toThrow(/no YAML front matter/);
  });
});
