import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed version of a package, read from its package.json beside the module Node
 * resolves (so `aios gate list` can name versions without loading the checkers).
 */
export function packageVersion(name: string): string {
  let version = versions.get(name);
  if (version === undefined) {
    version = readVersion(name);
    versions.set(name, version);
  }
  return version;
}

const versions = new Map<string, string>();

function readVersion(name: string): string {
  try {
    let dir = dirname(fileURLToPath(import.meta.resolve(name)));
    for (let i = 0; i < 6; i++) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
          name?: string;
          version?: string;
        };
        if (pkg.name === name && pkg.version) return pkg.version;
      } catch {
        // not this folder; go up
      }
      dir = dirname(dir);
    }
  } catch {
    // not installed
  }
  return 'not installed';
}
