import type { GateVerdict } from '../core/gate-verdict.js';
import type { RouteDecision } from '../core/plan.js';

/**
 * What the pipeline tells whoever is watching (the CLI's spinner, the action's log). The core
 * never prints; it reports through this.
 */
export interface ProgressSink {
  routed(decision: RouteDecision): void;
  modelStart(info: { modelId: string; persona: string; attempt: number }): void;
  modelProgress(info: { modelId: string; chars: number }): void;
  modelEnd(info: { modelId: string; ok: boolean }): void;
  gate(verdict: GateVerdict, attempt: number): void;
  note(message: string): void;
}

export const silentProgress: ProgressSink = {
  routed: () => undefined,
  modelStart: () => undefined,
  modelProgress: () => undefined,
  modelEnd: () => undefined,
  gate: () => undefined,
  note: () => undefined,
};
