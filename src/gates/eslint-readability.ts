import type { Finding } from '../core/gate-verdict.js';
import type { ReadabilityLimits } from './php-readability.js';

interface EsNode {
  type: string;
  [key: string]: unknown;
}

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const LOOPS = new Set([
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
]);

/**
 * Cognitive complexity of a function body on ESTree, in one walk that allocates nothing per
 * node: the same metric as the published walker over ESTree roles (the tests hold it to that,
 * test/support/cognitive-complexity.ts), without a role object and a child list per node.
 */
export function esCognitiveComplexity(
  body: unknown,
  keys: Record<string, readonly string[] | undefined>,
): number {
  let total = 0;
  const children = (node: EsNode, n: number, skip: unknown): void => {
    for (const k of keys[node.type] ?? []) {
      const v = node[k];
      if (Array.isArray(v)) {
        for (const c of v as unknown[]) if (c && c !== skip) visit(c, n);
      } else if (v && typeof v === 'object' && v !== skip) visit(v, n);
    }
  };
  let previous = '';
  let changes = 0;
  const logical = (node: EsNode, n: number): void => {
    const left = node.left as EsNode;
    const right = node.right as EsNode;
    if (left.type === 'LogicalExpression') logical(left, n);
    else visit(left, n);
    const op = String(node.operator);
    if (op !== previous) changes++;
    previous = op;
    if (right.type === 'LogicalExpression') logical(right, n);
    else visit(right, n);
  };
  const visit = (value: unknown, n: number): void => {
    if (value === null || value === undefined) return;
    const node = value as EsNode;
    const type = node.type;
    switch (type) {
      case 'IfStatement': {
        total += 1 + n;
        visit(node.test, n);
        visit(node.consequent, n + 1);
        let alt = node.alternate as EsNode | null | undefined;
        while (alt) {
          total += 1;
          if (alt.type === 'IfStatement') {
            visit(alt.test, n);
            visit(alt.consequent, n + 1);
            alt = alt.alternate as EsNode | null | undefined;
          } else {
            visit(alt, n + 1);
            alt = undefined;
          }
        }
        return;
      }
      case 'ConditionalExpression':
        total += 1 + n;
        visit(node.test, n);
        visit(node.consequent, n + 1);
        visit(node.alternate, n + 1);
        return;
      case 'SwitchStatement':
        total += 1 + n;
        visit(node.discriminant, n);
        for (const c of node.cases as unknown[]) visit(c, n + 1);
        return;
      case 'CatchClause':
        total += 1 + n;
        visit(node.body, n + 1);
        return;
      case 'BreakStatement':
      case 'ContinueStatement':
        if (node.label) total += 1;
        return;
      case 'LogicalExpression': {
        // A sequence of logical operators: +1 for each change of operator along it. Operands
        // are visited inside, so an operand's own sequence is counted apart and first.
        const outer = { previous, changes };
        previous = '';
        changes = 0;
        logical(node, n);
        total += changes;
        ({ previous, changes } = outer);
        return;
      }
    }
    if (FUNCTIONS.has(type)) return visit(node.body, n + 1);
    if (LOOPS.has(type)) {
      const loopBody = node.body;
      total += 1 + n;
      children(node, n, loopBody);
      visit(loopBody, n + 1);
      return;
    }
    if (typeof type === 'string') children(node, n, undefined);
  };
  visit(body, 0);
  return total;
}

/** The cognitive-complexity rule, reported on each outermost function (nested ones count into it). */
function cognitiveRule(max: number) {
  return {
    meta: { type: 'suggestion' as const, schema: [] },
    create(context: {
      sourceCode: { visitorKeys: Record<string, readonly string[] | undefined> };
      report(d: { node: unknown; message: string }): void;
    }) {
      // Functions open around the node ESLint is at: only an outermost one is scored.
      let open = 0;
      const enter = (node: EsNode) => {
        if (open++ > 0) return;
        const score = esCognitiveComplexity(node.body, context.sourceCode.visitorKeys);
        if (score > max)
          context.report({
            node,
            message: `Function has a cognitive complexity of ${score}; the limit is ${max}.`,
          });
      };
      const exit = () => void open--;
      return {
        FunctionDeclaration: enter,
        FunctionExpression: enter,
        ArrowFunctionExpression: enter,
        'FunctionDeclaration:exit': exit,
        'FunctionExpression:exit': exit,
        'ArrowFunctionExpression:exit': exit,
      };
    },
  };
}

/**
 * ESLint in memory with typescript-eslint's parser: core readability rules (complexity,
 * max-depth, max-lines-per-function, max-params, max-nested-callbacks) and cognitive complexity.
 */
export async function eslintReadability(
  files: readonly { path: string; content: string }[],
  limits: ReadabilityLimits,
): Promise<Finding[]> {
  if (!files.length) return [];
  const [{ Linter }, tsParser] = await Promise.all([
    import('eslint'),
    import('@typescript-eslint/parser'),
  ]);
  // Paths are the change's own; a fixed cwd keeps ESLint from matching them against ours.
  const linter = new Linter({ configType: 'flat', cwd: '/aios' });
  const config = [
    {
      files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
      languageOptions: {
        parser: tsParser,
        ecmaVersion: 'latest' as const,
        sourceType: 'module' as const,
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
      plugins: { aios: { rules: { 'cognitive-complexity': cognitiveRule(limits.cognitive) } } },
      rules: {
        complexity: ['error', limits.complexity],
        'max-depth': ['error', limits.maxDepth],
        'max-lines-per-function': [
          'error',
          { max: limits.maxLinesPerFunction, skipBlankLines: true, skipComments: true },
        ],
        'max-params': ['error', limits.maxParams],
        'max-nested-callbacks': ['error', limits.maxNestedCallbacks],
        'aios/cognitive-complexity': 'error',
      },
    },
  ];
  const out: Finding[] = [];
  for (const f of files) {
    for (const m of linter.verify(f.content, config as never, {
      filename: `/aios/${f.path.replace(/^\/+/, '')}`,
    })) {
      out.push({
        rule: m.ruleId ? `eslint/${m.ruleId.replace(/^aios\//, '')}` : 'eslint/parse-error',
        severity: 'error',
        message: m.message,
        path: f.path,
        ...(m.line > 0 ? { line: m.line } : {}),
      });
    }
  }
  return out;
}
