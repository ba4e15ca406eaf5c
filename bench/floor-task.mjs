// The floor under `aios run`, for the run-overhead benchmark: no AIOS code, only what any
// implementation in this stack (Node 24, the libraries the design names) must do for the same
// task. Bundled and compile-cached exactly as dist/ is, then run as its own process.
//
// Built six times (FLOOR_YAML, FLOOR_LINT, FLOOR_CLI, FLOOR_DURABLE and FLOOR_INDEX are set by
// the bundler, so each bundle holds only its own code):
//   git:        Node starts, then runs the baseline's git commands
//   parse:      + loads zod and yaml, parses the task's YAML inputs and validates each with zod,
//               and parses each model call's answer (the author's attempts and the reviewer's)
//   libraries:  + loads markdownlint and lints both attempts, and the editorial gate's checkers
//               (unified/remark/retext with the English dictionary) over the same attempts; an
//               attempt in which the US dictionary finds words it does not know is read again
//               with the British one (the gate accepts either spelling unless a language is set)
//   run:        + the other libraries `aios run` loads for this task (commander parsing the same
//               arguments, picomatch matching the work against the persona's lane and the
//               protected paths, ulid making the entries' ids, picocolors, yocto-spinner): every
//               library in the chunks `aios run` loads (esbuild's metafile), and no AIOS code.
//   durable:    + each ledger entry and copied prompt object written durably once, as a
//               crash-safe record must (issue 11), in the run's order and manner: an entry's
//               new prompt objects side by side before it, the entries one after another.
//   indexed:    + the context index's libraries over the same files (issue 16): `aios run`
//               indexes the repository before it chooses what the persona reads, in a
//               node:sqlite file database with an FTS5 table, parsing each code file with
//               web-tree-sitter and its language's grammar. Here: the same database engine and
//               table kind, the same runtime and grammars, every file of the repository read,
//               each code file parsed and its tree walked, each file's text put in the FTS5
//               table, one search. The chunking, tags and ranking are AIOS's and are not here.
//               `aios run` ÷ this floor is AIOS's own share; the floors below it are kept so
//               each share stays visible.
//
//   node floor.js <repo> <payload> [inputs.json]
import module from 'node:module';

module.enableCompileCache?.();

const { execFileSync } = await import('node:child_process');
const { cpSync, readFileSync } = await import('node:fs');
const { join } = await import('node:path');
// The gate's settings, so the floor lints exactly as the gate does (data, not AIOS logic).
const { MARKDOWNLINT_CONFIG } = await import('../src/gates/markdown-lint-gate.ts');

/* global FLOOR_YAML, FLOOR_LINT, FLOOR_CLI, FLOOR_DURABLE, FLOOR_INDEX */
const [repo, payload, inputsFile] = process.argv.slice(2);
if (!repo || !payload) throw new Error('usage: floor.js <repo> <payload> [inputs.json]');
/** @type {{ calls: string[], yaml: string[], markdown: string[], argv: string[], globs: string[], paths: string[], entries: number, durable: string[][], wasm: { runtime: string, grammars: Record<string, string> }, terms: string[] }} */
const inputs = FLOOR_YAML ? JSON.parse(readFileSync(inputsFile ?? '', 'utf8')) : undefined;

if (FLOOR_YAML) {
  const { z } = await import('zod');
  const { LineCounter, parseDocument } = await import('yaml');
  const AnyObject = z.object({}).passthrough();
  for (const text of inputs.yaml) {
    const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true });
    if (doc.errors.length) throw new Error(String(doc.errors[0]));
    AnyObject.parse(doc.toJS());
  }
  // Each call's answer text, parsed and validated as a persona answer is.
  const Answer = z
    .object({
      decision: z.enum(['done', 'ask', 'decline']),
      confidence: z.number().min(0).max(1),
      summary: z.string(),
      questions: z.array(z.string()),
      files: z.array(z.object({ path: z.string(), content: z.string() })),
    })
    .passthrough();
  for (const text of inputs.calls) Answer.parse(JSON.parse(text));
}
if (FLOOR_LINT) {
  const { lint } = await import('markdownlint/promise');
  for (const text of inputs.markdown) {
    await lint({
      strings: { 'post.md': text },
      config: MARKDOWNLINT_CONFIG,
    });
  }
  // The editorial gate's checkers, as the shipped writing kind runs them: the unified/remark/
  // retext chain with the English dictionary, over the same attempts.
  const [
    { unified },
    { default: remarkParse },
    { default: remarkRetext },
    { default: retextEnglish },
    { default: retextSpell },
    { default: dictionary },
    { default: retextReadability },
    { default: retextPassive },
    { default: retextSimplify },
    { default: retextEquality },
    { default: retextRepeatedWords },
  ] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-retext'),
    import('retext-english'),
    import('retext-spell'),
    import('dictionary-en'),
    import('retext-readability'),
    import('retext-passive'),
    import('retext-simplify'),
    import('retext-equality'),
    import('retext-repeated-words'),
  ]);
  const english = unified()
    .use(retextEnglish)
    .use(retextSpell, { dictionary, ignoreLiteral: true, max: 3 })
    .use(retextReadability, { age: 14, minWords: 8 })
    .use(retextPassive)
    .use(retextSimplify)
    .use(retextEquality)
    .use(retextRepeatedWords);
  const prose = unified().use(remarkParse).use(remarkRetext, english);
  const { VFile } = await import('vfile');
  // As the gate does (src/gates/editorial-gate.ts, bothVarieties): only an attempt whose US
  // check found a misspelling (a finding, not an information note) is read again in British.
  const misspelt = [];
  for (const text of inputs.markdown) {
    const file = new VFile(text);
    await prose.run(prose.parse(file), file);
    if (file.messages.some((m) => m.source === 'retext-spell' && m.fatal != null))
      misspelt.push(text);
  }
  if (misspelt.length > 0) {
    const { default: british } = await import('dictionary-en-gb');
    const check = unified()
      .use(remarkParse)
      .use(
        remarkRetext,
        unified()
          .use(retextEnglish)
          .use(retextSpell, { dictionary: british, ignoreLiteral: true, max: 0 }),
      );
    for (const text of misspelt) await check.run(check.parse(text));
  }
}

if (FLOOR_CLI) {
  const { Command } = await import('commander');
  const picomatch = (await import('picomatch')).default;
  const { monotonicFactory } = await import('ulid');
  await import('picocolors');
  await import('yocto-spinner');
  // The same arguments, parsed by a command of the same shape.
  let options;
  const program = new Command('aios').exitOverride();
  program
    .command('run')
    .argument('<task>')
    .option('--repo <dir>')
    .option('--scripted <file>')
    .option('--json')
    .action((_task, opts) => (options = opts));
  await program.parseAsync(inputs.argv, { from: 'user' });
  if (!options) throw new Error('the floor did not parse its arguments');
  // Each attempt's files against the lane and the protected paths, as the write policy does.
  const matchers = inputs.globs.map((g) => picomatch(g, { dot: true }));
  for (const path of inputs.paths) matchers.some((m) => m(path));
  const ulid = monotonicFactory();
  for (let i = 0; i < inputs.entries; i++) ulid();
}
if (FLOOR_DURABLE) {
  // Durable ledger records (issue 11): each entry and each kept prompt object must survive a
  // crash from the moment it is recorded, before the run goes on, so any implementation writes
  // each one whole and durably as it happens (temp file, fsync, rename, fsync of its folder), as
  // `aios run` does into its spool. Not AIOS logic: the least a crash-safe record costs.
  const { mkdir, open, rename } = await import('node:fs/promises');
  const { dirname } = await import('node:path');
  const spool = join(repo, '.git', 'floor-spool');
  // The record's bytes are in memory when they are recorded, as a run's are.
  const bytes = new Map(
    inputs.durable.flat().map((path) => [path, readFileSync(join(payload, 'ledger-files', path))]),
  );
  const writeDurably = async (path) => {
    const target = join(spool, path);
    await mkdir(dirname(target), { recursive: true });
    const tmp = `${target}.tmp`;
    const file = await open(tmp, 'wx');
    await file.writeFile(bytes.get(path));
    await file.sync();
    await file.close();
    await rename(tmp, target);
    const dir = await open(dirname(target), 'r');
    await dir.sync();
    await dir.close();
  };
  // The entries and the prompt objects the repository does not already hold (a file the
  // context showed is kept by its id, not copied), in the order a run records them: the bench
  // lists them as steps (inputs.durable), each step's files written side by side (the objects
  // an entry names, before it), the steps one after another (each entry alone).
  for (const step of inputs.durable) await Promise.all(step.map(writeDurably));
}

if (FLOOR_INDEX) {
  const { DatabaseSync } = await import('node:sqlite');
  const { Language, Parser } = await import('web-tree-sitter');
  const db = new DatabaseSync(join(repo, '.git', 'floor-index.db'));
  db.exec('PRAGMA synchronous = OFF; PRAGMA journal_mode = WAL;');
  db.exec(
    'CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER NOT NULL); CREATE VIRTUAL TABLE text USING fts5 (path, body);',
  );
  const putFile = db.prepare('INSERT INTO files (path, size) VALUES (?, ?)');
  const putText = db.prepare('INSERT INTO text (path, body) VALUES (?, ?)');
  const paths = execFileSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  await Parser.init({ locateFile: () => inputs.wasm.runtime });
  const parsers = new Map();
  const extension = (path) => /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  db.exec('BEGIN');
  for (const path of paths) {
    const text = readFileSync(join(repo, path), 'utf8');
    putFile.run(path, text.length);
    putText.run(path, text);
    const grammar = inputs.wasm.grammars[extension(path) ?? ''];
    if (!grammar) continue;
    if (!parsers.has(grammar)) {
      const parser = new Parser();
      parser.setLanguage(await Language.load(grammar));
      parsers.set(grammar, parser);
    }
    const tree = parsers.get(grammar).parse(text);
    let nodes = 0;
    const walk = (node) => {
      nodes++;
      for (const child of node.namedChildren) if (child) walk(child);
    };
    walk(tree.rootNode);
    tree.delete();
    if (nodes === 0) throw new Error(`no syntax tree for ${path}`);
  }
  db.exec('COMMIT');
  db.prepare('SELECT path FROM text WHERE text MATCH ? LIMIT 20').all(inputs.terms.join(' OR '));
  db.close();
}

// The baseline's commands, from Node: the work on a branch, the ledger files on another.
const git = (...args) =>
  execFileSync('git', args, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
git('switch', '-q', '-c', 'aios/floor');
cpSync(join(payload, 'work'), repo, { recursive: true });
git('add', '-A');
git('commit', '-qm', 'work');
git('switch', '-q', '--orphan', 'aios-ledger-floor');
cpSync(join(payload, 'ledger-files'), repo, { recursive: true });
git('add', 'ledger');
git('commit', '-qm', 'ledger');
git('switch', '-q', '-f', 'main');
