import { GateRegistry } from './gate.js';
import { createMarkdownLintGate } from './markdown-lint-gate.js';
import { createWpPluginSecurityGate } from './wp-plugin-security-gate.js';

/** The deterministic gates that ship with AIOS. */
export function defaultGates(): GateRegistry {
  return new GateRegistry([createMarkdownLintGate(), createWpPluginSecurityGate()]);
}
