// Regenerate the published JSON Schemas (docs/schemas/*.schema.json and
// ledger/ledger-entry.schema.json) from the zod definitions, through the built CLI.
// A test fails when they drift, naming this command: `npm run schemas`.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const names = [
  'config',
  'persona',
  'answer',
  'ledger',
  'plan',
  'task',
  'task-file',
  'eval',
  'standard',
];
for (const name of names) {
  const json = execFileSync(process.execPath, [join(root, 'bin', 'aios.js'), 'schema', name], {
    encoding: 'utf8',
  });
  writeFileSync(join(root, 'docs', 'schemas', `${name}.schema.json`), json);
  if (name === 'ledger') writeFileSync(join(root, 'ledger', 'ledger-entry.schema.json'), json);
}
console.log(`wrote ${names.length} schemas`);
