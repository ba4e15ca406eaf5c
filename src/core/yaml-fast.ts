import {
  boolCoreTag,
  defineMappingTag,
  defineScalarTag,
  load,
  NOT_RESOLVED,
  nullCoreTag,
  Schema,
  seqTag,
  strTag,
} from 'js-yaml';

// Numbers exactly as `yaml` reads them (node_modules/yaml/dist/schema/core/int.js, float.js):
// its patterns and conversions, not js-yaml's, which differ at the edges (`1e400` is Infinity
// to `yaml` and a string to js-yaml). An explicit tag on text that does not match (`!!float 1`)
// is refused, so `yaml` decides what it means.
const DIGITS = [...'+-.0123456789'];
const intTag = defineScalarTag('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: DIGITS,
  resolve: (s) =>
    /^0o[0-7]+$/.test(s)
      ? parseInt(s.substring(2), 8)
      : /^[-+]?[0-9]+$/.test(s)
        ? parseInt(s, 10)
        : /^0x[0-9a-fA-F]+$/.test(s)
          ? parseInt(s.substring(2), 16)
          : NOT_RESOLVED,
  identify: () => false,
});
const floatTag = defineScalarTag('tag:yaml.org,2002:float', {
  implicit: true,
  implicitFirstChars: DIGITS,
  resolve: (s) =>
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)
      ? s.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : s.startsWith('-')
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY
      : /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) ||
          /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)
        ? parseFloat(s)
        : NOT_RESOLVED,
  identify: () => false,
});

/**
 * A mapping as a plain object, as `yaml`'s `toJS()` builds it, for string keys only. Any other
 * key (null, a number, a boolean, a collection) and `__proto__` are refused: the two parsers
 * turn those into object keys differently (`yaml` makes a null key "", js-yaml "null"), so such
 * a document goes to the full parser rather than risk a different value. So is a key of over
 * 1,000 characters, which `yaml` may refuse as an implicit key.
 */
const stringKeyedMap = defineMappingTag('tag:yaml.org,2002:map', {
  create: (): Record<string, unknown> => ({}),
  // For dumping only; this schema is used to load.
  identify: (data: unknown): data is Record<string, unknown> =>
    data !== null && typeof data === 'object' && !Array.isArray(data),
  addPair: (container: Record<string, unknown>, key: unknown, value: unknown) => {
    if (typeof key !== 'string') return 'a key that is not a string';
    if (key === '__proto__') return 'a __proto__ key';
    // yaml refuses an implicit key longer than 1024 characters; js-yaml takes it.
    if (key.length > 1000) return 'a very long key';
    container[key] = value;
    return '';
  },
  has: (container: Record<string, unknown>, key: unknown) =>
    typeof key === 'string' && Object.prototype.hasOwnProperty.call(container, key),
  keys: (container: Record<string, unknown>) => Object.keys(container),
  get: (container: Record<string, unknown>, key: unknown) =>
    typeof key === 'string' && Object.prototype.hasOwnProperty.call(container, key)
      ? container[key]
      : null,
});

/** YAML 1.2's core schema (what `yaml` parses with by default), without merge keys or sets. */
const CORE = new Schema([
  strTag,
  seqTag,
  stringKeyedMap,
  nullCoreTag,
  boolCoreTag,
  intTag,
  floatTag,
]);

/**
 * Parse one YAML document the quick way, keeping no positions: js-yaml builds the value
 * straight from its events, several times faster than `yaml`'s document model on a cold process
 * (`npm run bench -- routing`). It answers only when it is sure of the value `yaml` would give;
 * anything else (a syntax error, a duplicate key, an alias, a tag outside the core schema, a
 * key that is not a string, an empty document) returns `undefined`, and the caller parses with
 * `yaml`, whose positions and messages every error report uses. So this path never reports a
 * problem: it only skips the slow parse of a document that has none.
 */
export function quickYamlValue(text: string): { readonly value: unknown } | undefined {
  // A directive (`%YAML 1.1`) changes how `yaml` reads scalars (`yes` is true in 1.1).
  // A bare CR is a line break to js-yaml and an error to `yaml`; the parsers fold an escaped
  // line break (`\` at a line's end in double quotes) before an empty line differently.
  if (/^%/m.test(text) || /\r(?!\n)/.test(text) || /\\\r?\n/.test(text)) return undefined;
  try {
    // maxAliases 0: `yaml` limits how far aliases may expand; here they are not taken at all.
    return { value: load(text, { schema: CORE, maxAliases: 0 }) };
  } catch {
    return undefined;
  }
}
