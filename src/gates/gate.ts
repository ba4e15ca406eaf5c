import type { GateVerdict } from '../core/gate-verdict.js';

/** A file as the work produced it. */
export interface WorkFile {
  readonly path: string;
  readonly content: string;
}

export interface GateInput {
  readonly files: readonly WorkFile[];
  readonly kind: string;
  readonly taskId: string;
}

/**
 * The gate port. A gate reads the work and returns a verdict; a failing verdict sends the
 * work back with its findings. Deterministic checkers and (later) reviewer personas both
 * implement it, so the pipeline treats them alike.
 */
export interface Gate {
  readonly id: string;
  readonly description: string;
  run(input: GateInput): Promise<GateVerdict>;
}

/** Gates by id. */
export class GateRegistry {
  private readonly byId: Map<string, Gate>;

  constructor(gates: readonly Gate[]) {
    this.byId = new Map(gates.map((g) => [g.id, g]));
  }

  get(id: string): Gate | undefined {
    return this.byId.get(id);
  }

  ids(): string[] {
    return [...this.byId.keys()].sort();
  }
}
