import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  loadEvalFile
} from "./chunk-JTS7AQJR.js";
import {
  loadConfig
} from "./chunk-XQPV75ZH.js";
import {
  loadPersonas
} from "./chunk-4GYJU3D3.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";

// src/evals/prepare-evals.ts
import { dirname } from "node:path";

// src/evals/eval-matrix.ts
import { isAbsolute, join } from "node:path";
function kindOfCase(c, owner, config) {
  const labels = new Set(c.vars.labels.map((l) => l.toLowerCase()));
  const hits = Object.entries(config.kinds).filter(([, k]) => k.labels.some((l) => labels.has(l.toLowerCase()))).map(([id]) => id);
  return hits.length === 1 ? hits[0] : owner.kinds[0];
}
async function loadSuites(personas, root) {
  const suites = /* @__PURE__ */ new Map();
  const issues = [];
  for (const p of personas) {
    if (!p.evals) continue;
    const file = isAbsolute(p.evals) ? p.evals : join(root, p.evals);
    try {
      suites.set(p.name, await loadEvalFile(file));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      issues.push(...e.issues.length ? e.issues : [{ location: { file }, message: e.message }]);
    }
  }
  if (issues.length) throw new InputError(`${issues.length} problem(s) in the eval files.`, issues);
  return suites;
}
function buildMatrix(personas, suites, config) {
  const rows = [];
  for (const p of personas) {
    for (const c of suites.get(p.name) ?? []) {
      rows.push({
        id: `${p.name}/${c.metadata.lane}:${c.description}`,
        persona: p.name,
        origin: p.name,
        lane: c.metadata.lane,
        kind: kindOfCase(c, p, config),
        expect: c.metadata.expect,
        handoff: c.metadata.handoff,
        writesWithin: c.metadata.writesWithin ?? false,
        case: c
      });
    }
    for (const q of personas) {
      if (q === p) continue;
      for (const c of suites.get(q.name) ?? []) {
        if (c.metadata.lane !== "in") continue;
        const kind = kindOfCase(c, q, config);
        if (kind === void 0 || p.kinds.includes(kind)) continue;
        const handoff = p.declines.find((d) => d.handoff && d.kinds?.includes(kind))?.handoff;
        rows.push({
          id: `${p.name}/out:${q.name}:${c.description}`,
          persona: p.name,
          origin: q.name,
          lane: "out",
          kind,
          expect: "decline",
          handoff,
          writesWithin: false,
          case: { ...c, assert: [] }
        });
      }
    }
  }
  return rows;
}

// src/evals/prepare-evals.ts
async function prepareEvals(options) {
  const [config, registry] = await Promise.all([
    loadConfig({ file: options.configFile, repoDir: options.repoDir }),
    loadPersonas(options.personaDir)
  ]);
  const personas = registry.list();
  const selected = options.persona ? [registry.require(options.persona)] : personas;
  const suites = await loadSuites(personas, dirname(options.personaDir));
  const matrix = buildMatrix(personas, suites, config.config).filter(
    (r) => selected.some((p) => p.name === r.persona)
  );
  if (!matrix.length)
    throw new InputError("No eval cases to run.", [], {
      hint: "Give each persona an `evals:` file (personas/evals/<id>.yml)."
    });
  return { config, personas, selected, matrix };
}

export {
  prepareEvals
};
