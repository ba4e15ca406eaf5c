import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  AiosError
} from "./chunk-BXJ33WYV.js";

// src/app/kill-switch.ts
var DisabledError = class extends AiosError {
  code = "disabled";
  exitCode = 1;
};
function killSwitchReason(config, env, file) {
  if (!config.enabled) return `\`enabled: false\` in ${file}`;
  if (env.AIOS_ENABLED?.trim().toLowerCase() === "false")
    return "AIOS_ENABLED=false in the environment";
  return void 0;
}
function assertEnabled(config, env, file) {
  const why = killSwitchReason(config, env, file);
  if (why)
    throw new DisabledError(`AIOS is switched off: ${why}. Nothing was planned or recorded.`, {
      hint: "Set `enabled: true` in the config and unset AIOS_ENABLED (or set it to true) to turn AIOS back on."
    });
}

export {
  killSwitchReason,
  assertEnabled
};
