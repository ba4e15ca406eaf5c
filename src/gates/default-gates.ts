import { GATE_CATALOG } from './gate-catalog.js';
import { GateRegistry } from './gate.js';

/** The gates that ship with AIOS, each loaded when it first runs. */
export function defaultGates(): GateRegistry {
  return new GateRegistry([], GATE_CATALOG);
}
