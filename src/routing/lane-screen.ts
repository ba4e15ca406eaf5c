import type { AiosConfig } from '../config/config-schema.js';
import type { Persona, PersonaDecline } from '../personas/persona-schema.js';
import { cosine, IdfTable, tokens, withoutNegations, type TermVector } from './lexical.js';

/** What the screen needs of a persona: the words that carry its lane, and what it declines. */
export type ScreenPersona = Pick<Persona, 'name' | 'role' | 'description' | 'kinds' | 'declines'>;

/**
 * Calibration. A competitor (another persona that does not accept the task's kind, or one of
 * the planned persona's declines) stops the task when its score is at least `floor`, beats the
 * planned persona's lane by `margin` and is `ratio` times it. Chosen on the shipped eval matrix
 * (`aios eval --screen-only`) and checked on held-out tasks, erring towards few wrong stops: the
 * screen is a cheap first line, the persona's own decline is the second.
 */
export const SCREEN_DEFAULTS = { margin: 0.1, floor: 0.1, ratio: 1.5 } as const;
export type ScreenSettings = {
  readonly margin: number;
  readonly floor: number;
  /** The competitor must also score this many times the lane: siblings with close, high scores pass. */
  readonly ratio: number;
};

interface LaneDoc {
  readonly persona: ScreenPersona;
  readonly lane: TermVector;
  readonly declines: readonly { decline: PersonaDecline; vector: TermVector }[];
}

/** What a built screen is made of, in persona order, without the persona objects. */
export interface ScreenIndex {
  readonly idf: { readonly df: ReadonlyMap<string, number>; readonly docs: number };
  readonly vectors: readonly {
    readonly name: string;
    readonly lane: TermVector;
    readonly declines: readonly TermVector[];
  }[];
}

/** A competitor that beat the planned persona's lane. */
export type ScreenWinner =
  | { readonly type: 'persona'; readonly persona: string; readonly kinds: readonly string[] }
  | { readonly type: 'decline'; readonly decline: PersonaDecline };

/** The screen's verdict for one task and one planned persona. */
export interface ScreenResult {
  readonly stop: boolean;
  /** One line for the plan's trace: the scores and why it stopped or passed. */
  readonly reason: string;
  readonly laneScore: number;
  readonly best?: { readonly winner: ScreenWinner; readonly score: number } | undefined;
}

/** A kind in words: its id, its description and the labels people put on such work. */
function kindText(k: string, config?: Pick<AiosConfig, 'kinds'>): string {
  const c = config?.kinds[k];
  return `${k.replace(/-/g, ' ')} ${c?.description ?? ''} ${(c?.labels ?? []).join(' ')}`;
}

/** Lane text of a persona: role, description with its negated clauses removed, kinds. */
function laneText(p: ScreenPersona, config?: Pick<AiosConfig, 'kinds'>): string {
  const kinds = p.kinds.map((k) => kindText(k, config));
  return [p.role, withoutNegations(p.description), ...kinds, p.name.replace(/-/g, ' ')].join('\n');
}

function declineText(
  d: PersonaDecline,
  byName: ReadonlyMap<string, ScreenPersona>,
  config?: Pick<AiosConfig, 'kinds'>,
): string {
  const kinds = (d.kinds ?? []).map((k) => kindText(k, config));
  const taker = d.handoff ? byName.get(d.handoff) : undefined;
  return [d.say, ...kinds, taker ? taker.role : ''].join('\n');
}

/**
 * The lane screen: a lexical index over every persona's lane and declines, built once per
 * persona set, then asked per task. No model is involved.
 */
export class LaneScreen {
  private readonly docs: ReadonlyMap<string, LaneDoc>;
  private readonly idf: IdfTable;

  /**
   * `index`: the vectors `LaneScreen.index` built for these same personas and kinds (read back
   * from the validated cache); without it they are built here.
   */
  constructor(
    personas: readonly ScreenPersona[],
    config?: Pick<AiosConfig, 'kinds'>,
    private readonly settings: ScreenSettings = SCREEN_DEFAULTS,
    index: ScreenIndex = LaneScreen.index(personas, config),
  ) {
    if (index.vectors.length !== personas.length)
      throw new Error('lane screen: the index was built for another persona set');
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
              vector: v.declines[j] ?? { weights: new Map(), norm: 0 },
            })),
          },
        ];
      }),
    );
  }

  /**
   * The screen's vectors for a persona set: tf-idf over every lane and decline text. Plain data
   * (no persona objects), so it can be kept by the validated cache and read back.
   */
  static index(
    personas: readonly ScreenPersona[],
    config?: Pick<AiosConfig, 'kinds'>,
  ): ScreenIndex {
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
        declines: declines.map((t) => idf.vector(t)),
      })),
    };
  }

  /** Score a task's text against the planned persona's lane and every competitor. */
  screen(input: { text: string; persona: string; kind?: string | undefined }): ScreenResult {
    const planned = this.docs.get(input.persona);
    if (!planned)
      return { stop: false, reason: `lane screen: ${input.persona} is not known`, laneScore: 0 };
    const task = this.idf.vector(tokens(input.text));
    const laneScore = cosine(task, planned.lane);
    let best: ScreenResult['best'];
    for (const doc of this.docs.values()) {
      if (doc === planned) continue;
      // A persona that accepts the same kind is a sibling, not a lane violation.
      if (input.kind !== undefined && doc.persona.kinds.includes(input.kind)) continue;
      const score = cosine(task, doc.lane);
      if (!best || score > best.score)
        best = {
          winner: { type: 'persona', persona: doc.persona.name, kinds: doc.persona.kinds },
          score,
        };
    }
    for (const { decline, vector } of planned.declines) {
      const score = cosine(task, vector);
      if (!best || score > best.score) best = { winner: { type: 'decline', decline }, score };
    }
    const f = (n: number): string => n.toFixed(2);
    if (!best)
      return {
        stop: false,
        reason: `lane screen: ${input.persona} ${f(laneScore)}, no competitor`,
        laneScore,
      };
    const what =
      best.winner.type === 'persona'
        ? `persona ${best.winner.persona}`
        : `declined "${best.winner.decline.say}"`;
    const stop =
      best.score >= this.settings.floor &&
      best.score >= laneScore + this.settings.margin &&
      best.score >= laneScore * this.settings.ratio;
    return {
      stop,
      laneScore,
      best,
      reason: stop
        ? `lane screen: ${what} scores ${f(best.score)}, above ${input.persona}'s lane ${f(laneScore)} by more than ${this.settings.margin}`
        : `lane screen: ${input.persona}'s lane ${f(laneScore)}; best competitor ${what} ${f(best.score)}: within lane`,
    };
  }
}
