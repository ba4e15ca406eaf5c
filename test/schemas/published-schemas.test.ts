import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFor, SCHEMAS } from '../../src/app/published-schemas.js';
import { sha256 } from '../../src/core/hash.js';
import { LedgerEntry } from '../../src/core/ledger-entry.js';
import { packageRoot } from '../../src/core/package-root.js';

const root = packageRoot();

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

describe('published schemas', () => {
  it.each(Object.keys(SCHEMAS))(
    'docs/schemas/%s.schema.json matches the zod definition',
    async (name) => {
      const committed: unknown = JSON.parse(
        await readFile(join(root, 'docs', 'schemas', `${name}.schema.json`), 'utf8'),
      );
      expect(committed, 'regenerate with: npm run schemas').toEqual(
        jsonSchemaFor(name as keyof typeof SCHEMAS),
      );
    },
  );

  it('ledger/ledger-entry.schema.json matches the zod definition', async () => {
    expect(
      JSON.parse(await readFile(join(root, 'ledger', 'ledger-entry.schema.json'), 'utf8')),
    ).toEqual(jsonSchemaFor('ledger'));
  });

  it('the example ledger is valid and every task chain is whole', async () => {
    const files = (await walk(join(root, 'ledger', 'example'))).sort((a, b) =>
      a.split('/').at(-1)!.localeCompare(b.split('/').at(-1)!),
    );
    expect(files.length).toBeGreaterThan(10);
    const lastHash = new Map<string, string>();
    for (const f of files) {
      const bytes = await readFile(f);
      const entry = LedgerEntry.parse(JSON.parse(bytes.toString('utf8')));
      expect(entry.prev, f).toBe(lastHash.get(entry.task) ?? null);
      lastHash.set(entry.task, sha256(bytes));
    }
  });
});

describe('the schema command', () => {
  it('offers exactly the published schemas', async () => {
    const { SCHEMA_NAMES } = await import('../../src/cli/commands/schema.js');
    expect([...SCHEMA_NAMES]).toEqual(Object.keys(SCHEMAS));
  });
});

describe('the ledger command', () => {
  it('offers exactly the report dimensions', async () => {
    const { DIMENSIONS } = await import('../../src/cli/commands/ledger.js');
    const { REPORT_DIMENSIONS } = await import('../../src/reports/report.js');
    expect([...DIMENSIONS]).toEqual([...REPORT_DIMENSIONS]);
  });
});
