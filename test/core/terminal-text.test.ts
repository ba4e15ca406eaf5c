import { describe, expect, it } from 'vitest';
import { printable } from '../../src/core/terminal-text.js';

describe('printable', () => {
  it('shows every character that acts on a terminal as an escape, and leaves the rest', () => {
    expect(printable('a\u001b[2Kb\rc\nd\te\u007ff\u009bg')).toBe(
      'a\\x1b[2Kb\\rc\\nd\\te\\x7ff\\x9bg',
    );
    // Bidirectional overrides and isolates reorder what is shown (Trojan Source).
    expect(printable('x\u202ey\u2066z\u2028')).toBe('x\\u202ey\\u2066z\\u2028');
    const plain = 'ledger/2026/11/acme.site.1/01ABC-attempt.json: café — naïve ✔ 日本語';
    expect(printable(plain)).toBe(plain);
  });
});
