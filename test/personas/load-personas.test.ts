import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { loadPersonas, parsePersona } from '../../src/personas/load-personas.js';
import { tempDir } from '../support/temp-repo.js';

const VALID = `---
name: tester
description: Tests things carefully and reports what it finds.
role: Test engineer
kinds: [code]
declines: [{ say: Writing copy }]
writes: ['test/**']
owner: consultant
version: 1
---
You write tests. Each test must be able to fail; no test may depend on another.
`;

describe('personas', () => {
  it('loads the shipped personas, each scoped with a lane and a decline list', async () => {
    const registry = await loadPersonas();
    const ids = registry.list().map((p) => p.name);
    expect(ids).toEqual(
      expect.arrayContaining([
        'content-auditor',
        'editor',
        'wordpress-expert',
        'accessibility-reviewer',
        'quality-reviewer',
      ]),
    );
    for (const p of registry.list()) {
      expect(p.declines.length).toBeGreaterThan(0);
      expect(p.instructions.length).toBeGreaterThan(200);
    }
  });

  it('rejects an unknown field with file, line and field', () => {
    const text = VALID.replace('writes:', 'wrties:');
    try {
      parsePersona(text, '/p/tester.md');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).message).toMatch(/\/p\/tester\.md:\d+/);
      expect((e as InputError).message).toContain('wrties');
      expect((e as InputError).message).toContain('writes');
    }
  });

  it('requires the name to equal the file name', () => {
    expect(() => parsePersona(VALID, '/p/other.md')).toThrow(/must equal the file name "other"/);
  });

  it('reports every bad file of a folder at once', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'tester.md'), VALID);
    await writeFile(
      join(dir, 'bad-one.md'),
      VALID.replace('name: tester', 'name: bad-one').replace('kinds: [code]', 'kinds: []'),
    );
    await writeFile(join(dir, 'bad-two.md'), '# no front matter\n');
    const error = await loadPersonas(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues).toHaveLength(2);
    expect((error as InputError).message).toContain('bad-one.md');
    expect((error as InputError).message).toContain('bad-two.md');
  });
});

describe('standards', () => {
  it('loads the shipped standards and hashes each file; a persona citing a missing one fails at its line', async () => {
    const { loadStandards } = await import('../../src/personas/load-standards.js');
    const standards = loadStandards(join(import.meta.dirname, '..', '..', 'standards'));
    expect([...standards.keys()]).toEqual(
      expect.arrayContaining([
        'house-style',
        'accessibility-standard',
        'code-standard',
        'disclosure-policy',
        'operating-pillars',
      ]),
    );
    expect(standards.get('house-style')?.hash).toMatch(/^[0-9a-f]{64}$/);
    const dir = await tempDir();
    await writeFile(
      join(dir, 'tester.md'),
      VALID.replace('version: 1', 'version: 1\nstandards: [house-style, nope]'),
    );
    const error = await loadPersonas(dir, {
      standardsDir: join(import.meta.dirname, '..', '..', 'standards'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/tester\.md:10/);
    expect((error as InputError).message).toContain('no standards/nope.md');
  });

  it('rejects a standard whose front matter has an unknown field, with file:line', async () => {
    const { parseStandard } = await import('../../src/personas/load-standards.js');
    expect(() =>
      parseStandard(
        '---\nid: x\ntitle: Xx x\nowner: me\nversion: 1\nauthor: me\n---\nText\n',
        '/s/x.md',
      ),
    ).toThrow(/\/s\/x\.md:6/);
  });
});
