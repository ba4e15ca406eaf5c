import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  LaneScreen,
  SCREEN_DEFAULTS
} from "./chunk-HQ7Q36D7.js";

// src/evals/screen-eval.ts
var SCREEN_BARS = { stoppedMin: 0.8, wronglyStoppedMax: 0.02 };
var share = (n, d) => d === 0 ? 0 : n / d;
function screenEval(personas, matrix, config, settings = SCREEN_DEFAULTS) {
  const screen = new LaneScreen(personas, config, settings);
  const byPersona = /* @__PURE__ */ new Map();
  for (const p of personas) byPersona.set(p.name, { p, rows: [] });
  for (const row of matrix) byPersona.get(row.persona)?.rows.push(row);
  const reports = [];
  for (const { p, rows } of byPersona.values()) {
    let outOfLane2 = 0;
    let byKind = 0;
    let byScreen = 0;
    let stopped2 = 0;
    let inLane2 = 0;
    let wrong = 0;
    const misses = [];
    const wrongStops = [];
    for (const row of rows) {
      const text = `${row.case.vars.title}
${row.case.vars.body}`;
      const kindStop = row.kind !== void 0 && !p.kinds.includes(row.kind);
      const kindForScreen = kindStop ? void 0 : row.kind;
      const s = screen.screen({ text, persona: p.name, kind: kindForScreen }).stop;
      if (row.expect === "decline") {
        outOfLane2 += 1;
        if (kindStop) byKind += 1;
        if (s) byScreen += 1;
        if (kindStop || s) stopped2 += 1;
        else misses.push(row.id);
      } else if (row.lane === "in") {
        inLane2 += 1;
        if (s || kindStop) {
          wrong += 1;
          wrongStops.push(row.id);
        }
      }
    }
    reports.push({
      persona: p.name,
      outOfLane: outOfLane2,
      stoppedByKind: byKind,
      stoppedByScreen: byScreen,
      stopped: stopped2,
      inLane: inLane2,
      wronglyStopped: wrong,
      misses,
      wrongStops
    });
  }
  const sum = (f) => reports.reduce((a, r) => a + f(r), 0);
  const outOfLane = sum((r) => r.outOfLane);
  const stopped = sum((r) => r.stopped);
  const inLane = sum((r) => r.inLane);
  const wronglyStopped = sum((r) => r.wronglyStopped);
  const total = {
    outOfLane,
    stopped,
    stoppedShare: share(stopped, outOfLane),
    stoppedByScreenShare: share(
      sum((r) => r.stoppedByScreen),
      outOfLane
    ),
    inLane,
    wronglyStopped,
    wronglyStoppedShare: share(wronglyStopped, inLane)
  };
  const failures = [];
  if (total.stoppedShare < SCREEN_BARS.stoppedMin)
    failures.push(
      `out-of-lane tasks stopped before any call ${total.stoppedShare.toFixed(3)} < ${SCREEN_BARS.stoppedMin}`
    );
  if (total.wronglyStoppedShare > SCREEN_BARS.wronglyStoppedMax)
    failures.push(
      `in-lane tasks wrongly stopped ${total.wronglyStoppedShare.toFixed(3)} > ${SCREEN_BARS.wronglyStoppedMax}`
    );
  return { personas: reports, total, pass: failures.length === 0, failures };
}

export {
  SCREEN_BARS,
  screenEval
};
