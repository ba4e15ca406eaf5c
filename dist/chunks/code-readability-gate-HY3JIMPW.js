import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PHP_FUNCTION_KINDS,
  functionName,
  lineOf,
  parsePhp,
  phpChildren,
  walkPhp
} from "./chunk-PR6PNVWH.js";
import {
  packageVersion
} from "./chunk-SIHYZ3AZ.js";
import {
  applyThreshold
} from "./chunk-X4AOXAYN.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-DZOLSQ6D.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/process/run-command.ts
import { spawn } from "node:child_process";
async function runShellCommand(command, options) {
  const keepChars = options.keepChars ?? 4e3;
  const child = spawn(command, {
    cwd: options.cwd,
    shell: true,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"]
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
    }
  }, options.timeoutMs);
  let output = "";
  const keep = (b) => {
    output = (output + b.toString("utf8")).slice(-keepChars);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const code = await new Promise((resolve) => {
    child.on("close", (c) => resolve(c));
    child.on("error", () => resolve(127));
  });
  clearTimeout(timer);
  return { code, timedOut, output };
}

// src/gates/cognitive-complexity.ts
function cognitiveComplexity(body, roleOf) {
  let total = 0;
  const operators = (node, out, leaves) => {
    const r = roleOf(node);
    if (r.role === "logical") {
      operators(r.left, out, leaves);
      out.push(r.operator);
      operators(r.right, out, leaves);
    } else leaves.push(node);
  };
  const visit = (node, nesting) => {
    if (node === null || node === void 0) return;
    const r = roleOf(node);
    switch (r.role) {
      case "if": {
        total += 1 + nesting;
        visit(r.test, nesting);
        visit(r.then, nesting + 1);
        let alt = r.else;
        while (alt !== null && alt !== void 0) {
          const a = roleOf(alt);
          total += 1;
          if (a.role === "if") {
            visit(a.test, nesting);
            visit(a.then, nesting + 1);
            alt = a.else;
          } else {
            visit(alt, nesting + 1);
            alt = void 0;
          }
        }
        return;
      }
      case "ternary":
        total += 1 + nesting;
        visit(r.test, nesting);
        visit(r.then, nesting + 1);
        visit(r.else, nesting + 1);
        return;
      case "switch":
        total += 1 + nesting;
        for (const h of r.head) visit(h, nesting);
        for (const c of r.cases) visit(c, nesting + 1);
        return;
      case "loop":
        total += 1 + nesting;
        for (const h of r.head) visit(h, nesting);
        for (const b of r.body) visit(b, nesting + 1);
        return;
      case "catch":
        total += 1 + nesting;
        for (const b of r.body) visit(b, nesting + 1);
        return;
      case "labelled-jump":
        total += 1;
        return;
      case "logical": {
        const ops = [];
        const leaves = [];
        operators(node, ops, leaves);
        total += ops.filter((op, i) => i === 0 || op !== ops[i - 1]).length;
        for (const l of leaves) visit(l, nesting);
        return;
      }
      case "function":
        for (const b of r.body) visit(b, nesting + 1);
        return;
      case "other":
        for (const c of r.children) visit(c, nesting);
    }
  };
  for (const b of body) visit(b, 0);
  return total;
}

// src/gates/eslint-readability.ts
var FUNCTIONS = /* @__PURE__ */ new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);
var LOOPS = /* @__PURE__ */ new Set([
  "ForStatement",
  "ForInStatement",
  "ForOfStatement",
  "WhileStatement",
  "DoWhileStatement"
]);
function childrenOf(node, keys) {
  const out = [];
  for (const k of keys[node.type] ?? []) {
    const v = node[k];
    if (Array.isArray(v)) out.push(...v.filter(Boolean));
    else if (v && typeof v === "object") out.push(v);
  }
  return out;
}
function esRole(keys) {
  return (n) => {
    const node = n;
    switch (node.type) {
      case "IfStatement":
        return { role: "if", test: node.test, then: node.consequent, else: node.alternate };
      case "ConditionalExpression":
        return { role: "ternary", test: node.test, then: node.consequent, else: node.alternate };
      case "SwitchStatement":
        return { role: "switch", head: [node.discriminant], cases: node.cases };
      case "CatchClause":
        return { role: "catch", body: [node.body] };
      case "BreakStatement":
      case "ContinueStatement":
        return node.label ? { role: "labelled-jump" } : { role: "other", children: [] };
      case "LogicalExpression":
        return {
          role: "logical",
          operator: String(node.operator),
          left: node.left,
          right: node.right
        };
    }
    if (FUNCTIONS.has(node.type)) return { role: "function", body: [node.body] };
    if (LOOPS.has(node.type)) {
      const body = node.body;
      return { role: "loop", head: childrenOf(node, keys).filter((c) => c !== body), body: [body] };
    }
    return { role: "other", children: childrenOf(node, keys) };
  };
}
function cognitiveRule(max) {
  return {
    meta: { type: "suggestion", schema: [] },
    create(context) {
      const check = (node) => {
        if (context.sourceCode.getAncestors(node).some((a) => FUNCTIONS.has(a.type))) return;
        const score = cognitiveComplexity([node.body], esRole(context.sourceCode.visitorKeys));
        if (score > max)
          context.report({
            node,
            message: `Function has a cognitive complexity of ${score}; the limit is ${max}.`
          });
      };
      return {
        FunctionDeclaration: check,
        FunctionExpression: check,
        ArrowFunctionExpression: check
      };
    }
  };
}
async function eslintReadability(files, limits) {
  if (!files.length) return [];
  const [{ Linter }, tsParser] = await Promise.all([
    import("eslint"),
    import("@typescript-eslint/parser")
  ]);
  const linter = new Linter({ configType: "flat", cwd: "/aios" });
  const config = [
    {
      files: ["**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}"],
      languageOptions: {
        parser: tsParser,
        ecmaVersion: "latest",
        sourceType: "module",
        parserOptions: { ecmaFeatures: { jsx: true } }
      },
      plugins: { aios: { rules: { "cognitive-complexity": cognitiveRule(limits.cognitive) } } },
      rules: {
        complexity: ["error", limits.complexity],
        "max-depth": ["error", limits.maxDepth],
        "max-lines-per-function": [
          "error",
          { max: limits.maxLinesPerFunction, skipBlankLines: true, skipComments: true }
        ],
        "max-params": ["error", limits.maxParams],
        "max-nested-callbacks": ["error", limits.maxNestedCallbacks],
        "aios/cognitive-complexity": "error"
      }
    }
  ];
  const out = [];
  for (const f of files) {
    for (const m of linter.verify(f.content, config, {
      filename: `/aios/${f.path.replace(/^\/+/, "")}`
    })) {
      out.push({
        rule: m.ruleId ? `eslint/${m.ruleId.replace(/^aios\//, "")}` : "eslint/parse-error",
        severity: "error",
        message: m.message,
        path: f.path,
        ...m.line > 0 ? { line: m.line } : {}
      });
    }
  }
  return out;
}

// src/gates/php-readability.ts
var LOGICAL = /* @__PURE__ */ new Set(["&&", "||", "and", "or", "xor"]);
var LOOPS2 = /* @__PURE__ */ new Set(["for", "foreach", "while", "do"]);
function asNode(n) {
  return n;
}
function phpRole(n) {
  const node = asNode(n);
  switch (node.kind) {
    case "if":
      return { role: "if", test: node.test, then: node.body, else: node.alternate };
    case "retif":
      return { role: "ternary", test: node.test, then: node.trueExpr, else: node.falseExpr };
    case "switch":
      return { role: "switch", head: [node.test], cases: [node.body] };
    case "catch":
      return { role: "catch", body: [node.body] };
    case "bin":
      if (LOGICAL.has(String(node.type)))
        return { role: "logical", operator: String(node.type), left: node.left, right: node.right };
      break;
    case "closure":
    case "arrowfunc":
    case "function":
    case "method":
      return { role: "function", body: [node.body] };
  }
  if (LOOPS2.has(node.kind)) {
    const head = phpChildren(node).filter((c) => c !== node.body);
    return { role: "loop", head, body: [node.body] };
  }
  return { role: "other", children: phpChildren(node) };
}
var DECISIONS = /* @__PURE__ */ new Set(["if", "retif", "catch", ...LOOPS2]);
var BRANCHING_OPERATORS = /* @__PURE__ */ new Set(["&&", "||", "and", "or", "??"]);
function cyclomatic(fn) {
  let n = 1;
  walkPhp(fn, (node) => {
    if (node !== fn && PHP_FUNCTION_KINDS.has(node.kind)) return false;
    if (DECISIONS.has(node.kind)) n++;
    if (node.kind === "case" && node.test) n++;
    if (node.kind === "bin" && BRANCHING_OPERATORS.has(String(node.type))) n++;
  });
  return n;
}
var NESTING = /* @__PURE__ */ new Set(["if", "switch", "try", ...LOOPS2]);
function depth(fn) {
  let max = 0;
  const visit = (node, d, elseIf) => {
    if (node !== fn && PHP_FUNCTION_KINDS.has(node.kind)) return;
    const nests = NESTING.has(node.kind) && !elseIf;
    const here = nests ? d + 1 : d;
    max = Math.max(max, here);
    for (const c of phpChildren(node))
      visit(c, here, node.kind === "if" && c === node.alternate && c.kind === "if");
  };
  visit(fn, 0, false);
  return max;
}
function length(fn, lines) {
  const start = fn.loc?.start.line ?? 1;
  const end = fn.loc?.end.line ?? start;
  let n = 0;
  for (let i = start; i <= end; i++) {
    const l = (lines[i - 1] ?? "").trim();
    if (l && !/^(\/\/|#|\*|\/\*)/.test(l)) n++;
  }
  return n;
}
function phpReadability(path, source, program, limits) {
  const lines = source.split("\n");
  const out = [];
  const add = (fn, rule, message) => {
    const line = lineOf(fn);
    out.push({ rule, severity: "error", message, path, ...line ? { line } : {} });
  };
  const visit = (node, callbacks) => {
    if (PHP_FUNCTION_KINDS.has(node.kind)) {
      const name = functionName(node) ?? (node.kind === "arrowfunc" || node.kind === "closure" ? "closure" : "function");
      const label = `${name}()`;
      const c = cyclomatic(node);
      if (c > limits.complexity)
        add(
          node,
          "php/complexity",
          `${label} has a cyclomatic complexity of ${c}; the limit is ${limits.complexity}`
        );
      const cc = cognitiveComplexity([node.body], phpRole);
      if (cc > limits.cognitive)
        add(
          node,
          "php/cognitive-complexity",
          `${label} has a cognitive complexity of ${cc}; the limit is ${limits.cognitive}`
        );
      const d = depth(node);
      if (d > limits.maxDepth)
        add(
          node,
          "php/max-depth",
          `${label} nests blocks ${d} deep; the limit is ${limits.maxDepth}`
        );
      const len = length(node, lines);
      if (len > limits.maxLinesPerFunction)
        add(
          node,
          "php/max-lines-per-function",
          `${label} is ${len} lines long; the limit is ${limits.maxLinesPerFunction}`
        );
      const params = node.arguments?.length ?? 0;
      if (params > limits.maxParams)
        add(
          node,
          "php/max-params",
          `${label} takes ${params} parameters; the limit is ${limits.maxParams}`
        );
      const nestedCallbacks = node.kind === "closure" || node.kind === "arrowfunc" ? callbacks + 1 : callbacks;
      if (nestedCallbacks > limits.maxNestedCallbacks)
        add(
          node,
          "php/max-nested-callbacks",
          `closures nested ${nestedCallbacks} deep; the limit is ${limits.maxNestedCallbacks}`
        );
      for (const c2 of phpChildren(node)) visit(c2, nestedCallbacks);
      return;
    }
    for (const c of phpChildren(node)) visit(c, callbacks);
  };
  visit(program, 0);
  return out;
}

// src/gates/code-readability-gate.ts
var DEFAULT_LIMITS = {
  complexity: 10,
  cognitive: 15,
  maxDepth: 4,
  maxLinesPerFunction: 60,
  maxParams: 5,
  maxNestedCallbacks: 3
};
var SCRIPT = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/i;
var STYLELINT_RULES = {
  "max-nesting-depth": 3,
  "selector-max-compound-selectors": 4,
  "selector-max-id": 1,
  "no-duplicate-selectors": true,
  "declaration-block-no-duplicate-properties": true,
  "block-no-empty": true,
  "color-no-invalid-hex": true,
  "property-no-unknown": true,
  "unit-no-unknown": true,
  "declaration-block-no-shorthand-property-overrides": true
};
async function stylelint(files) {
  if (!files.length) return [];
  const { default: lint } = await import("stylelint");
  const out = [];
  for (const f of files) {
    const result = await lint.lint({
      code: f.content,
      codeFilename: f.path,
      config: { rules: STYLELINT_RULES }
    });
    for (const r of result.results) {
      for (const w of r.warnings)
        out.push({
          rule: `stylelint/${w.rule}`,
          severity: "error",
          message: w.text.replace(/\s*\([^)]*\)$/, ""),
          path: f.path,
          line: w.line
        });
      for (const e of r.parseErrors ?? [])
        out.push({
          rule: "stylelint/parse-error",
          severity: "error",
          message: e.text,
          path: f.path,
          line: e.line
        });
    }
  }
  return out;
}
async function checkCommand(settings, root) {
  const command = settings.checkCommand;
  const timeoutMs = settings.checkTimeoutMs ?? 3e5;
  const { code, timedOut, output } = await runShellCommand(command, { cwd: root, timeoutMs });
  if (code === 0) return [];
  const why = timedOut ? `was stopped after ${timeoutMs} ms` : `exited with ${code}`;
  return [
    {
      rule: "check-command",
      severity: "error",
      message: `\`${command}\` ${why}:
${output.trim().split("\n").slice(-20).join("\n")}`
    }
  ];
}
function createCodeReadabilityGate() {
  return {
    id: "code-readability",
    description: "Readability of TypeScript/JavaScript, PHP and CSS; the repository check command",
    async run(input) {
      const started = performance.now();
      const limits = { ...DEFAULT_LIMITS, ...input.settings?.limits };
      const scripts = input.files.filter((f) => SCRIPT.test(f.path));
      const php = input.files.filter((f) => /\.php$/i.test(f.path));
      const css = input.files.filter((f) => /\.(css|scss)$/i.test(f.path));
      const findings = [];
      const checkers = [];
      if (scripts.length) {
        findings.push(...await eslintReadability(scripts, limits));
        checkers.push(
          { name: "eslint", version: packageVersion("eslint") },
          {
            name: "@typescript-eslint/parser",
            version: packageVersion("@typescript-eslint/parser")
          }
        );
      }
      if (php.length) {
        for (const f of php) {
          const parsed = await parsePhp(f.path, f.content);
          findings.push(
            ..."error" in parsed ? [parsed.error] : phpReadability(f.path, f.content, parsed.ast, limits)
          );
        }
        checkers.push({ name: "php-parser", version: packageVersion("php-parser") });
      }
      if (css.length) {
        findings.push(...await stylelint(css));
        checkers.push({ name: "stylelint", version: packageVersion("stylelint") });
      }
      if (input.settings?.checkCommand && input.root)
        findings.push(...await checkCommand(input.settings, input.root));
      const judged = applyThreshold(findings, input.settings, input.risk);
      return {
        gate: "code-readability",
        pass: !judged.some((f) => f.severity === "error"),
        findings: judged,
        durationMs: Math.round(performance.now() - started),
        checkers
      };
    }
  };
}
export {
  DEFAULT_LIMITS,
  createCodeReadabilityGate
};
