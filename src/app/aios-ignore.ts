import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const LINE = '.aios/';

/**
 * Make sure the repository's `.gitignore` ignores `.aios/` (the index cache, local drafts):
 * appends the line when no line already does. Returns whether the file was changed.
 */
export async function addAiosIgnoreLine(repoDir: string): Promise<boolean> {
  const file = join(repoDir, '.gitignore');
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const present = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .some((l) => ['.aios', '.aios/', '/.aios', '/.aios/', '.aios/*', '/.aios/*'].includes(l));
  if (present) return false;
  const sep = text === '' || text.endsWith('\n') ? '' : '\n';
  await writeFile(file, `${text}${sep}# AIOS: the search index cache and local drafts\n${LINE}\n`);
  return true;
}
