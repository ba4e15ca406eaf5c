import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  GATE_CATALOG
} from "./chunk-MU7G7UNU.js";

// src/gates/gate.ts
var GateRegistry = class {
  byId = /* @__PURE__ */ new Map();
  costs = /* @__PURE__ */ new Map();
  constructor(gates = [], entries = []) {
    for (const g of gates) this.byId.set(g.id, g);
    for (const e of entries) {
      const gate = lazyGate(e);
      for (const name of [e.id, ...e.aliases]) {
        this.byId.set(name, gate);
        this.costs.set(name, e.cost);
      }
    }
  }
  get(id) {
    return this.byId.get(id);
  }
  ids() {
    return [...this.byId.keys()].sort();
  }
  /** The given gate ids, cheap first (stable for gates of equal or unknown cost). */
  order(ids) {
    return ids.map((id, i) => ({
      id,
      i,
      cost: id === "reviewer" ? Number.MAX_SAFE_INTEGER : this.costs.get(id) ?? 0
    })).sort((a, b) => a.cost - b.cost || a.i - b.i).map((x) => x.id);
  }
};
function lazyGate(entry) {
  let loaded;
  return {
    id: entry.id,
    description: entry.description,
    async run(input) {
      loaded ??= entry.load();
      return (await loaded).run(input);
    }
  };
}

// src/gates/default-gates.ts
function defaultGates() {
  return new GateRegistry([], GATE_CATALOG);
}

export {
  defaultGates
};
