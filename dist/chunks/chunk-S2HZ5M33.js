import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-4IVWAEM2.js";
import {
  InputError
} from "./chunk-AYJEV7GA.js";
import {
  packageRoot
} from "./chunk-IQ3FLNVD.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/routing/check-rule-lanes.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
function yamlLine(text, path) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter });
  const node = doc.getIn(path, true);
  return (0, import_yaml.isNode)(node) && node.range ? lineCounter.linePos(node.range[0]).line : void 0;
}
function ruleLaneIssues(loaded, personas, text) {
  const issues = [];
  loaded.config.rules.forEach((rule, i) => {
    const at = (path) => ({
      file: loaded.file,
      line: text ? yamlLine(text, path) : void 0
    });
    const persona = personas.get(rule.route.persona);
    if (!persona) {
      issues.push({
        location: at(["rules", i, "route", "persona"]),
        field: `rules[${i}].route.persona`,
        message: `no persona named "${rule.route.persona}"`
      });
      return;
    }
    for (const kind of rule.when.kinds ?? []) {
      if (!persona.kinds.includes(kind))
        issues.push({
          location: at(["rules", i, "route", "persona"]),
          field: `rules[${i}].route.persona`,
          message: `rule ${rule.id} sends kind ${kind} to ${rule.route.persona}, which accepts only ${persona.kinds.join(", ")}`
        });
    }
  });
  return issues;
}
async function configText(file) {
  const path = isAbsolute(file) ? file : join(packageRoot(), file);
  return await readFile(path, "utf8").catch(() => readFile(file, "utf8").catch(() => void 0)) ?? void 0;
}
async function checkRuleLanes(loaded, source) {
  let personas;
  if (source.all) personas = new Map((await source.all()).map((p) => [p.name, p]));
  else {
    personas = /* @__PURE__ */ new Map();
    for (const id of new Set(loaded.config.rules.map((r) => r.route.persona))) {
      const p = await source.load(id).catch(() => void 0);
      if (p) personas.set(id, p);
    }
  }
  const issues = ruleLaneIssues(loaded, personas, await configText(loaded.file));
  if (issues.length)
    throw new InputError(
      `The config ${loaded.file} routes work outside the personas' lanes.`,
      issues,
      {
        hint: "Change the rule's persona, or add the kind to the persona's `kinds` if it is its job."
      }
    );
}

export {
  ruleLaneIssues,
  checkRuleLanes
};
