import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import type { Finding, Severity } from '../core/gate-verdict.js';
import { escapeRegExp, lineIndex } from './prose-text.js';

/**
 * Vale's YAML rule format (https://vale.sh/docs/topics/styles/), read so a consultant's style —
 * or a public Vale style they already use — works without Vale. The checks supported are the
 * ones Vale documents: existence, substitution, occurrence, repetition, consistency,
 * conditional and capitalization. Fields beyond those this reader uses are accepted and ignored
 * (Vale styles carry `link`, `description`, `vocab` and more).
 */
const Common = {
  message: z.string().default('%s'),
  level: z.enum(['suggestion', 'warning', 'error']).default('warning'),
  ignorecase: z.boolean().default(false),
  nonword: z.boolean().default(false),
  scope: z.union([z.string(), z.array(z.string())]).optional(),
};
const Existence = z.object({
  extends: z.literal('existence'),
  ...Common,
  tokens: z.array(z.string()).default([]),
  raw: z.array(z.string()).optional(),
  exceptions: z.array(z.string()).default([]),
});
const Substitution = z.object({
  extends: z.literal('substitution'),
  ...Common,
  swap: z.record(z.string(), z.string()),
  exceptions: z.array(z.string()).default([]),
});
const Occurrence = z.object({
  extends: z.literal('occurrence'),
  ...Common,
  token: z.string(),
  max: z.number().int().nonnegative().optional(),
  min: z.number().int().nonnegative().optional(),
});
const Repetition = z.object({
  extends: z.literal('repetition'),
  ...Common,
  tokens: z.array(z.string()),
  alpha: z.boolean().default(false),
});
const Consistency = z.object({
  extends: z.literal('consistency'),
  ...Common,
  either: z.record(z.string(), z.string()),
});
const Conditional = z.object({
  extends: z.literal('conditional'),
  ...Common,
  first: z.string(),
  second: z.string(),
  exceptions: z.array(z.string()).default([]),
});
const Capitalization = z.object({
  extends: z.literal('capitalization'),
  ...Common,
  match: z.string(),
  exceptions: z.array(z.string()).default([]),
});
const ValeRule = z.discriminatedUnion('extends', [
  Existence,
  Substitution,
  Occurrence,
  Repetition,
  Consistency,
  Conditional,
  Capitalization,
]);
type ValeRule = z.infer<typeof ValeRule>;

/** A rule read from a style, named `Style.File` as Vale names it. */
export interface LoadedValeRule {
  readonly name: string;
  readonly rule: ValeRule;
}

const SUPPORTED = new Set(ValeRule.options.map((o) => o.shape.extends.value));

/**
 * Read every `*.yml` rule in a style folder. A rule of a kind this reader does not support
 * (Vale's `spelling`, `metric`, `sequence`, `script`) is an error naming the file, so a style
 * never silently loses rules.
 */
export async function loadValeStyle(dir: string): Promise<LoadedValeRule[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  } catch (cause) {
    throw new InputError(`Cannot read the Vale style folder ${dir}.`, [], {
      cause,
      hint: 'gates.editorial.valeStyles lists folders of Vale rules, relative to the repository.',
    });
  }
  const style = basename(dir);
  const out: LoadedValeRule[] = [];
  for (const n of names) {
    const file = join(dir, n);
    const raw = parse(await readFile(file, 'utf8')) as { extends?: unknown } | null;
    if (!raw || typeof raw !== 'object' || !SUPPORTED.has(String(raw.extends) as never)) {
      throw new InputError(
        `${file}: Vale rule kind "${String(raw?.extends)}" is not supported; supported: ${[...SUPPORTED].join(', ')}.`,
      );
    }
    const parsed = ValeRule.safeParse(raw);
    if (!parsed.success)
      throw new InputError(
        `${file}: not a valid Vale ${String(raw.extends)} rule: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    out.push({ name: `${style}.${n.replace(/\.ya?ml$/i, '')}`, rule: parsed.data });
  }
  return out;
}

const LEVEL: Record<ValeRule['level'], Severity> = {
  error: 'error',
  warning: 'warning',
  suggestion: 'info',
};

/** Vale's `%s` placeholders, filled in order. */
function format(message: string, ...args: string[]): string {
  let i = 0;
  return message.replace(/%s/g, () => args[i++] ?? '');
}

/** Tokens become one alternation; words get word boundaries unless the rule is `nonword`. */
function compile(tokens: readonly string[], rule: { ignorecase: boolean; nonword: boolean }) {
  const body = tokens.map((t) => `(?:${t})`).join('|');
  const src = rule.nonword ? `(${body})` : `(?<![\\p{L}\\p{N}_])(${body})(?![\\p{L}\\p{N}_])`;
  return new RegExp(src, `gu${rule.ignorecase ? 'i' : ''}`);
}

const SENTENCE = /[^.!?\n]+(?:[.!?]+|\n\n|$)/g;

function title(s: string): boolean {
  const small = /^(a|an|and|as|at|but|by|for|in|nor|of|on|or|so|the|to|up|yet|with)$/i;
  return s
    .split(/\s+/)
    .filter(Boolean)
    .every((w, i) => !/^\p{Ll}/u.test(w) || (i > 0 && small.test(w)));
}

function sentenceCase(s: string, exceptions: readonly string[]): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  return words.every((w, i) => {
    if (i === 0) return !/^\p{Ll}/u.test(w);
    if (exceptions.some((e) => e === w.replace(/[^\p{L}\p{N}.-]/gu, ''))) return true;
    // A capital inside a word (WordPress) or an all-caps word (API) is a name, not a title case.
    return !/^\p{Lu}\p{Ll}+$/u.test(w.replace(/[^\p{L}]/gu, '')) || false;
  });
}

/** Run the rules over prose (already blanked of code; see prose-text.ts). */
export function checkVale(
  rules: readonly LoadedValeRule[],
  prose: string,
  path: string,
  headings: readonly { text: string; offset: number }[],
): Finding[] {
  const lineOf = lineIndex(prose);
  const out: Finding[] = [];
  const push = (name: string, rule: ValeRule, offset: number, message: string) =>
    out.push({
      rule: `vale/${name}`,
      severity: LEVEL[rule.level],
      message,
      path,
      line: lineOf(offset),
    });

  for (const { name, rule } of rules) {
    switch (rule.extends) {
      case 'existence': {
        const tokens = [...rule.tokens, ...(rule.raw ? [rule.raw.join('')] : [])];
        if (!tokens.length) break;
        const except = new Set(rule.exceptions.map((e) => (rule.ignorecase ? e.toLowerCase() : e)));
        for (const m of prose.matchAll(compile(tokens, rule))) {
          const hit = m[1] ?? m[0];
          if (except.has(rule.ignorecase ? hit.toLowerCase() : hit)) continue;
          push(name, rule, m.index, format(rule.message, hit));
        }
        break;
      }
      case 'substitution': {
        for (const [bad, good] of Object.entries(rule.swap)) {
          for (const m of prose.matchAll(compile([bad], rule))) {
            const hit = m[1] ?? m[0];
            if (hit === good) continue;
            push(name, rule, m.index, format(rule.message, good, hit));
          }
        }
        break;
      }
      case 'occurrence': {
        const scopes =
          rule.scope === 'sentence' || rule.scope?.includes('sentence')
            ? [...prose.matchAll(SENTENCE)].map((m) => ({ text: m[0], offset: m.index }))
            : prose.split(/\n\s*\n/).reduce<{ text: string; offset: number }[]>((acc, text) => {
                const last = acc[acc.length - 1];
                const offset = last
                  ? prose.indexOf(text, last.offset + last.text.length)
                  : prose.indexOf(text);
                acc.push({ text, offset });
                return acc;
              }, []);
        const re = new RegExp(rule.token, `gu${rule.ignorecase ? 'i' : ''}`);
        for (const s of scopes) {
          if (!s.text.trim()) continue;
          const count = [...s.text.matchAll(re)].length;
          if (rule.max !== undefined && count > rule.max)
            push(
              name,
              rule,
              s.offset + (s.text.length - s.text.trimStart().length),
              format(rule.message, String(count)),
            );
          else if (rule.min !== undefined && count < rule.min)
            push(name, rule, s.offset, format(rule.message, String(count)));
        }
        break;
      }
      case 'repetition': {
        const re = new RegExp(
          `(?<![\\p{L}\\p{N}])(${rule.tokens.join('|')})(?:\\s+|\\s*[,;:]\\s*)\\1(?![\\p{L}\\p{N}])`,
          `gu${rule.ignorecase ? 'i' : ''}`,
        );
        for (const m of prose.matchAll(re))
          push(name, rule, m.index, format(rule.message, m[1] ?? ''));
        break;
      }
      case 'consistency': {
        for (const [a, b] of Object.entries(rule.either)) {
          const first = compile([a], rule).exec(prose);
          const second = compile([b], rule).exec(prose);
          if (first && second) {
            const later = first.index > second.index ? first : second;
            push(name, rule, later.index, format(rule.message, `${a}' and '${b}`));
          }
        }
        break;
      }
      case 'conditional': {
        const defined = new Set<string>();
        for (const m of prose.matchAll(new RegExp(rule.second, 'gu'))) defined.add(m[1] ?? m[0]);
        const seen = new Set<string>();
        for (const m of prose.matchAll(new RegExp(rule.first, 'gu'))) {
          const value = m[1] ?? m[0];
          if (defined.has(value) || rule.exceptions.includes(value) || seen.has(value)) continue;
          seen.add(value);
          push(name, rule, m.index, format(rule.message, value));
        }
        break;
      }
      case 'capitalization': {
        for (const h of headings) {
          const ok =
            rule.match === '$title'
              ? title(h.text)
              : rule.match === '$sentence'
                ? sentenceCase(h.text, rule.exceptions)
                : rule.match === '$lower'
                  ? h.text === h.text.toLowerCase()
                  : rule.match === '$upper'
                    ? h.text === h.text.toUpperCase()
                    : new RegExp(rule.match, 'u').test(h.text);
          if (!ok) push(name, rule, h.offset, format(rule.message, h.text));
        }
        break;
      }
    }
  }
  return out;
}

/** Literal words as a Vale existence rule would treat them (for banned words from config). */
export function literal(word: string): string {
  return escapeRegExp(word);
}
