import type { Finding } from '../core/gate-verdict.js';
import { cognitiveComplexity, type Role } from './cognitive-complexity.js';
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

function childrenOf(node: EsNode, keys: Record<string, readonly string[] | undefined>): unknown[] {
  const out: unknown[] = [];
  for (const k of keys[node.type] ?? []) {
    const v = node[k];
    if (Array.isArray(v)) out.push(...v.filter(Boolean));
    else if (v && typeof v === 'object') out.push(v);
  }
  return out;
}

/** ESTree nodes in the roles cognitive complexity knows. */
function esRole(keys: Record<string, readonly string[] | undefined>) {
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
    if (FUNCTIONS.has(node.type)) return { role: 'function', body: [node.body] };
    if (LOOPS.has(node.type)) {
      const body = node.body;
      return { role: 'loop', head: childrenOf(node, keys).filter((c) => c !== body), body: [body] };
    }
    return { role: 'other', children: childrenOf(node, keys) };
  };
}

/** The cognitive-complexity rule, reported on each outermost function (nested ones count into it). */
function cognitiveRule(max: number) {
  return {
    meta: { type: 'suggestion' as const, schema: [] },
    create(context: {
      sourceCode: {
        visitorKeys: Record<string, readonly string[] | undefined>;
        getAncestors(n: unknown): EsNode[];
      };
      report(d: { node: unknown; message: string }): void;
    }) {
      const check = (node: EsNode) => {
        if (context.sourceCode.getAncestors(node).some((a) => FUNCTIONS.has(a.type))) return;
        const score = cognitiveComplexity([node.body], esRole(context.sourceCode.visitorKeys));
        if (score > max)
          context.report({
            node,
            message: `Function has a cognitive complexity of ${score}; the limit is ${max}.`,
          });
      };
      return {
        FunctionDeclaration: check,
        FunctionExpression: check,
        ArrowFunctionExpression: check,
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
