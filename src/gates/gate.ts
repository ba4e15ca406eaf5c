import type { GateVerdict } from '../core/gate-verdict.js';
import type { Risk } from '../core/work.js';
import type { GateSettings } from './gate-settings.js';

/** A file as the work produced it. */
export interface WorkFile {
  readonly path: string;
  readonly content: string;
}

export interface GateInput {
  readonly files: readonly WorkFile[];
  readonly kind: string;
  readonly taskId: string;
  /** The task's risk: thresholds and fail-closed rules depend on it. */
  readonly risk?: Risk | undefined;
  /** This gate's settings from `aios.yml` (`gates.<id>`). */
  readonly settings?: GateSettings | undefined;
  /** The checkout the work applies to, for repository-relative settings and check commands. */
  readonly root?: string | undefined;
}

/**
 * The gate port. A gate reads the work and returns a verdict; a failing verdict sends the
 * work back with its findings. Deterministic checkers and reviewer personas both implement
 * it, so the pipeline treats them alike.
 */
export interface Gate {
  readonly id: string;
  readonly description: string;
  run(input: GateInput): Promise<GateVerdict>;
}

/** A gate as listed: what it checks with, and how dear it is to run (gates run cheap → dear). */
export interface GateEntry {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly description: string;
  /** npm packages of the checkers it runs. */
  readonly checkers: readonly string[];
  /** Relative cost; the pipeline runs the plan's gates in ascending cost. */
  readonly cost: number;
  /** Loads the gate's code (and its checkers) only when it runs. */
  load(): Promise<Gate>;
}

/** Gates by id (and alias). */
export class GateRegistry {
  private readonly byId = new Map<string, Gate>();
  private readonly costs = new Map<string, number>();

  constructor(gates: readonly Gate[] = [], entries: readonly GateEntry[] = []) {
    for (const g of gates) this.byId.set(g.id, g);
    for (const e of entries) {
      const gate = lazyGate(e);
      for (const name of [e.id, ...e.aliases]) {
        this.byId.set(name, gate);
        this.costs.set(name, e.cost);
      }
    }
  }

  get(id: string): Gate | undefined {
    return this.byId.get(id);
  }

  ids(): string[] {
    return [...this.byId.keys()].sort();
  }

  /** The given gate ids, cheap first (stable for gates of equal or unknown cost). */
  order(ids: readonly string[]): string[] {
    return (
      ids
        // The reviewer persona is the dearest gate: it runs after every deterministic one.
        .map((id, i) => ({
          id,
          i,
          cost: id === 'reviewer' ? Number.MAX_SAFE_INTEGER : (this.costs.get(id) ?? 0),
        }))
        .sort((a, b) => a.cost - b.cost || a.i - b.i)
        .map((x) => x.id)
    );
  }
}

function lazyGate(entry: GateEntry): Gate {
  let loaded: Promise<Gate> | undefined;
  return {
    id: entry.id,
    description: entry.description,
    async run(input) {
      loaded ??= entry.load();
      return (await loaded).run(input);
    },
  };
}
