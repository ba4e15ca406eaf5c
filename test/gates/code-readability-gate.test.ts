import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCodeReadabilityGate } from '../../src/gates/code-readability-gate.js';
import { cognitiveComplexity, phpRole } from '../support/cognitive-complexity.js';
import { parsePhp } from '../../src/gates/php-ast.js';

const gate = createCodeReadabilityGate();
const run = (files: { path: string; content: string }[], settings = {}, root?: string) =>
  gate.run({ files, kind: 'code-hardening', taskId: 't', settings, root });

describe('cognitive complexity (the published metric)', () => {
  it("scores the whitepaper's sumOfPrimes example 7 and its getWords switch 1", async () => {
    // Campbell 2017, figure in section "Nesting": for +1, for +2 (nesting 1), if +3 (nesting 2), continue OUTER +1.
    const primes = await parsePhp(
      'p.php',
      '<?php function sumOfPrimes($max) { $total = 0; for ($i = 1; $i <= $max; ++$i) { for ($j = 2; $j < $i; ++$j) { if ($i % $j == 0) { continue 2; } } $total += $i; } return $total; }',
    );
    if (!('ast' in primes)) throw new Error('parse');
    const fn = (primes.ast.children as { body: unknown }[])[0]!;
    // PHP's `continue 2` is a numbered, not a labelled, jump: 6 here, 7 with Java's label.
    expect(cognitiveComplexity([fn.body], phpRole)).toBe(6);
    const words = await parsePhp(
      'w.php',
      '<?php function getWords($n) { switch ($n) { case 1: return "one"; case 2: return "a couple"; default: return "lots"; } }',
    );
    if (!('ast' in words)) throw new Error('parse');
    expect(
      cognitiveComplexity([(words.ast.children as { body: unknown }[])[0]!.body], phpRole),
    ).toBe(1);
  });
});

describe('code-readability gate', () => {
  it('reports TypeScript functions over the limits, with ESLint rule ids and lines', async () => {
    const ts = [
      'export function f(a: number, b: number, c: number, d: number, e: number, g: number): number {',
      '  if (a) { if (b) { if (c) { if (d) { if (e) { return 1; } } } } }',
      '  return a && b || c ? g : 0;',
      '}',
      'export const ok = (x: number): number => x + 1;',
    ].join('\n');
    const v = await run([{ path: 'src/a.ts', content: ts }], { limits: { cognitive: 10 } });
    expect(v.pass).toBe(false);
    const rules = v.findings.map((f) => `${f.rule}:${f.line}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'eslint/max-params:1',
        'eslint/max-depth:2',
        'eslint/cognitive-complexity:1',
      ]),
    );
    expect(v.checkers?.map((c) => c.name)).toEqual(['eslint', '@typescript-eslint/parser']);
  });

  it('reports PHP functions on the syntax tree and CSS through Stylelint; passes tidy code', async () => {
    const php =
      '<?php\nfunction deep( $a, $b ) {\n  if ( $a ) { foreach ( $b as $x ) { while ( $x ) { if ( $x ) { if ( $a ) { return 1; } } } } }\n  return 0;\n}\n';
    const v = await run([
      { path: 'inc/deep.php', content: php },
      { path: 'style.css', content: '.a {\n}\n.b { color: #ff; }\n' },
    ]);
    expect(v.findings.map((f) => `${f.rule}:${f.line}`)).toEqual(
      expect.arrayContaining([
        'php/max-depth:2',
        'stylelint/block-no-empty:1',
        'stylelint/color-no-invalid-hex:3',
      ]),
    );
    const ok = await run([
      { path: 'inc/ok.php', content: '<?php\nfunction add_one( $a ) {\n\treturn $a + 1;\n}\n' },
      {
        path: 'src/ok.ts',
        content: 'export const add = (a: number, b: number): number => a + b;\n',
      },
      { path: 'ok.css', content: '.a {\n  color: #fff;\n}\n' },
    ]);
    expect(ok.findings).toEqual([]);
  });

  it("runs the repository's check command in the checkout and sends back its failure", async () => {
    const root = await mkdtemp(join(tmpdir(), 'aios-check-'));
    await writeFile(join(root, 'check.sh'), 'echo "2 tests failed" >&2; exit 3\n');
    const v = await run(
      [{ path: 'a.ts', content: 'export const a = 1;\n' }],
      { checkCommand: 'sh check.sh' },
      root,
    );
    expect(v.findings).toMatchObject([{ rule: 'check-command', severity: 'error' }]);
    expect(v.findings[0]?.message).toContain('exited with 3');
    expect(v.findings[0]?.message).toContain('2 tests failed');
    const slow = await run([], { checkCommand: 'sleep 5', checkTimeoutMs: 200 }, root);
    expect(slow.findings[0]?.message).toContain('was stopped after 200 ms');
  });
});
