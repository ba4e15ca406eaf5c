import type { Finding } from '../core/gate-verdict.js';
import { cognitiveComplexity, type Role } from './cognitive-complexity.js';
import {
  PHP_FUNCTION_KINDS,
  functionName,
  lineOf,
  phpChildren,
  walkPhp,
  type PhpNode,
} from './php-ast.js';

/** The limits the code-readability gate applies (config `gates.code-readability.limits`). */
export interface ReadabilityLimits {
  readonly complexity: number;
  readonly cognitive: number;
  readonly maxDepth: number;
  readonly maxLinesPerFunction: number;
  readonly maxParams: number;
  readonly maxNestedCallbacks: number;
}

const LOGICAL = new Set(['&&', '||', 'and', 'or', 'xor']);
const LOOPS = new Set(['for', 'foreach', 'while', 'do']);

function asNode(n: unknown): PhpNode {
  return n as PhpNode;
}

/** php-parser's nodes in the roles cognitive complexity knows. */
export function phpRole(n: unknown): Role {
  const node = asNode(n);
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
      if (LOGICAL.has(String(node.type)))
        return { role: 'logical', operator: String(node.type), left: node.left, right: node.right };
      break;
    case 'closure':
    case 'arrowfunc':
    case 'function':
    case 'method':
      return { role: 'function', body: [node.body] };
  }
  if (LOOPS.has(node.kind)) {
    const head = phpChildren(node).filter((c) => c !== node.body);
    return { role: 'loop', head, body: [node.body] };
  }
  return { role: 'other', children: phpChildren(node) };
}

const DECISIONS = new Set(['if', 'retif', 'catch', ...LOOPS]);
const BRANCHING_OPERATORS = new Set(['&&', '||', 'and', 'or', '??']);

/** Cyclomatic complexity (McCabe): one plus each decision point. */
function cyclomatic(fn: PhpNode): number {
  let n = 1;
  walkPhp(fn, (node) => {
    if (node !== fn && PHP_FUNCTION_KINDS.has(node.kind)) return false;
    if (DECISIONS.has(node.kind)) n++;
    if (node.kind === 'case' && node.test) n++;
    if (node.kind === 'bin' && BRANCHING_OPERATORS.has(String(node.type))) n++;
  });
  return n;
}

const NESTING = new Set(['if', 'switch', 'try', ...LOOPS]);

/** The deepest nesting of blocks in a function (an `else if` chain is one level). */
function depth(fn: PhpNode): number {
  let max = 0;
  const visit = (node: PhpNode, d: number, elseIf: boolean): void => {
    if (node !== fn && PHP_FUNCTION_KINDS.has(node.kind)) return;
    const nests = NESTING.has(node.kind) && !elseIf;
    const here = nests ? d + 1 : d;
    max = Math.max(max, here);
    for (const c of phpChildren(node))
      visit(c, here, node.kind === 'if' && c === node.alternate && c.kind === 'if');
  };
  visit(fn, 0, false);
  return max;
}

/** Function length in lines, blank lines and comment-only lines left out (as ESLint counts). */
function length(fn: PhpNode, lines: readonly string[]): number {
  const start = fn.loc?.start.line ?? 1;
  const end = fn.loc?.end.line ?? start;
  let n = 0;
  for (let i = start; i <= end; i++) {
    const l = (lines[i - 1] ?? '').trim();
    if (l && !/^(\/\/|#|\*|\/\*)/.test(l)) n++;
  }
  return n;
}

/** Readability limits for each PHP function, method and closure in a file. */
export function phpReadability(
  path: string,
  source: string,
  program: PhpNode,
  limits: ReadabilityLimits,
): Finding[] {
  const lines = source.split('\n');
  const out: Finding[] = [];
  const add = (fn: PhpNode, rule: string, message: string) => {
    const line = lineOf(fn);
    out.push({ rule, severity: 'error', message, path, ...(line ? { line } : {}) });
  };
  const visit = (node: PhpNode, callbacks: number): void => {
    if (PHP_FUNCTION_KINDS.has(node.kind)) {
      const name =
        functionName(node) ??
        (node.kind === 'arrowfunc' || node.kind === 'closure' ? 'closure' : 'function');
      const label = `${name}()`;
      const c = cyclomatic(node);
      if (c > limits.complexity)
        add(
          node,
          'php/complexity',
          `${label} has a cyclomatic complexity of ${c}; the limit is ${limits.complexity}`,
        );
      const cc = cognitiveComplexity([node.body], phpRole);
      if (cc > limits.cognitive)
        add(
          node,
          'php/cognitive-complexity',
          `${label} has a cognitive complexity of ${cc}; the limit is ${limits.cognitive}`,
        );
      const d = depth(node);
      if (d > limits.maxDepth)
        add(
          node,
          'php/max-depth',
          `${label} nests blocks ${d} deep; the limit is ${limits.maxDepth}`,
        );
      const len = length(node, lines);
      if (len > limits.maxLinesPerFunction)
        add(
          node,
          'php/max-lines-per-function',
          `${label} is ${len} lines long; the limit is ${limits.maxLinesPerFunction}`,
        );
      const params = (node.arguments as unknown[] | undefined)?.length ?? 0;
      if (params > limits.maxParams)
        add(
          node,
          'php/max-params',
          `${label} takes ${params} parameters; the limit is ${limits.maxParams}`,
        );
      const nestedCallbacks =
        node.kind === 'closure' || node.kind === 'arrowfunc' ? callbacks + 1 : callbacks;
      if (nestedCallbacks > limits.maxNestedCallbacks)
        add(
          node,
          'php/max-nested-callbacks',
          `closures nested ${nestedCallbacks} deep; the limit is ${limits.maxNestedCallbacks}`,
        );
      for (const c of phpChildren(node)) visit(c, nestedCallbacks);
      return;
    }
    for (const c of phpChildren(node)) visit(c, callbacks);
  };
  visit(program, 0);
  return out;
}
