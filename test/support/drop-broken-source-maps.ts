import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const MAP_COMMENT = /\n\/\/# sourceMappingURL=([^\s]+)\s*$/;

/**
 * A Vite plugin for the test run: a dependency that Vite transforms (those in
 * `server.deps.inline`) and that ships `.js.map` files naming sources it does not publish
 * (`@actions/workflow-parser` ships `dist/*.js.map` pointing at `../src/*.ts`) makes Vite print
 * "Sourcemap … points to missing source files" once per file — 72 lines a newcomer must wonder
 * about. Such a map cannot map anything, so the file is loaded without its map comment; a map
 * whose sources exist, or that embeds them, is kept.
 */
export function dropBrokenSourceMaps(): Plugin {
  return {
    name: 'aios:drop-broken-source-maps',
    enforce: 'pre',
    load(id) {
      if (!id.includes('/node_modules/') || !/\.[cm]?js$/.test(id)) return null;
      const code = readFileSync(id, 'utf8');
      const match = MAP_COMMENT.exec(code);
      if (match?.[1] === undefined || match[1].startsWith('data:')) return null;
      const mapPath = resolve(dirname(id), match[1]);
      if (!existsSync(mapPath)) return code.slice(0, match.index);
      const map = JSON.parse(readFileSync(mapPath, 'utf8')) as {
        sources?: string[];
        sourcesContent?: (string | null)[];
        sourceRoot?: string;
      };
      const sources = map.sources ?? [];
      const complete = sources.every(
        (source, i) =>
          typeof map.sourcesContent?.[i] === 'string' ||
          existsSync(resolve(dirname(mapPath), map.sourceRoot ?? '', source)),
      );
      return complete ? null : code.slice(0, match.index);
    },
  };
}
