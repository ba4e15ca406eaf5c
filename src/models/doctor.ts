/**
 * `aios doctor`: what a person runs first on a new runner, and what the work job runs before
 * its first call. For each configured model: is its key present, does its endpoint answer, has
 * Ollama pulled the model (with the digest the config names), what window and output cap calls
 * will use, and (unless told not to) does a one-token structured call go through with the
 * model's request profile. Read-only; never throws for a failing check, it reports it.
 */
import type { AiosConfig, ModelConfig } from '../config/config-schema.js';
import { requestProfile } from '../config/request-profile.js';
import { describeError, ModelError } from '../core/errors.js';
import { createProvider } from './create-provider.js';
import type { ModelProvider } from './model-provider.js';
import { ollamaWindow, resolveOllamaHost } from './ollama-provider.js';
import { DEFAULT_OPENAI_BASE_URL } from './openai-provider.js';

export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';

export interface DoctorCheck {
  readonly name: 'key' | 'endpoint' | 'pulled' | 'limits' | 'call';
  readonly status: CheckStatus;
  readonly detail: string;
}

export interface ModelReport {
  readonly modelId: string;
  readonly provider: ModelConfig['provider'];
  readonly model: string;
  readonly checks: DoctorCheck[];
  /** No check failed. */
  readonly ok: boolean;
}

export interface DoctorOptions {
  readonly config: Pick<AiosConfig, 'models' | 'context'>;
  readonly env: NodeJS.ProcessEnv;
  /** Only these models (default: every configured one). */
  readonly models?: readonly string[] | undefined;
  /** Make the one-token structured call (default true). */
  readonly call?: boolean | undefined;
  /** Transport (tests); defaults to the global fetch. */
  readonly fetch?: typeof fetch | undefined;
  /** Per-request timeout for the checks, ms (default 10 s; a cold Ollama load can be longer). */
  readonly timeoutMs?: number | undefined;
}

/** The smallest structured answer: `{"ok": true}`. */
const PING_SCHEMA = {
  type: 'object',
  properties: { ok: { type: 'boolean' } },
  required: ['ok'],
  additionalProperties: false,
};
/** Reasoning models spend tokens before answering; this many lets a minimal one through. */
const PING_OUTPUT_TOKENS = 256;

/** Check every selected model; the reports come back in config order. */
export async function runDoctor(options: DoctorOptions): Promise<ModelReport[]> {
  const ids = options.models ?? Object.keys(options.config.models);
  return Promise.all(ids.map((id) => checkModel(id, options)));
}

async function checkModel(modelId: string, options: DoctorOptions): Promise<ModelReport> {
  const model = options.config.models[modelId];
  if (!model) {
    return {
      modelId,
      provider: 'scripted',
      model: '?',
      checks: [{ name: 'key', status: 'fail', detail: `no model named ${modelId} in the config` }],
      ok: false,
    };
  }
  const checks: DoctorCheck[] = [];
  const fetchFn = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const profile = requestProfile(model);

  if (model.provider === 'scripted') {
    checks.push({ name: 'key', status: 'skip', detail: 'scripted: answers from a script file' });
  } else if (model.provider === 'openai') {
    const key = options.env[model.apiKeyEnv];
    checks.push(
      key
        ? { name: 'key', status: 'ok', detail: `${model.apiKeyEnv} is set` }
        : {
            name: 'key',
            status: 'fail',
            detail: `${model.apiKeyEnv} is not set: calls to ${modelId} are skipped and its tier falls back`,
          },
    );
    const base = (model.baseUrl ?? DEFAULT_OPENAI_BASE_URL).replace(/\/+$/, '');
    checks.push(
      await probe(
        `${base}/models`,
        fetchFn,
        timeoutMs,
        key ? { authorization: `Bearer ${key}` } : {},
      ),
    );
    checks.push({
      name: 'limits',
      status: 'ok',
      detail: `output cap ${profile.maxOutputTokens} tokens (max_completion_tokens)${profile.temperature === undefined ? ', no temperature (reasoning model)' : `, temperature ${profile.temperature}`}${profile.reasoningEffort ? `, reasoning_effort ${profile.reasoningEffort}` : ''}`,
    });
  } else {
    checks.push({ name: 'key', status: 'skip', detail: 'Ollama needs no key' });
    const host = resolveOllamaHost(model.host, options.env).replace(/\/+$/, '');
    const endpoint = await probe(`${host}/api/version`, fetchFn, timeoutMs);
    checks.push(endpoint);
    checks.push(
      endpoint.status === 'ok'
        ? await pulled(host, model.model, model.digest, fetchFn, timeoutMs)
        : { name: 'pulled', status: 'skip', detail: 'the endpoint did not answer' },
    );
    const window = ollamaWindow(profile, options.config.context.maxTokens, 0);
    const trained =
      endpoint.status === 'ok'
        ? await contextLength(host, model.model, fetchFn, timeoutMs)
        : undefined;
    const limits = `window ${window} tokens (num_ctx: context budget ${options.config.context.maxTokens} + prompt overhead + output cap), output cap ${profile.maxOutputTokens} tokens (num_predict)`;
    checks.push(
      trained !== undefined && window > trained
        ? {
            name: 'limits',
            status: 'fail',
            detail: `${limits}: more than the model's context length of ${trained}; lower context.maxTokens or set models.${modelId}.request.contextWindow`,
          }
        : {
            name: 'limits',
            status: 'ok',
            detail: trained === undefined ? limits : `${limits}; the model takes ${trained}`,
          },
    );
  }

  if (options.call === false) {
    checks.push({ name: 'call', status: 'skip', detail: 'not asked for (--no-call)' });
  } else if (checks.some((c) => c.status === 'fail')) {
    checks.push({ name: 'call', status: 'skip', detail: 'an earlier check failed' });
  } else if (model.provider !== 'scripted') {
    checks.push(await ping(modelId, model, options, timeoutMs));
  }
  return {
    modelId,
    provider: model.provider,
    model: model.model,
    checks,
    ok: !checks.some((c) => c.status === 'fail'),
  };
}

/** Does anything answer at this URL? Any HTTP status counts as answering; it is reported. */
async function probe(
  url: string,
  fetchFn: typeof fetch,
  timeoutMs: number,
  headers: Record<string, string> = {},
): Promise<DoctorCheck> {
  try {
    const response = await fetchFn(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    if (response.status === 401 || response.status === 403)
      return {
        name: 'endpoint',
        status: 'fail',
        detail: `${url} answers ${response.status}: the key is refused`,
      };
    return {
      name: 'endpoint',
      status: 'ok',
      detail: `${url} answers (${response.status})`,
    };
  } catch (error) {
    return {
      name: 'endpoint',
      status: 'fail',
      detail: `${url} does not answer (${describeCause(error)})`,
    };
  }
}

/** Is the model in /api/tags, with the digest the config names? */
async function pulled(
  host: string,
  name: string,
  digest: string | undefined,
  fetchFn: typeof fetch,
  timeoutMs: number,
): Promise<DoctorCheck> {
  try {
    const response = await fetchFn(`${host}/api/tags`, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.json()) as { models?: { name?: string; digest?: string }[] };
    const wanted = name.includes(':') ? name : `${name}:latest`;
    const found = (body.models ?? []).find((m) => m.name === wanted || m.name === name);
    if (!found)
      return {
        name: 'pulled',
        status: 'fail',
        detail: `${name} is not pulled on ${host}: run \`ollama pull ${name}\` there`,
      };
    const have = (found.digest ?? '').replace(/^sha256:/, '');
    if (digest === undefined)
      return {
        name: 'pulled',
        status: 'warn',
        detail: `${name} is pulled (digest ${have}); set digest: ${have} in the config to pin it`,
      };
    // The full digest, as the work job checks it (src/jobs/model-digest.ts): a prefix pins nothing.
    const want = digest.replace(/^sha256:/, '');
    return have === want
      ? {
          name: 'pulled',
          status: 'ok',
          detail: `${name} is pulled with digest ${have.slice(0, 12)}`,
        }
      : {
          name: 'pulled',
          status: 'fail',
          detail: `${name} on ${host} has digest ${have.slice(0, 12)}, the config names ${want.slice(0, 12)}: pull the pinned model or update digest`,
        };
  } catch (error) {
    return {
      name: 'pulled',
      status: 'fail',
      detail: `cannot list models (${describeCause(error)})`,
    };
  }
}

/**
 * The context length the model was trained for, from POST /api/show (`model_info`,
 * `<architecture>.context_length`, Ollama docs/api.md "Show Model Information"); undefined when
 * the server does not say.
 */
async function contextLength(
  host: string,
  name: string,
  fetchFn: typeof fetch,
  timeoutMs: number,
): Promise<number | undefined> {
  try {
    const response = await fetchFn(`${host}/api/show`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: name }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) {
      await response.body?.cancel();
      return undefined;
    }
    const info = ((await response.json()) as { model_info?: Record<string, unknown> }).model_info;
    const arch = info?.['general.architecture'];
    const length = typeof arch === 'string' ? info?.[`${arch}.context_length`] : undefined;
    return typeof length === 'number' ? length : undefined;
  } catch {
    return undefined;
  }
}

/** A one-token structured call with the model's own request profile (a smaller output cap). */
async function ping(
  modelId: string,
  model: ModelConfig,
  options: DoctorOptions,
  timeoutMs: number,
): Promise<DoctorCheck> {
  let provider: ModelProvider;
  try {
    const small: ModelConfig =
      model.provider === 'scripted'
        ? model
        : { ...model, request: { ...model.request, maxOutputTokens: PING_OUTPUT_TOKENS } };
    provider = await createProvider(modelId, small, { env: options.env });
  } catch (error) {
    return { name: 'call', status: 'fail', detail: describeError(error) };
  }
  try {
    const result = await provider.chat({
      messages: [{ role: 'user', content: 'Reply with {"ok": true}.' }],
      schema: PING_SCHEMA,
      schemaName: 'doctor_ping',
      timeouts: { connectMs: timeoutMs, firstTokenMs: timeoutMs * 6, totalMs: timeoutMs * 9 },
      persona: 'doctor',
      attempt: 1,
      purpose: 'work',
    });
    return {
      name: 'call',
      status: 'ok',
      detail: `a structured call went through (${result.model}, ${result.usage.inputTokens} in / ${result.usage.outputTokens} out${result.truncated ? ', stopped at the small test cap' : ''})`,
    };
  } catch (error) {
    const what =
      error instanceof ModelError ? `${error.errorClass}: ${error.message}` : describeError(error);
    return { name: 'call', status: 'fail', detail: what };
  }
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** One line per check, for the CLI and the work job's log. */
export function formatReport(report: ModelReport): string[] {
  const mark: Record<CheckStatus, string> = { ok: '✔', warn: '!', fail: '✘', skip: '·' };
  return [
    `${report.ok ? '✔' : '✘'} ${report.modelId} (${report.provider} ${report.model})`,
    ...report.checks.map((c) => `    ${mark[c.status]} ${c.name}: ${c.detail}`),
  ];
}
