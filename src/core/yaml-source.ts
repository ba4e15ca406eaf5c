import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { didYouMean } from './did-you-mean.js';
import { InputError, type InputIssue } from './errors.js';
import { fieldsAt } from './schema-keys.js';
import { quickYamlValue } from './yaml-fast.js';
import { describeZodIssue } from './zod-issue-text.js';

/**
 * Parse YAML written by a person and validate it with a zod schema. Every problem, a YAML
 * syntax error or a schema violation, is reported with file, line and field, all at once,
 * so a person fixes the file in one pass.
 *
 * Two passes, the second only for a file with a problem: a quick parse that keeps no positions
 * (`quickYamlValue`), and, when it cannot answer or the schema refuses its value, the full
 * parse with `yaml` that keeps every node's position, so each problem names its line.
 */
export function parseYamlWith<S extends z.ZodType>(
  schema: S,
  text: string,
  file: string,
  options: { lineOffset?: number; what?: string } = {},
): z.output<S> {
  const quick = quickYamlValue(text);
  if (quick) {
    const result = schema.safeParse(quick.value ?? {});
    if (result.success) return result.data;
  }
  const lineOffset = options.lineOffset ?? 0;
  const what = options.what ?? 'file';
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + lineOffset;
  const lineOfPath = (path: readonly (string | number)[]): number =>
    lineOfYamlPath(doc, lineAt, path, lineOffset);

  if (doc.errors.length > 0) {
    throw new InputError(
      `The ${what} ${file} is not valid YAML.`,
      doc.errors.map((e) => ({
        location: { file, line: lineAt(e.pos[0]) },
        message: e.message.split('\n')[0] ?? e.message,
      })),
      { hint: 'Fix the YAML syntax at the lines shown.' },
    );
  }

  const data: unknown = doc.toJS() ?? {};
  const result = schema.safeParse(data);
  if (result.success) return result.data;

  const valueAt = (path: readonly (string | number)[]): unknown =>
    path.reduce<unknown>(
      (v, k) =>
        v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined,
      data,
    );
  const issues: InputIssue[] = result.error.issues.flatMap((issue): InputIssue[] => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    // An unknown field is reported at its own line, each one, not at the start of its object.
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        location: { file, line: lineOfPath([...path, key]) },
        field: formatPath([...path, key]),
        message: `unknown field "${key}"${path.length ? ` in ${formatPath(path)}` : ''}${didYouMean(key, fieldsAt(schema, path))}`,
      }));
    return [
      {
        location: { file, line: lineOfPath(path) },
        field: formatPath(path) || undefined,
        message: describeZodIssue(issue, valueAt(path)),
      },
    ];
  });
  issues.sort((x, y) => (x.location?.line ?? 0) - (y.location?.line ?? 0));
  throw new InputError(`The ${what} ${file} has ${issues.length} problem(s).`, issues, {
    hint: `Correct the fields named above; \`aios schema\` prints the full schema.`,
  });
}

/** `['rules', 2, 'route', 'tier']` → `rules[2].route.tier`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p),
    '',
  );
}

/** A markdown file split into YAML front matter and body. */
export interface FrontMatterDocument {
  readonly frontMatter: string;
  readonly body: string;
  /** Lines before the front matter's first line (the opening `---`), for line numbers. */
  readonly frontMatterLineOffset: number;
}

/** Split `---\nyaml\n---\nbody`. A file without front matter is an input error naming the file. */
export function splitFrontMatter(text: string, file: string): FrontMatterDocument {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(normalized);
  if (!match) {
    throw new InputError(
      `${file} has no YAML front matter.`,
      [{ location: { file, line: 1 }, message: 'expected the file to start with a line `---`' }],
      { hint: 'Start the file with `---`, the YAML fields, then `---` and the body.' },
    );
  }
  return {
    frontMatter: match[1] ?? '',
    body: normalized.slice(match[0].length),
    frontMatterLineOffset: 1,
  };
}

/**
 * A function giving the line of a YAML path in `text` (a missing field: its parent's line).
 * Parses once, so a check that reports many problems in one file pays for one parse.
 */
export function yamlLineLocator(
  text: string,
  lineOffset = 0,
): (path: readonly (string | number)[]) => number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + lineOffset;
  return (path) => lineOfYamlPath(doc, lineAt, path, lineOffset);
}

function lineOfYamlPath(
  doc: Document,
  lineAt: (offset: number) => number,
  path: readonly (string | number)[],
  lineOffset: number,
): number {
  // Walk up the path until a node exists: a missing field is reported at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineAt(node.range[0]);
    if (depth > 0) {
      const parent: unknown =
        depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
      const key = path[depth - 1];
      // A key whose value is null has no value node, but its key node has a position.
      if (parent && typeof parent === 'object' && 'items' in parent && typeof key === 'string') {
        const items = (parent as { items: { key?: unknown }[] }).items;
        const pair = items.find(
          (p) => isNode(p.key) && (p.key as { value?: unknown }).value === key,
        );
        if (pair && isNode(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
      }
    }
  }
  return 1 + lineOffset;
}
