import * as crypto from 'node:crypto';

// One call per hash (Node ≥ 21.7): no Hash object to build and collect for each of a million
// ledger entries. createHash where an older Node lacks it.
const oneShot = (
  crypto as { hash?: (alg: string, data: string | Uint8Array, enc: 'hex') => string }
).hash;

/** Hex sha256 of a string or bytes. */
export function sha256(data: string | Uint8Array): string {
  return oneShot
    ? oneShot('sha256', data, 'hex')
    : crypto.createHash('sha256').update(data).digest('hex');
}

/**
 * JSON with object keys sorted at every level, so that the same value always hashes the same,
 * whatever order it was built in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}
