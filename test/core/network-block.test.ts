import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { NetworkBlockedError } from '../support/block-network.js';

describe('the network block in tests', () => {
  it('stops fetch and node:http before they reach a non-loopback host', async () => {
    const error = await fetch('http://192.0.2.10/').catch((e: unknown) => e);
    expect((error as Error & { cause?: unknown }).cause).toBeInstanceOf(NetworkBlockedError);
    let blocked: unknown;
    try {
      const req = http.get('http://api.github.com/');
      req.on('error', (e) => (blocked = e));
      await new Promise((r) => setTimeout(r, 50));
    } catch (e) {
      blocked = e;
    }
    expect(blocked).toBeInstanceOf(NetworkBlockedError);
  });

  it('lets loopback through', async () => {
    const server = http.createServer((_req, res) => res.end('ok'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok');
    await new Promise((r) => server.close(r));
  });
});
