/**
 * `--json` stdout stays valid JSON whatever a client library prints: the `ollama` client
 * console.logs when a server (a proxy in front of Ollama) answers with an HTML error page.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfigPath } from '../../src/config/load-config.js';
import { startOllamaServer, type OllamaTestServer } from '../support/ollama-server.js';
import { runBin } from '../support/run-bin.js';
import { tempRepo } from '../support/temp-repo.js';

let server: OllamaTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('aios run --json', () => {
  it('prints only JSON on stdout when the ollama client logs about an HTML 502', async () => {
    server = await startOllamaServer({ models: ['llama3.1:8b'] });
    server.setHandler(() => ({
      status: 502,
      error: '<html><body><h1>502 Bad Gateway</h1></body></html>',
      headers: { 'content-type': 'text/html' },
    }));
    const repo = await tempRepo({ 'content/pages/home.md': '# Home\n' });
    const config = (await readFile(defaultConfigPath(), 'utf8')).replace(
      'model: llama3.1:8b',
      `model: llama3.1:8b\n    host: ${server.url}`,
    );
    await mkdir(join(repo, '.github'));
    await writeFile(join(repo, '.github', 'aios.yml'), config);
    await simpleGit(repo).add('.');
    await simpleGit(repo).commit('config');
    const taskFile = join(repo, '..', `${repo.split('/').at(-1)}-audit.md`);
    await writeFile(
      taskFile,
      '---\ntitle: Audit the home page\nlabels: [content-audit]\nclient: acme\nestimate: S\n---\nAudit the home page.\n',
    );
    const { code, stdout, stderr } = await runBin(['run', taskFile, '--repo', repo, '--json'], {
      cwd: repo,
    });
    expect(code).toBe(1);
    expect(stderr).toContain('Getting text from response'); // the library's chatter, moved
    const out = JSON.parse(stdout) as { status: string; reason: string };
    expect(out.status).toBe('failed');
    expect(out.reason).toMatch(/502/);
  });
});
