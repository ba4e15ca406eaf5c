import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GateInput } from './gate.js';

/** A theme's stylesheet: `Theme Name:` in the comment it starts with. */
const THEME_HEADER = /^\s*\/\*[\s\S]*?\bTheme Name\s*:/;

/**
 * Which PHP files belong to a theme: those under a `themes/<slug>/` folder, and those below a
 * folder whose `style.css` names a theme, in the change or at the checkout's root (a theme's
 * own repository).
 */
export async function themeFolders(input: GateInput): Promise<(path: string) => boolean> {
  const roots = input.files
    .filter((f) => /(^|\/)style\.css$/i.test(f.path) && THEME_HEADER.test(f.content))
    .map((f) => f.path.slice(0, f.path.length - 'style.css'.length));
  if (input.root) {
    const rootStyle = await readFile(join(input.root, 'style.css'), 'utf8').catch(() => '');
    if (THEME_HEADER.test(rootStyle)) roots.push('');
  }
  return (path) => /(^|\/)themes\/[^/]+\//.test(path) || roots.some((r) => path.startsWith(r));
}
