// Bundle the CLI and the action entry into dist/ with esbuild. `--check` builds into a
// temporary folder and fails if dist/ differs: the committed bundle must match the source,
// because GitHub runs the action from dist/ as committed.
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { buildIsCurrent, writeBuildStamp } from './build-stamp.mjs';
import { bundleOptions } from './bundle-options.mjs';

const check = process.argv.includes('--check');
const root = new URL('..', import.meta.url).pathname;
// `--if-changed` (the test run's global setup): nothing to do when dist/ is the build of the
// current source (scripts/build-stamp.mjs).
if (!check && process.argv.includes('--if-changed') && (await buildIsCurrent(root)))
  process.exit(0);
const outdir = check ? await mkdtemp(join(tmpdir(), 'aios-dist-')) : join(root, 'dist');

// The build's identity for the validated cache (src/core/validated-cache.ts): a hash of every
// source file and the lockfile, so a result validated by one build is never read by another
// that could validate differently (a schema or a dependency changed).
const buildHash = createHash('sha256');
for (const f of [...(await files(join(root, 'src'))).sort(), join(root, 'package-lock.json')])
  buildHash
    .update(relative(root, f))
    .update('\0')
    .update(await readFile(f))
    .update('\0');

const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', action: 'src/action/main.ts' },
  outdir,
  ...bundleOptions,
  define: { __AIOS_BUILD__: JSON.stringify(buildHash.digest('hex').slice(0, 32)) },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  write: false,
});

// Runtime files the bundle loads from beside itself: web-tree-sitter's runtime and the grammar
// .wasm files the chunker parses code with (src/context/syntax-grammars.ts names the same
// files), each with its package's licence. Copied from node_modules, never downloaded.
const runtimeFiles = [
  ['web-tree-sitter', 'tree-sitter.wasm'],
  ['tree-sitter-php', 'tree-sitter-php.wasm'],
  ['tree-sitter-javascript', 'tree-sitter-javascript.wasm'],
  ['tree-sitter-typescript', 'tree-sitter-typescript.wasm'],
  ['tree-sitter-typescript', 'tree-sitter-tsx.wasm'],
  ['tree-sitter-css', 'tree-sitter-css.wasm'],
];
for (const [pkg, file] of runtimeFiles) {
  const from = join(root, 'node_modules', pkg);
  result.outputFiles.push(
    { path: join(outdir, 'grammars', file), contents: await readFile(join(from, file)) },
    {
      path: join(outdir, 'grammars', `LICENSE.${pkg}`),
      contents: await readFile(join(from, 'LICENSE')),
    },
  );
}

// sqlite-vec's loadable extension (src/context/sqlite-vec-file.ts loads it from here): each
// platform build installed in node_modules (npm installs the one for this machine), with a
// licence notice made from its package.json (the platform packages carry no licence file).
for (const [os, arch, ext] of [
  ['darwin', 'x64', 'dylib'],
  ['linux', 'x64', 'so'],
  ['darwin', 'arm64', 'dylib'],
  ['windows', 'x64', 'dll'],
  ['linux', 'arm64', 'so'],
]) {
  const from = join(root, 'node_modules', `sqlite-vec-${os}-${arch}`);
  const contents = await readFile(join(from, `vec0.${ext}`)).catch(() => undefined);
  if (!contents) continue;
  result.outputFiles.push({
    path: join(outdir, 'sqlite-vec', `${os}-${arch}`, `vec0.${ext}`),
    contents,
  });
}
{
  const pkg = JSON.parse(await readFile(join(root, 'node_modules', 'sqlite-vec', 'package.json')));
  result.outputFiles.push({
    path: join(outdir, 'sqlite-vec', 'LICENSE.sqlite-vec'),
    contents: Buffer.from(
      `${pkg.name} ${pkg.version} by ${pkg.author}, licensed ${pkg.license} (MIT or Apache-2.0, at your option).\n` +
        `Source: ${pkg.repository.url}\n` +
        'The vec0 loadable extension files in this folder are its prebuilt platform builds, copied unchanged from its npm platform packages.\n',
    ),
  });
}

// Write each file atomically and then remove files no longer built, so a process running the
// CLI while a build happens (parallel test runs) never sees a missing or half-written chunk.
const written = new Set();
for (const file of result.outputFiles) {
  await mkdir(dirname(file.path), { recursive: true });
  const tmp = `${file.path}.${process.pid}.tmp`;
  await writeFile(tmp, file.contents);
  await rename(tmp, file.path);
  written.add(file.path);
}
for (const f of await files(outdir))
  if (!written.has(f) && !f.endsWith('.tmp')) await rm(f, { force: true });
if (!check) await writeBuildStamp(root);

async function files(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else out.push(p);
  }
  return out;
}

if (check) {
  const committed = join(root, 'dist');
  const built = (await files(outdir)).map((f) => relative(outdir, f)).sort();
  const have = (await files(committed).catch(() => [])).map((f) => relative(committed, f)).sort();
  const problems = [];
  for (const f of new Set([...built, ...have])) {
    if (!built.includes(f))
      problems.push(`dist/${f} is stale (not built from the source any more)`);
    else if (!have.includes(f)) problems.push(`dist/${f} is missing`);
    else if (!(await readFile(join(outdir, f))).equals(await readFile(join(committed, f))))
      problems.push(`dist/${f} differs from a fresh build`);
  }
  await rm(outdir, { recursive: true, force: true });
  if (problems.length) {
    console.error(
      `dist/ does not match the source:\n  ${problems.join('\n  ')}\nRun \`npm run build\` and commit dist/.`,
    );
    process.exit(1);
  }
  console.log('dist/ matches the source');
}
