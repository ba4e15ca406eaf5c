/**
 * A fast, allocation-free check of parsed JSON against a zod schema, compiled once from the
 * schema's own definition, for the ledger's hot paths (verify, report, export read every entry
 * of a ledger of a million). It answers one narrow question: would zod accept this value AND
 * return it unchanged? Only then may a reader use the parsed JSON as the entry without running
 * zod. Anything else — invalid, a key the schema does not know (zod would strip it), a
 * `__proto__` key (zod would set a prototype) — answers `false`, and the caller runs zod as
 * before, so zod's result and error message stay the only ones anybody sees.
 *
 * The compiler knows a small, exact subset of zod v4 (object, union and discriminated union,
 * array with a minimum length, tuple, record, optional, nullable, string with regex/format
 * patterns, number with integer and bound checks, boolean, literal, string enum, never). A
 * schema using anything else (defaults, transforms, refinements, coercion, exclusive unions,
 * loose objects, other checks) does not
 * compile: `compileFastCheck` returns undefined and every value goes through zod. The
 * equivalence is tested against zod itself (test/core/schema-fast-check.test.ts).
 */
import { z } from 'zod';

/** `exact`: zod accepts it and returns a value equal to it, keys in the same order;
 * `reordered`: the same, but zod would order some object's keys differently (by its shape). */
export type FastVerdict = 'exact' | 'reordered' | false;

/** The zod v4 internals the compiler reads (`schema._zod.def`). */
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  check?: string;
  /** A format schema's own check (`z.int()`: number_format, safeint). */
  format?: string;
  when?: unknown;
  value?: unknown;
  pattern?: RegExp;
  coerce?: boolean;
  shape?: Record<string, Node>;
  catchall?: Node;
  element?: Node;
  innerType?: Node;
  options?: Node[];
  discriminator?: string;
  inclusive?: boolean;
  unionFallback?: boolean;
  items?: Node[];
  rest?: Node | null;
  keyType?: Node;
  valueType?: Node;
  values?: unknown[];
  entries?: Record<string, unknown>;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  value?: unknown;
  inclusive?: boolean;
  minimum?: number;
  when?: unknown;
}
interface Node {
  _zod: { def: Def; optin?: string; traits?: Set<string> };
}

class Unsupported extends Error {}

/** Node types whose check is a function of its own (`expr` makes one per node). */
const FUNCTION_TYPES = new Set(['array', 'tuple', 'record', 'object', 'union']);

/** zod's default `when` of a length check (applies to anything with a length): taken from a
 * schema, since zod does not export it; any other `when` is not understood. */
const HAS_LENGTH = (z.array(z.never()).min(1) as unknown as Node)._zod.def.checks?.[0]?._zod.def
  .when;

/**
 * Generates the check as JavaScript source, one function per object, array, record and union,
 * leaves inlined as expressions: property reads by constant name keep V8's inline caches on
 * the entries' few shapes, where a generic walker reading keys by variable goes megamorphic.
 * Constants (patterns, value sets) are passed in, never written into the source.
 */
class Generator {
  readonly consts: unknown[] = [];
  readonly functions: string[] = [];
  private vars = 0;

  const(value: unknown): string {
    this.consts.push(value);
    return `K[${this.consts.length - 1}]`;
  }

  /**
   * Is the value in `x` one of `values` (as a Set would say: SameValueZero)? A few values are
   * compared one by one (`===` agrees with SameValueZero but for NaN): cheaper than hashing the
   * string for a Set lookup, which a discriminator does once per option tried.
   */
  private oneOf(values: readonly unknown[], x: string): string {
    if (values.length === 0) return 'false';
    if (values.length > 8 || values.some((v) => Number.isNaN(v)))
      return `${this.const(new Set(values))}.has(${x})`;
    return `(${values.map((v) => `${x} === ${this.const(v)}`).join(' || ')})`;
  }

  private fn(body: string): string {
    const name = `f${this.functions.length}`;
    this.functions.push(`function ${name}(v, s) {\n${body}\n}`);
    return name;
  }

  private patterns(def: Def, d: readonly CheckDef[], x: string): string[] {
    const out: string[] = [];
    const add = (c: CheckDef | Def): void => {
      if (!(c.pattern instanceof RegExp)) throw new Unsupported('string format without a pattern');
      const re = this.const(c.pattern);
      // Only a global or sticky pattern keeps where it stopped; the rest need no reset.
      out.push(
        c.pattern.global || c.pattern.sticky
          ? `(${re}.lastIndex = 0, ${re}.test(${x}))`
          : `${re}.test(${x})`,
      );
    };
    // A format schema (z.iso.datetime(), z.email()…) is its own check.
    if (def.check !== undefined) {
      if (def.check !== 'string_format') throw new Unsupported(`string check ${def.check}`);
      add(def);
    }
    for (const c of d) {
      if (c.when !== undefined || c.check !== 'string_format')
        throw new Unsupported(`string check ${c.check}`);
      add(c);
    }
    return out;
  }

  /** The function made for each object, array, record, tuple and union node, strict and loose. */
  private readonly made = [new Map<Node, string>(), new Map<Node, string>()] as const;

  /**
   * A boolean expression: does the value in variable `x` pass? (See `build`.) A node whose check
   * is a function gets one function however often the schema uses it: the entry schema's event
   * variants share their actor, work, rule and cost schemas, and V8 compiles each function it
   * runs often in every process (one per variant was ~145 functions, 180 KB of source).
   */
  expr(node: Node, x: string, loose: boolean): string {
    if (!FUNCTION_TYPES.has(node._zod.def.type)) return this.build(node, x, loose);
    const made = this.made[loose ? 1 : 0];
    let name = made.get(node);
    if (name === undefined) {
      const call = /^(f\d+)\(v, s\)$/.exec(this.build(node, 'v', loose));
      if (!call?.[1]) throw new Error('a function node did not compile to a call'); // a bug here
      name = call[1];
      made.set(node, name);
    }
    return `${name}(${x}, s)`;
  }

  /**
   * A boolean expression: does the value in variable `x` pass? `loose`: does zod accept it
   * (keys outside a shape allowed: zod strips them)? Strict (the default): does zod accept it
   * and return it unchanged? A plain union needs both: zod returns the first option that
   * accepts, which must also be the one that returns the value.
   */
  private build(node: Node, x: string, loose: boolean): string {
    const def = node._zod.def;
    if (def.coerce) throw new Unsupported('coercion');
    const checks = (def.checks ?? []).map((c) => c._zod.def);
    if (def.type !== 'string' && def.type !== 'number' && def.type !== 'array' && checks.length)
      throw new Unsupported(`checks on ${def.type}`);
    // A format schema (`z.int()`, `z.uint32()`) carries its check on the def itself.
    if (def.check !== undefined && def.type !== 'string' && def.type !== 'number')
      throw new Unsupported(`a ${def.type} format`);
    switch (def.type) {
      case 'string':
        return [`typeof ${x} === 'string'`, ...this.patterns(def, checks, x)].join(' && ');
      case 'number': {
        const parts = [`typeof ${x} === 'number'`, `Number.isFinite(${x})`];
        for (const c of def.check !== undefined ? [def as CheckDef, ...checks] : checks) {
          if (c.when !== undefined) throw new Unsupported('conditional number check');
          if (c.check === 'number_format' && c.format === 'safeint')
            parts.push(`Number.isSafeInteger(${x})`);
          else if (
            (c.check === 'greater_than' || c.check === 'less_than') &&
            typeof c.value === 'number' &&
            Number.isFinite(c.value)
          )
            parts.push(
              `${x} ${c.check === 'greater_than' ? '>' : '<'}${c.inclusive ? '=' : ''} ${String(c.value)}`,
            );
          else throw new Unsupported(`number check ${c.check} ${c.format ?? ''}`);
        }
        return parts.join(' && ');
      }
      case 'boolean':
        return `typeof ${x} === 'boolean'`;
      case 'never':
        return 'false';
      case 'literal':
        return this.oneOf(def.values ?? [], x);
      case 'enum': {
        const entries = Object.entries(def.entries ?? {});
        if (entries.some(([k, v]) => k !== v || typeof v !== 'string'))
          throw new Unsupported('enum that is not a plain string enum');
        return this.oneOf(
          entries.map(([, v]) => v),
          x,
        );
      }
      case 'optional':
        return `(${x} === undefined || ${this.expr(def.innerType as Node, x, loose)})`;
      case 'nullable':
        return `(${x} === null || ${this.expr(def.innerType as Node, x, loose)})`;
      case 'array': {
        let min = 0;
        for (const c of checks) {
          if (c.check !== 'min_length' || typeof c.minimum !== 'number' || c.when !== HAS_LENGTH)
            throw new Unsupported(`array check ${c.check}`);
          min = Math.max(min, c.minimum);
        }
        const each = this.expr(def.element as Node, 'e', loose);
        const f = this.fn(
          `if (!Array.isArray(v) || v.length < ${min}) return false;\nfor (let i = 0; i < v.length; i++) { const e = v[i]; if (!(${each})) return false; }\nreturn true;`,
        );
        return `${f}(${x}, s)`;
      }
      case 'tuple': {
        if (def.rest) throw new Unsupported('tuple with a rest');
        const items = def.items ?? [];
        const lines = items.map((item, i) => {
          if (item._zod.optin === 'optional') throw new Unsupported('tuple with optional items');
          return `{ const e = v[${i}]; if (!(${this.expr(item, 'e', loose)})) return false; }`;
        });
        const f = this.fn(
          `if (!Array.isArray(v) || v.length !== ${items.length}) return false;\n${lines.join('\n')}\nreturn true;`,
        );
        return `${f}(${x}, s)`;
      }
      case 'record': {
        const key = def.keyType?._zod.def;
        if (!key || key.type !== 'string' || key.checks?.length || key.check !== undefined)
          throw new Unsupported('record keys other than plain strings');
        const each = this.expr(def.valueType as Node, 'e', loose);
        // zod copies a record key by key: "__proto__" would set the copy's prototype.
        const f = this.fn(
          `if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;\nfor (const k of Object.keys(v)) { ${loose ? '' : "if (k === '__proto__') return false; "}const e = v[k]; if (!(${each})) return false; }\nreturn true;`,
        );
        return `${f}(${x}, s)`;
      }
      case 'object': {
        // Strip (no catchall) and strict (catchall never) objects only: a key outside the shape
        // fails here either way (zod strips it or refuses it; the caller asks zod which).
        if (def.catchall && def.catchall._zod.def.type !== 'never')
          throw new Unsupported('object with a catchall');
        const entries = Object.entries(def.shape ?? {});
        // Reading `v.__proto__` gives the prototype, not a key: leave such a shape to zod.
        if (entries.some(([k]) => k === '__proto__')) throw new Unsupported('a __proto__ key');
        const lines: string[] = [];
        if (!loose) {
          // The keys the object has, in its order: each must be in the shape (else zod would
          // strip or refuse it), and in the shape's order (else zod's output is reordered).
          // `for…in` walks a parsed object's keys without making an array of them; it would
          // also yield an enumerable key some code added to Object.prototype, which fails the
          // check, and zod decides: slower, never wrong.
          const cases = entries.map(([k], p) => `case ${JSON.stringify(k)}: p = ${p}; break;`);
          lines.push(
            `let last = -1;\nfor (const k in v) { let p; switch (k) { ${cases.join(' ')} default: return false; } if (p < last) s.reordered = true; last = p; }`,
          );
        }
        for (const [k, child] of entries) {
          const name = JSON.stringify(k);
          const y = `x${this.vars++}`;
          const ok = this.expr(child, y, loose);
          const optional = child._zod.optin === 'optional';
          // Read as zod reads it (`input[key]`): a key the object lacks but Object.prototype has
          // (`constructor`, `toString`) is found there, and zod checks what it finds.
          lines.push(
            `{ const ${y} = v[${name}]; if (${y} !== undefined) { if (!(${ok})) return false; }${optional ? '' : ' else return false;'} }`,
          );
        }
        lines.push('return true;');
        const f = this.fn(
          `if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;\n${lines.join('\n')}`,
        );
        return `${f}(${x}, s)`;
      }
      case 'union': {
        const disc = def.discriminator;
        if (!disc) {
          if (def.inclusive === false) throw new Unsupported('exclusive union (z.xor)');
          // zod returns the first option that accepts the value.
          const lines = (def.options ?? []).map(
            (o) => `if (${this.expr(o, 'v', true)}) return ${this.expr(o, 'v', loose)};`,
          );
          return `${this.fn(`${lines.join('\n')}\nreturn false;`)}(${x}, s)`;
        }
        // A discriminated union: zod runs the one option the discriminator names.
        if (def.unionFallback) throw new Unsupported('discriminated union with a fallback');
        const seen = new Set<unknown>();
        const cases: string[] = [];
        for (const o of def.options ?? []) {
          const d = o._zod.def.shape?.[disc]?._zod.def;
          if (!d || d.type !== 'literal')
            throw new Unsupported('discriminator that is not a literal');
          for (const value of d.values ?? []) {
            if (seen.has(value)) throw new Unsupported('duplicate discriminator value');
            seen.add(value);
          }
          cases.push(`if (${this.oneOf(d.values ?? [], 't')}) return ${this.expr(o, 'v', loose)};`);
        }
        const f = this.fn(
          `if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;\nconst t = v[${JSON.stringify(disc)}];\n${cases.join('\n')}\nreturn false;`,
        );
        return `${f}(${x}, s)`;
      }
      default:
        throw new Unsupported(def.type);
    }
  }
}

/**
 * Compile a fast check for a zod schema, or undefined when the schema uses anything outside the
 * subset (then callers use zod for every value). See the file comment for what `exact` promises.
 */
export function compileFastCheck(schema: z.ZodType): ((value: unknown) => FastVerdict) | undefined {
  const g = new Generator();
  let root: string;
  try {
    root = g.expr(schema as unknown as Node, 'v', false);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  // Generated from the schema's definition only: no input reaches the source.
  const check = new Function(
    'K',
    `${g.functions.join('\n')}\nreturn function check(v, s) { return ${root}; };`,
  )(g.consts) as (v: unknown, s: { reordered: boolean }) => boolean;
  // One state for every call (a check runs to its end before the next starts): no object made
  // per entry of a ledger read.
  const state = { reordered: false };
  return (value) => {
    state.reordered = false;
    if (!check(value, state)) return false;
    return state.reordered ? 'reordered' : 'exact';
  };
}
