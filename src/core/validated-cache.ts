import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

// Set by the bundler (scripts/build.mjs) to a hash of the source and the lockfile, so a cached
// result is never read by code that would validate differently. Undefined when run from source.
declare const __AIOS_BUILD__: string | undefined;

/** The build a cached result belongs to; `undefined` when running from source. */
function buildId(): string | undefined {
  return typeof __AIOS_BUILD__ === 'string' ? __AIOS_BUILD__ : undefined;
}

/**
 * Where validated results are kept: `AIOS_CACHE_DIR`, else the user's cache folder
 * (`$XDG_CACHE_HOME/aios`, else `~/.cache/aios`), each under `validated/`. `AIOS_CACHE=off`
 * turns the cache off. On GitHub Actions it is on only with `AIOS_CACHE_DIR`. Running from
 * source (tests, `tsx`), the cache is on only with `AIOS_CACHE_DIR`, since the source has no
 * build id to key on.
 */
export function validatedCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  /** The build this code is (a test names one to check the built CLI's rule from source). */
  build: string | undefined = buildId(),
): string | undefined {
  if (env.AIOS_CACHE === 'off') return undefined;
  if (env.AIOS_CACHE_DIR) return join(env.AIOS_CACHE_DIR, 'validated');
  if (build === undefined) return undefined;
  // On a (possibly shared, self-hosted) Actions runner a file planted in the home folder must
  // never stand in for validating the config a job trusts: no implicit cache there.
  if (env.GITHUB_ACTIONS === 'true') return undefined;
  let base = env.XDG_CACHE_HOME;
  if (!base) {
    try {
      base = join(homedir(), '.cache');
    } catch {
      return undefined;
    }
  }
  return join(base, 'aios', 'validated');
}

/**
 * Validate once per content: the result of `validate` for these exact `inputs` (file texts,
 * paths, anything the result depends on) is kept under a sha256 of the inputs, the AIOS build
 * and the Node version, and read back instead of validating again. Parsing YAML and checking
 * it with zod costs tens of milliseconds per config; reading a kept result costs well under one.
 *
 * Correct by construction: any change to any input is a different key, so a changed file is
 * always validated again. Only a success is kept: a failure throws from `validate` every time,
 * with its file:line errors, and nothing is written. The cache is an optimisation only: an
 * unreadable, corrupt or unwritable cache falls back to validating. Values travel through
 * `v8.serialize`, so `undefined` fields, key order and shared objects come back as built.
 */
export function cachedValidation<T>(
  what: string,
  inputs: readonly string[],
  validate: () => T,
  env: NodeJS.ProcessEnv = process.env,
): T {
  const file = keptFile(what, inputs, env);
  if (!file) return validate();
  const found = readKept<T>(file);
  if (found) return found.value;
  const value = validate();
  keep(file, value);
  return value;
}

/**
 * `cachedValidation` for a validation that loads its code first (`await import(...)`): on a
 * kept result the validating modules (schemas built at load, parsers) are never loaded.
 * Same key, same files, same rules: a result kept by one is read by the other. `keep` says
 * whether a result is kept: one that lists problems (a lint) is returned, never kept.
 */
export async function cachedValidationAsync<T>(
  what: string,
  inputs: readonly string[],
  validate: () => Promise<T>,
  options: { keep?: (value: T) => boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<T> {
  const file = keptFile(what, inputs, options.env ?? process.env);
  if (!file) return validate();
  const found = readKept<T>(file);
  if (found) return found.value;
  const value = await validate();
  if (options.keep?.(value) ?? true) keep(file, value);
  return value;
}

/** The file a result for these inputs is kept in; `undefined` when the cache is off. */
function keptFile(what: string, inputs: readonly string[], env: NodeJS.ProcessEnv) {
  const dir = validatedCacheDir(env);
  if (!dir) return undefined;
  const hash = createHash('sha256');
  // Length-prefixed, so inputs can never run into each other and collide.
  for (const part of [buildId() ?? 'source', process.version, what, ...inputs])
    hash.update(`${Buffer.byteLength(part)}:`).update(part);
  return join(dir, `${what}-${hash.digest('hex')}.v8`);
}

/** The kept result, boxed (a kept `undefined` is still a result); `undefined` if none. */
function readKept<T>(file: string): { value: T } | undefined {
  try {
    return { value: deserialize(readFileSync(file)) as T };
  } catch {
    return undefined; // Not kept yet (or unreadable): the caller validates.
  }
}

function keep(file: string, value: unknown): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Written whole, then renamed: a reader never sees half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(value));
    renameSync(tmp, file);
  } catch {
    // A read-only home or a full disk costs speed, never the result.
  }
}
