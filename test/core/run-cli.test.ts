import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { main } from '../../src/cli/main.js';
import { packageRoot } from '../../src/core/package-root.js';
import { runBin } from '../support/run-bin.js';
import { inProcess, runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-repo.js';

// test/support/run-cli.ts runs `main` in the worker: each point that makes one call look like
// a fresh process, and leave the worker as it found it, is held here.

describe('runCli: a command in the test worker, as a fresh process would run it', () => {
  it('gives what the built binary gives for the same arguments (help, usage errors, output)', async () => {
    const dir = await tempDir();
    const task = join(dir, 't.md');
    await writeFile(task, '---\ntitle: Harden\nlabels: [hardening, wordpress]\n---\nBody\n');
    const cases: string[][] = [
      ['--help'],
      ['--version'],
      ['route', '--help'],
      ['ledger', 'export', '--help'],
      ['no-such-command'],
      ['run'],
      ['schema', 'nope'],
      ['schema', 'persona'],
      ['personas', 'list', '--json'],
      ['route', task, '--explain', '--repo', dir],
      ['route', join(dir, 'missing.md'), '--repo', dir],
    ];
    for (const args of cases) {
      const [bin, cli] = [await runBin(args), await runCli(args)];
      expect(cli, args.join(' ')).toEqual(bin);
    }
  });

  it('runs one call at a time: concurrent calls are captured apart', async () => {
    const order: string[] = [];
    const call = (name: string) =>
      inProcess(async () => {
        order.push(`${name} start`);
        process.stdout.write(`${name} 1\n`);
        await sleep(20);
        process.stderr.write(`${name} err\n`);
        process.stdout.write(`${name} 2\n`);
        order.push(`${name} end`);
        return name === 'a' ? 0 : 3;
      });
    const [a, b] = await Promise.all([call('a'), call('b')]);
    expect(a).toEqual({ code: 0, stdout: 'a 1\na 2\n', stderr: 'a err\n' });
    expect(b).toEqual({ code: 3, stdout: 'b 1\nb 2\n', stderr: 'b err\n' });
    expect(order).toEqual(['a start', 'a end', 'b start', 'b end']);
    // Several real commands at once, as cli.test.ts runs every --help.
    const helps = await Promise.all([
      runCli(['schema', '--help']),
      runCli(['gate', '--help']),
      runCli(['ledger', '--help']),
    ]);
    expect(helps.map((r) => r.stdout.split('\n')[0])).toEqual([
      'Usage: aios schema [options] <name>',
      'Usage: aios gate [options] [command]',
      'Usage: aios ledger [options] [command]',
    ]);
  });

  it('starts with no exit code, reads the one a command sets, and puts the worker’s back', async () => {
    const before = process.exitCode;
    try {
      process.exitCode = 0;
      const seen: unknown[] = [];
      const r = await inProcess(async () => {
        seen.push(process.exitCode);
        process.exitCode = 4;
        return 4;
      });
      expect(seen).toEqual([undefined]);
      expect(r.code).toBe(4);
      expect(process.exitCode).toBe(0);
      // A command that fails through main (a markdown-lint finding sets exit code 1).
      const dir = await tempDir();
      const file = join(dir, 'p.md');
      await writeFile(file, '# T\n\n### skip\n');
      expect((await runCli(['gate', 'run', 'markdown-lint', file, '--json'])).code).toBe(1);
      expect((await runCli(['schema', 'config'])).code).toBe(0); // not the previous call's 1
      expect(process.exitCode).toBe(0);
    } finally {
      process.exitCode = before;
    }
  });

  it('runs in the package root or the folder given, and goes back', async () => {
    const here = process.cwd();
    const dir = await tempDir();
    const seen: string[] = [];
    await inProcess(async () => (seen.push(process.cwd()), 0));
    await inProcess(async () => (seen.push(process.cwd()), 0), { cwd: dir });
    expect(seen).toEqual([packageRoot(), dir]);
    expect(process.cwd()).toBe(here);
    // A relative path is read from the folder given, and a failing command goes back too.
    await writeFile(join(dir, 't.md'), '---\ntitle: T\nlabels: [blog]\n---\nBody\n');
    expect((await runCli(['route', 't.md', '--repo', '.'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['route', 'nope.md', '--repo', '.'], { cwd: dir })).code).toBe(2);
    expect(process.cwd()).toBe(here);
  });

  it('sets NO_COLOR and the overrides, and puts back every key added, changed or removed', async () => {
    const keys = [
      'RUN_CLI_KEEP',
      'RUN_CLI_CHANGE',
      'RUN_CLI_REMOVE',
      'RUN_CLI_ADD',
      'RUN_CLI_BODY',
    ];
    const saved = keys.map((k) => process.env[k]);
    try {
      process.env.RUN_CLI_KEEP = 'keep';
      process.env.RUN_CLI_CHANGE = 'before';
      process.env.RUN_CLI_REMOVE = 'here';
      delete process.env.RUN_CLI_ADD;
      delete process.env.RUN_CLI_BODY;
      const before = { ...process.env };
      const seen: Record<string, string | undefined>[] = [];
      const r = await inProcess(
        async () => {
          seen.push(
            Object.fromEntries(['NO_COLOR', ...keys].map((k) => [k, process.env[k]] as const)),
          );
          process.env.RUN_CLI_BODY = 'set by the command';
          delete process.env.RUN_CLI_KEEP;
          throw new Error('the command failed');
        },
        { env: { RUN_CLI_CHANGE: 'after', RUN_CLI_REMOVE: undefined, RUN_CLI_ADD: 'new' } },
      ).catch((e: unknown) => e);
      expect(r).toBeInstanceOf(Error);
      expect(seen).toEqual([
        {
          NO_COLOR: '1',
          RUN_CLI_KEEP: 'keep',
          RUN_CLI_CHANGE: 'after',
          RUN_CLI_REMOVE: undefined,
          RUN_CLI_ADD: 'new',
          RUN_CLI_BODY: undefined,
        },
      ]);
      expect({ ...process.env }).toEqual(before);
      // A real command's failure (bad config through an env override) too.
      const bad = await runCli(['config', 'check', '--config', '/nonexistent/aios.yml'], {
        env: { RUN_CLI_ADD: 'x', AIOS_DEBUG: '1' },
      });
      expect(bad.code).toBe(2);
      expect({ ...process.env }).toEqual(before);
    } finally {
      keys.forEach((k, i) => {
        const value = saved[i];
        if (value === undefined) delete process.env[k];
        else process.env[k] = value;
      });
    }
  });

  it('captures strings in their encodings, Buffers and typed arrays, calling write callbacks', async () => {
    const writeOut = process.stdout.write;
    const writeErr = process.stderr.write;
    const called: string[] = [];
    const r = await inProcess(async () => {
      process.stdout.write('plain ');
      process.stdout.write('68657820', 'hex');
      process.stdout.write(Buffer.from('buffer '), () => called.push('buffer'));
      process.stdout.write('YmFzZTY0IA==', 'base64', (e) => called.push(`base64 ${String(e)}`));
      process.stdout.write(new TextEncoder().encode('bytes ✓\n'));
      process.stderr.write('to stderr\n', 'utf8', () => called.push('stderr'));
      expect(process.stdout.isTTY).toBe(false); // a pipe, as in a child process
      await sleep(0);
      return 0;
    });
    expect(r.stdout).toBe('plain hex buffer base64 bytes ✓\n');
    expect(r.stderr).toBe('to stderr\n');
    expect(called).toEqual(['buffer', 'base64 null', 'stderr']);
    expect(process.stdout.write).toBe(writeOut);
    expect(process.stderr.write).toBe(writeErr);
    // Put back when the call throws too.
    await expect(
      inProcess(async () => {
        process.stdout.write('lost');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(process.stdout.write).toBe(writeOut);
    expect(process.stderr.write).toBe(writeErr);
  });

  it('gives console a fresh process’s streams and puts every method back (main replaces some)', async () => {
    const methods = Object.fromEntries(Object.entries(console));
    const r = await inProcess(async () => {
      console.log('log line');
      console.error('error line');
      return 0;
    });
    expect(r).toEqual({ code: 0, stdout: 'log line\n', stderr: 'error line\n' });
    await runCli(['schema', 'config']); // main's routeConsoleToStderr
    expect(Object.fromEntries(Object.entries(console))).toEqual(methods);
    for (const [key, method] of Object.entries(methods))
      expect((console as unknown as Record<string, unknown>)[key], key).toBe(method);
  });

  it('puts zod’s global config back (main sets jitless for short processes)', async () => {
    const config = z.config();
    const before = { ...config };
    try {
      z.config({ jitless: false });
      let during: unknown;
      await inProcess(async () => {
        const r = await main(['schema', 'config']);
        during = z.config().jitless;
        return r;
      });
      expect(during).toBe(true);
      expect(z.config().jitless).toBe(false);
    } finally {
      for (const key of Object.keys(config))
        if (!(key in before)) Reflect.deleteProperty(config, key);
      Object.assign(config, before);
    }
  });

  it('fails a call that leaves a process listener behind, naming the event', async () => {
    for (const event of ['SIGINT', 'SIGTERM', 'exit', 'uncaughtException'] as const) {
      const listener = () => undefined;
      try {
        await expect(
          inProcess(async () => {
            process.on(event, listener);
            return 0;
          }),
        ).rejects.toThrow(`left a process listener behind on '${event}'`);
      } finally {
        process.off(event, listener);
      }
    }
    // A listener removed before the call ends is no leak.
    const listener = () => undefined;
    await expect(
      inProcess(async () => {
        process.on('SIGINT', listener);
        process.off('SIGINT', listener);
        return 0;
      }),
    ).resolves.toMatchObject({ code: 0 });
  });

  it('gives no stdin: a command reading it sees its end at once, as with runBin', async () => {
    const stdin = process.stdin;
    const r = await inProcess(async () => {
      let read = '';
      for await (const chunk of process.stdin) read += String(chunk);
      process.stdout.write(`read ${JSON.stringify(read)}\n`);
      return 0;
    });
    expect(r.stdout).toBe('read ""\n');
    expect(process.stdin).toBe(stdin);
  });
});
