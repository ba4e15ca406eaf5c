import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/app/stop-signals.ts
var SIGNALS = ["SIGINT", "SIGTERM"];
function stopOnSignals(say = (text) => void process.stderr.write(`${text}
`)) {
  const controller = new AbortController();
  const onSignal = (name) => {
    if (controller.signal.aborted) {
      say(`aios: ${name} again; exiting without waiting.`);
      process.exit(name === "SIGINT" ? 130 : 143);
    }
    say(`aios: ${name} received; stopping the model call and recording it in the ledger.`);
    controller.abort(new Error(`stopped by ${name}`));
  };
  for (const name of SIGNALS) process.on(name, onSignal);
  return {
    signal: controller.signal,
    dispose() {
      for (const name of SIGNALS) process.off(name, onSignal);
    }
  };
}

export {
  stopOnSignals
};
