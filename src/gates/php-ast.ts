import type { Finding } from '../core/gate-verdict.js';

/** A php-parser node, read structurally (the walkers below only need kind, position, children). */
export interface PhpNode {
  readonly kind: string;
  readonly loc?: { start: { line: number }; end: { line: number } } | null;
  readonly [key: string]: unknown;
}

/** A parsed PHP file, or its syntax error as a finding. */
export type ParsedPhp = { ast: PhpNode } | { error: Finding };

// One parse per file of an attempt, whichever gates read it (code-readability and
// wordpress-security both do for a plugin). Keyed by the file object the pipeline hands every
// gate of the attempt, so a new attempt (new objects) parses again and nothing outlives it.
const parses = new WeakMap<object, { content: string; parsed: Promise<ParsedPhp> }>();

/** {@link parsePhp} once per file object: the gates of one attempt share the tree. */
export function parsePhpFile(file: {
  readonly path: string;
  readonly content: string;
}): Promise<ParsedPhp> {
  const known = parses.get(file);
  if (known && known.content === file.content) return known.parsed;
  const parsed = parsePhp(file.path, file.content);
  parses.set(file, { content: file.content, parsed });
  return parsed;
}

/** Parse PHP (php-parser, loaded on first use) or return the syntax error as a finding. */
export async function parsePhp(path: string, code: string): Promise<ParsedPhp> {
  const { Engine } = await import('php-parser');
  const engine = new Engine({
    parser: { extractDoc: false, php8: true, suppressErrors: false },
    ast: { withPositions: true },
  });
  try {
    return { ast: engine.parseCode(code, path) as unknown as PhpNode };
  } catch (e) {
    const err = e as { message?: string; lineNumber?: number };
    return {
      error: {
        rule: 'php-syntax',
        severity: 'error',
        message: `PHP does not parse: ${err.message ?? String(e)}`,
        path,
        ...(err.lineNumber ? { line: err.lineNumber } : {}),
      },
    };
  }
}

const NOT_CHILDREN = new Set(['kind', 'loc', 'leadingComments', 'trailingComments']);

/**
 * Kinds php-parser never gives child nodes (literals, names): walks need not enter them. They
 * are most of a file's nodes. (`variable` is not one: `${expr}` holds an expression.)
 */
export const PHP_LEAF_KINDS: ReadonlySet<string> = new Set([
  'string',
  'number',
  'boolean',
  'nullkeyword',
  'magic',
  'nowdoc',
  'inline',
  'identifier',
  'name',
  'typereference',
  'noop',
  'selfreference',
  'parentreference',
  'staticreference',
]);

/**
 * Properties php-parser sets only on some nodes of a kind (after the constructor, or when
 * present); every other property of a kind is set by its constructor on every node.
 */
const SOMETIMES = ['attrGroups', 'properties'];
const KEYS = new Map<string, readonly string[]>();

/**
 * The properties of a node's kind that can hold child nodes, learnt from the first node of the
 * kind: one list per kind instead of an `Object.keys` array per node (own keys only:
 * php-parser's prototype methods are enumerable).
 */
export function phpChildKeys(kind: string, node: PhpNode): readonly string[] {
  let keys = KEYS.get(kind);
  if (!keys) {
    const own = Object.keys(node).filter((k) => !NOT_CHILDREN.has(k));
    keys = [...own, ...SOMETIMES.filter((k) => !own.includes(k))];
    KEYS.set(kind, keys);
  }
  return keys;
}

/** The node's child nodes, in source order. */
export function phpChildren(node: PhpNode): PhpNode[] {
  const out: PhpNode[] = [];
  for (const key of phpChildKeys(node.kind, node)) {
    const value = node[key];
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const v of value as unknown[]) if (isNode(v)) out.push(v);
    } else if (isNode(value)) out.push(value);
  }
  return out;
}

function isNode(v: unknown): v is PhpNode {
  return typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string';
}

/** Depth-first visit; return false from the visitor to skip a node's children. */
export function walkPhp(
  node: PhpNode,
  visit: (node: PhpNode, parents: readonly PhpNode[]) => boolean | void,
  parents: PhpNode[] = [],
): void {
  if (visit(node, parents) === false) return;
  parents.push(node);
  for (const c of phpChildren(node)) walkPhp(c, visit, parents);
  parents.pop();
}

/** The called function's name for `foo()` / `\foo()`, else undefined. */
export function callName(node: PhpNode): string | undefined {
  if (node.kind !== 'call') return undefined;
  const what = node.what as PhpNode;
  return what.kind === 'name' ? String(what.name).replace(/^\\/, '').toLowerCase() : undefined;
}

/** `$obj->method(...)`: ['obj', 'method'], else undefined. */
export function methodCall(node: PhpNode): [string, string] | undefined {
  if (node.kind !== 'call') return undefined;
  const what = node.what as PhpNode;
  if (what.kind !== 'propertylookup' && what.kind !== 'nullsafepropertylookup') return undefined;
  const obj = what.what as PhpNode;
  const prop = what.offset as PhpNode;
  if (obj.kind !== 'variable' || prop.kind !== 'identifier') return undefined;
  return [String(obj.name), String(prop.name).toLowerCase()];
}

export function lineOf(node: PhpNode): number | undefined {
  return node.loc?.start.line;
}

/** Functions, methods and closures: the units readability and security rules judge. */
export const PHP_FUNCTION_KINDS = new Set(['function', 'method', 'closure', 'arrowfunc']);

/** The name a function is registered by (`acme_save`, `Class::method` as `method`). */
export function functionName(node: PhpNode): string | undefined {
  const name = node.name as PhpNode | string | undefined;
  if (!name) return undefined;
  return (typeof name === 'string' ? name : String(name.name)).toLowerCase();
}
