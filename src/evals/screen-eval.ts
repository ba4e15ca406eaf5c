import type { AiosConfig } from '../config/config-schema.js';
import type { Persona } from '../personas/persona-schema.js';
import { LaneScreen, SCREEN_DEFAULTS, type ScreenSettings } from '../routing/lane-screen.js';
import type { MatrixCase } from './eval-matrix.js';

/** Bars for the no-model figure CI can hold. */
export const SCREEN_BARS = { stoppedMin: 0.8, wronglyStoppedMax: 0.02 } as const;

export interface ScreenPersonaReport {
  readonly persona: string;
  readonly outOfLane: number;
  /** Stopped by layer 1: the task's kind is not one the persona accepts (router). */
  readonly stoppedByKind: number;
  /** Stopped by layer 2: the lane screen on the text alone, labels ignored. */
  readonly stoppedByScreen: number;
  /** Stopped by either layer before any model call. */
  readonly stopped: number;
  readonly inLane: number;
  readonly wronglyStopped: number;
  readonly misses: readonly string[];
  readonly wrongStops: readonly string[];
}

export interface ScreenReport {
  readonly personas: readonly ScreenPersonaReport[];
  readonly total: {
    outOfLane: number;
    stopped: number;
    stoppedShare: number;
    stoppedByScreenShare: number;
    inLane: number;
    wronglyStopped: number;
    wronglyStoppedShare: number;
  };
  readonly pass: boolean;
  readonly failures: readonly string[];
}

const share = (n: number, d: number): number => (d === 0 ? 0 : n / d);

/**
 * Measure layers 1–2 with no model: for each row of the matrix, would the router (kind not
 * accepted) or the lane screen (text) stop the task before any call? Out-of-lane rows (near-
 * misses that must be declined, and other personas' in-lane work) should stop; in-lane rows
 * must not.
 */
export function screenEval(
  personas: readonly Persona[],
  matrix: readonly MatrixCase[],
  config: Pick<AiosConfig, 'kinds'>,
  settings: ScreenSettings = SCREEN_DEFAULTS,
): ScreenReport {
  const screen = new LaneScreen(personas, config, settings);
  const byPersona = new Map<string, { p: Persona; rows: MatrixCase[] }>();
  for (const p of personas) byPersona.set(p.name, { p, rows: [] });
  for (const row of matrix) byPersona.get(row.persona)?.rows.push(row);
  const reports: ScreenPersonaReport[] = [];
  for (const { p, rows } of byPersona.values()) {
    let outOfLane = 0;
    let byKind = 0;
    let byScreen = 0;
    let stopped = 0;
    let inLane = 0;
    let wrong = 0;
    const misses: string[] = [];
    const wrongStops: string[] = [];
    for (const row of rows) {
      const text = `${row.case.vars.title}\n${row.case.vars.body}`;
      const kindStop = row.kind !== undefined && !p.kinds.includes(row.kind);
      const kindForScreen = kindStop ? undefined : row.kind;
      const s = screen.screen({ text, persona: p.name, kind: kindForScreen }).stop;
      if (row.expect === 'decline') {
        outOfLane += 1;
        if (kindStop) byKind += 1;
        if (s) byScreen += 1;
        if (kindStop || s) stopped += 1;
        else misses.push(row.id);
      } else if (row.lane === 'in') {
        inLane += 1;
        if (s || kindStop) {
          wrong += 1;
          wrongStops.push(row.id);
        }
      }
    }
    reports.push({
      persona: p.name,
      outOfLane,
      stoppedByKind: byKind,
      stoppedByScreen: byScreen,
      stopped,
      inLane,
      wronglyStopped: wrong,
      misses,
      wrongStops,
    });
  }
  const sum = (f: (r: ScreenPersonaReport) => number) => reports.reduce((a, r) => a + f(r), 0);
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
      outOfLane,
    ),
    inLane,
    wronglyStopped,
    wronglyStoppedShare: share(wronglyStopped, inLane),
  };
  const failures: string[] = [];
  if (total.stoppedShare < SCREEN_BARS.stoppedMin)
    failures.push(
      `out-of-lane tasks stopped before any call ${total.stoppedShare.toFixed(3)} < ${SCREEN_BARS.stoppedMin}`,
    );
  if (total.wronglyStoppedShare > SCREEN_BARS.wronglyStoppedMax)
    failures.push(
      `in-lane tasks wrongly stopped ${total.wronglyStoppedShare.toFixed(3)} > ${SCREEN_BARS.wronglyStoppedMax}`,
    );
  return { personas: reports, total, pass: failures.length === 0, failures };
}
