import type { z } from 'zod';

/** The parts of a zod 4 schema's definition this module reads (`schema._zod.def`). */
interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly getter?: () => z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema a wrapper (optional, default, a pipe's input, a lazy one…) stands for. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(s);
    const inner =
      def.type === 'pipe' ? def.in : def.type === 'lazy' ? def.getter?.() : def.innerType;
    if (!inner) return s;
    s = inner;
  }
  return s;
}

/** The object schemas `schema` may be (the options of a union, each unwrapped). */
function objectsOf(schema: z.ZodType): z.ZodType[] {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === 'object') return [s];
  if (def.type === 'union') return (def.options ?? []).flatMap(objectsOf);
  return [];
}

/**
 * The field names an object in a document may have at `path` (`['rules', 2, 'route']`), as the
 * schema defines them; empty where the path leads to no object the schema describes. Used to
 * suggest the field a misspelt one meant.
 */
export function fieldsAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let here: z.ZodType[] = [schema];
  for (const step of path) {
    here = here.flatMap((candidate): z.ZodType[] => {
      const s = unwrap(candidate);
      const def = defOf(s);
      if (def.type === 'array' && typeof step === 'number' && def.element) return [def.element];
      if (def.type === 'record' && def.valueType) return [def.valueType];
      return objectsOf(s).flatMap((o) => {
        const field = defOf(o).shape?.[String(step)];
        return field ? [field] : [];
      });
    });
  }
  return [...new Set(here.flatMap(objectsOf).flatMap((o) => Object.keys(defOf(o).shape ?? {})))];
}
