import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  runShellCommand
} from "./chunk-GSBHV5ZR.js";
import {
  PHP_LEAF_KINDS,
  functionName,
  parsePhpFile,
  phpChildKeys
} from "./chunk-LYLOZ7D6.js";
import {
  applyThreshold
} from "./chunk-RBWRQDAJ.js";
import "./chunk-OZ4QZEIA.js";
import {
  packageVersion
} from "./chunk-WR2FMMU4.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/gates/eslint-readability.ts
var FUNCTIONS = /* @__PURE__ */ new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);
var LOOPS = /* @__PURE__ */ new Set([
  "ForStatement",
  "ForInStatement",
  "ForOfStatement",
  "WhileStatement",
  "DoWhileStatement"
]);
function esCognitiveComplexity(body, keys) {
  let total = 0;
  const children = (node, n, skip) => {
    for (const k of keys[node.type] ?? []) {
      const v = node[k];
      if (Array.isArray(v)) {
        for (const c of v) if (c && c !== skip) visit(c, n);
      } else if (v && typeof v === "object" && v !== skip) visit(v, n);
    }
  };
  let previous = "";
  let changes = 0;
  const logical = (node, n) => {
    const left = node.left;
    const right = node.right;
    if (left.type === "LogicalExpression") logical(left, n);
    else visit(left, n);
    const op = String(node.operator);
    if (op !== previous) changes++;
    previous = op;
    if (right.type === "LogicalExpression") logical(right, n);
    else visit(right, n);
  };
  const visit = (value, n) => {
    if (value === null || value === void 0) return;
    const node = value;
    const type = node.type;
    switch (type) {
      case "IfStatement": {
        total += 1 + n;
        visit(node.test, n);
        visit(node.consequent, n + 1);
        let alt = node.alternate;
        while (alt) {
          total += 1;
          if (alt.type === "IfStatement") {
            visit(alt.test, n);
            visit(alt.consequent, n + 1);
            alt = alt.alternate;
          } else {
            visit(alt, n + 1);
            alt = void 0;
          }
        }
        return;
      }
      case "ConditionalExpression":
        total += 1 + n;
        visit(node.test, n);
        visit(node.consequent, n + 1);
        visit(node.alternate, n + 1);
        return;
      case "SwitchStatement":
        total += 1 + n;
        visit(node.discriminant, n);
        for (const c of node.cases) visit(c, n + 1);
        return;
      case "CatchClause":
        total += 1 + n;
        visit(node.body, n + 1);
        return;
      case "BreakStatement":
      case "ContinueStatement":
        if (node.label) total += 1;
        return;
      case "LogicalExpression": {
        const outer = { previous, changes };
        previous = "";
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
    if (typeof type === "string") children(node, n, void 0);
  };
  visit(body, 0);
  return total;
}
function cognitiveRule(max) {
  return {
    meta: { type: "suggestion", schema: [] },
    create(context) {
      let open = 0;
      const enter = (node) => {
        if (open++ > 0) return;
        const score = esCognitiveComplexity(node.body, context.sourceCode.visitorKeys);
        if (score > max)
          context.report({
            node,
            message: `Function has a cognitive complexity of ${score}; the limit is ${max}.`
          });
      };
      const exit = () => void open--;
      return {
        FunctionDeclaration: enter,
        FunctionExpression: enter,
        ArrowFunctionExpression: enter,
        "FunctionDeclaration:exit": exit,
        "FunctionExpression:exit": exit,
        "ArrowFunctionExpression:exit": exit
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
var BRANCHING = /* @__PURE__ */ new Set(["&&", "||", "and", "or", "??"]);
var MeasureWalk = class {
  /** Every function, in source (pre-)order, so findings come out in reading order. */
  all = [];
  /** The functions around the node being visited, innermost last. */
  open = [];
  /**
   * Cognitive complexity reads a function's body only: while the walk is in a function's
   * parameters or attributes, the functions from this index up receive no increments there.
   */
  cognitiveFrom = 0;
  /** `n`: cognitive nesting counted from the file's top; `d`: block depth in the innermost function. */
  visit(node, kind, n, d) {
    switch (kind) {
      case "function":
      case "method":
      case "closure":
      case "arrowfunc":
        this.enterFunction(node, kind, n);
        return;
      case "if":
        this.visitIf(node, n, d, true);
        return;
      case "retif":
        this.decision();
        this.nestingIncrement(n);
        this.child(node.test, n, d);
        this.child(node.trueExpr, n + 1, d);
        this.child(node.falseExpr, n + 1, d);
        return;
      case "switch": {
        this.nestingIncrement(n);
        const here = this.deeper(d);
        this.child(node.test, n, here);
        this.child(node.body, n + 1, here);
        return;
      }
      case "catch":
        this.decision();
        this.nestingIncrement(n);
        this.child(node.body, n + 1, d);
        return;
      case "try":
        this.children(node, kind, n, this.deeper(d), void 0);
        return;
      case "for":
      case "foreach":
      case "while":
      case "do":
        this.decision();
        this.nestingIncrement(n);
        this.children(node, kind, n, this.deeper(d), node.body);
        return;
      case "case":
        if (node.test) this.decision();
        break;
      case "bin": {
        const op = node.type;
        if (LOGICAL.has(op)) {
          const sequence = { previous: "", count: 0 };
          this.logical(node, n, d, sequence);
          this.flatIncrement(sequence.count);
          return;
        }
        if (op === "??") this.decision();
        break;
      }
    }
    if (kind === "variable" && typeof node.name === "string") return;
    this.children(node, kind, n, d, void 0);
  }
  /** The node's children; `body` (a loop's) one cognitive nesting level further in. */
  children(node, kind, n, d, body) {
    for (const key of phpChildKeys(kind, node)) {
      const value = node[key];
      if (value === null || typeof value !== "object") continue;
      if (Array.isArray(value)) {
        for (const v of value) this.child(v, n, d);
      } else this.child(value, value === body ? n + 1 : n, d);
    }
  }
  child(value, n, d) {
    if (typeof value !== "object" || value === null) return;
    const kind = value.kind;
    if (typeof kind === "string" && !PHP_LEAF_KINDS.has(kind))
      this.visit(value, kind, n, d);
  }
  /** `if`, then each `else if` of its chain (`first` false): one depth level for the chain. */
  visitIf(node, n, d, first) {
    this.decision();
    if (first) this.nestingIncrement(n);
    else this.flatIncrement(1);
    const here = first ? this.deeper(d) : d;
    this.child(node.test, n, here);
    this.child(node.body, n + 1, here);
    const alternate = node.alternate;
    if (!alternate) return;
    if (alternate.kind === "if") this.visitIf(alternate, n, here, false);
    else {
      this.flatIncrement(1);
      this.child(alternate, n + 1, here);
    }
  }
  /** A sequence of logical operators: +1 per change of operator; its operands at this nesting. */
  logical(node, n, d, sequence) {
    const op = node.type;
    const left = node.left;
    const right = node.right;
    if (left.kind === "bin" && LOGICAL.has(left.type)) this.logical(left, n, d, sequence);
    else this.child(left, n, d);
    if (op !== sequence.previous) sequence.count++;
    sequence.previous = op;
    if (BRANCHING.has(op)) this.decision();
    if (right.kind === "bin" && LOGICAL.has(right.type))
      this.logical(right, n, d, sequence);
    else this.child(right, n, d);
  }
  enterFunction(node, kind, n) {
    const outer = this.open[this.open.length - 1];
    const closure = kind === "closure" || kind === "arrowfunc";
    const measures = {
      node,
      cyclomatic: 1,
      cognitive: 0,
      depth: 0,
      callbacks: (outer?.callbacks ?? 0) + (closure ? 1 : 0),
      base: n + 1
    };
    this.all.push(measures);
    this.open.push(measures);
    const body = node.body;
    const from = this.cognitiveFrom;
    this.cognitiveFrom = this.open.length;
    for (const key of phpChildKeys(kind, node)) {
      if (key === "body") continue;
      const value = node[key];
      if (Array.isArray(value)) for (const v of value) this.child(v, n + 1, 0);
      else this.child(value, n + 1, 0);
    }
    this.cognitiveFrom = from;
    this.child(body, n + 1, 0);
    this.open.pop();
  }
  /** A decision point of the innermost function. */
  decision() {
    const fn = this.open[this.open.length - 1];
    if (fn) fn.cyclomatic++;
  }
  /** One more block level in the innermost function. */
  deeper(d) {
    const here = d + 1;
    const fn = this.open[this.open.length - 1];
    if (fn && here > fn.depth) fn.depth = here;
    return here;
  }
  /** A structure that nests: +1 plus its nesting within each function around it. */
  nestingIncrement(n) {
    for (let i = this.cognitiveFrom; i < this.open.length; i++) {
      const fn = this.open[i];
      fn.cognitive += 1 + n - fn.base;
    }
  }
  /** `else`, `else if`, operator sequences: +1 each, whatever the nesting. */
  flatIncrement(by) {
    for (let i = this.cognitiveFrom; i < this.open.length; i++) this.open[i].cognitive += by;
  }
};
function measurePhpFunctions(program) {
  const walk = new MeasureWalk();
  walk.visit(program, program.kind, 0, 0);
  return walk.all;
}
function codeLineCounts(source) {
  const counts = [0];
  let total = 0;
  let first = -1;
  let second = -1;
  const end = () => {
    const code = first !== -1 && first !== 35 && // #
    first !== 42 && // *
    !(first === 47 && (second === 47 || second === 42));
    if (code) total++;
    counts.push(total);
    first = -1;
    second = -1;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) end();
    else if (first === -1) {
      if (!isSpace(c)) first = c;
    } else if (second === -1) second = c;
  }
  end();
  return Int32Array.from(counts);
}
function isSpace(c) {
  return c === 32 || c >= 9 && c <= 13 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function phpReadability(path, source, program, limits) {
  const functions = measurePhpFunctions(program);
  if (!functions.length) return [];
  let lines;
  const out = [];
  for (const m of functions) {
    const node = m.node;
    const line = node.loc?.start.line;
    const add = (rule, message) => out.push({ rule, severity: "error", message, path, ...line ? { line } : {} });
    const name = functionName(node) ?? (node.kind === "arrowfunc" || node.kind === "closure" ? "closure" : "function");
    const label = `${name}()`;
    if (m.cyclomatic > limits.complexity)
      add(
        "php/complexity",
        `${label} has a cyclomatic complexity of ${m.cyclomatic}; the limit is ${limits.complexity}`
      );
    if (m.cognitive > limits.cognitive)
      add(
        "php/cognitive-complexity",
        `${label} has a cognitive complexity of ${m.cognitive}; the limit is ${limits.cognitive}`
      );
    if (m.depth > limits.maxDepth)
      add(
        "php/max-depth",
        `${label} nests blocks ${m.depth} deep; the limit is ${limits.maxDepth}`
      );
    const start = node.loc?.start.line ?? 1;
    const end = node.loc?.end.line ?? start;
    if (end - start + 1 > limits.maxLinesPerFunction) {
      lines ??= codeLineCounts(source);
      const last = lines.length - 1;
      const length = lines[Math.min(end, last)] - lines[Math.min(start, last + 1) - 1];
      if (length > limits.maxLinesPerFunction)
        add(
          "php/max-lines-per-function",
          `${label} is ${length} lines long; the limit is ${limits.maxLinesPerFunction}`
        );
    }
    const params = node.arguments?.length ?? 0;
    if (params > limits.maxParams)
      add(
        "php/max-params",
        `${label} takes ${params} parameters; the limit is ${limits.maxParams}`
      );
    if (m.callbacks > limits.maxNestedCallbacks)
      add(
        "php/max-nested-callbacks",
        `closures nested ${m.callbacks} deep; the limit is ${limits.maxNestedCallbacks}`
      );
  }
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
          const parsed = await parsePhpFile(f);
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
