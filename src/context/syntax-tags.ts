import type { Node, Parser } from 'web-tree-sitter';
import type { SyntaxLanguage } from './syntax-grammars.js';
import { definitionName, definitionsOf } from './syntax-sections.js';

/** A definition: its name, its line (1-based) and the lines of the definitions around it. */
export interface DefTag {
  readonly name: string;
  readonly line: number;
  /** First lines of the enclosing definitions (a method's class), outermost first. */
  readonly scope: readonly number[];
}

/** A file's tags for the repository map (Aider's method): what it defines and what it names. */
export interface FileTags {
  readonly defs: readonly DefTag[];
  /** Identifiers the file uses, with how often. */
  readonly refs: ReadonlyMap<string, number>;
}

const IDENTIFIERS = new Set([
  'identifier',
  'type_identifier',
  'property_identifier',
  'shorthand_property_identifier',
  'name',
]);
/** Files larger than this get no tags: the map is for code a person writes, not bundles. */
const MAX_TAGGED_CHARS = 300_000;

/**
 * Definition and reference tags from a file's tree-sitter tree. Definitions are the same nodes
 * the chunker cuts by (functions, classes, methods, interfaces, types, constants); references
 * are the identifiers used anywhere else. CSS has none (no names to follow between files).
 */
export function syntaxTags(
  parser: Parser,
  language: SyntaxLanguage,
  text: string,
): FileTags | undefined {
  if (language === 'css' || text.length > MAX_TAGGED_CHARS) return undefined;
  const tree = parser.parse(text);
  if (!tree) return undefined;
  try {
    const defs: DefTag[] = [];
    const refs = new Map<string, number>();
    const kinds = definitionsOf(language);
    const nameNodes = new Set<number>();
    const walk = (node: Node, scope: readonly number[]): void => {
      let inner = scope;
      if (kinds.has(node.type)) {
        const name = definitionName(node);
        const nameNode = node.childForFieldName('name');
        if (nameNode) nameNodes.add(nameNode.id);
        if (name && /^[\w$\\]+$/.test(name)) {
          const line = node.startPosition.row + 1;
          defs.push({ name, line, scope });
          inner = [...scope, line];
        }
      } else if (node.type === 'variable_declarator') {
        const n = node.childForFieldName('name');
        if (n) nameNodes.add(n.id);
      }
      if (node.namedChildCount === 0) {
        if (IDENTIFIERS.has(node.type) && !nameNodes.has(node.id)) {
          const t = node.text;
          if (t.length >= 3) refs.set(t, (refs.get(t) ?? 0) + 1);
        }
        return;
      }
      for (const child of node.namedChildren) if (child) walk(child, inner);
    };
    walk(tree.rootNode, []);
    return { defs, refs };
  } finally {
    tree.delete();
  }
}
