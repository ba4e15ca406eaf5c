import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkText } from '../../src/context/chunk-text.js';
import { describeChunker, RepoIndex } from '../../src/context/repo-index.js';
import { loadSyntaxParsers, type SyntaxParsers } from '../../src/context/syntax-grammars.js';
import { openGitWorkspace } from '../../src/context/workspace.js';
import { tempDir, tempRepo } from '../support/temp-repo.js';

const body = (n: number, indent = '    ') =>
  Array.from({ length: n }, (_, i) => `${indent}$total += ${i};`).join('\n');

const symbolsOf = (chunks: { symbols: readonly string[] }[]) => chunks.flatMap((c) => c.symbols);

describe('code chunks through tree-sitter', () => {
  it('loads every shipped grammar (PHP, JavaScript, TypeScript, TSX, CSS)', async () => {
    const syntax = await loadSyntaxParsers();
    expect([...syntax.failed]).toEqual([]);
    expect([...syntax.parsers.keys()].sort()).toEqual([
      'css',
      'javascript',
      'php',
      'tsx',
      'typescript',
    ]);
  });

  it('cuts a long PHP class by its methods, named Class.method, comments with what they document', async () => {
    const syntax = await loadSyntaxParsers();
    const php = [
      '<?php',
      'namespace App\\Billing;',
      '',
      '/** Invoices for a customer. */',
      'class Invoice extends Model',
      '{',
      '    /** The total in cents. */',
      '    public function total(): int',
      '    {',
      '        $total = 0;',
      body(80, '        '),
      '        return $total;',
      '    }',
      '',
      '    private function taxRate(string $country): float',
      '    {',
      body(60, '        '),
      '        return 0.2;',
      '    }',
      '}',
      '',
      'function format_money(int $cents): string { return sprintf("%.2f", $cents / 100); }',
      '',
    ].join('\n');
    const chunks = chunkText('app/Billing/Invoice.php', php, syntax);
    const symbols = symbolsOf(chunks);
    expect(symbols).toContain('Invoice');
    expect(symbols).toContain('Invoice.total');
    expect(symbols).toContain('Invoice.taxRate');
    expect(symbols).toContain('format_money');
    const total = chunks.find((c) => c.symbols.includes('Invoice.total'));
    expect(total?.text.split('\n')[0]).toBe('    /** The total in cents. */');
    // Every line is in some chunk, in order, and no chunk runs backwards.
    expect(chunks[0]?.start).toBe(1);
    expect(chunks.at(-1)?.end).toBe(php.split('\n').length - 1);
    for (const c of chunks) expect(c.end).toBeGreaterThanOrEqual(c.start);
  });

  it('reads definitions from the tree, not from lines that only look like them', async () => {
    const syntax = await loadSyntaxParsers();
    const ts = [
      'export interface Order { id: string }',
      'const template = `',
      'function notReal() {',
      '`;',
      'export const totalOf = (o: Order): number => 1;',
      'export default class Cart {',
      '  add(o: Order): void {}',
      '}',
      'type Id = string;',
      '',
    ].join('\n');
    const tree = symbolsOf(chunkText('src/cart.ts', ts, syntax));
    expect(tree).toEqual(expect.arrayContaining(['Order', 'template', 'totalOf', 'Cart', 'Id']));
    expect(tree).not.toContain('notReal');
    // The regex chunker (no grammars) is fooled by the template string.
    expect(symbolsOf(chunkText('src/cart.ts', ts))).toContain('notReal');
  });

  it('parses TSX components, JavaScript classes and CSS rules and at-rules', async () => {
    const syntax = await loadSyntaxParsers();
    const tsx =
      'export function Button(p: { label: string }) {\n  return <button>{p.label}</button>;\n}\n';
    expect(symbolsOf(chunkText('ui/Button.tsx', tsx, syntax))).toEqual(['Button']);
    const js = 'class Menu {\n  open() {}\n}\nfunction toggle(el) { el.hidden = !el.hidden; }\n';
    expect(symbolsOf(chunkText('assets/menu.js', js, syntax))).toEqual(['Menu', 'toggle']);
    const css =
      '/* buttons */\n.btn, .btn-primary {\n  color: red;\n}\n@media (max-width: 600px) {\n  .btn { width: 100%; }\n}\n';
    expect(symbolsOf(chunkText('assets/site.css', css, syntax))).toEqual([
      '.btn, .btn-primary',
      '@media (max-width: 600px)',
    ]);
  });

  it('falls back to the regex chunker for a grammar that did not load, and says so', async () => {
    const loaded = await loadSyntaxParsers();
    const parsers = new Map(loaded.parsers);
    parsers.delete('php');
    const broken: SyntaxParsers = {
      parsers,
      languages: loaded.languages,
      failed: new Map([['php', 'tree-sitter-php.wasm is missing']]),
    };
    const php = '<?php\nfunction a() {}\n$s = "function fake() {";\n';
    expect(chunkText('a.php', php, broken)).toEqual(chunkText('a.php', php));
    expect(describeChunker(broken)).toBe(
      'tree-sitter; regex fallback for php: tree-sitter-php.wasm is missing',
    );
    expect(describeChunker(loaded)).toBe('tree-sitter');
  });

  it('indexes code with tree-sitter and reports the chunker in the update', async () => {
    const dir = await tempRepo({
      'src/cart.ts': 'export function addToCart(id: string): void {}\n',
      'README.md': '# Shop\n',
    });
    const index = RepoIndex.open(join(await tempDir(), 'index.sqlite'));
    const ws = await openGitWorkspace(dir);
    try {
      const update = await index.update(await ws.listEntries!(), (b) => ws.readBlobs!(b));
      expect(update.chunker).toBe('tree-sitter');
      const found = index.search(['cart'], 5);
      expect(found[0]).toMatchObject({ path: 'src/cart.ts', symbols: ['addToCart'] });
    } finally {
      index.close();
      await ws.close();
    }
  });
});
