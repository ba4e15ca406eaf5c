import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
// @ts-expect-error: the benchmark's generator is plain JavaScript without types
import { generateLedger } from '../../bench/ledger-generate.mjs';
import { LedgerEntry } from '../../src/core/ledger-entry.js';
import { compileFastCheck } from '../../src/core/schema-fast-check.js';
import { readStoredEntries } from '../../src/ledger/read-ledger.js';
import { writeFixtureLedger } from '../ledger/fixture-ledger.js';
import { tempDir, tempRepo } from '../support/temp-repo.js';

const fast = compileFastCheck(LedgerEntry);

/** Keys sorted at every level: content equality regardless of key order. */
function sorted(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );
}

/** The verdict zod's own result implies for `value`: false, `exact` or `reordered`. */
function expectZodsVerdict(
  schema: z.ZodType,
  check: ((value: unknown) => unknown) | undefined,
  value: unknown,
): void {
  const parsed = schema.safeParse(value);
  const verdict = check?.(value);
  if (!parsed.success || sorted(parsed.data) !== sorted(value)) expect(verdict).toBe(false);
  else
    expect(verdict).toBe(
      JSON.stringify(parsed.data) === JSON.stringify(value) ? 'exact' : 'reordered',
    );
}

/**
 * The promise the readers rely on, checked against zod itself: `exact` ⇒ zod accepts and returns
 * the same JSON, byte for byte; `reordered` ⇒ zod accepts and returns the same content;
 * `false` ⇒ zod refuses, or its result differs from the input (a key stripped).
 */
function agrees(value: unknown): FastOutcome {
  const verdict = fast?.(value);
  const z = LedgerEntry.safeParse(value);
  if (verdict === 'exact') {
    expect(z.success).toBe(true);
    expect(JSON.stringify(z.data)).toBe(JSON.stringify(value));
  } else if (verdict === 'reordered') {
    expect(z.success).toBe(true);
    expect(sorted(z.data)).toBe(sorted(value));
    expect(JSON.stringify(z.data)).not.toBe(JSON.stringify(value));
  } else {
    expect(verdict).toBe(false);
    if (z.success) expect(sorted(z.data)).not.toBe(sorted(value));
  }
  return verdict === undefined ? false : verdict;
}
type FastOutcome = 'exact' | 'reordered' | false;

const BAD_VALUES: unknown[] = [
  null,
  '',
  'x',
  -1,
  0,
  0.5,
  1e21,
  true,
  [],
  {},
  ['x'],
  'Z'.repeat(26),
];

/** Every mutant of a JSON value: each leaf replaced, each key removed, one added, keys reversed. */
function* mutants(root: unknown): Generator<unknown> {
  const clone = (): unknown => JSON.parse(JSON.stringify(root));
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, at: (string | number)[]): void => {
    paths.push(at);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i]));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
  };
  walk(root, []);
  const at = (v: unknown, path: (string | number)[]): Record<string | number, unknown> =>
    path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], v) as Record<
      string | number,
      unknown
    >;
  for (const path of paths) {
    const parent = path.slice(0, -1);
    const key = path.at(-1);
    if (key !== undefined)
      for (const bad of BAD_VALUES) {
        const m = clone();
        at(m, parent)[key] = bad;
        yield m;
      }
    const here = at(root, path);
    if (here && typeof here === 'object' && !Array.isArray(here)) {
      for (const k of Object.keys(here)) {
        const m = clone();
        delete at(m, path)[k];
        yield m;
      }
      const extra = clone();
      at(extra, path).notInTheSchema = 1;
      yield extra;
      // JSON's own "__proto__" key (an own property after JSON.parse).
      const proto = JSON.parse(JSON.stringify(here).replace(/^\{/, '{"__proto__":{"x":1},'));
      const withProto = clone();
      if (path.length === 0) yield proto;
      else at(withProto, parent)[path.at(-1) as string] = proto;
      if (path.length > 0) yield withProto;
      const reversed = clone();
      const target = at(reversed, path);
      const entries = Object.entries(target).reverse();
      for (const k of Object.keys(target)) delete target[k];
      for (const [k, v] of entries) target[k] = v;
      yield reversed;
    }
    if (Array.isArray(here) && here.length > 0) {
      const shorter = clone();
      (at(shorter, path) as unknown as unknown[]).pop();
      yield shorter;
    }
  }
}

async function entriesOf(repo: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const s of readStoredEntries(repo, 'refs/heads/aios-ledger'))
    out.push(JSON.parse(s.bytes.toString('utf8')));
  return out;
}

describe('the fast check of ledger entries against zod', () => {
  it('compiles for the whole entry schema (else every read would fall back to zod)', () => {
    expect(fast).toBeTypeOf('function');
  });

  it('passes every entry AIOS writes as exact: zod returns the same bytes', async () => {
    const repo = await tempRepo();
    await writeFixtureLedger(repo);
    const gen = join(await tempDir(), 'gen');
    await generateLedger(gen, 600, { seed: 3 });
    const entries = [...(await entriesOf(repo)), ...(await entriesOf(gen))];
    expect(entries.length).toBeGreaterThan(600);
    for (const e of entries) expect(agrees(e)).toBe('exact');
  });

  it('agrees with zod on every mutant of one entry of each event', async () => {
    const repo = await tempRepo();
    await writeFixtureLedger(repo);
    const byEvent = new Map<string, unknown>();
    for (const e of await entriesOf(repo))
      byEvent.set((e as { event: string }).event, byEvent.get((e as { event: string }).event) ?? e);
    expect(byEvent.size).toBeGreaterThanOrEqual(8);
    const seen = { exact: 0, reordered: 0, false: 0 };
    for (const e of byEvent.values())
      for (const m of mutants(e)) seen[String(agrees(m)) as keyof typeof seen]++;
    // The mutants reach all three answers.
    expect(seen.false).toBeGreaterThan(100);
    expect(seen.reordered).toBeGreaterThan(0);
    expect(seen.exact).toBeGreaterThan(0);
  });

  it('does not compile what it cannot prove: defaults, transforms, refinements, loose objects', () => {
    expect(compileFastCheck(z.object({ a: z.string().default('x') }))).toBeUndefined();
    expect(
      compileFastCheck(z.object({ a: z.string().transform((s) => s.length) })),
    ).toBeUndefined();
    expect(compileFastCheck(z.object({ a: z.string().refine((s) => s !== 'b') }))).toBeUndefined();
    expect(compileFastCheck(z.xor([z.string(), z.number()]))).toBeUndefined();
    expect(compileFastCheck(z.looseObject({ a: z.string() }))).toBeUndefined();
    expect(compileFastCheck(z.string().min(2))).toBeUndefined();
    expect(compileFastCheck(z.coerce.number())).toBeUndefined();
    expect(compileFastCheck(z.object({ a: z.number().int().min(1) }))).toBeTypeOf('function');
  });

  it('reads a format schema’s own check (z.int(), z.uint32()) or does not compile', () => {
    for (const schema of [z.int(), z.uint32(), z.int32(), z.object({ n: z.int() })]) {
      const check = compileFastCheck(schema);
      if (!check) continue; // not provable: zod decides
      for (const value of [1, 1.5, -1, 2 ** 33, Number.NaN, { n: 1.5 }, { n: 2 }])
        expect(check(value) !== false, String(value)).toBe(schema.safeParse(value).success);
    }
    // z.int() is provable, and refuses what zod refuses.
    const int = compileFastCheck(z.int());
    expect(int).toBeTypeOf('function');
    expect(int?.(1.5)).toBeFalsy();
  });

  it('takes the option of a plain union zod takes: the first that accepts, keys stripped or not', () => {
    const u = z.union([z.object({ a: z.string() }), z.object({ a: z.string(), b: z.number() })]);
    const check = compileFastCheck(u);
    // zod takes the first option and strips b: not the value given.
    expect(u.parse({ a: 'x', b: 1 })).toEqual({ a: 'x' });
    expect(check?.({ a: 'x', b: 1 })).toBe(false);
    expect(check?.({ a: 'x' })).toBe('exact');
    expect(check?.({ b: 1 })).toBe(false);
  });

  it('checks a schema used in several places (one function per node) as zod does in each', () => {
    // One object schema used strictly (a field), loosely (tried by a plain union) and inside an
    // array: each use must keep its own meaning though they share the generated function.
    const point = z.object({ x: z.number(), y: z.number().optional() });
    const u = z.object({
      at: point,
      either: z.union([point, z.object({ x: z.number(), z: z.string() })]),
      path: z.array(point),
    });
    const check = compileFastCheck(u);
    const cases: unknown[] = [
      { at: { x: 1 }, either: { x: 2 }, path: [{ x: 3, y: 4 }] },
      { at: { y: 1, x: 1 }, either: { x: 2 }, path: [] },
      { at: { x: 1 }, either: { x: 2, z: 'a' }, path: [] }, // zod takes point, strips z
      { at: { x: 1, z: 'a' }, either: { x: 2 }, path: [] },
      { at: { x: 1 }, either: { x: 2 }, path: [{ x: 3, y: 'no' }] },
      { at: { x: 1 }, either: { z: 'a' }, path: [] },
    ];
    for (const value of cases) expectZodsVerdict(u, check, value);
    expect(check?.(cases[0])).toBe('exact');
    expect(check?.(cases[1])).toBe('reordered');
    expect(check?.(cases[2])).toBe(false);
  });

  it('agrees with zod on keys Object.prototype also has, present or absent, in any order', () => {
    // An absent `constructor` or `toString` is found on the prototype by a plain read, as zod
    // reads it (`input[key]`): the check must find and judge the same value.
    const o = z.object({
      id: z.string(),
      constructor: z.string().optional(),
      toString: z.number().optional(),
    });
    const check = compileFastCheck(o);
    expect(check).toBeDefined();
    const cases = [
      '{"id":"a"}',
      '{"id":"a","constructor":"c"}',
      '{"constructor":"c","id":"a"}',
      '{"id":"a","toString":1}',
      '{"id":"a","toString":"no"}',
      '{"id":"a","constructor":"c","toString":2}',
      '{"toString":2,"id":"a"}',
      '{"id":"a","other":1}',
      '{"constructor":"c"}',
      '{"id":"a","__proto__":{"x":1}}',
      '{"toString":2,"constructor":"c","id":"a"}',
    ].map((text) => JSON.parse(text) as unknown);
    for (const value of cases) expectZodsVerdict(o, check, value);
    // zod reads an absent `constructor` from the prototype (a function) and refuses it.
    expect(check?.(cases[0])).toBe(false);
    expect(check?.(cases[5])).toBe('exact');
    expect(check?.(cases[10])).toBe('reordered');
  });
});
