/**
 * The editorial gate on the prose kinds issue 13 sends to it (technical writing, release notes,
 * SEO and UX copy, content plans, client messages): good prose of each kind, as its persona
 * writes it, passes with the shipped settings at every risk; a misspelling planted in each is
 * still sent back. Technical words (npm, config, webhook) are no misspellings, and with no
 * `language` set neither English spelling variety is.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { packageRoot } from '../../src/core/package-root.js';
import { createEditorialGate } from '../../src/gates/editorial-gate.js';

const gate = createEditorialGate();
const dir = join(packageRoot(), 'test/fixtures/gates/prose-kinds');
const run = (
  content: string,
  kind: string,
  settings: object | undefined,
  risk: 'low' | 'medium' | 'high' = 'medium',
  path = `${kind}.md`,
) => gate.run({ files: [{ path, content }], kind, taskId: 't', settings, risk });
const errors = (v: Awaited<ReturnType<typeof run>>) =>
  v.findings.filter((f) => f.severity === 'error').map((f) => `${f.line}: ${f.message}`);

describe('the editorial gate on the prose kinds', () => {
  it('passes good prose of each kind with the shipped settings, at every risk', async () => {
    const { config } = await loadConfig();
    const settings = config.gates.editorial;
    const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
    const kinds = files.map((f) => f.slice(0, -3));
    expect(kinds).toEqual([
      'client-communication',
      'content-strategy',
      'release-notes',
      'seo-writing',
      'technical-writing',
      'ux-writing',
    ]);
    for (const kind of kinds) {
      expect(config.kinds[kind]?.gates, kind).toContain('editorial');
      const content = await readFile(join(dir, `${kind}.md`), 'utf8');
      for (const risk of ['low', 'medium', 'high'] as const) {
        const v = await run(content, kind, settings, risk);
        expect(errors(v), `${kind} at ${risk}`).toEqual([]);
        expect(v.pass, `${kind} at ${risk}`).toBe(true);
      }
      // The same text with a misspelling planted in its last paragraph is sent back, on that line.
      const lines = content.trimEnd().split('\n');
      const last = lines.length;
      const planted = `${[...lines.slice(0, -1), `${lines.at(-1) ?? ''} We recieve it.`].join('\n')}\n`;
      const bad = await run(planted, kind, settings);
      expect(bad.pass, kind).toBe(false);
      expect(errors(bad), kind).toEqual([expect.stringMatching(new RegExp(`^${last}: .*recieve`))]);
    }
  });

  it('takes software terms as words, and still catches lowercase misspellings beside them', async () => {
    const text =
      '# Setup\n\nInstall it with npm, set the webhook in the config, and read stdout for the repo path.\n';
    expect(errors(await run(text, 'technical-writing', undefined))).toEqual([]);
    const typo = text.replace('read stdout', 'raed stdout');
    expect(errors(await run(typo, 'technical-writing', undefined))).toEqual([
      expect.stringMatching(/^3: .*raed/),
    ]);
  });

  it('with no language set accepts either English spelling; a set language is strict', async () => {
    const british = '# Colour\n\nWe chose the colour and organised the catalogue.\n';
    const american = '# Color\n\nWe chose the color and organized the catalog.\n';
    for (const text of [british, american])
      expect(errors(await run(text, 'seo-writing', undefined))).toEqual([]);
    expect(errors(await run(american, 'seo-writing', { language: 'en-GB' }))).toContainEqual(
      expect.stringMatching(/color/),
    );
    expect(errors(await run(british, 'seo-writing', { language: 'en-US' }))).toContainEqual(
      expect.stringMatching(/colour/),
    );
  });

  it('reports every misspelling and no note about suggestions as a finding', async () => {
    const text = '# Notes\n\nWe recieve teh files, definately the wrok, and the mesage.\n';
    const v = await run(text, 'technical-writing', undefined);
    expect(v.findings.map((f) => f.message)).not.toContainEqual(
      expect.stringMatching(/No longer generating suggestions/),
    );
    expect(errors(v)).toHaveLength(5);
  });
});
