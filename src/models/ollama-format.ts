/**
 * The `format` schema Ollama is sent. Ollama turns a JSON Schema into a llama.cpp grammar
 * (llama.cpp `common/json-schema-to-grammar.cpp`), which expands every `{min,max}` repetition
 * into rules: bounds such as `maxLength: 200000` are reported to make the conversion fail or the
 * grammar explode. So Ollama gets the shape only (types, properties, required, items, enums,
 * consts, anyOf, no extra properties) and the full schema, bounds included, is enforced on the
 * answer afterwards (parse-answer.ts), where a violation gets the usual repair call.
 */

/** Keys that carry shape, which grammar conversion handles well; everything else is dropped. */
const SHAPE_KEYS = new Set([
  'type',
  'properties',
  'required',
  'items',
  'enum',
  'const',
  'anyOf',
  'oneOf',
  'additionalProperties',
  '$defs',
  '$ref',
]);

/** The schema with bounds, patterns, formats and prose removed, recursively. */
export function grammarSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(grammarSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (!SHAPE_KEYS.has(key)) continue;
    if (key === 'properties' || key === '$defs') {
      const inner: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries((value ?? {}) as Record<string, unknown>))
        inner[name] = grammarSchema(sub);
      out[key] = inner;
    } else if (key === 'enum' || key === 'const' || key === 'required') {
      out[key] = value;
    } else {
      out[key] = grammarSchema(value);
    }
  }
  return out;
}
