import type { PhpNode } from './php-ast.js';

/** Variables and properties a file assigns `$wpdb` to (`$db = $wpdb`, `$this->db = $wpdb`). */
export interface WpdbAliases {
  readonly variables: ReadonlySet<string>;
  readonly properties: ReadonlySet<string>;
}

/** `$wpdb` itself, or `$GLOBALS['wpdb']`. */
function isWpdbItself(node: PhpNode | undefined): boolean {
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

/** The names a file gives `$wpdb`, to fill with `noteWpdbAlias` (the property `wpdb` at first). */
export function newWpdbAliases(): { variables: Set<string>; properties: Set<string> } {
  return { variables: new Set(), properties: new Set(['wpdb']) };
}

/**
 * Note the name an assignment gives `$wpdb`: plugins keep it in a property
 * (`$this->db = $wpdb;`) or a variable, and query through that, which a check on the name
 * `$wpdb` alone (as WPCS makes) never sees. Called for every node of a file before its walk.
 */
export function noteWpdbAlias(
  node: PhpNode,
  aliases: { variables: Set<string>; properties: Set<string> },
): void {
  if (node.kind !== 'assign' || !isWpdbItself(node.right as PhpNode)) return;
  const left = node.left as PhpNode;
  if (left.kind === 'variable' && typeof left.name === 'string' && left.name !== 'wpdb')
    aliases.variables.add(left.name);
  else if (left.kind === 'propertylookup' || left.kind === 'staticlookup') {
    const prop = left.offset as PhpNode;
    if (prop.kind === 'identifier' && typeof prop.name === 'string')
      aliases.properties.add(prop.name);
  }
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
