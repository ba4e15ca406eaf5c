import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/routing/lexical.ts
var STOP = new Set(
  "a an and are as at be but by for from has have how i in into is it its of on or our so that the their them then there these this those to was we were what when where which who will with without you your use used using can could should would may might must do does done make made any all each every one two new please need needs want wants also just only about after before more most other some such than too very via per work task tasks job it's us my me they he she his her been being get gets got here out up down over under given give gives take takes like same well way ways".split(/\s+/)
);
function stem(word) {
  let w = word;
  if (w.length > 5 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  for (const suffix of [
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ness",
    "ers",
    "er",
    "ed",
    "ly",
    "es",
    "s"
  ]) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}
function tokens(text) {
  const out = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 3 || STOP.has(raw) || /^\d+$/.test(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}
function withoutNegations(text) {
  return text.replace(/\b(?:not|never|nor|no longer|rather than|instead of)\b[^.;:!?\n]*/gi, " ");
}
var IdfTable = class _IdfTable {
  df = /* @__PURE__ */ new Map();
  docs = 0;
  /** A table from its counts (as `counts()` gave them), e.g. read back from a cache. */
  static from(counts) {
    const table = new _IdfTable();
    for (const [t, n] of counts.df) table.df.set(t, n);
    table.docs = counts.docs;
    return table;
  }
  /** The document frequencies and the number of documents. */
  counts() {
    return { df: new Map(this.df), docs: this.docs };
  }
  add(terms) {
    this.docs += 1;
    for (const t of new Set(terms)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }
  idf(term) {
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (this.docs + 1) / (df + 1));
  }
  /** tf-idf vector with sub-linear term frequency. */
  vector(terms) {
    const tf = /* @__PURE__ */ new Map();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const weights = /* @__PURE__ */ new Map();
    let sum = 0;
    for (const [t, n] of tf) {
      const w = (1 + Math.log(n)) * this.idf(t);
      weights.set(t, w);
      sum += w * w;
    }
    return { weights, norm: Math.sqrt(sum) };
  }
};
function cosine(a, b) {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small.weights) {
    const v = large.weights.get(t);
    if (v !== void 0) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

// src/routing/lane-screen.ts
var SCREEN_DEFAULTS = { margin: 0.1, floor: 0.1, ratio: 1.5 };
function kindText(k, config) {
  const c = config?.kinds[k];
  return `${k.replace(/-/g, " ")} ${c?.description ?? ""} ${(c?.labels ?? []).join(" ")}`;
}
function laneText(p, config) {
  const kinds = p.kinds.map((k) => kindText(k, config));
  return [p.role, withoutNegations(p.description), ...kinds, p.name.replace(/-/g, " ")].join("\n");
}
function declineText(d, byName, config) {
  const kinds = (d.kinds ?? []).map((k) => kindText(k, config));
  const taker = d.handoff ? byName.get(d.handoff) : void 0;
  return [d.say, ...kinds, taker ? taker.role : ""].join("\n");
}
var LaneScreen = class _LaneScreen {
  /**
   * `index`: the vectors `LaneScreen.index` built for these same personas and kinds (read back
   * from the validated cache); without it they are built here.
   */
  constructor(personas, config, settings = SCREEN_DEFAULTS, index = _LaneScreen.index(personas, config)) {
    this.settings = settings;
    if (index.vectors.length !== personas.length)
      throw new Error("lane screen: the index was built for another persona set");
    this.idf = IdfTable.from(index.idf);
    this.docs = new Map(
      personas.map((p, i) => {
        const v = index.vectors[i];
        if (v?.name !== p.name || v.declines.length !== p.declines.length)
          throw new Error(`lane screen: the index does not match persona ${p.name}`);
        return [
          p.name,
          {
            persona: p,
            lane: v.lane,
            declines: p.declines.map((d, j) => ({
              decline: d,
              vector: v.declines[j] ?? { weights: /* @__PURE__ */ new Map(), norm: 0 }
            }))
          }
        ];
      })
    );
  }
  settings;
  docs;
  idf;
  /**
   * The screen's vectors for a persona set: tf-idf over every lane and decline text. Plain data
   * (no persona objects), so it can be kept by the validated cache and read back.
   */
  static index(personas, config) {
    const byName = new Map(personas.map((p) => [p.name, p]));
    const idf = new IdfTable();
    const raw = personas.map((p) => {
      const lane = tokens(laneText(p, config));
      const declines = p.declines.map((d) => tokens(declineText(d, byName, config)));
      idf.add(lane);
      for (const t of declines) idf.add(t);
      return { name: p.name, lane, declines };
    });
    return {
      idf: idf.counts(),
      vectors: raw.map(({ name, lane, declines }) => ({
        name,
        lane: idf.vector(lane),
        declines: declines.map((t) => idf.vector(t))
      }))
    };
  }
  /** Score a task's text against the planned persona's lane and every competitor. */
  screen(input) {
    const planned = this.docs.get(input.persona);
    if (!planned)
      return { stop: false, reason: `lane screen: ${input.persona} is not known`, laneScore: 0 };
    const task = this.idf.vector(tokens(input.text));
    const laneScore = cosine(task, planned.lane);
    let best;
    for (const doc of this.docs.values()) {
      if (doc === planned) continue;
      if (input.kind !== void 0 && doc.persona.kinds.includes(input.kind)) continue;
      const score = cosine(task, doc.lane);
      if (!best || score > best.score)
        best = {
          winner: { type: "persona", persona: doc.persona.name, kinds: doc.persona.kinds },
          score
        };
    }
    for (const { decline, vector } of planned.declines) {
      const score = cosine(task, vector);
      if (!best || score > best.score) best = { winner: { type: "decline", decline }, score };
    }
    const f = (n) => n.toFixed(2);
    if (!best)
      return {
        stop: false,
        reason: `lane screen: ${input.persona} ${f(laneScore)}, no competitor`,
        laneScore
      };
    const what = best.winner.type === "persona" ? `persona ${best.winner.persona}` : `declined "${best.winner.decline.say}"`;
    const stop = best.score >= this.settings.floor && best.score >= laneScore + this.settings.margin && best.score >= laneScore * this.settings.ratio;
    return {
      stop,
      laneScore,
      best,
      reason: stop ? `lane screen: ${what} scores ${f(best.score)}, above ${input.persona}'s lane ${f(laneScore)} by more than ${this.settings.margin}` : `lane screen: ${input.persona}'s lane ${f(laneScore)}; best competitor ${what} ${f(best.score)}: within lane`
    };
  }
};

export {
  tokens,
  IdfTable,
  cosine,
  SCREEN_DEFAULTS,
  LaneScreen
};
