import type { AiosConfig, RuleConfig } from '../config/config-schema.js';
import { globMatcher } from './compiled-globs.js';

/** A rule's `when`, prepared once: sets for the lists, the glob matcher, the trace wording. */
export interface CompiledRule {
  readonly rule: RuleConfig;
  readonly kinds?: ReadonlySet<string> | undefined;
  readonly labels?: ReadonlySet<string> | undefined;
  readonly clients?: ReadonlySet<string> | undefined;
  readonly sizes?: ReadonlySet<string> | undefined;
  readonly paths?: ((path: string) => boolean) | undefined;
  /** The lists as the trace words them (`writing or audit`), joined once. */
  readonly wants: {
    readonly kinds: string;
    readonly labels: string;
    readonly clients: string;
    readonly sizes: string;
    readonly paths: string;
  };
}

/** What routing reads of a config, prepared once per loaded config. */
export interface CompiledRouting {
  readonly rules: readonly CompiledRule[];
  /** Lower-cased label → the kinds it marks, in config order. */
  readonly kindsByLabel: ReadonlyMap<string, readonly string[]>;
  readonly kindOrder: ReadonlyMap<string, number>;
  /** Does any kind name `paths` globs (classification by the files a task names)? */
  readonly kindsWithPaths: boolean;
}

const cache = new WeakMap<AiosConfig, CompiledRouting>();

/**
 * The config's rules compiled for routing: built the first time a config is routed and kept
 * with it, so each decision costs set lookups and one glob test per named path, not glob
 * compiles and list scans (bench/routing: 200 rules, a quarter with globs).
 */
export function compiledRouting(config: AiosConfig): CompiledRouting {
  let compiled = cache.get(config);
  if (!compiled) {
    const kindsByLabel = new Map<string, string[]>();
    const kindOrder = new Map<string, number>();
    Object.entries(config.kinds).forEach(([id, kind], i) => {
      kindOrder.set(id, i);
      for (const label of kind.labels) {
        const key = label.toLowerCase();
        const list = kindsByLabel.get(key) ?? [];
        if (!list.includes(id)) list.push(id);
        kindsByLabel.set(key, list);
      }
    });
    compiled = {
      rules: config.rules.map((rule) => {
        const w = rule.when;
        return {
          rule,
          kinds: w.kinds && new Set(w.kinds),
          labels: w.labels && new Set(w.labels.map((l) => l.toLowerCase())),
          clients: w.clients && new Set(w.clients),
          sizes: w.sizes && new Set(w.sizes),
          paths: w.paths && globMatcher(w.paths),
          wants: {
            kinds: w.kinds?.join(' or ') ?? '',
            labels: w.labels?.join(', ') ?? '',
            clients: w.clients?.join(' or ') ?? '',
            sizes: w.sizes?.join(' or ') ?? '',
            paths: w.paths?.join(', ') ?? '',
          },
        };
      }),
      kindsByLabel,
      kindOrder,
      kindsWithPaths: Object.values(config.kinds).some((k) => k.paths.length > 0),
    };
    cache.set(config, compiled);
  }
  return compiled;
}
