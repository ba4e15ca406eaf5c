import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

/** Octokit with the retry and throttling plugins: the one GitHub client AIOS builds. */
export const AiosOctokit = Octokit.plugin(retry, throttling);
export type AiosOctokit = InstanceType<typeof AiosOctokit>;

export interface OctokitOptions {
  readonly token: string;
  /** GitHub Enterprise or a test server; defaults to GITHUB_API_URL, then api.github.com. */
  readonly baseUrl?: string | undefined;
  /** Retries for 5xx and secondary rate limits; 0 in tests that count calls. */
  readonly retries?: number;
  readonly log?: ((message: string) => void) | undefined;
}

/**
 * Build the client once per job. Primary and secondary rate limits are waited out (a bounded
 * number of times) rather than failing a job that already spent money on models.
 */
export function createOctokit(options: OctokitOptions): AiosOctokit {
  const retries = options.retries ?? 3;
  const log = options.log ?? (() => undefined);
  return new AiosOctokit({
    auth: options.token,
    baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
    userAgent: 'aios',
    request: { retries },
    retry: { enabled: retries > 0, retries },
    throttle: {
      enabled: retries > 0,
      onRateLimit: (
        after: number,
        o: { method: string; url: string },
        _k: unknown,
        count: number,
      ) => {
        log(`GitHub rate limit on ${o.method} ${o.url}; retrying after ${after}s`);
        return count < retries;
      },
      onSecondaryRateLimit: (
        after: number,
        o: { method: string; url: string },
        _k: unknown,
        count: number,
      ) => {
        log(`GitHub secondary rate limit on ${o.method} ${o.url}; retrying after ${after}s`);
        return count < retries;
      },
    },
    log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
  });
}
