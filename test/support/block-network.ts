/**
 * Tests never reach the real network. Every socket connection is checked: loopback and
 * local (unix-socket) connections pass; anything else throws before a packet leaves.
 * Installed for every test file by vitest's setupFiles.
 *
 * With isolation off, vitest runs this setup file again before each test file in the same
 * worker process: the patch and the error class are made once per process (kept on
 * globalThis), so connections are checked once and `instanceof` holds in every file.
 */
import net from 'node:net';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|\[::1\]|::ffff:127\.\d+\.\d+\.\d+)$/i;

class BlockedError extends Error {
  constructor(target: string) {
    super(
      `test tried to reach ${target}: the network is blocked in tests (use a local server in test/support)`,
    );
  }
}

const KEY = Symbol.for('aios.test.network-block');
const shared = globalThis as { [KEY]?: typeof BlockedError };

/** What a blocked connection throws. */
export const NetworkBlockedError: typeof BlockedError = shared[KEY] ?? BlockedError;

type ConnectArgs = Parameters<net.Socket['connect']>;

function targetOf(raw: unknown[]): { host?: string; path?: string; port?: unknown } {
  // net.connect() (which fetch uses) passes its already-normalised [options, callback] array.
  const args = Array.isArray(raw[0]) ? (raw[0] as unknown[]) : raw;
  const [first, second] = args;
  if (typeof first === 'object' && first !== null) {
    const o = first as { host?: string; path?: string; port?: unknown };
    return { host: o.host, path: o.path, port: o.port };
  }
  if (typeof first === 'string' && Number.isNaN(Number(first))) return { path: first };
  return { port: first, host: typeof second === 'string' ? second : undefined };
}

if (!shared[KEY]) {
  shared[KEY] = NetworkBlockedError;
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
    const { host, path } = targetOf(args);
    // A unix-socket path is local; http passes `path: null` for ordinary TCP requests.
    if (typeof path !== 'string') {
      const h = host ?? 'localhost';
      if (!LOOPBACK.test(h)) throw new NetworkBlockedError(h);
    }
    return original.apply(this, args as unknown as ConnectArgs);
  } as typeof original;
}
