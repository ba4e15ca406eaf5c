import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Engine } from 'php-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from '../../src/core/package-root.js';
import { createCodeReadabilityGate } from '../../src/gates/code-readability-gate.js';
import { cognitiveComplexity, esRole, phpRole } from '../support/cognitive-complexity.js';
import { esCognitiveComplexity } from '../../src/gates/eslint-readability.js';
import {
  PHP_FUNCTION_KINDS,
  PHP_LEAF_KINDS,
  parsePhp,
  parsePhpFile,
  phpChildren,
  walkPhp,
  type PhpNode,
} from '../../src/gates/php-ast.js';
import { codeLineCounts, measurePhpFunctions } from '../../src/gates/php-readability.js';
import { createWordPressSecurityGate } from '../../src/gates/wordpress-security-gate.js';

// The gate measures every PHP function in one walk of the tree. These are the measures written
// the long way, one walk per measure and per function, as they are defined; the one walk must
// give the same numbers on every function of every file below.
const DECISIONS = new Set(['if', 'retif', 'catch', 'for', 'foreach', 'while', 'do']);
const BRANCHING = new Set(['&&', '||', 'and', 'or', '??']);
const NESTING = new Set(['if', 'switch', 'try', 'for', 'foreach', 'while', 'do']);

function cyclomatic(fn: PhpNode): number {
  let n = 1;
  walkPhp(fn, (node) => {
    if (node !== fn && PHP_FUNCTION_KINDS.has(node.kind)) return false;
    if (DECISIONS.has(node.kind)) n++;
    if (node.kind === 'case' && node.test) n++;
    if (node.kind === 'bin' && BRANCHING.has(String(node.type))) n++;
  });
  return n;
}

function depth(fn: PhpNode): number {
  let max = 0;
  const visit = (node: PhpNode, d: number, elseIf: boolean): void => {
    if (node !== fn && PHP_FUNCTION_KINDS.has(node.kind)) return;
    const here = NESTING.has(node.kind) && !elseIf ? d + 1 : d;
    max = Math.max(max, here);
    for (const c of phpChildren(node))
      visit(c, here, node.kind === 'if' && c === node.alternate && c.kind === 'if');
  };
  visit(fn, 0, false);
  return max;
}

function callbacks(program: PhpNode): Map<PhpNode, number> {
  const out = new Map<PhpNode, number>();
  const visit = (node: PhpNode, around: number): void => {
    let here = around;
    if (PHP_FUNCTION_KINDS.has(node.kind)) {
      here = node.kind === 'closure' || node.kind === 'arrowfunc' ? around + 1 : around;
      out.set(node, here);
    }
    for (const c of phpChildren(node)) visit(c, here);
  };
  visit(program, 0);
  return out;
}

function functionsOf(program: PhpNode): PhpNode[] {
  const out: PhpNode[] = [];
  walkPhp(program, (n) => void (PHP_FUNCTION_KINDS.has(n.kind) && out.push(n)));
  return out;
}

/** A small seeded generator of nested PHP: every construct the measures treat apart. */
function generatedPrograms(count: number): string[] {
  let seed = 13;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const expr = (level: number): string => {
    if (level > 2) return ['$a', '1', "'s'", '$b[0]', 'true'][rand(5)]!;
    const e = () => expr(level + 1);
    switch (rand(11)) {
      case 0:
        return `${e()} && ${e()}`;
      case 1:
        return `${e()} || ${e()} && ${e()}`;
      case 2:
        return `(${e()} and ${e()}) xor ${e()}`;
      case 3:
        return `${e()} ?? ${e()}`;
      case 4:
        return `${e()} ? ${e()} : ${e()}`;
      case 5:
        return `${e()} ?: ${e()}`;
      case 6:
        return `f(${e()}, function ($x) { ${stmt(level + 2)} })`;
      case 7:
        return `array_map(fn($v) => ${e()}, $list)`;
      case 8:
        return `$x->m(${e()})`;
      case 9:
        return `\${${e()} ? 'p' : 'q'}`;
      default:
        return `${e()} + ${e()}`;
    }
  };
  const block = (level: number): string => {
    const n = 1 + rand(3);
    let out = '';
    for (let i = 0; i < n; i++) out += stmt(level + 1);
    return out;
  };
  const stmt = (level: number): string => {
    if (level > 4) return `$r = ${expr(3)};\n`;
    const c = () => expr(1);
    switch (rand(14)) {
      case 0:
        return `if (${c()}) {\n${block(level)}}\n`;
      case 1:
        return `if (${c()}) {\n${block(level)}} elseif (${c()}) {\n${block(level)}} else if (${c()}) {\n${block(level)}} else {\n${block(level)}}\n`;
      case 2:
        return `foreach ($list as $k => $v) {\n${block(level)}}\n`;
      case 3:
        return `for ($i = 0; $i < ${c()}; $i++) {\n${block(level)}}\n`;
      case 4:
        return `while (${c()}) {\n${block(level)}}\n`;
      case 5:
        return `do {\n${block(level)}} while (${c()});\n`;
      case 6:
        return `switch (${c()}) {\ncase 1:\n${block(level)}break;\ncase 2:\ndefault:\n${block(level)}}\n`;
      case 7:
        return `try {\n${block(level)}} catch (\\Exception $e) {\n${block(level)}} finally {\n${block(level)}}\n`;
      case 8:
        return `$f = function ($p = ${rand(2) ? "X ?? 'd'" : '1'}) use ($a) {\n${block(level)}};\n`;
      case 9:
        return `$r = match (${c()}) { 1 => ${c()}, default => ${c()} };\n`;
      case 10:
        return `// a comment\n\n# another\n/* block */\n$r = ${c()};\n`;
      default:
        return `$r = ${c()};\n`;
    }
  };
  const programs: string[] = [];
  for (let i = 0; i < count; i++) {
    programs.push(
      `<?php\nfunction top_${i}($a, $b = PHP_INT_MAX > 1 ? 2 : 3, ...$rest) {\n${block(0)}${block(0)}}\n` +
        `class C${i} { #[Attr(1)] public function m($a) {\n${block(1)}} abstract protected function n(); }\n` +
        `if (!function_exists('g_${i}')) { function g_${i}() {\n${block(1)}} }\n`,
    );
  }
  return programs;
}

async function corpusPhp(): Promise<string[]> {
  const out: string[] = [];
  for (const name of ['code-readability', 'wordpress-security', 'accessibility']) {
    const corpus = parse(
      await readFile(join(packageRoot(), `test/fixtures/gates/${name}.yml`), 'utf8'),
    ) as { cases: { path: string; content: string }[] };
    for (const c of corpus.cases) if (c.path.endsWith('.php')) out.push(c.content);
  }
  return out;
}

describe('PHP readability measures in one walk', () => {
  it('equal the measures defined one walk each, on every function of the corpus and of generated code', async () => {
    const sources = [...(await corpusPhp()), ...generatedPrograms(60)];
    let functions = 0;
    for (const source of sources) {
      const parsed = await parsePhp('x.php', source);
      if (!('ast' in parsed)) {
        // Only the corpus's seeded syntax errors may fail to parse.
        expect(source, parsed.error.message).not.toContain('function top_');
        continue;
      }
      const expected = functionsOf(parsed.ast);
      const measured = measurePhpFunctions(parsed.ast);
      const around = callbacks(parsed.ast);
      expect(measured.map((m) => m.node)).toEqual(expected);
      for (const m of measured) {
        const fn = m.node;
        expect(
          {
            cyclomatic: m.cyclomatic,
            cognitive: m.cognitive,
            depth: m.depth,
            callbacks: m.callbacks,
          },
          `${source}\nfunction at line ${fn.loc?.start.line}`,
        ).toEqual({
          cyclomatic: cyclomatic(fn),
          cognitive: cognitiveComplexity([fn.body], phpRole),
          depth: depth(fn),
          callbacks: around.get(fn),
        });
        functions++;
      }
    }
    expect(functions).toBeGreaterThan(300);
  });

  it('never skips a node with children: the leaf kinds have none', async () => {
    const sources = [...(await corpusPhp()), ...generatedPrograms(20)];
    const seen = new Set<string>();
    for (const source of sources) {
      const parsed = await parsePhp('x.php', source);
      if (!('ast' in parsed)) continue;
      walkPhp(parsed.ast, (node) => {
        if (!PHP_LEAF_KINDS.has(node.kind)) return;
        seen.add(node.kind);
        expect(phpChildren(node), node.kind).toEqual([]);
      });
    }
    expect(seen.size).toBeGreaterThan(6);
  });

  it('counts code lines as ESLint does (blank and comment-only lines left out)', () => {
    const text = 'a\n\n  // c\n\t# h\n * d\n /* e */\n/\n  x = 1;\r\n\u00a0\n';
    // lines: a, '', // c, # h, * d, /* e */, /, x = 1;, nbsp, ''
    expect([...codeLineCounts(text)]).toEqual([0, 1, 1, 1, 1, 1, 1, 2, 3, 3, 3]);
  });
});

describe('one parse per file of an attempt', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('code-readability and wordpress-security read one tree; a new attempt parses again', async () => {
    const parseCode = vi.spyOn(Engine.prototype, 'parseCode');
    const files = [
      {
        path: 'plugin.php',
        content: "<?php\ndefined( 'ABSPATH' ) || exit;\nfunction a( $x ) {\n\treturn $x;\n}\n",
      },
    ];
    const input = { files, kind: 'code', taskId: 't' };
    const readability = await createCodeReadabilityGate().run(input);
    const security = await createWordPressSecurityGate().run(input);
    expect(readability.pass && security.pass).toBe(true);
    expect(parseCode).toHaveBeenCalledTimes(1);
    // The next attempt's files are new objects, even with the same text.
    await createCodeReadabilityGate().run({ ...input, files: files.map((f) => ({ ...f })) });
    expect(parseCode).toHaveBeenCalledTimes(2);
    expect(await parsePhpFile(files[0]!)).toBe(await parsePhpFile(files[0]!));
  });
});

describe('cognitive complexity on ESTree in one walk', () => {
  it("equals the metric's reference form on every outermost function of this repository's source", async () => {
    const { parseForESLint } = await import('@typescript-eslint/parser');
    const { readdir } = await import('node:fs/promises');
    const dir = join(packageRoot(), 'src');
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts'));
    let functions = 0;
    for (const file of files.slice(0, 120)) {
      const code = await readFile(join(dir, file), 'utf8');
      const { ast, visitorKeys } = parseForESLint(code, { range: true, loc: true });
      const keys = visitorKeys as Record<string, readonly string[] | undefined>;
      const visit = (node: unknown, inFunction: boolean): void => {
        if (!node || typeof node !== 'object') return;
        const n = node as { type?: string; body?: unknown; [k: string]: unknown };
        if (typeof n.type !== 'string') return;
        const isFn = /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/.test(
          n.type,
        );
        if (isFn && !inFunction) {
          expect(esCognitiveComplexity(n.body, keys), `${file}:${JSON.stringify(n.loc)}`).toBe(
            cognitiveComplexity([n.body], esRole(keys)),
          );
          functions++;
        }
        for (const k of keys[n.type] ?? []) {
          const v = n[k];
          for (const c of Array.isArray(v) ? v : [v]) visit(c, inFunction || isFn);
        }
      };
      visit(ast, false);
    }
    expect(functions).toBeGreaterThan(300);
  });
});
