/**
 * The readme.txt of a WordPress plugin or theme, in the wordpress.org readme standard:
 * `=== Name ===`, then header fields (`Contributors: a, b`, `Tags:`, `Stable tag: 1.2.0`) up to
 * the first blank line, then markdown whose headings are `== Section ==` and `= Question =`.
 * Returned as markdown with the same lines, for the prose checkers: the fields blanked (user
 * names, versions and tags are not prose), the headings made markdown headings, so code in
 * backticks and list items read as markdown does. Undefined for any other file.
 */
export function wordpressReadme(path: string, content: string): string | undefined {
  if (!/(^|\/)readme\.txt$/i.test(path)) return undefined;
  const lines = content.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const title = first < 0 ? undefined : TITLE.exec(lines[first] ?? '');
  if (!title) return undefined;
  let header = true;
  return lines
    .map((line, i) => {
      if (i < first) return line;
      if (i === first) return `# ${title[1]}`;
      if (header) {
        if (FIELD.test(line)) return '';
        header = false; // a blank line, or the short description right after the fields
      }
      const section = SECTION.exec(line) ?? TITLE.exec(line);
      if (section) return `## ${section[1]}`;
      const question = QUESTION.exec(line);
      return question ? `### ${question[1]}` : line;
    })
    .join('\n');
}

const TITLE = /^===\s*(.+?)\s*===\s*\r?$/;
const SECTION = /^==\s*(.+?)\s*==\s*\r?$/;
const QUESTION = /^=\s*(.+?)\s*=\s*\r?$/;
/** A header field: `Requires at least: 6.2`, `License URI: https://…`. */
const FIELD = /^[A-Za-z][A-Za-z ]*:/;
