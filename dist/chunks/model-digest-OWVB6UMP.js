import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PolicyError
} from "./chunk-BXJ33WYV.js";
import "./chunk-OWSLLXUM.js";

// src/jobs/model-digest.ts
async function verifyModelDigests(modelIds, config, env) {
  const { Ollama } = await import("./dist-TNUCCSAG.js");
  const tags = /* @__PURE__ */ new Map();
  for (const id of modelIds) {
    const m = config.models[id];
    if (!m || m.provider !== "ollama" || !m.digest) continue;
    const host = m.host ?? env.OLLAMA_HOST ?? "http://127.0.0.1:11434";
    let listing = tags.get(host);
    if (!listing) {
      listing = new Ollama({ host }).list().then((r) => r.models.map((x) => ({ name: x.name, digest: x.digest })));
      tags.set(host, listing);
    }
    const found = (await listing).find((x) => x.name === m.model || x.name === `${m.model}:latest`);
    const want = m.digest.replace(/^sha256:/, "");
    const have = found?.digest.replace(/^sha256:/, "");
    if (have !== want) {
      throw new PolicyError(
        `Model ${id} (${m.model}) on ${host} ${have ? `has digest ${have}` : "is not installed"}; the config pins ${want}. Nothing was run.`,
        {
          hint: `Pull the pinned model on the runner, or update models.${id}.digest after checking the new weights.`
        }
      );
    }
  }
}
export {
  verifyModelDigests
};
