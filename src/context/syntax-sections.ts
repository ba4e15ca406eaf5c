import type { Node, Parser } from 'web-tree-sitter';
import type { SyntaxLanguage } from './syntax-grammars.js';

/** Where a definition starts (0-based line, leading comments included) and the name it defines. */
export interface SectionStart {
  readonly at: number;
  readonly name: string;
}

/** Node types that are one definition each, per language. */
const DEFINITIONS: Readonly<Record<SyntaxLanguage, ReadonlySet<string>>> = {
  javascript: new Set([
    'function_declaration',
    'generator_function_declaration',
    'class_declaration',
    'method_definition',
    'lexical_declaration',
    'variable_declaration',
  ]),
  typescript: new Set([
    'function_declaration',
    'generator_function_declaration',
    'class_declaration',
    'abstract_class_declaration',
    'interface_declaration',
    'type_alias_declaration',
    'enum_declaration',
    'internal_module',
    'module',
    'method_definition',
    'abstract_method_signature',
    'lexical_declaration',
    'variable_declaration',
    'function_signature',
  ]),
  tsx: new Set(),
  php: new Set([
    'function_definition',
    'class_declaration',
    'interface_declaration',
    'trait_declaration',
    'enum_declaration',
    'method_declaration',
    'namespace_definition',
  ]),
  css: new Set([
    'rule_set',
    'media_statement',
    'keyframes_statement',
    'supports_statement',
    'at_rule',
  ]),
};
/** Containers whose members become sections of their own when the container is long. */
const BODIES = new Set([
  'class_body',
  'declaration_list',
  'statement_block',
  'block',
  'compound_statement',
  'interface_body',
  'enum_declaration_list',
]);

export function definitionsOf(language: SyntaxLanguage): ReadonlySet<string> {
  return language === 'tsx' ? DEFINITIONS.typescript : DEFINITIONS[language];
}

function named(node: Node): Node[] {
  return node.namedChildren.filter((c): c is Node => c !== null);
}

/** The name a definition node defines, read from the tree (not guessed from the line). */
export function definitionName(node: Node): string | undefined {
  switch (node.type) {
    case 'lexical_declaration':
    case 'variable_declaration': {
      const names = named(node)
        .filter((c) => c.type === 'variable_declarator')
        .map((c) => c.childForFieldName('name'))
        .filter((n): n is Node => n?.type === 'identifier')
        .map((n) => n.text);
      return names.length ? names.join(', ') : undefined;
    }
    case 'rule_set':
      return named(node)
        .find((c) => c.type === 'selectors')
        ?.text.replace(/\s+/g, ' ')
        .slice(0, 120);
    case 'media_statement':
    case 'supports_statement':
    case 'keyframes_statement':
    case 'at_rule': {
      const head = node.text.split('{')[0] ?? '';
      return head.replace(/\s+/g, ' ').trim().slice(0, 120) || undefined;
    }
    default:
      return node.childForFieldName('name')?.text;
  }
}

/**
 * The definitions of a file as sections: top-level functions, classes, interfaces, rules…
 * (unwrapping `export`), and the members of a definition longer than `longLines` (a large
 * class is cut by its methods, named `Class.method`). Leading comments belong to what they
 * document. Undefined when the text does not parse at all.
 */
export function syntaxSections(
  parser: Parser,
  language: SyntaxLanguage,
  text: string,
  longLines: number,
): SectionStart[] | undefined {
  const tree = parser.parse(text);
  if (!tree) return undefined;
  try {
    const defs = definitionsOf(language);
    const out: SectionStart[] = [];
    const visit = (container: Node, prefix: string, depth: number): void => {
      let comment: number | undefined;
      for (const child of named(container)) {
        if (child.type === 'comment') {
          comment ??= child.startPosition.row;
          continue;
        }
        const node = child.type === 'export_statement' ? exportedOf(child) : child;
        const at = comment ?? child.startPosition.row;
        comment = undefined;
        // Inside a body only nested functions count: a function's local variables are not
        // definitions anyone looks up.
        if (node && defs.has(node.type) && (depth === 0 || !isPlainVariable(node))) {
          const name = definitionName(node);
          if (name) out.push({ at, name: prefix ? `${prefix}.${name}` : name });
          const lines = node.endPosition.row - node.startPosition.row + 1;
          if (lines > longLines && depth < 2) {
            const body =
              node.childForFieldName('body') ?? named(node).find((c) => BODIES.has(c.type));
            if (body) visit(body, name ?? prefix, depth + 1);
          }
        } else if (node && depth === 0 && BODIES.has(node.type)) {
          visit(node, prefix, depth + 1);
        } else if (node?.type === 'namespace_definition' || node?.type === 'php_tag') {
          continue;
        }
      }
    };
    visit(tree.rootNode, '', 0);
    // Members come after their container in the walk but may share its first line: keep order.
    out.sort((a, b) => a.at - b.at);
    return out.filter((s, i) => i === 0 || s.at !== out[i - 1]?.at);
  } finally {
    tree.delete();
  }
}

const FUNCTION_VALUES = new Set(['arrow_function', 'function_expression', 'function', 'class']);

function isPlainVariable(node: Node): boolean {
  if (node.type !== 'lexical_declaration' && node.type !== 'variable_declaration') return false;
  return !named(node).some(
    (c) =>
      c.type === 'variable_declarator' &&
      FUNCTION_VALUES.has(c.childForFieldName('value')?.type ?? ''),
  );
}

function exportedOf(node: Node): Node | undefined {
  return node.childForFieldName('declaration') ?? named(node).find((c) => c.type !== 'comment');
}
