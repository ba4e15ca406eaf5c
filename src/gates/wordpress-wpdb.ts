import { type PhpNode, walkPhp } from './php-ast.js';

/** Variables and properties a file assigns `$wpdb` to (`$db = $wpdb`, `$this->db = $wpdb`). */
export interface WpdbAliases {
  readonly variables: ReadonlySet<string>;
  readonly properties: ReadonlySet<string>;
}

/** `$wpdb` itself, or `$GLOBALS['wpdb']`. */
export function isWpdbItself(node: PhpNode | undefined): boolean {
  if (!node) return false;
  if (node.kind === 'variable') return node.name === 'wpdb';
  if (node.kind !== 'offsetlookup') return false;
  const what = node.what as PhpNode;
  const offset = node.offset as PhpNode | null;
  return (
    what.kind === 'variable' &&
    what.name === 'GLOBALS' &&
    offset?.kind === 'string' &&
    offset.value === 'wpdb'
  );
}

/**
 * The names a file gives `$wpdb`: plugins keep it in a property (`$this->db = $wpdb;`) or a
 * variable, and query through that, which a check on the name `$wpdb` alone (as WPCS makes)
 * never sees.
 */
export function wpdbAliases(program: PhpNode): WpdbAliases {
  const variables = new Set<string>();
  const properties = new Set<string>(['wpdb']);
  walkPhp(program, (n) => {
    if (n.kind !== 'assign' || !isWpdbItself(n.right as PhpNode)) return;
    const left = n.left as PhpNode;
    if (left.kind === 'variable' && typeof left.name === 'string' && left.name !== 'wpdb')
      variables.add(left.name);
    else if (left.kind === 'propertylookup' || left.kind === 'staticlookup') {
      const prop = left.offset as PhpNode;
      const name = prop.kind === 'identifier' ? prop.name : undefined;
      if (typeof name === 'string') properties.add(name);
    }
  });
  return { variables, properties };
}

/** Is this expression WordPress's database object, by its own name or one the file gave it? */
export function isWpdb(node: PhpNode | undefined, aliases: WpdbAliases): boolean {
  if (!node) return false;
  if (isWpdbItself(node)) return true;
  if (node.kind === 'variable') return aliases.variables.has(String(node.name));
  if (node.kind === 'propertylookup' || node.kind === 'staticlookup') {
    const prop = node.offset as PhpNode;
    return prop.kind === 'identifier' && aliases.properties.has(String(prop.name));
  }
  return false;
}

/** `<wpdb>->method( … )`: the method's name (lower case) when the object is the database's. */
export function wpdbMethod(node: PhpNode, aliases: WpdbAliases): string | undefined {
  if (node.kind !== 'call') return undefined;
  const what = node.what as PhpNode;
  if (what.kind !== 'propertylookup' && what.kind !== 'nullsafepropertylookup') return undefined;
  const prop = what.offset as PhpNode;
  if (prop.kind !== 'identifier' || !isWpdb(what.what as PhpNode, aliases)) return undefined;
  return String(prop.name).toLowerCase();
}
