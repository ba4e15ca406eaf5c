import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-4IVWAEM2.js";
import {
  InputError
} from "./chunk-ZFFYD355.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/core/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/zod-issue-text.ts
function kindOfValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
function describeZodIssue(issue, value) {
  if (issue.code === "invalid_union") {
    const disc = issue.discriminator;
    if (issue.errors.length === 0 || typeof disc === "string") {
      if (issue.message && issue.message !== "Invalid input") return issue.message;
      return `Invalid input${typeof disc === "string" ? `: ${disc} is not one of the accepted values` : ""}`;
    }
    const expected = [];
    for (const branch of issue.errors) {
      const [first] = branch;
      if (!first) continue;
      const text = first.code === "invalid_type" ? first.expected : first.path.length ? `${first.path.map(String).join(".")}: ${describeZodIssue(first)}` : describeZodIssue(first);
      if (!expected.includes(text)) expected.push(text);
    }
    const received = value === void 0 ? "" : `, received ${kindOfValue(value)}`;
    return `Invalid input: expected ${expected.join(" or ")}${received}`;
  }
  if (issue.code === "unrecognized_keys")
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  if (issue.message === "Invalid input" && issue.code === "invalid_type")
    return `Invalid input: expected ${issue.expected}${value === void 0 ? "" : `, received ${kindOfValue(value)}`}`;
  return issue.message;
}

// src/core/yaml-source.ts
function parseYamlWith(schema, text, file, options = {}) {
  const lineOffset = options.lineOffset ?? 0;
  const what = options.what ?? "file";
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset) => lineCounter.linePos(offset).line + lineOffset;
  const lineOfPath = (path) => lineOfYamlPath(doc, lineAt, path, lineOffset);
  if (doc.errors.length > 0) {
    throw new InputError(
      `The ${what} ${file} is not valid YAML.`,
      doc.errors.map((e) => ({
        location: { file, line: lineAt(e.pos[0]) },
        message: e.message.split("\n")[0] ?? e.message
      })),
      { hint: "Fix the YAML syntax at the lines shown." }
    );
  }
  const data = doc.toJS() ?? {};
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const valueAt = (path) => path.reduce(
    (v, k) => v !== null && typeof v === "object" ? v[k] : void 0,
    data
  );
  const issues = result.error.issues.flatMap((issue) => {
    const path = issue.path.filter((p) => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => ({
        location: { file, line: lineOfPath([...path, key]) },
        field: formatPath([...path, key]),
        message: `unknown field "${key}"${path.length ? ` in ${formatPath(path)}` : ""}`
      }));
    return [
      {
        location: { file, line: lineOfPath(path) },
        field: formatPath(path) || void 0,
        message: describeZodIssue(issue, valueAt(path))
      }
    ];
  });
  issues.sort((x, y) => (x.location?.line ?? 0) - (y.location?.line ?? 0));
  throw new InputError(`The ${what} ${file} has ${issues.length} problem(s).`, issues, {
    hint: `Correct the fields named above; \`aios schema\` prints the full schema.`
  });
}
function formatPath(path) {
  return path.reduce(
    (acc, p) => typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p,
    ""
  );
}
function splitFrontMatter(text, file) {
  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
  const match = /^---\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(normalized);
  if (!match) {
    throw new InputError(
      `${file} has no YAML front matter.`,
      [{ location: { file, line: 1 }, message: "expected the file to start with a line `---`" }],
      { hint: "Start the file with `---`, the YAML fields, then `---` and the body." }
    );
  }
  return {
    frontMatter: match[1] ?? "",
    body: normalized.slice(match[0].length),
    frontMatterLineOffset: 1
  };
}
function yamlLineLocator(text, lineOffset = 0) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset) => lineCounter.linePos(offset).line + lineOffset;
  return (path) => lineOfYamlPath(doc, lineAt, path, lineOffset);
}
function lineOfYamlPath(doc, lineAt, path, lineOffset) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if ((0, import_yaml.isNode)(node) && node.range) return lineAt(node.range[0]);
    if (depth > 0) {
      const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
      const key = path[depth - 1];
      if (parent && typeof parent === "object" && "items" in parent && typeof key === "string") {
        const items = parent.items;
        const pair = items.find(
          (p) => (0, import_yaml.isNode)(p.key) && p.key.value === key
        );
        if (pair && (0, import_yaml.isNode)(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
      }
    }
  }
  return 1 + lineOffset;
}

export {
  parseYamlWith,
  splitFrontMatter,
  yamlLineLocator
};
