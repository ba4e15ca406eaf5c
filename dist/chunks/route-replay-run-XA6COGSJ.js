import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  assertFolder
} from "./chunk-QISHNKRG.js";
import {
  cellLookup,
  learnedChoice
} from "./chunk-RP4X2TDN.js";
import {
  cascadeStart,
  rerouteDisabledTier
} from "./chunk-KV3JNNM3.js";
import "./chunk-M2QRR7AK.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import {
  costsMoreThan
} from "./chunk-YO32VXJS.js";
import {
  resolveLedgerRef
} from "./chunk-SW6LTCAU.js";
import {
  cellsFromGit
} from "./chunk-JIA47ZQF.js";
import {
  cellOptionsFromConfig,
  wilsonLowerBound
} from "./chunk-GHSGVENA.js";
import {
  cellId
} from "./chunk-WF7FCXME.js";
import "./chunk-KGKVMMZY.js";
import "./chunk-N5R6LZEM.js";
import {
  pricingFromConfig
} from "./chunk-4SOEMDSL.js";
import "./chunk-A5JTEFZF.js";
import "./chunk-DW3TUGME.js";
import "./chunk-E677WRFC.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-TOOXQAFB.js";
import "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-OMXXCWD7.js";
import "./chunk-53PWU2L4.js";
import "./chunk-UO6V55NV.js";
import {
  loadConfig
} from "./chunk-XQPV75ZH.js";
import "./chunk-LBO5STXY.js";
import "./chunk-JSOWHKFK.js";
import "./chunk-V62ESCJZ.js";
import "./chunk-7D2IJALN.js";
import "./chunk-OZ4QZEIA.js";
import "./chunk-MU7G7UNU.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-AF7KBKLQ.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/app/route-replay-run.ts
import { resolve } from "node:path";

// src/routing/route-replay.ts
var FRACTIONS = [0.5, 0.8, 0.95];
var THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
var EPS = 1e-12;
function addPool(map, key, c) {
  let p = map.get(key);
  if (!p) map.set(key, p = { accepted: 0, decided: 0, spend: 0, tasks: 0 });
  p.accepted += c.accepted;
  p.decided += c.decided;
  p.spend += c.spendMicros;
  p.tasks += c.tasks;
}
var estimateOf = (p, from) => ({
  accepted: p.accepted,
  decided: p.decided,
  acceptance: p.accepted / p.decided,
  lb: wilsonLowerBound(p.accepted, p.decided) ?? 0,
  costPerTask: p.spend / p.tasks,
  from
});
function point(policy, n, premiumTasks, accepted, cost) {
  const costMicros = Math.round(cost);
  return {
    policy,
    premiumShare: n === 0 ? 0 : premiumTasks / n,
    acceptance: n === 0 ? 0 : accepted / n,
    costMicros,
    costPerAcceptedMicros: accepted > EPS ? Math.round(costMicros / accepted) : null
  };
}
function replayRouting(table, config, options = {}) {
  const own = /* @__PURE__ */ new Map();
  const kindSize = /* @__PURE__ */ new Map();
  const kindOnly = /* @__PURE__ */ new Map();
  const S = "\0";
  for (const c of table.cells) {
    if (c.decided === 0 || c.tasks === 0) continue;
    addPool(own, cellId(c), c);
    addPool(kindSize, `${c.model}${S}${c.kind}${S}${c.size}`, c);
    addPool(kindOnly, `${c.model}${S}${c.kind}`, c);
  }
  const estimate = (g, model) => {
    const a = own.get(cellId({ ...g, model }));
    if (a) return estimateOf(a, "cell");
    const b = kindSize.get(`${model}${S}${g.kind}${S}${g.size}`);
    if (b) return estimateOf(b, "kind-size");
    const c = kindOnly.get(`${model}${S}${g.kind}`);
    return c ? estimateOf(c, "kind") : void 0;
  };
  const seen = new Set(table.cells.map((c) => c.model));
  const known = Object.keys(config.models).filter((id) => seen.has(id));
  const dearer = (a, b) => {
    const ma = config.models[a];
    const mb = config.models[b];
    if (!ma || !mb) return a.localeCompare(b);
    return costsMoreThan(ma, mb) ? -1 : costsMoreThan(mb, ma) ? 1 : a.localeCompare(b);
  };
  const premium = options.premium ?? [...known].sort(dearer)[0] ?? "";
  const cheaperModels = known.filter((id) => id !== premium);
  const lookup = cellLookup(table);
  const rows = [];
  let noPremium = 0;
  let noCheaper = 0;
  let pooled = 0;
  for (const g of table.population) {
    const strong = estimate(g, premium);
    if (!strong) {
      noPremium += g.tasks;
      continue;
    }
    let weak;
    let weakId;
    for (const id of cheaperModels) {
      const e = estimate(g, id);
      if (!e) continue;
      const better = !weak || weakId === void 0 || dearer(weakId, id) < 0 || dearer(weakId, id) === 0 && e.costPerTask < weak.costPerTask;
      if (better) [weak, weakId] = [e, id];
    }
    if (!weak || weakId === void 0) {
      noCheaper += g.tasks;
      continue;
    }
    if (strong.from !== "cell") pooled += g.tasks;
    if (weak.from !== "cell") pooled += g.tasks;
    const rule = config.rules.find((r) => r.id === g.rule);
    const start = rule ? cascadeStart(rule, g.risk, config) : void 0;
    const placed = start ? rerouteDisabledTier(start.tier, start.fallback, g.risk, config) : void 0;
    const tierId = placed?.type === "tier" ? placed.tier : void 0;
    const written = tierId === void 0 ? void 0 : config.tiers[tierId]?.models[0];
    let target = written ?? g.model;
    let learned = false;
    if (written !== void 0 && rule?.learn?.mode === "apply" && g.risk !== "high" && rule.learn.risks.includes(g.risk)) {
      const { chosen } = learnedChoice(
        {
          rule,
          learn: rule.learn,
          risk: g.risk,
          persona: g.persona,
          kind: g.kind,
          size: g.size,
          from: { model: target, tier: tierId ?? rule.route.tier }
        },
        config,
        lookup
      );
      if (chosen) [target, learned] = [chosen.model, true];
    }
    let used = target;
    let configured = estimate(g, target);
    const unestimated = configured === void 0 || written === void 0;
    if (!configured) [configured, used] = [estimate(g, g.model), g.model];
    if (!configured) [configured, used] = [strong, premium];
    rows.push({
      group: g,
      n: g.tasks,
      strong,
      weak,
      configured,
      configuredPremium: used === premium,
      learned,
      unestimated
    });
  }
  const N = rows.reduce((s, r) => s + r.n, 0);
  const sum = (f) => rows.reduce((s, r) => s + r.n * f(r), 0);
  const aP = sum((r) => r.strong.acceptance);
  const cP = sum((r) => r.strong.costPerTask);
  const aW = sum((r) => r.weak.acceptance);
  const cW = sum((r) => r.weak.costPerTask);
  const allPremium = point("all-premium", N, N, aP, cP);
  const allCheap = point("all-cheap", N, 0, aW, cW);
  const configPoint = {
    ...point(
      "config",
      N,
      rows.reduce((s, r) => s + (r.configuredPremium ? r.n : 0), 0),
      sum((r) => r.configured.acceptance),
      sum((r) => r.configured.costPerTask)
    ),
    learnApplied: rows.reduce((s, r) => s + (r.learned ? r.n : 0), 0),
    unestimated: rows.reduce((s, r) => s + (r.unestimated ? r.n : 0), 0)
  };
  const order = [...rows].sort(
    (a, b) => b.strong.acceptance - b.weak.acceptance - (a.strong.acceptance - a.weak.acceptance) || b.weak.costPerTask - b.strong.costPerTask - (a.weak.costPerTask - a.strong.costPerTask) || keyText(a.group).localeCompare(keyText(b.group))
  );
  const at = (k2) => {
    let accepted = aW;
    let cost = cW;
    let left = k2;
    for (const r of order) {
      if (left <= 0) break;
      const m = Math.min(left, r.n);
      accepted += m * (r.strong.acceptance - r.weak.acceptance);
      cost += m * (r.strong.costPerTask - r.weak.costPerTask);
      left -= m;
    }
    return { accepted, cost };
  };
  const needed = (fraction, target) => {
    const goal = target * N - EPS * Math.max(1, N);
    let accepted = aW;
    let k2 = 0;
    if (accepted >= goal) return { fraction, target, premiumShare: 0, premiumTasks: 0 };
    for (const r of order) {
      const gain = r.strong.acceptance - r.weak.acceptance;
      if (gain <= 0) break;
      if (accepted + r.n * gain >= goal) {
        const m = Math.ceil((goal - accepted) / gain - EPS);
        k2 += Math.max(1, m);
        return { fraction, target, premiumShare: k2 / N, premiumTasks: k2 };
      }
      accepted += r.n * gain;
      k2 += r.n;
    }
    return { fraction, target, premiumShare: null, premiumTasks: null };
  };
  const rateP = N === 0 ? 0 : aP / N;
  const rateW = N === 0 ? 0 : aW / N;
  const premiumShareFor = FRACTIONS.map((f) => needed(f, f * rateP));
  const premiumShareForGap = FRACTIONS.map(
    (f) => needed(f, rateW + f * Math.max(0, rateP - rateW))
  );
  const curve = [];
  for (let pct = 0; pct <= 100; pct++) {
    const k2 = Math.round(pct / 100 * N);
    const { accepted, cost } = at(k2);
    curve.push(point(`best-first ${pct}%`, N, k2, accepted, cost));
  }
  const minSamples = options.minSamples ?? 20;
  const thresholds = (options.thresholds ?? THRESHOLDS).map((t) => {
    let k2 = 0;
    let accepted = 0;
    let cost = 0;
    for (const r of rows) {
      const cheap = r.weak.from === "cell" && r.weak.decided >= minSamples && r.weak.lb >= t;
      const e = cheap ? r.weak : r.strong;
      if (!cheap) k2 += r.n;
      accepted += r.n * e.acceptance;
      cost += r.n * e.costPerTask;
    }
    return { ...point(`lower bound \u2265 ${t}`, N, k2, accepted, cost), minAcceptanceLB: t };
  });
  const corners = [allCheap];
  let k = 0;
  for (const r of order) {
    k += r.n;
    const { accepted, cost } = at(k);
    corners.push(point(`best-first ${k}/${N}`, N, k, accepted, cost));
  }
  const frontier = paretoFrontier([allPremium, allCheap, configPoint, ...thresholds, ...corners]);
  return {
    premium,
    lbMethod: table.lbMethod,
    ledgerTasks: table.population.reduce((s, g) => s + g.tasks, 0),
    replayedTasks: N,
    skipped: { noPremiumEstimate: noPremium, noCheaperEstimate: noCheaper },
    pooledEstimates: pooled,
    allPremium,
    allCheap,
    config: configPoint,
    premiumShareFor,
    premiumShareForGap,
    curve,
    thresholds,
    frontier
  };
}
function keyText(g) {
  return `${g.rule}/${g.persona}/${g.model}/${g.kind}/${g.size}/${g.risk}`;
}
function paretoFrontier(points) {
  const sorted = [...points].sort(
    (a, b) => a.costMicros - b.costMicros || b.acceptance - a.acceptance
  );
  const out = [];
  let best = -Infinity;
  for (const p of sorted)
    if (p.acceptance > best + EPS) {
      out.push(p);
      best = p.acceptance;
    }
  return out;
}

// src/app/route-replay-run.ts
async function runRouteReplay(options) {
  const repoDir = resolve(options.repo);
  await assertFolder(repoDir);
  const loaded = await loadConfig({ file: options.config, repoDir });
  const config = loaded.config;
  if (options.premium !== void 0) pricingFromConfig(config, options.premium);
  const ref = await resolveLedgerRef(repoDir, config.ledger, options.ledger);
  const table = await cellsFromGit(repoDir, ref, cellOptionsFromConfig(config));
  const result = replayRouting(table, config, { premium: options.premium });
  return { ...result, ledgerRef: ref, configFile: loaded.file };
}
export {
  runRouteReplay
};
