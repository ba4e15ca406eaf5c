// Whether dist/ is already the build of the current source, without building it again: a build
// records a hash of everything it reads and of everything it wrote; `node scripts/build.mjs
// --if-changed` (the test run's global setup) builds only when either differs now. The stamp
// lives in node_modules/.cache (never committed: a fresh checkout always builds).
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/** The build's inputs besides node_modules' packages (named by the lockfiles). */
const INPUTS = [
  'src',
  'scripts/build.mjs',
  'scripts/bundle-options.mjs',
  'scripts/build-stamp.mjs',
  'package.json',
  'package-lock.json',
  // What npm actually installed (the lockfile can differ from node_modules after an install).
  'node_modules/.package-lock.json',
  'tsconfig.json',
];

const stampPath = (root) => join(root, 'node_modules', '.cache', 'aios-build-stamp.json');

async function filesUnder(path) {
  const entries = await readdir(path, { withFileTypes: true }).catch((error) => {
    if (error.code === 'ENOTDIR') return undefined;
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (entries === undefined) return [path];
  const out = [];
  for (const e of entries) out.push(...(await filesUnder(join(path, e.name))));
  return out;
}

async function hashOf(root, paths) {
  const hash = createHash('sha256');
  const files = [];
  for (const p of paths) files.push(...(await filesUnder(join(root, p))));
  for (const f of files.sort())
    hash
      .update(relative(root, f))
      .update('\0')
      .update(await readFile(f).catch(() => Buffer.from('(missing)')))
      .update('\0');
  hash.update(process.version);
  return hash.digest('hex');
}

async function current(root) {
  const [inputs, dist] = await Promise.all([hashOf(root, INPUTS), hashOf(root, ['dist'])]);
  return { inputs, dist };
}

/** Record that dist/ as it is now was built from the inputs as they are now. */
export async function writeBuildStamp(root) {
  const file = stampPath(root);
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(await current(root))}\n`);
  await rename(tmp, file);
}

/** True when the stamp says dist/ is the build of the current inputs and dist/ is unchanged. */
export async function buildIsCurrent(root) {
  const stamp = await readFile(stampPath(root), 'utf8')
    .then((t) => JSON.parse(t))
    .catch(() => undefined);
  if (!stamp) return false;
  const now = await current(root);
  return stamp.inputs === now.inputs && stamp.dist === now.dist;
}
