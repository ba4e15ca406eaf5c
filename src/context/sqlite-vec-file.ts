import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root.js';

/** Where sqlite-vec's loadable extension sits beside the bundle: `dist/sqlite-vec/<os>-<arch>/`. */
const SQLITE_VEC_DIST = 'sqlite-vec';

/**
 * sqlite-vec's platform package and file for a platform, named as its own loader names them
 * (`sqlite-vec-linux-x64/vec0.so`, …), or undefined on a platform it does not build for.
 */
export function sqliteVecTarget(
  platform: string = process.platform,
  arch: string = process.arch,
): { pkg: string; dir: string; file: string } | undefined {
  const supported = ['darwin-x64', 'linux-x64', 'darwin-arm64', 'win32-x64', 'linux-arm64'];
  if (!supported.includes(`${platform}-${arch}`)) return undefined;
  const os = platform === 'win32' ? 'windows' : platform;
  const ext = platform === 'win32' ? 'dll' : platform === 'darwin' ? 'dylib' : 'so';
  return { pkg: `sqlite-vec-${os}-${arch}`, dir: `${os}-${arch}`, file: `vec0.${ext}` };
}

/**
 * The sqlite-vec extension file to load: the one shipped beside the bundle
 * (`dist/sqlite-vec/<os>-<arch>/`, copied there by scripts/build.mjs, so an installed AIOS
 * needs no platform package at run time), else the platform package in node_modules (running
 * from the sources). Throws naming every place looked.
 */
export function sqliteVecFile(root: string = packageRoot()): string {
  const target = sqliteVecTarget();
  if (!target)
    throw new Error(
      `sqlite-vec has no build for ${process.platform}-${process.arch}: retrieval stays lexical`,
    );
  const candidates = [
    join(root, 'dist', SQLITE_VEC_DIST, target.dir, target.file),
    join(root, 'node_modules', target.pkg, target.file),
  ];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`${target.file} is missing (looked in ${candidates.join(', ')})`);
  return found;
}
