import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  gitWithInput
} from "./chunk-JSOWHKFK.js";
import "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";

// src/jobs/push-credential.ts
async function withPushCredential(repoDir, token, serverUrl, run) {
  if (!serverUrl || !token) return run();
  const key = `http.${serverUrl.replace(/\/+$/, "")}/.extraheader`;
  const basic = Buffer.from(`x-access-token:${token}`, "utf8").toString("base64");
  await gitWithInput(
    repoDir,
    ["config", "--local", key, `AUTHORIZATION: basic ${basic}`],
    void 0
  );
  try {
    return await run();
  } finally {
    await gitWithInput(repoDir, ["config", "--local", "--unset-all", key], void 0);
  }
}
export {
  withPushCredential
};
