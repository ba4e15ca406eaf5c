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
  /** The longest a rate limit is waited out, in seconds (default 120); past it the call fails. */
  readonly maxWaitSeconds?: number;
  readonly log?: ((message: string) => void) | undefined;
}

/**
 * Build the client once per job. Server errors (5xx) are retried with plugin-retry's backoff,
 * never a 4xx (its `doNotRetry`: a 404 or a 422 does not change on a second try). Primary and
 * secondary rate limits are waited out a bounded number of times, each wait at most
 * `maxWaitSeconds`, rather than failing a job that already spent money on models; a limit that
 * resets later than that fails the call at once and says when it resets, instead of holding
 * the runner for up to an hour.
 *
 * No `request.retries` option: plugin-retry reads it as "retry this request whatever failed",
 * which retried a 404, a 422 and a secondary rate limit at once, three times, with no wait.
 */
export function createOctokit(options: OctokitOptions): AiosOctokit {
  const retries = options.retries ?? 3;
  const maxWait = options.maxWaitSeconds ?? 120;
  const log = options.log ?? (() => undefined);
  const limited =
    (kind: string) =>
    (after: number, o: { method: string; url: string }, _k: unknown, count: number) => {
      if (after > maxWait) {
        log(
          `GitHub ${kind} on ${o.method} ${o.url}: it resets in ${Math.ceil(after / 60)} min (${new Date(Date.now() + after * 1000).toISOString()}), longer than the ${maxWait}s AIOS waits; not waiting`,
        );
        return false;
      }
      if (count >= retries) {
        log(
          `GitHub ${kind} on ${o.method} ${o.url}: still limited after ${retries} waits; giving up`,
        );
        return false;
      }
      log(`GitHub ${kind} on ${o.method} ${o.url}; retrying after ${after}s`);
      return true;
    };
  return new AiosOctokit({
    auth: options.token,
    baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
    userAgent: 'aios',
    retry: { enabled: retries > 0, retries },
    throttle: {
      enabled: retries > 0,
      onRateLimit: limited('rate limit'),
      onSecondaryRateLimit: limited('secondary rate limit'),
    },
    log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
  });
}
