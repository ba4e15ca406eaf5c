import type { AiosConfig } from '../config/config-schema.js';
import { PolicyError } from '../core/errors.js';

/**
 * A local model is a file on the runner: whoever can write the runner's Ollama store can swap
 * the weights behind a name. The config may pin a model by its digest; before the work job
 * calls a pinned model it asks Ollama which digest that name has now, and refuses a different
 * one (or a missing model).
 */
export async function verifyModelDigests(
  modelIds: readonly string[],
  config: AiosConfig,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const { Ollama } = await import('ollama');
  const tags = new Map<string, Promise<{ name: string; digest: string }[]>>();
  for (const id of modelIds) {
    const m = config.models[id];
    if (!m || m.provider !== 'ollama' || !m.digest) continue;
    const host = m.host ?? env.OLLAMA_HOST ?? 'http://127.0.0.1:11434';
    let listing = tags.get(host);
    if (!listing) {
      listing = new Ollama({ host })
        .list()
        .then((r) => r.models.map((x) => ({ name: x.name, digest: x.digest })));
      tags.set(host, listing);
    }
    const found = (await listing).find((x) => x.name === m.model || x.name === `${m.model}:latest`);
    const want = m.digest.replace(/^sha256:/, '');
    const have = found?.digest.replace(/^sha256:/, '');
    if (have !== want) {
      throw new PolicyError(
        `Model ${id} (${m.model}) on ${host} ${have ? `has digest ${have}` : 'is not installed'}; the config pins ${want}. Nothing was run.`,
        {
          hint: `Pull the pinned model on the runner, or update models.${id}.digest after checking the new weights.`,
        },
      );
    }
  }
}
