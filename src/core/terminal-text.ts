/**
 * Characters that act on a terminal instead of being shown: C0 controls (escape sequences start
 * with ESC; a carriage return or line feed starts a line of its own), DEL, C1 controls (CSI is
 * U+009B), the Unicode line and paragraph separators, and the bidirectional controls that
 * reorder what is shown (Trojan Source, CVE-2021-42574).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ACTING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from outside AIOS (a file name in the ledger, a task id in an entry, a path in a change)
 * made safe to print on a terminal: each acting character is shown as an escape (`\x1b`, `\n`,
 * `\u202e`), so a name cannot colour, move the cursor, clear a line, forge a line of output of
 * its own or reorder what is printed around it.
 */
export function printable(text: string): string {
  return text.replace(ACTING, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
