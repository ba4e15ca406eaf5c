import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import "./chunk-OWSLLXUM.js";

// src/gates/markdown-lint-gate.ts
var WARNING_RULES = /* @__PURE__ */ new Set(["MD026", "MD036", "MD024"]);
var MARKDOWNLINT_CONFIG = {
  default: true,
  MD013: false,
  MD033: false,
  MD041: { allow_preamble: true },
  MD009: { br_spaces: 0 }
};
function createMarkdownLintGate() {
  return {
    id: "markdown-lint",
    description: "Markdown structure and style (markdownlint)",
    async run(input) {
      const started = performance.now();
      const { lint } = await import("./exports-promise-73W4KCBP.js");
      const files = input.files.filter((f) => /\.(md|markdown)$/i.test(f.path));
      const strings = Object.fromEntries(files.map((f) => [f.path, f.content]));
      const results = await lint({
        strings,
        config: MARKDOWNLINT_CONFIG
      });
      const findings = [];
      for (const [path, errors] of Object.entries(results)) {
        for (const e of errors) {
          findings.push({
            rule: `${e.ruleNames[0] ?? "MD"}/${e.ruleNames[1] ?? ""}`.replace(/\/$/, ""),
            severity: WARNING_RULES.has(e.ruleNames[0] ?? "") ? "warning" : "error",
            message: `${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ""}`,
            path,
            line: e.lineNumber
          });
        }
      }
      return {
        gate: "markdown-lint",
        pass: !findings.some((f) => f.severity === "error"),
        findings,
        durationMs: Math.round(performance.now() - started)
      };
    }
  };
}
export {
  MARKDOWNLINT_CONFIG,
  createMarkdownLintGate
};
