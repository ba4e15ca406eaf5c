import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  monotonicFactory
} from "./chunk-XSZJ7D6U.js";

// src/core/clock.ts
function systemClock() {
  const ulid = monotonicFactory();
  return { now: () => /* @__PURE__ */ new Date(), newId: () => ulid() };
}
function steppingClock(start, stepMs = 1e3) {
  let t = start.getTime();
  const ulid = monotonicFactory(() => 0.5);
  return {
    now: () => {
      const d = new Date(t);
      t += stepMs;
      return d;
    },
    newId: () => ulid(t)
  };
}

export {
  systemClock,
  steppingClock
};
