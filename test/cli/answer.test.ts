import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewerPersonaFor } from '../../src/gates/reviewer-gate.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { runBin } from '../support/run-bin.js';
import { runCli } from '../support/run-cli.js';
import { copyOfDemo } from '../support/shared-demo.js';
import { tempDir } from '../support/temp-repo.js';

const REF = 'refs/heads/aios-ledger';
const TASK = 'local/demo#welcome-post';

const taskText = (body: string): string =>
  `---\ntitle: 'Blog post: welcome'\nlabels: [aios, blog]\nclient: acme\nestimate: M\n---\n\n${body}\n`;

// The writing kind's reviewer gate reads the editor's work with a second persona.
const REVIEWER = reviewerPersonaFor('writing', 'editor');
const script = (answer: string): string =>
  `answers:\n  editor:\n    - ${answer}\n  ${REVIEWER}:\n    - { decision: done, confidence: 0.9, summary: 'Reads well for the audience.', files: [], declineReason: null }\n`;

describe('aios answer: finishing a local task that asked', () => {
  it('re-runs the task with the answer, writing the entries `/aios answer` writes, and refuses what makes no sense', async () => {
    const base = await tempDir();
    const dir = await copyOfDemo();
    const file = join(dir, '.aios', 'tasks', 'welcome-post.md');
    await writeFile(file, taskText('Write a short welcome post. Save it as `posts/welcome.md`.'));
    const ask = join(base, 'ask.yml');
    await writeFile(
      ask,
      script(
        `{ decision: ask, confidence: 0.3, summary: 'Who reads it?', questions: ['Who is the audience?'], declineReason: null }`,
      ),
    );
    const done = join(base, 'done.yml');
    await writeFile(
      done,
      script(
        `{ decision: done, confidence: 0.9, summary: 'Welcome post for new clients.', files: [{ path: posts/welcome.md, content: "# Welcome\\n\\nHello, new clients. We build plain websites for small businesses.\\n" }], declineReason: null }`,
      ),
    );
    const first = await runCli(['run', file, '--repo', dir, '--scripted', ask]);
    expect(first.code, first.stderr).toBe(1);
    expect(first.stdout).toMatch(/asked a human/);

    const empty = await runBin(['answer', TASK, ' ', '--repo', dir, '--scripted', done]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/The answer is empty/);
    const unknown = await runCli([
      'answer',
      'local/demo#nope',
      'x',
      '--repo',
      dir,
      '--scripted',
      done,
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/There is no task "local\/demo#nope" in the ledger/);

    const answered = await runCli([
      'answer',
      TASK,
      'New',
      'clients.',
      '--repo',
      dir,
      '--scripted',
      done,
      '--json',
    ]);
    expect(answered.code, answered.stderr).toBe(0);
    expect((JSON.parse(answered.stdout) as { status: string }).status).toBe('delivered');
    const events: string[] = [];
    for await (const e of readLedger(dir, REF, { task: TASK })) events.push(e.event);
    // The GitHub path's entries: the ask, then a new plan and the re-run with the answer.
    expect(events.slice(0, 4)).toEqual(['planned', 'attempt', 'asked', 'planned']);
    expect(events.at(-1)).toBe('delivered');

    // An edited task file is text nobody approved: the answer is refused, nothing is written.
    await writeFile(file, taskText('Write a long welcome post instead.'));
    const edited = await runCli(['answer', TASK, 'Everyone.', '--repo', dir, '--scripted', done]);
    expect(edited.code).toBe(2);
    expect(edited.stderr).toMatch(/changed since AIOS planned local\/demo#welcome-post/);
    let after = 0;
    for await (const e of readLedger(dir, REF, { task: TASK })) after += e ? 1 : 0;
    expect(after).toBe(events.length);
  });
});
