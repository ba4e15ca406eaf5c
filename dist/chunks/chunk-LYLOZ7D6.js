import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/gates/php-ast.ts
var parses = /* @__PURE__ */ new WeakMap();
function parsePhpFile(file) {
  const known = parses.get(file);
  if (known && known.content === file.content) return known.parsed;
  const parsed = parsePhp(file.path, file.content);
  parses.set(file, { content: file.content, parsed });
  return parsed;
}
async function parsePhp(path, code) {
  const { Engine } = await import("php-parser");
  const engine = new Engine({
    parser: { extractDoc: false, php8: true, suppressErrors: false },
    ast: { withPositions: true }
  });
  try {
    return { ast: engine.parseCode(code, path) };
  } catch (e) {
    const err = e;
    return {
      error: {
        rule: "php-syntax",
        severity: "error",
        message: `PHP does not parse: ${err.message ?? String(e)}`,
        path,
        ...err.lineNumber ? { line: err.lineNumber } : {}
      }
    };
  }
}
var NOT_CHILDREN = /* @__PURE__ */ new Set(["kind", "loc", "leadingComments", "trailingComments"]);
var PHP_LEAF_KINDS = /* @__PURE__ */ new Set([
  "string",
  "number",
  "boolean",
  "nullkeyword",
  "magic",
  "nowdoc",
  "inline",
  "identifier",
  "name",
  "typereference",
  "noop",
  "selfreference",
  "parentreference",
  "staticreference"
]);
var SOMETIMES = ["attrGroups", "properties"];
var KEYS = /* @__PURE__ */ new Map();
function phpChildKeys(kind, node) {
  let keys = KEYS.get(kind);
  if (!keys) {
    const own = Object.keys(node).filter((k) => !NOT_CHILDREN.has(k));
    keys = [...own, ...SOMETIMES.filter((k) => !own.includes(k))];
    KEYS.set(kind, keys);
  }
  return keys;
}
function phpChildren(node) {
  const out = [];
  for (const key of phpChildKeys(node.kind, node)) {
    const value = node[key];
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const v of value) if (isNode(v)) out.push(v);
    } else if (isNode(value)) out.push(value);
  }
  return out;
}
function isNode(v) {
  return typeof v === "object" && v !== null && typeof v.kind === "string";
}
function walkPhp(node, visit, parents = []) {
  if (visit(node, parents) === false) return;
  parents.push(node);
  for (const c of phpChildren(node)) walkPhp(c, visit, parents);
  parents.pop();
}
function callName(node) {
  if (node.kind !== "call") return void 0;
  const what = node.what;
  return what.kind === "name" ? String(what.name).replace(/^\\/, "").toLowerCase() : void 0;
}
function methodCall(node) {
  if (node.kind !== "call") return void 0;
  const what = node.what;
  if (what.kind !== "propertylookup" && what.kind !== "nullsafepropertylookup") return void 0;
  const obj = what.what;
  const prop = what.offset;
  if (obj.kind !== "variable" || prop.kind !== "identifier") return void 0;
  return [String(obj.name), String(prop.name).toLowerCase()];
}
function lineOf(node) {
  return node.loc?.start.line;
}
var PHP_FUNCTION_KINDS = /* @__PURE__ */ new Set(["function", "method", "closure", "arrowfunc"]);
function functionName(node) {
  const name = node.name;
  if (!name) return void 0;
  return (typeof name === "string" ? name : String(name.name)).toLowerCase();
}

export {
  parsePhpFile,
  PHP_LEAF_KINDS,
  phpChildKeys,
  phpChildren,
  walkPhp,
  callName,
  methodCall,
  lineOf,
  PHP_FUNCTION_KINDS,
  functionName
};
