import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { defaultConfigPath, parseConfig } from '../../src/config/load-config.js';
import { InputError } from '../../src/core/errors.js';
import { packageRoot } from '../../src/core/package-root.js';
import { quickYamlValue } from '../../src/core/yaml-fast.js';
import { parseYamlWith, splitFrontMatter } from '../../src/core/yaml-source.js';
import { parsePersona } from '../../src/personas/load-personas.js';

/** What the full parser (`yaml`, as parseYamlWith runs it) makes of a text, or 'error'. */
function fullValue(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) return 'error';
  try {
    return doc.toJS() ?? {};
  } catch {
    return 'error';
  }
}

/** The quick parser may decline anything; what it answers must be what `yaml` answers. */
function agrees(text: string): boolean {
  const quick = quickYamlValue(text);
  if (!quick) return true;
  const full = fullValue(text);
  return full !== 'error' && isDeepStrictEqual(quick.value ?? {}, full);
}

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

/** Every YAML document AIOS ships: the default config and each persona's and standard's front matter. */
function shippedDocuments(): { file: string; text: string }[] {
  const out = [{ file: defaultConfigPath(), text: readFileSync(defaultConfigPath(), 'utf8') }];
  for (const dir of ['personas', 'standards'])
    for (const name of readdirSync(join(packageRoot(), dir)))
      if (name.endsWith('.md') && name !== 'README.md') {
        const file = join(packageRoot(), dir, name);
        out.push({ file, text: splitFrontMatter(readFileSync(file, 'utf8'), file).frontMatter });
      }
  return out;
}

const SCALARS = [
  '1',
  '-1',
  '+1',
  '0',
  '00',
  '007',
  '08',
  '0o17',
  '0O17',
  '0x1F',
  '0X1f',
  '0b101',
  '1_000',
  '1.5',
  '1.',
  '.5',
  '-.5',
  '+.5',
  '1e3',
  '1E3',
  '1e+3',
  '1.5e-3',
  '1e400',
  '-1e400',
  '.inf',
  '-.inf',
  '+.inf',
  '.Inf',
  '.INF',
  '.nan',
  '.NaN',
  '.NAN',
  'nan',
  'inf',
  'true',
  'True',
  'TRUE',
  'tRue',
  'false',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'null',
  'Null',
  'NULL',
  '~',
  '',
  '2026-11-01',
  '2026-11-01T00:00:00Z',
  '12:30',
  '1:20:30',
  '0.1.2',
  '9007199254740993',
  '1'.repeat(400),
  '-0',
  '-0.0',
  '0x',
  '0o',
  '+',
  '-',
  '.',
  '1,000',
  '$1',
  '"q"',
  "'q'",
  '!!str 1',
  '!!int "3"',
  '!!float 1',
  '!!float 1.5',
  '!!bool true',
  '!!bool yes',
  '!!null ""',
  '!!binary aGk=',
  '!!timestamp 2026-01-01',
  '!foo x',
  '&a 1',
  '|\n  a\n  b',
  '>\n  a\n  b',
  '"a\\tb"',
  '"\\u00e9"',
  "'it''s'",
  'a #c',
  'a#c',
  '[1, 2]',
  '{a: 1}',
  '[]',
  '{}',
  '- a',
  'a: b: c',
  '[a: 1]',
  '{a, b}',
  '[a,]',
  '0x_1',
  '1e',
  '.e1',
  '1.e1',
  '-.0',
  '+0',
  '0012',
];

describe('the quick YAML parse', () => {
  it('answers for every shipped config, persona and standard, with the value yaml gives', () => {
    const docs = shippedDocuments();
    expect(docs.length).toBeGreaterThan(50);
    for (const { file, text } of docs) {
      const quick = quickYamlValue(text);
      expect(quick, file).toBeDefined();
      expect(quick?.value, file).toEqual(fullValue(text));
    }
  });

  it('gives the value yaml gives for every scalar form, as a value, an item, a key and in flow', () => {
    let answered = 0;
    for (const s of SCALARS)
      for (const text of [`k: ${s}`, `- ${s}`, `${s}: v`, `a:\n  - ${s}`, `{k: ${s}}`]) {
        if (quickYamlValue(text)) answered++;
        expect(agrees(text), JSON.stringify(text)).toBe(true);
      }
    expect(answered).toBeGreaterThan(SCALARS.length * 2);
    // Numbers as yaml reads them, not as js-yaml's own core schema would.
    expect(quickYamlValue('a: 1e400')?.value).toEqual({ a: Number.POSITIVE_INFINITY });
    expect(quickYamlValue('a: 0o17\nb: 0x1f\nc: 1_000')?.value).toEqual({
      a: 15,
      b: 31,
      c: '1_000',
    });
  });

  it('declines what it cannot read exactly as yaml does, so the full parse decides', () => {
    for (const text of [
      'a: &x [1]\nb: *x', // aliases: yaml bounds their expansion
      '~: 1', // a null key: "" to yaml, "null" to js-yaml
      'null: 1',
      '1: a',
      'true: a',
      '? [a]\n: 1',
      '__proto__: 1',
      `${'k'.repeat(1100)}: 1`, // yaml: an implicit key is at most 1024 characters
      'a: 1\na: 2', // duplicate keys
      'a: 1\n"a": 2',
      '%YAML 1.1\n---\na: yes', // a directive changes how scalars read
      'a: b\rc: d', // a bare CR: a line break to one parser, an error to the other
      'a: "x\\\n\n  y"', // an escaped line break before an empty line: folded differently
      'a: !!float 1', // yaml keeps it a string
      'a: !!set {b}',
      'a: [1, 2',
      '',
      '# only a comment',
      '---\na: 1\n---\nb: 2',
    ])
      expect(quickYamlValue(text), JSON.stringify(text)).toBeUndefined();
  });

  it('agrees with yaml on a thousand damaged copies of shipped YAML (seeded)', () => {
    // Persona and standard front matter, and 30-line windows of the default config (small
    // documents keep the full parser's share of this test short).
    const docs = shippedDocuments().flatMap((d) => {
      const lines = d.text.split('\n');
      if (lines.length < 60) return [d.text];
      const windows: string[] = [];
      for (let i = 0; i + 30 <= lines.length; i += 30) {
        const window = lines.slice(i, i + 30);
        const indent = Math.min(
          ...window.filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0),
        );
        windows.push(window.map((l) => l.slice(indent)).join('\n'));
      }
      return windows;
    });
    const pieces = [
      ' ',
      '  ',
      '\t',
      ':',
      '-',
      '#',
      '[',
      ']',
      '{',
      '}',
      ',',
      '"',
      "'",
      '|',
      '>',
      '&a ',
      '*a',
      '!',
      '?',
      '\n',
      '%',
      '\\',
      '0x1',
      '1_0',
      '.inf',
      '~',
      'null',
      '\r',
    ];
    let seed = 15;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let answered = 0;
    for (let i = 0; i < 1000; i++) {
      let text = docs[rnd(docs.length)] ?? '';
      for (let m = 1 + rnd(2); m > 0; m--) {
        const at = rnd(text.length + 1);
        const op = rnd(3);
        if (op === 0)
          text = text.slice(0, at) + (pieces[rnd(pieces.length)] ?? '') + text.slice(at);
        else if (op === 1) text = text.slice(0, at) + text.slice(at + 1 + rnd(3));
        else {
          const lines = text.split('\n');
          lines.splice(rnd(lines.length), 0, lines[rnd(lines.length)] ?? '');
          text = lines.join('\n');
        }
      }
      if (quickYamlValue(text)) answered++;
      expect(agrees(text), JSON.stringify(text)).toBe(true);
    }
    expect(answered).toBeGreaterThan(300); // the quick path is taken, not always declined
  });
});

describe('errors still name file:line after the quick parse', () => {
  const Schema = z
    .object({ name: z.string(), kinds: z.record(z.string().regex(/^[a-z]+$/), z.number()) })
    .strict();

  it('a value the schema refuses, read quickly, is reported at its line by the full parse', () => {
    const text = '# head\nname: x\nkinds:\n  alpha: 1\n  beta: two\n';
    expect(quickYamlValue(text)).toBeDefined();
    const e = errorOf(() => parseYamlWith(Schema, text, 'q.yml'));
    expect(e.issues).toEqual([
      expect.objectContaining({ location: { file: 'q.yml', line: 5 }, field: 'kinds.beta' }),
    ]);
    expect(e.message).toContain('q.yml:5: kinds.beta:');
  });

  it('a key only the full parser reads (null) is refused as before, at its map', () => {
    const e = errorOf(() => parseYamlWith(Schema, 'name: x\nkinds:\n  a: 1\n  ~: 2\n', 'n.yml'));
    // yaml names the null key "", which the key pattern refuses; a key with no name is placed
    // at its map's line.
    expect(e.issues[0]).toMatchObject({ location: { file: 'n.yml', line: 3 }, field: 'kinds.' });
  });

  it('aliases still load, through the full parse', () => {
    expect(parseYamlWith(Schema, 'name: &n x\nkinds: { a: 1 }\n', 'a.yml')).toEqual({
      name: 'x',
      kinds: { a: 1 },
    });
    expect(
      parseYamlWith(
        z.object({ a: z.array(z.number()), b: z.array(z.number()) }),
        'a: &x [1]\nb: *x\n',
        'a.yml',
      ),
    ).toEqual({ a: [1], b: [1] });
  });

  it('a YAML syntax error and a duplicate key name their line', () => {
    const syntax = errorOf(() => parseYamlWith(Schema, 'name: x\nkinds: {a: 1\n', 's.yml'));
    expect(syntax.issues[0]?.location?.file).toBe('s.yml');
    expect(syntax.issues[0]?.location?.line).toBeGreaterThanOrEqual(2);
    const dup = errorOf(() => parseYamlWith(Schema, 'name: x\nkinds: {}\nname: y\n', 'd.yml'));
    expect(dup.issues[0]?.location).toEqual({ file: 'd.yml', line: 3 });
  });

  it('the shipped config with one bad field deep in a rule fails at that line', () => {
    const lines = readFileSync(defaultConfigPath(), 'utf8').split('\n');
    const at = lines.findIndex(
      (l) =>
        /^\s+tier: /.test(l) &&
        lines.slice(0, lines.indexOf(l)).some((x) => x.startsWith('rules:')),
    );
    expect(at).toBeGreaterThan(0);
    lines[at] = (lines[at] ?? '').replace(/tier: [a-z-]+/, 'tier: 42');
    const e = errorOf(() => parseConfig(lines.join('\n'), 'aios.yml'));
    expect(e.issues.map((i) => i.location)).toContainEqual({ file: 'aios.yml', line: at + 1 });
    expect(e.message).toContain(`aios.yml:${at + 1}: rules[`);
  });

  it('a persona with a bad field fails at its line in the file, front matter offset counted', () => {
    const file = join(packageRoot(), 'personas', 'editor.md');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('kinds:'));
    expect(at).toBeGreaterThan(0);
    lines.splice(at, 0, 'colour: blue');
    const e = errorOf(() => parsePersona(lines.join('\n'), file));
    expect(e.issues).toEqual([
      expect.objectContaining({ location: { file, line: at + 1 }, field: 'colour' }),
    ]);
  });
});
