// The esbuild settings every AIOS bundle shares: dist/ (scripts/build.mjs) and the bundles the
// benchmarks build to measure a floor the same way (bench/run-overhead.bench.mjs).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// zod re-exports every locale (hundreds of KB) though AIOS reports errors in English only;
// resolving zod's locale index to English alone keeps them out of the bundle and start-up.
const englishOnlyZodLocales = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'zod')}`)
        ? {
            path: 'zod-locales-en',
            namespace: 'aios-zod-locales',
            pluginData: { dir: dirname(args.importer) },
          }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'aios-zod-locales' }, (args) => ({
      contents: `export { default as en } from './en.js';`,
      resolveDir: join(args.pluginData.dir, '..', 'locales'),
      loader: 'js',
    }));
  },
};

// string-width (used by markdownlint's MD060, on tables only) builds an Intl.Segmenter and
// compiles Unicode-property regular expressions when imported: a third of markdownlint's load
// time, paid by every gate run whether the work has a table or not. This defers the module's
// body to its first call. The build fails if the module stops having the shape this relies on.
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const head = 'export default function stringWidth(';
      const lines = source.split('\n');
      const imports = lines.filter((l) => /^import\s/.test(l));
      const body = lines.filter((l) => !/^import\s/.test(l)).join('\n');
      if (
        source.split(head).length !== 2 ||
        /^export\s(?!default function stringWidth\()/m.test(body)
      )
        throw new Error(
          `${args.path}: string-width no longer has one default-exported stringWidth function; update lazy-string-width in scripts/bundle-options.mjs`,
        );
      return {
        contents: [
          ...imports,
          'let loaded;',
          `function load() {\n${body.replace(head, 'function stringWidth(')}\nreturn stringWidth;\n}`,
          'export default function lazyStringWidth(...args) {',
          '  loaded ??= load();',
          '  return loaded(...args);',
          '}',
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

/**
 * The gates' checkers stay out of the bundle: they are dependencies loaded from node_modules by
 * a dynamic import when their gate runs (a run pays only for the gates it uses), and some read
 * files beside their own code at run time (axe's browser script, the English dictionary,
 * jsdom's and html-validate's data).
 */
export const checkerPackages = [
  'axe-core',
  'html-validate',
  'jsdom',
  'playwright-core',
  'eslint',
  '@typescript-eslint/parser',
  'php-parser',
  'stylelint',
  'unified',
  'remark-parse',
  'remark-retext',
  'retext-english',
  'retext-spell',
  'retext-readability',
  'retext-passive',
  'retext-simplify',
  'retext-equality',
  'retext-repeated-words',
  'dictionary-en',
  'dictionary-en-gb',
  'unist-util-visit',
  'vfile',
];

/** Options for an ESM bundle for Node 24 with AIOS's plugins; callers add entry points and output. */
export const bundleOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  sourcemap: false,
  legalComments: 'none',
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  plugins: [englishOnlyZodLocales, lazyStringWidth],
  external: checkerPackages,
};
