import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  excludedByContent,
  excludedByName,
  gatherContext,
  queryTerms,
  tokenCounterFor,
  wordsOf
} from "./chunk-TA6RZGHV.js";
import {
  sha256
} from "./chunk-MOVWQC26.js";
import {
  describeError
} from "./chunk-AYJEV7GA.js";

// src/context/task-context.ts
import { readFile } from "node:fs/promises";

// src/context/lesson-index.ts
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DatabaseSync } from "node:sqlite";

// src/context/past-tasks.ts
var MAX_FINDINGS = 5;
var MAX_MESSAGE = 200;
function pastTasksOf(entries) {
  const byTask = /* @__PURE__ */ new Map();
  const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id));
  for (const e of sorted) {
    let acc = byTask.get(e.task);
    if (!acc) {
      acc = { task: e.task, kind: e.work.kind, client: e.work.client, findings: [], last: e.id };
      byTask.set(e.task, acc);
    }
    acc.last = e.id;
    switch (e.event) {
      case "planned":
        acc.title ??= e.data.title;
        acc.persona = e.data.persona;
        acc.kind = e.work.kind;
        acc.client = e.work.client;
        break;
      case "attempt":
        if (e.data.purpose === "work" && e.actor.type === "model") acc.model = e.actor.modelId;
        break;
      case "gate":
        if (!e.data.pass && acc.findings.length < MAX_FINDINGS) {
          for (const f of e.data.findings) {
            if (acc.findings.length >= MAX_FINDINGS) break;
            const where = f.path ? ` ${f.path}${f.line ? `:${f.line}` : ""}` : "";
            acc.findings.push(
              `the ${e.data.gate} gate sent back [${f.rule}]${where}: ${f.message.slice(0, MAX_MESSAGE)}`
            );
          }
        }
        break;
      case "delivered":
        acc.ended = `delivered after ${e.data.attempts} attempt${e.data.attempts === 1 ? "" : "s"}`;
        break;
      case "failed":
        acc.ended = `failed at ${e.data.stage}: ${e.data.reason.slice(0, MAX_MESSAGE)}`;
        break;
      case "declined":
        acc.ended = `declined by ${e.data.persona}: ${e.data.reason.slice(0, MAX_MESSAGE)}`;
        break;
      case "asked":
        acc.ended ??= `asked a person: ${e.data.reason.slice(0, MAX_MESSAGE)}`;
        break;
      case "outcome":
        acc.outcome = `${e.data.outcome} by ${e.data.by}`;
        break;
      case "signoff":
        break;
    }
  }
  const out = [];
  for (const acc of byTask.values()) {
    if (acc.title === void 0 || acc.persona === void 0) continue;
    const outcome = acc.outcome ?? acc.ended ?? "unfinished";
    const base = {
      task: acc.task,
      title: acc.title,
      kind: acc.kind,
      client: acc.client,
      persona: acc.persona,
      model: acc.model,
      outcome,
      findings: acc.findings,
      lastEntry: acc.last
    };
    out.push({ ...base, digest: sha256(JSON.stringify(base)) });
  }
  return out;
}
function lessonText(p, sameClient) {
  const who = `${p.persona}${p.model ? ` on ${p.model}` : ""}`;
  const where = sameClient ? `Last time on this client${p.client ? ` (${p.client})` : ""}` : `On another client's work`;
  const lines = [`${where}, task ${p.task} "${p.title}" (${p.kind}, ${who}): ${p.outcome}.`];
  if (p.findings.length) lines.push(...p.findings.map((f) => `- ${f}`));
  else lines.push("- No gate sent the work back.");
  return lines.join("\n");
}

// src/context/lesson-index.ts
var WEIGHTS = { title: 3, kind: 2, body: 1 };
var SCHEMA_VERSION = "1";
var LessonIndex = class _LessonIndex {
  db;
  constructor(file) {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    this.db = new DatabaseSync(file);
    this.db.exec("PRAGMA busy_timeout = 10000;");
    this.db.exec(
      "CREATE TABLE IF NOT EXISTS lesson_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
    );
    const version = this.db.prepare("SELECT value FROM lesson_meta WHERE key = 'schema'").get();
    if (version?.value !== SCHEMA_VERSION)
      this.db.exec("DROP TABLE IF EXISTS lessons; DROP TABLE IF EXISTS lesson_text;");
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS lessons (
        id INTEGER PRIMARY KEY AUTOINCREMENT, task TEXT NOT NULL UNIQUE, client TEXT,
        digest TEXT NOT NULL, json TEXT NOT NULL);
      CREATE VIRTUAL TABLE IF NOT EXISTS lesson_text USING fts5 (title, kind, body);
    `);
    this.db.prepare("INSERT OR REPLACE INTO lesson_meta (key, value) VALUES ('schema', ?)").run(SCHEMA_VERSION);
  }
  static open(file) {
    return new _LessonIndex(file);
  }
  /** Bring the index up to these past tasks; returns how many were (re)indexed and removed. */
  update(past) {
    const known = new Map(
      this.db.prepare("SELECT id, task, digest FROM lessons").all().map((r) => [r.task, r])
    );
    const remove = (id) => {
      this.db.prepare("DELETE FROM lessons WHERE id = ?").run(id);
      this.db.prepare("DELETE FROM lesson_text WHERE rowid = ?").run(id);
    };
    let indexed = 0;
    let removed = 0;
    this.db.exec("BEGIN");
    try {
      const seen = /* @__PURE__ */ new Set();
      for (const p of past) {
        seen.add(p.task);
        const row = known.get(p.task);
        if (row?.digest === p.digest) continue;
        if (row) remove(row.id);
        const { lastInsertRowid } = this.db.prepare("INSERT INTO lessons (task, client, digest, json) VALUES (?, ?, ?, ?)").run(p.task, p.client ?? null, p.digest, JSON.stringify(p));
        this.db.prepare("INSERT INTO lesson_text (rowid, title, kind, body) VALUES (?, ?, ?, ?)").run(
          lastInsertRowid,
          p.title,
          p.kind,
          `${p.persona} ${p.model ?? ""} ${p.outcome}
${p.findings.join("\n")}`
        );
        indexed += 1;
      }
      for (const [task, row] of known) {
        if (seen.has(task)) continue;
        remove(row.id);
        removed += 1;
      }
      this.db.exec("COMMIT");
    } catch (error) {
      this.db.exec("ROLLBACK");
      throw error;
    }
    return { indexed, removed };
  }
  /**
   * The past tasks most like the query (BM25 over title, kind, findings), best first. Only the
   * same client's unless `shareAcrossClients`; a task without a client is its own "client" of
   * unlabelled work. The task at hand is never its own lesson.
   */
  search(options) {
    const words = [...new Set(options.terms.flatMap((t) => wordsOf(t)))];
    if (words.length === 0 || options.limit <= 0) return [];
    const query = words.map((w) => `"${w}"`).join(" OR ");
    const clientFilter = options.shareAcrossClients ? "" : "AND l.client IS ?";
    const params = [query, options.excludeTask];
    if (!options.shareAcrossClients) params.push(options.client ?? null);
    params.push(options.limit);
    const rows = this.db.prepare(
      `SELECT l.json, bm25(lesson_text, ${WEIGHTS.title}, ${WEIGHTS.kind}, ${WEIGHTS.body}) AS rank
           FROM lesson_text JOIN lessons l ON l.id = lesson_text.rowid
          WHERE lesson_text MATCH ? AND l.task <> ? ${clientFilter}
          ORDER BY rank LIMIT ?`
    ).all(...params);
    return rows.map((r) => {
      const p = JSON.parse(r.json);
      return {
        task: p.task,
        lastEntry: p.lastEntry,
        client: p.client,
        text: lessonText(p, p.client === options.client),
        score: -r.rank
      };
    });
  }
  close() {
    this.db.close();
  }
};

// src/context/task-lessons.ts
async function lessonsFor(options) {
  const { settings, task } = options;
  if (settings.max <= 0) return [];
  const entries = [];
  for await (const e of options.ledger.entries()) entries.push(e);
  const index = LessonIndex.open(options.indexFile ?? ":memory:");
  try {
    index.update(pastTasksOf(entries));
    return index.search({
      terms: [options.kind, ...queryTerms(`${task.title}
${task.body}`)],
      client: options.client,
      shareAcrossClients: settings.shareAcrossClients,
      excludeTask: task.id,
      limit: settings.max
    });
  } finally {
    index.close();
  }
}

// src/context/open-index.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname as dirname3, join } from "node:path";

// src/context/repo-index.ts
import { createHash } from "node:crypto";
import { mkdirSync as mkdirSync2 } from "node:fs";
import { dirname as dirname2 } from "node:path";
import { DatabaseSync as DatabaseSync2 } from "node:sqlite";

// src/context/chunk-text.ts
var WINDOW = 60;
var OVERLAP = 10;
var MAX_SECTION = 120;
var MIN_LINES = 40;
var MARKDOWN = /\.(md|markdown|mdx|txt|rst|adoc)$/i;
var CODE = /\.(php|phtml|inc|js|mjs|cjs|jsx|ts|tsx|py|rb|go|rs|java|kt|swift|cs|c|h|cc|cpp|hpp|vue|svelte|astro)$/i;
var STYLE = /\.(css|scss|sass|less)$/i;
var DEFINITION = [
  /^\s*(?:export\s+)?(?:default\s+)?(?:abstract\s+|final\s+)?(?:async\s+)?(?:function\*?|class|interface|trait|enum|type|struct|impl|def|fn|func|module|namespace)\s+&?([A-Za-z_$][\w$]*)/,
  /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:async\s+)?(?:\([^)]*\)|[A-Za-z_$][\w$]*)\s*(?::[^=]+)?=>/,
  /^\s*(?:public|private|protected|static|final|abstract|\s)*function\s+&?([A-Za-z_][\w]*)\s*\(/,
  /^\s*(?:public|private|protected|static|readonly|async|\s)+([A-Za-z_$][\w$]*)\s*\([^)]*\)\s*(?::\s*[^{]+)?\{\s*$/
];
function chunkText(path, text) {
  const lines = text.split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  if (lines.length === 0) return [];
  if (MARKDOWN.test(path)) return bySections(lines, markdownHeading);
  if (CODE.test(path)) return bySections(lines, definitionName);
  if (STYLE.test(path)) return bySections(lines, cssRule);
  return windows(lines, 0, lines.length - 1, []);
}
function markdownHeading(line) {
  const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
  return m?.[1];
}
function definitionName(line) {
  for (const r of DEFINITION) {
    const m = r.exec(line);
    if (m?.[1] && !/^(if|for|while|switch|catch|return|function)$/.test(m[1])) return m[1];
  }
  return void 0;
}
function cssRule(line) {
  const m = /^([^\s{}][^{}]*?)\s*\{\s*$/.exec(line);
  return m?.[1];
}
function bySections(lines, opens) {
  const starts = [];
  lines.forEach((l, i) => {
    const name = opens(l);
    if (name) starts.push({ at: i, name });
  });
  if (starts.length === 0) return windows(lines, 0, lines.length - 1, []);
  const out = [];
  if ((starts[0]?.at ?? 0) > 0) out.push(...windows(lines, 0, (starts[0]?.at ?? 1) - 1, []));
  let open;
  const flush = () => {
    if (open) out.push(chunk(lines, open.from, open.to, open.names));
    open = void 0;
  };
  starts.forEach((s, k) => {
    const end = (starts[k + 1]?.at ?? lines.length) - 1;
    if (end - s.at + 1 > MAX_SECTION) {
      flush();
      out.push(...windows(lines, s.at, end, [s.name]));
      return;
    }
    if (open && end - open.from + 1 > MIN_LINES) flush();
    if (open) {
      open.to = end;
      open.names.push(s.name);
    } else open = { from: s.at, to: end, names: [s.name] };
  });
  flush();
  return out;
}
function windows(lines, from, to, symbols) {
  const out = [];
  for (let at = from; at <= to; at += WINDOW - OVERLAP) {
    const end = Math.min(to, at + WINDOW - 1);
    out.push(chunk(lines, at, end, symbols));
    if (end === to) break;
  }
  return out;
}
function chunk(lines, from, to, symbols) {
  return {
    start: from + 1,
    end: to + 1,
    symbols,
    text: lines.slice(from, to + 1).join("\n")
  };
}

// src/context/repo-index.ts
function searchableText(text) {
  const camel = text.match(/\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\b/g);
  if (!camel) return text;
  return `${text}
${wordsOf([...new Set(camel)].join(" ")).join(" ")}`;
}
var SCHEMA_VERSION2 = "3";
var MAX_INDEXED_BYTES = 2e6;
var READ_BATCH = 400;
var WEIGHTS2 = { path: 4, symbols: 3, body: 1 };
var RepoIndex = class _RepoIndex {
  db;
  stmt;
  constructor(file) {
    if (file !== ":memory:") mkdirSync2(dirname2(file), { recursive: true });
    this.db = new DatabaseSync2(file);
    this.db.exec(
      "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
    );
    this.db.exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    const version = this.db.prepare("SELECT value FROM meta WHERE key = 'schema'").get();
    if (version?.value !== SCHEMA_VERSION2) {
      this.db.exec(
        "DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS chunks; DROP TABLE IF EXISTS stale; DROP TABLE IF EXISTS chunk_vocab; DROP TABLE IF EXISTS chunk_text;"
      );
    }
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS files (
        path TEXT PRIMARY KEY, blob TEXT NOT NULL, size INTEGER NOT NULL, excluded TEXT);
      CREATE TABLE IF NOT EXISTS chunks (
        id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, blob TEXT NOT NULL,
        start INTEGER NOT NULL, end INTEGER NOT NULL, symbols TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS chunks_by_path ON chunks (path);
      CREATE TABLE IF NOT EXISTS stale (id INTEGER PRIMARY KEY);
      CREATE VIRTUAL TABLE IF NOT EXISTS chunk_text USING fts5 (
        path, symbols, body, content = '', contentless_delete = 1);
      CREATE VIRTUAL TABLE IF NOT EXISTS chunk_vocab USING fts5vocab (chunk_text, 'row');
    `);
    this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)").run(SCHEMA_VERSION2);
    this.stmt = {
      allFiles: this.db.prepare("SELECT path, blob FROM files"),
      deleteFile: this.db.prepare("DELETE FROM files WHERE path = ?"),
      putFile: this.db.prepare(
        "INSERT OR REPLACE INTO files (path, blob, size, excluded) VALUES (?, ?, ?, ?)"
      ),
      chunkIds: this.db.prepare("SELECT id FROM chunks WHERE path = ?"),
      deleteChunk: this.db.prepare("DELETE FROM chunks WHERE id = ?"),
      deleteText: this.db.prepare("DELETE FROM chunk_text WHERE rowid = ?"),
      markStale: this.db.prepare("INSERT OR IGNORE INTO stale (id) VALUES (?)"),
      putChunk: this.db.prepare(
        "INSERT INTO chunks (path, blob, start, end, symbols) VALUES (?, ?, ?, ?, ?)"
      ),
      putText: this.db.prepare(
        "INSERT INTO chunk_text (rowid, path, symbols, body) VALUES (?, ?, ?, ?)"
      )
    };
  }
  /** Open (creating when missing) the index file. */
  static open(file) {
    return new _RepoIndex(file);
  }
  /**
   * Bring the index up to the tree: paths gone are removed, paths whose blob changed (or that
   * are new) are read in pipelined batches and re-chunked; the rest is not touched.
   * `ignored` paths (the repository's ignore rules) are never indexed.
   */
  async update(entries, read, options = {}) {
    const started = performance.now();
    const none = () => ({
      files: entries.length,
      added: 0,
      changed: 0,
      removed: 0,
      chunks: 0,
      ms: Math.round(performance.now() - started)
    });
    const hash = createHash("sha1");
    for (const e of entries) hash.update(`${e.blob} ${e.path}\0`);
    const fingerprint = hash.digest("hex");
    const last = this.db.prepare("SELECT value FROM meta WHERE key = 'tree'").get();
    if (last?.value === fingerprint) return none();
    const known = /* @__PURE__ */ new Map();
    for (const row of this.stmt.allFiles.all())
      known.set(row.path, row.blob);
    const present = /* @__PURE__ */ new Set();
    const todo = [];
    let added = 0;
    let changed = 0;
    let rulesChanged = false;
    for (const e of entries) {
      present.add(e.path);
      const was = known.get(e.path);
      if (was === e.blob) continue;
      if (was === void 0) added++;
      else changed++;
      todo.push(e);
      if (e.path === ".gitignore" || e.path.endsWith("/.gitignore")) rulesChanged = true;
    }
    let removed = 0;
    for (const path of known.keys()) {
      if (present.has(path)) continue;
      if (path === ".gitignore" || path.endsWith("/.gitignore")) rulesChanged = true;
    }
    const ignored = options.ignored && (rulesChanged || todo.length) ? await options.ignored(rulesChanged ? entries.map((e) => e.path) : todo.map((e) => e.path)) : /* @__PURE__ */ new Set();
    this.db.exec("BEGIN");
    try {
      for (const path of known.keys()) {
        if (present.has(path)) continue;
        this.dropPath(path);
        this.stmt.deleteFile.run(path);
        removed++;
      }
      if (rulesChanged) {
        const todoPaths = new Set(todo.map((e) => e.path));
        for (const e of entries) {
          if (!ignored.has(e.path) || todoPaths.has(e.path)) continue;
          this.dropPath(e.path);
          this.stmt.putFile.run(e.path, e.blob, e.size, "gitignored");
        }
      }
      this.db.exec("COMMIT");
    } catch (error) {
      this.db.exec("ROLLBACK");
      throw error;
    }
    let chunks = 0;
    let done = 0;
    for (let i = 0; i < todo.length; i += READ_BATCH) {
      const batch = todo.slice(i, i + READ_BATCH);
      const skip = /* @__PURE__ */ new Map();
      for (const e of batch) {
        const why = ignored.has(e.path) ? "gitignored" : excludedByName(e.path) ?? (e.size > MAX_INDEXED_BYTES ? "too-large" : void 0);
        if (why) skip.set(e.path, why);
      }
      const blobs = await read(batch.filter((e) => !skip.has(e.path)).map((e) => e.blob));
      this.db.exec("BEGIN");
      try {
        for (const e of batch) {
          this.dropPath(e.path);
          const bytes = blobs.get(e.blob);
          const why = skip.get(e.path) ?? (bytes ? excludedByContent(bytes) : "unreadable");
          this.stmt.putFile.run(e.path, e.blob, e.size, why ?? null);
          if (why || !bytes) continue;
          const pathWords = wordsOf(e.path).join(" ");
          for (const c of chunkText(e.path, bytes.toString("utf8"))) {
            const r = this.stmt.putChunk.run(e.path, e.blob, c.start, c.end, c.symbols.join("\n"));
            this.stmt.putText.run(
              r.lastInsertRowid,
              pathWords,
              wordsOf(c.symbols.join(" ")).join(" "),
              searchableText(c.text)
            );
            chunks++;
          }
        }
        this.db.exec("COMMIT");
      } catch (error) {
        this.db.exec("ROLLBACK");
        throw error;
      }
      done += batch.length;
      options.onProgress?.(done, todo.length);
    }
    this.purgeStale();
    this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('tree', ?)").run(fingerprint);
    return {
      files: entries.length,
      added,
      changed,
      removed,
      chunks,
      ms: Math.round(performance.now() - started)
    };
  }
  /** The best chunks for the query terms by BM25 with column weights. */
  search(terms, limit = 50) {
    let words = [...new Set(terms.flatMap((t) => wordsOf(t)))];
    if (words.length === 0) return [];
    const total = this.db.prepare("SELECT count(*) AS n FROM chunks").get().n;
    if (total > 1e3) {
      const docs = this.db.prepare("SELECT doc FROM chunk_vocab WHERE term = ?");
      const rare = words.filter(
        (w) => (docs.get(w)?.doc ?? 0) <= total / 10
      );
      if (rare.length) words = rare;
    }
    const query = words.map((w) => `"${w}"`).join(" OR ");
    const rows = this.db.prepare(
      `SELECT c.path, c.blob, c.start, c.end, c.symbols,
                bm25(chunk_text, ${WEIGHTS2.path}, ${WEIGHTS2.symbols}, ${WEIGHTS2.body}) AS rank
           FROM chunk_text JOIN chunks c ON c.id = chunk_text.rowid
          WHERE chunk_text MATCH ? ORDER BY rank LIMIT ?`
    ).all(query, limit);
    return rows.map((r) => ({
      path: r.path,
      blob: r.blob,
      start: r.start,
      end: r.end,
      symbols: r.symbols ? r.symbols.split("\n") : [],
      score: -r.rank
    }));
  }
  /** Counts, for reports and tests. */
  stats() {
    const one = (sql) => this.db.prepare(sql).get().n;
    return {
      files: one("SELECT count(*) AS n FROM files"),
      chunks: one("SELECT count(*) AS n FROM chunks"),
      excluded: one("SELECT count(*) AS n FROM files WHERE excluded IS NOT NULL")
    };
  }
  /** Text rows of replaced chunks not yet purged. */
  staleRows() {
    return this.db.prepare("SELECT count(*) AS n FROM stale").get().n;
  }
  close() {
    this.db.close();
  }
  /**
   * A path's chunks leave the `chunks` table at once (search joins on it, so they are never
   * found again), while their text rows are only marked stale: deleting from a contentless FTS5
   * table costs about a millisecond a row, too much for an update of 100 files. Stale rows
   * are purged together once they are a quarter of the index.
   */
  dropPath(path) {
    for (const row of this.stmt.chunkIds.all(path)) {
      this.stmt.markStale.run(row.id);
      this.stmt.deleteChunk.run(row.id);
    }
  }
  purgeStale() {
    const one = (sql) => this.db.prepare(sql).get().n;
    const stale = one("SELECT count(*) AS n FROM stale");
    if (stale === 0 || stale < Math.max(2e3, one("SELECT count(*) AS n FROM chunks") / 4)) return;
    this.db.exec("BEGIN");
    try {
      for (const row of this.db.prepare("SELECT id FROM stale").all())
        this.stmt.deleteText.run(row.id);
      this.db.exec("DELETE FROM stale");
      this.db.exec("COMMIT");
    } catch (error) {
      this.db.exec("ROLLBACK");
      throw error;
    }
  }
};

// src/context/open-index.ts
async function openUpdatedIndex(workspace, onUpdate, onProgress) {
  const { indexFile, listEntries, readBlobs } = workspace;
  if (!indexFile || !listEntries || !readBlobs) return void 0;
  const dir = dirname3(indexFile);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, ".gitignore"), "*\n", { flag: "w" });
  const index = RepoIndex.open(indexFile);
  try {
    const entries = await listEntries.call(workspace);
    const ignoredPaths = workspace.ignoredPaths?.bind(workspace);
    const update = await index.update(entries, (blobs) => readBlobs.call(workspace, blobs), {
      ignored: ignoredPaths,
      onProgress
    });
    onUpdate?.(update);
    return index;
  } catch (error) {
    index.close();
    throw error;
  }
}

// src/context/task-context.ts
function promptBudget(config, tier) {
  const t = config.context.tiers[tier];
  const max = t?.maxTokens ?? config.context.maxTokens;
  const out = t?.outputTokens ?? config.context.outputTokens;
  return Math.max(0, max - out);
}
function sendBackReserve(budget) {
  return Math.min(2e3, Math.floor(budget / 10));
}
async function gatherTaskContext(options) {
  const { config, plan } = options;
  const first = plan.models[0] ? config.models[plan.models[0]] : void 0;
  const counter = first ? await tokenCounterFor(first) : void 0;
  const budget = promptBudget(config, plan.tier);
  let indexed;
  let lessonError;
  const index = await openUpdatedIndex(
    options.workspace,
    (u) => {
      indexed = u;
      options.onIndex?.(u);
    },
    options.onIndexProgress
  ).catch((error) => {
    indexed = { error: describeError(error) };
    return void 0;
  });
  const lessons = options.ledger ? await lessonsFor({
    ledger: options.ledger,
    indexFile: options.workspace.indexFile,
    task: options.task,
    kind: plan.kind,
    client: plan.client ?? options.task.client,
    settings: config.context.lessons
  }).catch((error) => {
    lessonError = describeError(error);
    return [];
  }) : [];
  const context = await gatherContext({
    lessons,
    workspace: options.workspace,
    task: options.task,
    laneGlobs: options.persona.writes,
    maxTokens: budget,
    counter,
    answers: options.answers,
    changedPaths: options.changedPaths,
    render: options.render,
    reserveTokens: sendBackReserve(budget),
    retrieve: index ? (terms) => index.search(terms, 60) : void 0
  }).finally(() => index?.close());
  const personaHash = await readFile(options.persona.file).then(
    (b) => sha256(b),
    () => void 0
  );
  return {
    ...context,
    record: {
      ...context.record,
      ...lessonError ? { lessonsError: lessonError } : {},
      ...indexed ? { index: indexed } : {},
      ...personaHash ? { personaHash } : {}
    }
  };
}

export {
  gatherTaskContext
};
