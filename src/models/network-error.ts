/**
 * The transport failures both HTTP adapters read from a thrown error: the errno or undici code
 * somewhere in its cause chain, and which of those codes are timeouts. One module, so the two
 * providers classify a dropped connection the same way.
 */

/** Codes that mean a transport timer fired (a retryable `timeout`, not a `connection` error). */
export const TIMEOUT_CODES: ReadonlySet<string> = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** Every code that says the network, not the server's answer, failed. */
export const NETWORK_CODES: ReadonlySet<string> = new Set([
  ...TIMEOUT_CODES,
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);

/**
 * The errno or undici code somewhere in the cause chain (fetch wraps it in `cause`; happy
 * eyeballs tries several addresses and reports an AggregateError of them). Undefined when none.
 */
export function networkCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 5) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const found = networkCode(inner, depth + 1);
      if (found) return found;
    }
  }
  return networkCode((error as { cause?: unknown }).cause, depth + 1);
}

/** Whether the error is a transport timeout. */
export function isTimeoutCode(code: string | undefined): boolean {
  return code !== undefined && TIMEOUT_CODES.has(code);
}
