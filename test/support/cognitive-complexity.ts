/**
 * Cognitive complexity, ported from the published metric (G. Ann Campbell, "Cognitive
 * Complexity: a new way of measuring understandability", SonarSource, 2017, version 1.7):
 *
 * - +1 for each break in linear flow: `if`, `else if`, `else`, the conditional operator,
 *   `switch`, each loop, `catch`, a jump to a label, and each sequence of like logical
 *   operators (`a && b && c` is one, `a && b || c` two);
 * - + the nesting level for each of those that nests (not `else`/`else if`, not operator
 *   sequences, not labelled jumps);
 * - nesting rises inside those structures and inside nested functions and lambdas, whose
 *   increments count toward the function that holds them.
 *
 * One walker serves both syntax trees (ESTree for TypeScript/JavaScript, php-parser for PHP)
 * through a small adapter that names each node's role. The metric written the long way, kept
 * here as the tests' reference: the gates measure in one walk each (eslint-readability.ts,
 * php-readability.ts), and the tests hold those walks to this one.
 */
import type { PhpNode } from '../../src/gates/php-ast.js';
import { phpChildren } from '../../src/gates/php-ast.js';

type Role =
  | { role: 'if'; test: unknown; then: unknown; else: unknown }
  | { role: 'ternary'; test: unknown; then: unknown; else: unknown }
  | { role: 'switch'; head: unknown[]; cases: unknown[] }
  | { role: 'loop'; head: unknown[]; body: unknown[] }
  | { role: 'catch'; body: unknown[] }
  | { role: 'labelled-jump' }
  | { role: 'logical'; operator: string; left: unknown; right: unknown }
  | { role: 'function'; body: unknown[] }
  | { role: 'other'; children: unknown[] };

type RoleOf = (node: unknown) => Role;

/** The cognitive complexity of a function's body. */
export function cognitiveComplexity(body: readonly unknown[], roleOf: RoleOf): number {
  let total = 0;
  const operators = (node: unknown, out: string[], leaves: unknown[]): void => {
    const r = roleOf(node);
    if (r.role === 'logical') {
      operators(r.left, out, leaves);
      out.push(r.operator);
      operators(r.right, out, leaves);
    } else leaves.push(node);
  };
  const visit = (node: unknown, nesting: number): void => {
    if (node === null || node === undefined) return;
    const r = roleOf(node);
    switch (r.role) {
      case 'if': {
        total += 1 + nesting;
        visit(r.test, nesting);
        visit(r.then, nesting + 1);
        let alt = r.else;
        while (alt !== null && alt !== undefined) {
          const a = roleOf(alt);
          total += 1;
          if (a.role === 'if') {
            visit(a.test, nesting);
            visit(a.then, nesting + 1);
            alt = a.else;
          } else {
            visit(alt, nesting + 1);
            alt = undefined;
          }
        }
        return;
      }
      case 'ternary':
        total += 1 + nesting;
        visit(r.test, nesting);
        visit(r.then, nesting + 1);
        visit(r.else, nesting + 1);
        return;
      case 'switch':
        total += 1 + nesting;
        for (const h of r.head) visit(h, nesting);
        for (const c of r.cases) visit(c, nesting + 1);
        return;
      case 'loop':
        total += 1 + nesting;
        for (const h of r.head) visit(h, nesting);
        for (const b of r.body) visit(b, nesting + 1);
        return;
      case 'catch':
        total += 1 + nesting;
        for (const b of r.body) visit(b, nesting + 1);
        return;
      case 'labelled-jump':
        total += 1;
        return;
      case 'logical': {
        const ops: string[] = [];
        const leaves: unknown[] = [];
        operators(node, ops, leaves);
        total += ops.filter((op, i) => i === 0 || op !== ops[i - 1]).length;
        for (const l of leaves) visit(l, nesting);
        return;
      }
      case 'function':
        for (const b of r.body) visit(b, nesting + 1);
        return;
      case 'other':
        for (const c of r.children) visit(c, nesting);
    }
  };
  for (const b of body) visit(b, 0);
  return total;
}

interface EsNode {
  type: string;
  [key: string]: unknown;
}

const ES_FUNCTIONS = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
]);
const ES_LOOPS = new Set([
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
]);

function childrenOf(node: EsNode, keys: Record<string, readonly string[] | undefined>): unknown[] {
  const out: unknown[] = [];
  for (const k of keys[node.type] ?? []) {
    const v = node[k];
    if (Array.isArray(v)) out.push(...v.filter(Boolean));
    else if (v && typeof v === 'object') out.push(v);
  }
  return out;
}

/** ESTree nodes in the roles cognitive complexity knows (the metric's reference form). */
export function esRole(keys: Record<string, readonly string[] | undefined>) {
  return (n: unknown): Role => {
    const node = n as EsNode;
    switch (node.type) {
      case 'IfStatement':
        return { role: 'if', test: node.test, then: node.consequent, else: node.alternate };
      case 'ConditionalExpression':
        return { role: 'ternary', test: node.test, then: node.consequent, else: node.alternate };
      case 'SwitchStatement':
        return { role: 'switch', head: [node.discriminant], cases: node.cases as unknown[] };
      case 'CatchClause':
        return { role: 'catch', body: [node.body] };
      case 'BreakStatement':
      case 'ContinueStatement':
        return node.label ? { role: 'labelled-jump' } : { role: 'other', children: [] };
      case 'LogicalExpression':
        return {
          role: 'logical',
          operator: String(node.operator),
          left: node.left,
          right: node.right,
        };
    }
    if (ES_FUNCTIONS.has(node.type)) return { role: 'function', body: [node.body] };
    if (ES_LOOPS.has(node.type)) {
      const body = node.body;
      return { role: 'loop', head: childrenOf(node, keys).filter((c) => c !== body), body: [body] };
    }
    return { role: 'other', children: childrenOf(node, keys) };
  };
}

/** Operators cognitive complexity counts in sequences. */
const PHP_LOGICAL = new Set(['&&', '||', 'and', 'or', 'xor']);
const PHP_LOOPS = new Set(['for', 'foreach', 'while', 'do']);

/**
 * php-parser's nodes in the roles the published cognitive-complexity walker knows. The gate
 * itself measures in one walk (phpReadability); this adapter is the metric written the long
 * way, which the tests hold the one walk to.
 */
export function phpRole(n: unknown): Role {
  const node = n as PhpNode;
  switch (node.kind) {
    case 'if':
      return { role: 'if', test: node.test, then: node.body, else: node.alternate };
    case 'retif':
      return { role: 'ternary', test: node.test, then: node.trueExpr, else: node.falseExpr };
    case 'switch':
      return { role: 'switch', head: [node.test], cases: [node.body] };
    case 'catch':
      return { role: 'catch', body: [node.body] };
    case 'bin':
      if (PHP_LOGICAL.has(String(node.type)))
        return { role: 'logical', operator: String(node.type), left: node.left, right: node.right };
      break;
    case 'closure':
    case 'arrowfunc':
    case 'function':
    case 'method':
      return { role: 'function', body: [node.body] };
  }
  if (PHP_LOOPS.has(node.kind)) {
    const head = phpChildren(node).filter((c) => c !== node.body);
    return { role: 'loop', head, body: [node.body] };
  }
  return { role: 'other', children: phpChildren(node) };
}
