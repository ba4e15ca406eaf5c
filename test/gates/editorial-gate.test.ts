import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/package-root.js';
import { createEditorialGate } from '../../src/gates/editorial-gate.js';
import { loadValeStyle } from '../../src/gates/vale-rules.js';

const gate = createEditorialGate();
const style = join(packageRoot(), 'test/fixtures/vale/House');
const run = (content: string, settings = {}, path = 'post.md') =>
  gate.run({ files: [{ path, content }], kind: 'writing', taskId: 't', settings });

describe('editorial gate', () => {
  it('finds spelling, repeated words, passive voice and simpler words, each on its line', async () => {
    const v = await run(
      '# Offer\n\nWe recieve many letters.\n\nThe the report was written by the team.\n\nWe utilize a form.\n',
    );
    expect(v.pass).toBe(false);
    const at = (rule: string) =>
      v.findings.filter((f) => f.rule === rule).map((f) => [f.line, f.severity]);
    expect(at('retext-spell')).toEqual([[3, 'error']]);
    expect(at('retext-repeated-words')).toEqual([[5, 'error']]);
    expect(at('retext-passive')).toEqual([[5, 'warning']]);
    expect(at('retext-simplify')).toEqual([[7, 'warning']]);
    expect(v.checkers?.map((c) => c.name)).toContain('dictionary-en');
  });

  it('sends back a file nested too deep for the checkers to read, and checks the others beside it', async () => {
    const v = await gate.run({
      files: [
        { path: 'deep.md', content: `${'> '.repeat(5_000)}a quote in a quote\n` },
        { path: 'post.md', content: '# Offer\n\nWe recieve many letters.\n' },
      ],
      kind: 'writing',
      taskId: 't',
    });
    expect(v.pass).toBe(false);
    expect(v.findings.map((f) => `${f.path} ${f.rule}`)).toEqual([
      'deep.md editorial/unreadable',
      'post.md retext-spell',
    ]);
  });

  it('does not call a handle a misspelling, as changelogs thank people, and still finds one beside it', async () => {
    const v = await run(
      '# Changelog\n\n## 1.3.0\n\n- Grid layout for the events list (#142, thanks @mkowalski and @acme-studio/web).\n- We recieve fewer reports now.\n',
    );
    expect(v.findings.filter((f) => f.rule === 'retext-spell').map((f) => f.line)).toEqual([6]);
  });

  it('reads a WordPress readme.txt as the readme standard: its header fields are not prose, its body is markdown', async () => {
    const readme = [
      '=== Acme Events ===',
      'Contributors: acmestudio, jdoe',
      'Tags: events, calendar, rsvp',
      'Requires at least: 6.2',
      'Stable tag: 1.2.0',
      'License URI: https://www.gnu.org/licenses/gpl-2.0.html',
      '',
      'List your events and let visitors reply from any page.',
      '',
      '== Installation ==',
      '',
      '1. Upload the files to the `/wp-content/plugins/acme-events` directory.',
      '2. Activate the plugin and recieve your first reply.',
      '',
      '= Can visitors reply without an account? =',
      '',
      'No. Each reply belongs to a person.',
      '',
    ].join('\n');
    const v = await run(readme, {}, 'wp-content/plugins/acme-events/readme.txt');
    // Only the misspelling in the body, at its own line: no user name, tag, version or path.
    expect(v.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.line])).toEqual([
      ['retext-spell', 13],
    ]);
    // Any other .txt file is plain text, as before: the same lines, header and all.
    const plain = await run(readme, {}, 'notes.txt');
    expect(
      plain.findings.filter((f) => f.rule === 'retext-spell' && (f.line ?? 0) < 7).length,
    ).toBeGreaterThan(0);
  });

  it('says prose in another language is not checked, rather than sending back every word of it', async () => {
    const german =
      '# Unser neues Angebot\n\nWir freuen uns, Ihnen unser neues Angebot vorzustellen. Es ist ab sofort für alle Kunden verfügbar und bietet viele Vorteile. Bei Fragen wenden Sie sich bitte an unser Team, wir helfen gerne weiter.\n';
    const french =
      '# Notre nouvelle offre\n\nNous sommes heureux de vous présenter notre nouvelle offre. Elle est disponible dès maintenant pour tous nos clients et apporte de nombreux avantages. Pour toute question, notre équipe vous répond volontiers.\n';
    for (const [text, name, code] of [
      [german, 'German', 'deu'],
      [french, 'French', 'fra'],
    ] as const) {
      const v = await run(text, { brandTerms: ['WordPress'] });
      expect(v.pass, name).toBe(true);
      expect(v.findings).toEqual([]);
      expect(v.notChecked).toEqual([
        {
          rule: 'editorial',
          reason: `not checked: post.md reads as ${name} (${code}); the spelling, readability and style checkers are English (set gates.editorial.language to check it as English)`,
        },
      ]);
    }
    // House style still applies to it; a config that says English checks it as English.
    const styled = await run(`${german}\nMit Wordpress gebaut.\n`, { brandTerms: ['WordPress'] });
    expect(styled.findings.map((f) => f.rule)).toEqual(['brand-term']);
    expect((await run(german, { language: 'en-GB' })).pass).toBe(false);
    // English prose, and a line too short to tell, are checked as before.
    expect((await run('# Offer\n\nWe recieve many letters.\n')).pass).toBe(false);
    expect((await run('# Angebot\n\nWir freuen uns.\n')).notChecked).toBeUndefined();
    // Technical English of about 100 characters is English.
    const technical = await run(
      '# Setup\n\nRun npm ci, then npm test. The suite uses both cores and takes about a minute on a laptop.\n',
    );
    expect(technical.notChecked).toBeUndefined();
  });

  it('passes plain, clear prose and leaves code alone', async () => {
    const v = await run(
      '# Offer\n\nWe send a short note each week.\n\n```js\nconst the the = recieve;\n```\n',
    );
    expect(v.findings).toEqual([]);
    expect(v.pass).toBe(true);
  });

  it('leaves front matter alone (YAML or TOML, LF or CRLF) and keeps the lines of what follows', async () => {
    const body = '# A short note\n\nWe recieve many letters.\n';
    const yaml =
      '---\nlayout: post\nslug: newsletter-move\nog_image: /img/newsletter.png\ntags: [selfhosting]\n---\n';
    const toml = '+++\ntitle = "Newsletter move"\nog_image = "/img/x.png"\n+++\n';
    for (const [front, lines] of [
      [yaml, 6],
      [yaml.replaceAll('\n', '\r\n'), 6],
      [toml, 4],
    ] as const) {
      const v = await run(`${front}\n${body}`);
      expect(
        v.findings.map((f) => [f.rule, f.line]),
        front,
      ).toEqual([['retext-spell', lines + 4]]);
    }
    // A rule of three dashes later in the page is a rule, not front matter.
    const later = await run('# Title\n\n---\nWe recieve it\n---\n');
    expect(later.findings.map((f) => f.rule)).toContain('retext-spell');
  });

  it('does not call code-shaped tokens misspellings: identifiers, file names, letters with digits', async () => {
    const v = await run(
      '# Setup\n\nEdit config.yml, then set max_retries, API_URL and apiKey. The ec2 hosts serve utf8 pages and h264 video from S3.\n\nWe recieve the logs daily.\n',
    );
    expect(v.findings.filter((f) => f.rule === 'retext-spell').map((f) => f.message)).toEqual([
      expect.stringContaining('`recieve`'),
    ]);
  });

  it('names a few spelling suggestions, not dozens', async () => {
    // Settings of its own: retext-spell suggests for the first three unknown words a processor
    // meets, and the gate keeps one processor per settings for the process.
    const v = await run('# Mail\n\nWe send through SES each week.\n', { maxSentenceWords: 29 });
    const [ses] = v.findings.filter((f) => f.rule === 'retext-spell');
    expect(ses?.message).toMatch(
      /^Unexpected unknown word `SES`, expected for example (`[^`]+`, ){4}`[^`]+` \(\d+ more\)$/,
    );
  });

  it('reuses its checkers across runs only for the same settings and word list', async () => {
    const text = '# Offer\n\nWe ship Qwertyplex to clients and we recieve letters.\n';
    const spelled = async (settings: object) =>
      (await run(text, settings)).findings
        .filter((f) => f.rule === 'retext-spell')
        .map((f) => f.message);
    const plain = await spelled({});
    expect(plain.some((m) => m.includes('Qwertyplex'))).toBe(true);
    const listed = await spelled({ words: ['Qwertyplex'] });
    expect(listed.some((m) => m.includes('Qwertyplex'))).toBe(false);
    expect(listed.some((m) => m.includes('recieve'))).toBe(true);
    // The word list of the run before does not leak into the next one.
    expect(await spelled({})).toEqual(plain);
    // Nor a stricter sentence limit.
    const long = `# Offer\n\n${'We send a short note to every client each week. '.repeat(1)}\n`;
    expect((await run(long, { maxSentenceWords: 3 })).findings.length).toBeGreaterThan(
      (await run(long)).findings.length,
    );
    expect((await run(long)).findings).toEqual([]);
  });

  it('spells British English when the config says so, American when it says so, either when it says neither', async () => {
    const text = '# Offer\n\nWe organise your colour scheme.\n';
    expect((await run(text, { language: 'en-US' })).findings.map((f) => f.rule)).toContain(
      'retext-spell',
    );
    expect((await run(text, { language: 'en-GB' })).findings).toEqual([]);
    // The house style is British unless the client's is another: unset, neither is sent back.
    expect((await run(text)).findings).toEqual([]);
  });

  it('applies brand terms, banned words, word lists and a stricter threshold from config', async () => {
    const v = await run('# Offer\n\nOur Wordpress work has synergy for Zyxcorp.\n', {
      brandTerms: ['WordPress'],
      bannedWords: { synergy: 'say what it does' },
      words: ['Zyxcorp'],
    });
    expect(
      v.findings
        .filter((f) => f.severity === 'error')
        .map((f) => f.rule)
        .sort(),
    ).toEqual(['banned-word', 'brand-term']);
    const strict = await run('# Offer\n\nThe report was written by the team.\n', {
      blockAt: { medium: 'warning' },
    });
    expect(strict.pass).toBe(false);
  });

  it("reads a Vale style's rules: existence, substitution, occurrence, repetition, consistency, conditional, capitalization", async () => {
    const rules = await loadValeStyle(style);
    expect(rules.map((r) => r.rule.extends).sort()).toEqual([
      'capitalization',
      'conditional',
      'consistency',
      'existence',
      'occurrence',
      'repetition',
      'substitution',
    ]);
    const text = [
      '# Our New Offer',
      '',
      'Simply send an e-mail to the advisor.',
      '',
      'The adviser reads it, then, later, we, you, and they reply.',
      '',
      'The NHS is busy. The World Health Organisation (WHO) is too.',
    ].join('\n');
    const v = await run(`${text}\n`, { valeStyles: [style] });
    const vale = v.findings.filter((f) => f.rule.startsWith('vale/')).map((f) => [f.rule, f.line]);
    expect(vale).toEqual(
      expect.arrayContaining([
        ['vale/House.Headings', 1],
        ['vale/House.Avoid', 3],
        ['vale/House.Swap', 3],
        ['vale/House.Spelling', 5],
        ['vale/House.Occurrence', 5],
        ['vale/House.Acronyms', 7],
      ]),
    );
    expect(vale.filter(([r]) => r === 'vale/House.Acronyms')).toHaveLength(1);
  });

  it('accepts the words of a cspell word list, never one it forbids (`!word`)', async () => {
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const root = await mkdtemp(join(tmpdir(), 'aios-words-'));
    try {
      await writeFile(
        join(root, 'words.txt'),
        '# house words\nQwertyplex\n!Zorblatt\nFrobnicatex+ # a compound start\n',
      );
      const v = await gate.run({
        files: [
          {
            path: 'post.md',
            content: '# Offer\n\nWe ship Qwertyplex, Zorblatt and Frobnicatex.\n',
          },
        ],
        kind: 'writing',
        taskId: 't',
        settings: { wordLists: ['words.txt'] },
        root,
      });
      expect(v.findings.filter((f) => f.rule === 'retext-spell').map((f) => f.message)).toEqual([
        expect.stringMatching(/Zorblatt/),
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('refuses a Vale rule kind it cannot run, naming the file', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'vale-'));
    await writeFile(join(dir, 'Metric.yml'), 'extends: metric\nformula: x\n');
    await expect(loadValeStyle(dir)).rejects.toThrow(
      /Metric\.yml: Vale rule kind "metric" is not supported/,
    );
  });
});
