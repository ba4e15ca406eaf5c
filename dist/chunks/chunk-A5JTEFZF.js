import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PROMPTS_ROOT
} from "./chunk-DW3TUGME.js";
import {
  LedgerEntry
} from "./chunk-E677WRFC.js";
import {
  taskKey
} from "./chunk-CRLBIX5N.js";
import {
  gitDirForEnv,
  refExists,
  refSurelyAbsent,
  resolveCommit
} from "./chunk-OMXXCWD7.js";
import {
  CatFileBatch,
  readTreeBlobBatches
} from "./chunk-LBO5STXY.js";
import {
  gitWithInput,
  spawnGitStream,
  spawnGitToFd
} from "./chunk-JSOWHKFK.js";
import {
  cleanUpAtExit
} from "./chunk-AF7KBKLQ.js";
import {
  GitError,
  LedgerError
} from "./chunk-BXJ33WYV.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/core/json-bytes.ts
import { isUtf8 } from "node:buffer";
function parseJsonBytes(bytes) {
  if (!isUtf8(bytes))
    throw new SyntaxError("its bytes are not UTF-8 text (JSON files are UTF-8: RFC 8259 \xA78.1)");
  return JSON.parse(bytes.toString("utf8"));
}

// src/core/schema-fast-check.ts
var Unsupported = class extends Error {
};
var FUNCTION_TYPES = /* @__PURE__ */ new Set(["array", "tuple", "record", "object", "union"]);
var HAS_LENGTH = external_exports.array(external_exports.never()).min(1)._zod.def.checks?.[0]?._zod.def.when;
var Generator = class {
  consts = [];
  functions = [];
  vars = 0;
  const(value) {
    this.consts.push(value);
    return `K[${this.consts.length - 1}]`;
  }
  /**
   * Is the value in `x` one of `values` (as a Set would say: SameValueZero)? A few values are
   * compared one by one (`===` agrees with SameValueZero but for NaN): cheaper than hashing the
   * string for a Set lookup, which a discriminator does once per option tried.
   */
  oneOf(values, x) {
    if (values.length === 0) return "false";
    if (values.length > 8 || values.some((v) => Number.isNaN(v)))
      return `${this.const(new Set(values))}.has(${x})`;
    return `(${values.map((v) => `${x} === ${this.const(v)}`).join(" || ")})`;
  }
  fn(body) {
    const name = `f${this.functions.length}`;
    this.functions.push(`function ${name}(v, s) {
${body}
}`);
    return name;
  }
  patterns(def, d, x) {
    const out = [];
    const add = (c) => {
      if (!(c.pattern instanceof RegExp)) throw new Unsupported("string format without a pattern");
      const re = this.const(c.pattern);
      out.push(
        c.pattern.global || c.pattern.sticky ? `(${re}.lastIndex = 0, ${re}.test(${x}))` : `${re}.test(${x})`
      );
    };
    if (def.check !== void 0) {
      if (def.check !== "string_format") throw new Unsupported(`string check ${def.check}`);
      add(def);
    }
    for (const c of d) {
      if (c.when !== void 0 || c.check !== "string_format")
        throw new Unsupported(`string check ${c.check}`);
      add(c);
    }
    return out;
  }
  /** The function made for each object, array, record, tuple and union node, strict and loose. */
  made = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
  /**
   * A boolean expression: does the value in variable `x` pass? (See `build`.) A node whose check
   * is a function gets one function however often the schema uses it: the entry schema's event
   * variants share their actor, work, rule and cost schemas, and V8 compiles each function it
   * runs often in every process (one per variant was ~145 functions, 180 KB of source).
   */
  expr(node, x, loose) {
    if (!FUNCTION_TYPES.has(node._zod.def.type)) return this.build(node, x, loose);
    const made = this.made[loose ? 1 : 0];
    let name = made.get(node);
    if (name === void 0) {
      const call = /^(f\d+)\(v, s\)$/.exec(this.build(node, "v", loose));
      if (!call?.[1]) throw new Error("a function node did not compile to a call");
      name = call[1];
      made.set(node, name);
    }
    return `${name}(${x}, s)`;
  }
  /**
   * A boolean expression: does the value in variable `x` pass? `loose`: does zod accept it
   * (keys outside a shape allowed: zod strips them)? Strict (the default): does zod accept it
   * and return it unchanged? A plain union needs both: zod returns the first option that
   * accepts, which must also be the one that returns the value.
   */
  build(node, x, loose) {
    const def = node._zod.def;
    if (def.coerce) throw new Unsupported("coercion");
    const checks = (def.checks ?? []).map((c) => c._zod.def);
    if (def.type !== "string" && def.type !== "number" && def.type !== "array" && checks.length)
      throw new Unsupported(`checks on ${def.type}`);
    if (def.check !== void 0 && def.type !== "string" && def.type !== "number")
      throw new Unsupported(`a ${def.type} format`);
    switch (def.type) {
      case "string":
        return [`typeof ${x} === 'string'`, ...this.patterns(def, checks, x)].join(" && ");
      case "number": {
        const parts = [`typeof ${x} === 'number'`, `Number.isFinite(${x})`];
        for (const c of def.check !== void 0 ? [def, ...checks] : checks) {
          if (c.when !== void 0) throw new Unsupported("conditional number check");
          if (c.check === "number_format" && c.format === "safeint")
            parts.push(`Number.isSafeInteger(${x})`);
          else if ((c.check === "greater_than" || c.check === "less_than") && typeof c.value === "number" && Number.isFinite(c.value))
            parts.push(
              `${x} ${c.check === "greater_than" ? ">" : "<"}${c.inclusive ? "=" : ""} ${String(c.value)}`
            );
          else throw new Unsupported(`number check ${c.check} ${c.format ?? ""}`);
        }
        return parts.join(" && ");
      }
      case "boolean":
        return `typeof ${x} === 'boolean'`;
      case "never":
        return "false";
      case "literal":
        return this.oneOf(def.values ?? [], x);
      case "enum": {
        const entries = Object.entries(def.entries ?? {});
        if (entries.some(([k, v]) => k !== v || typeof v !== "string"))
          throw new Unsupported("enum that is not a plain string enum");
        return this.oneOf(
          entries.map(([, v]) => v),
          x
        );
      }
      case "optional":
        return `(${x} === undefined || ${this.expr(def.innerType, x, loose)})`;
      case "nullable":
        return `(${x} === null || ${this.expr(def.innerType, x, loose)})`;
      case "array": {
        let min = 0;
        for (const c of checks) {
          if (c.check !== "min_length" || typeof c.minimum !== "number" || c.when !== HAS_LENGTH)
            throw new Unsupported(`array check ${c.check}`);
          min = Math.max(min, c.minimum);
        }
        const each = this.expr(def.element, "e", loose);
        const f = this.fn(
          `if (!Array.isArray(v) || v.length < ${min}) return false;
for (let i = 0; i < v.length; i++) { const e = v[i]; if (!(${each})) return false; }
return true;`
        );
        return `${f}(${x}, s)`;
      }
      case "tuple": {
        if (def.rest) throw new Unsupported("tuple with a rest");
        const items = def.items ?? [];
        const lines = items.map((item, i) => {
          if (item._zod.optin === "optional") throw new Unsupported("tuple with optional items");
          return `{ const e = v[${i}]; if (!(${this.expr(item, "e", loose)})) return false; }`;
        });
        const f = this.fn(
          `if (!Array.isArray(v) || v.length !== ${items.length}) return false;
${lines.join("\n")}
return true;`
        );
        return `${f}(${x}, s)`;
      }
      case "record": {
        const key = def.keyType?._zod.def;
        if (!key || key.type !== "string" || key.checks?.length || key.check !== void 0)
          throw new Unsupported("record keys other than plain strings");
        const each = this.expr(def.valueType, "e", loose);
        const f = this.fn(
          `if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
for (const k of Object.keys(v)) { ${loose ? "" : "if (k === '__proto__') return false; "}const e = v[k]; if (!(${each})) return false; }
return true;`
        );
        return `${f}(${x}, s)`;
      }
      case "object": {
        if (def.catchall && def.catchall._zod.def.type !== "never")
          throw new Unsupported("object with a catchall");
        const entries = Object.entries(def.shape ?? {});
        if (entries.some(([k]) => k === "__proto__")) throw new Unsupported("a __proto__ key");
        const lines = [];
        if (!loose) {
          const cases = entries.map(([k], p) => `case ${JSON.stringify(k)}: p = ${p}; break;`);
          lines.push(
            `let last = -1;
for (const k in v) { let p; switch (k) { ${cases.join(" ")} default: return false; } if (p < last) s.reordered = true; last = p; }`
          );
        }
        for (const [k, child] of entries) {
          const name = JSON.stringify(k);
          const y = `x${this.vars++}`;
          const ok = this.expr(child, y, loose);
          const optional = child._zod.optin === "optional";
          lines.push(
            `{ const ${y} = v[${name}]; if (${y} !== undefined) { if (!(${ok})) return false; }${optional ? "" : " else return false;"} }`
          );
        }
        lines.push("return true;");
        const f = this.fn(
          `if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
${lines.join("\n")}`
        );
        return `${f}(${x}, s)`;
      }
      case "union": {
        const disc = def.discriminator;
        if (!disc) {
          if (def.inclusive === false) throw new Unsupported("exclusive union (z.xor)");
          const lines = (def.options ?? []).map(
            (o) => `if (${this.expr(o, "v", true)}) return ${this.expr(o, "v", loose)};`
          );
          return `${this.fn(`${lines.join("\n")}
return false;`)}(${x}, s)`;
        }
        if (def.unionFallback) throw new Unsupported("discriminated union with a fallback");
        const seen = /* @__PURE__ */ new Set();
        const cases = [];
        for (const o of def.options ?? []) {
          const d = o._zod.def.shape?.[disc]?._zod.def;
          if (!d || d.type !== "literal")
            throw new Unsupported("discriminator that is not a literal");
          for (const value of d.values ?? []) {
            if (seen.has(value)) throw new Unsupported("duplicate discriminator value");
            seen.add(value);
          }
          cases.push(`if (${this.oneOf(d.values ?? [], "t")}) return ${this.expr(o, "v", loose)};`);
        }
        const f = this.fn(
          `if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
const t = v[${JSON.stringify(disc)}];
${cases.join("\n")}
return false;`
        );
        return `${f}(${x}, s)`;
      }
      default:
        throw new Unsupported(def.type);
    }
  }
};
function compileFastCheck(schema) {
  const g = new Generator();
  let root;
  try {
    root = g.expr(schema, "v", false);
  } catch (error) {
    if (error instanceof Unsupported) return void 0;
    throw error;
  }
  const check = new Function(
    "K",
    `${g.functions.join("\n")}
return function check(v, s) { return ${root}; };`
  )(g.consts);
  const state = { reordered: false };
  return (value) => {
    state.reordered = false;
    if (!check(value, state)) return false;
    return state.reordered ? "reordered" : "exact";
  };
}

// src/git/tree-reader.ts
async function* nulRecords(stream) {
  let rest = Buffer.alloc(0);
  for await (const chunk of stream) {
    const buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let pos = 0;
    for (; ; ) {
      const nul = buf.indexOf(0, pos);
      if (nul < 0) break;
      yield buf.toString("utf8", pos, nul);
      pos = nul + 1;
    }
    rest = buf.subarray(pos);
  }
  if (rest.length) yield rest.toString("utf8");
}
function parseRecord(rec) {
  const tab = rec.indexOf("	");
  if (tab < 0) return void 0;
  const meta = rec.slice(0, tab).split(" ");
  return { type: meta[1] ?? "", id: meta[2] ?? "", path: rec.slice(tab + 1) };
}
async function* listTree(repoDir, ref, folder, options = {}) {
  const git = spawnGitStream(repoDir, [
    "ls-tree",
    "-r",
    "-z",
    "--full-tree",
    options.commitOrNothing ? `${ref}^{commit}` : ref,
    "--",
    folder
  ]);
  let finished = false;
  try {
    for await (const rec of nulRecords(git.stdout)) {
      const r = parseRecord(rec);
      if (r?.type === "blob" && r.id) yield { path: r.path, blob: r.id };
    }
    const { code, stderr } = await git.exited;
    if (options.commitOrNothing && code !== 0 && /^fatal: Not a valid object name /m.test(stderr)) {
      finished = true;
      return;
    }
    if (code !== 0)
      throw new GitError(`cannot list ${ref}: ${stderr}`, {
        hint: "Check that the branch exists (git branch -a)."
      });
    finished = true;
  } finally {
    if (!finished) git.kill();
  }
}

// src/core/optimizing-tier.ts
import { setFlagsFromString } from "node:v8";
function tierChosenBy(execArgv, nodeOptions = "") {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some(
    (arg) => /^--(?:no-?)?(?:turbofan|opt|jitless|max-opt)(?:=|$)/.test(arg.replaceAll("_", "-"))
  );
}
var chosen = tierChosenBy(process.execArgv, process.env.NODE_OPTIONS);
var holds = 0;
function holdOptimizingTier() {
  if (holds++ === 0 && !chosen) setFlagsFromString("--no-turbofan");
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holds === 0 && !chosen) setFlagsFromString("--turbofan");
  };
}

// src/core/young-generation.ts
import { getHeapSpaceStatistics, setFlagsFromString as setFlagsFromString2 } from "node:v8";
var frozen = false;
function boundYoungGeneration(capMb = 6) {
  if (frozen) return;
  const young = getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
  if (!young || young.space_size < capMb * 1024 * 1024) return;
  setFlagsFromString2("--semi-space-growth-factor=1");
  frozen = true;
}

// src/git/archive-reader.ts
import { spawnSync } from "node:child_process";
import {
  closeSync,
  constants,
  mkdirSync,
  mkdtempSync,
  openSync,
  read,
  readSync,
  rmSync
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { setImmediate } from "node:timers/promises";

// src/git/pack-limits.ts
function packLimits(deltaCache) {
  return [
    "-c",
    "core.packedGitWindowSize=8m",
    "-c",
    "core.packedGitLimit=16m",
    "-c",
    `core.deltaBaseCacheLimit=${deltaCache}`
  ];
}

// src/git/archive-reader.ts
var ownDir;
function processDir() {
  if (!ownDir) {
    const dir = mkdtempSync(join(tmpdir(), "aios-archive-"));
    ownDir = dir;
    cleanUpAtExit(() => {
      rmSync(dir, { recursive: true, force: true });
      ownDir = void 0;
      emptyDir = void 0;
      if (freeFifos) freeFifos = [];
    });
  }
  return ownDir;
}
var emptyDir;
function emptyWorkTree() {
  if (!emptyDir) {
    const dir = join(processDir(), "no-attributes");
    mkdirSync(dir);
    emptyDir = dir;
  }
  return emptyDir;
}
function archivePlace(repoDir) {
  const gitDir = gitDirForEnv(repoDir);
  if (!gitDir) return { cwd: repoDir, env: { GIT_ATTR_NOSYSTEM: "1" } };
  return { cwd: emptyWorkTree(), env: { GIT_ATTR_NOSYSTEM: "1", GIT_DIR: gitDir } };
}
var freeFifos = process.platform === "win32" ? void 0 : [];
var fifosMade = 0;
function giveBack(fifo) {
  if (ownDir && dirname(fifo) === ownDir) freeFifos?.push(fifo);
}
function takeFifo() {
  if (!freeFifos) return void 0;
  const free = freeFifos.pop();
  if (free !== void 0) return free;
  const path = join(processDir(), `pipe-${fifosMade++}`);
  const made = spawnSync("mkfifo", ["-m", "600", path], { stdio: "ignore" });
  if (made.status !== 0) {
    freeFifos = void 0;
    return void 0;
  }
  return path;
}
function archiveArgs(ref, folders) {
  return [
    "-c",
    "core.autocrlf=false",
    "-c",
    "core.eol=lf",
    "-c",
    "core.attributesFile=/dev/null",
    ...packLimits("64m"),
    `--work-tree=${emptyWorkTree()}`,
    "--literal-pathspecs",
    "archive",
    "--worktree-attributes",
    "--format=tar",
    ref,
    "--",
    ...folders
  ];
}
var BLOCK = 512;
function field(buf, at, length) {
  const end = buf.indexOf(0, at);
  return buf.toString("utf8", at, end >= at && end < at + length ? end : at + length);
}
function octal(buf, at, length) {
  let n = 0;
  let digits = 0;
  for (let i = at; i < at + length; i++) {
    const c = buf[i];
    if (c >= 48 && c <= 55) {
      n = n * 8 + (c - 48);
      digits++;
    } else if (c === 0 || c === 32 && digits > 0)
      break;
    else if (c !== 32) return Number.NaN;
  }
  return n;
}
function headerPath(buf, pos) {
  const name = field(buf, pos, 100);
  return buf[pos + 345] === 0 ? name : `${field(buf, pos + 345, 155)}/${name}`;
}
function paxPath(body) {
  let pos = 0;
  let path;
  while (pos < body.length) {
    const space = body.indexOf(32, pos);
    if (space < 0) break;
    const length = Number(body.toString("latin1", pos, space));
    if (!Number.isInteger(length) || length <= 0) break;
    const record = body.toString("utf8", space + 1, pos + length - 1);
    const eq = record.indexOf("=");
    if (record.slice(0, eq) === "path") path = record.slice(eq + 1);
    pos += length;
  }
  return path;
}
async function* readArchivedFileBatches(repoDir, ref, folders, options = {}) {
  if (!await refExists(repoDir, ref)) return;
  yield* readArchiveBatches(
    repoDir,
    ref,
    typeof folders === "string" ? [folders] : folders,
    options
  );
}
var TarParser = class {
  constructor(ref, others) {
    this.ref = ref;
    this.others = others;
  }
  ref;
  others;
  /** A record cut by the end of the last read, gathered until whole. */
  rest;
  longPath;
  /** The end-of-archive blocks were read. */
  ended = false;
  /** With `others`: the folder written last, until something inside it shows it is not empty. */
  openFolder;
  /** Every record made whole by this read, added to `batch` (a new array by default). */
  push(chunk, batch = []) {
    let off = 0;
    while (this.rest !== void 0 && !this.ended) {
      const need = this.recordLength(this.rest);
      if (this.rest.length >= need) {
        const used = this.records(this.rest, 0, batch);
        this.rest = used < this.rest.length ? this.rest.subarray(used) : void 0;
        continue;
      }
      if (off >= chunk.length) break;
      const take = Math.min(need - this.rest.length, chunk.length - off);
      this.rest = Buffer.concat([this.rest, chunk.subarray(off, off + take)]);
      off += take;
    }
    if (this.rest === void 0 && !this.ended && off < chunk.length) {
      const used = this.records(chunk, off, batch);
      if (used < chunk.length && !this.ended) this.rest = chunk.subarray(used);
    }
    if (this.ended) this.closeFolder(void 0, batch);
    return batch;
  }
  /** Bytes of the record starting at `buf[0]` (one block while its header is not all here). */
  recordLength(buf) {
    if (buf.length < BLOCK || buf[0] === 0 && buf[156] === 0) return BLOCK;
    return BLOCK + Math.ceil(this.size(buf, 0) / BLOCK) * BLOCK;
  }
  size(buf, pos) {
    const size = octal(buf, pos + 124, 12);
    if (!Number.isFinite(size))
      throw new GitError(`git archive of ${this.ref} wrote a tar header this reader cannot read`);
    return size;
  }
  closeFolder(next, batch) {
    const open = this.openFolder;
    if (open === void 0 || next !== void 0 && next.startsWith(open)) return;
    batch.push({ path: open.slice(0, -1), bytes: Buffer.alloc(0), other: true, folder: true });
    this.openFolder = void 0;
  }
  /** Parse the whole records of `buf` from `start` into `batch`; where the first partial one starts. */
  records(buf, start, batch) {
    let pos = start;
    while (buf.length - pos >= BLOCK) {
      if (buf[pos] === 0 && buf[pos + 156] === 0) {
        this.ended = true;
        return buf.length;
      }
      const size = this.size(buf, pos);
      const total = BLOCK + Math.ceil(size / BLOCK) * BLOCK;
      if (buf.length - pos < total) break;
      const type = buf[pos + 156];
      const body = buf.subarray(pos + BLOCK, pos + BLOCK + size);
      if (type === 120) {
        this.longPath = paxPath(body);
      } else if (type === 48 || type === 0) {
        const path = this.longPath ?? headerPath(buf, pos);
        if (this.others) {
          this.closeFolder(path, batch);
          this.openFolder = void 0;
        }
        batch.push({ path, bytes: body });
        this.longPath = void 0;
      } else {
        if (this.others && type !== 103) {
          const path = this.longPath ?? headerPath(buf, pos);
          this.closeFolder(path, batch);
          if (type === 53)
            this.openFolder = path.endsWith("/") ? path : `${path}/`;
          else {
            this.openFolder = void 0;
            batch.push({ path, bytes: Buffer.alloc(0), other: true });
          }
        }
        this.longPath = void 0;
      }
      pos += total;
    }
    return pos;
  }
};
var ChunkQueue = class {
  constructor(stream, highWater = 1024 * 1024) {
    this.stream = stream;
    this.highWater = highWater;
    stream.on("data", (chunk) => {
      this.queue.push(chunk);
      this.queued += chunk.length;
      if (this.queued >= this.highWater) stream.pause();
      this.notify();
    });
    stream.once("end", () => {
      this.ended = true;
      this.notify();
    });
    stream.once("error", (e) => {
      this.failure = e;
      this.notify();
    });
  }
  stream;
  highWater;
  queue = [];
  queued = 0;
  ended = false;
  failure;
  wake;
  notify() {
    const wake = this.wake;
    this.wake = void 0;
    wake?.();
  }
  /** Every chunk queued (waiting for one if none is), or undefined once the stream has ended. */
  async take() {
    while (this.queue.length === 0) {
      if (this.failure) throw this.failure;
      if (this.ended) return void 0;
      await new Promise((resolve) => this.wake = resolve);
    }
    const got = this.queue;
    this.queue = [];
    this.queued = 0;
    if (this.stream.isPaused()) this.stream.resume();
    return got;
  }
};
var READ_BUFFER = 1024 * 1024;
var BATCH_BYTES = 64 * 1024;
var TURN_MS = 10;
function pipeError(ref, cause) {
  return new GitError(`cannot read ${ref} as an archive: reading git's output failed`, {
    cause,
    hint: "Run the command again; the cause is the error the operating system gave."
  });
}
function openArchiveThroughFifo(repoDir, ref, folders, options, fifo) {
  const fds = [];
  let reader;
  let writer;
  try {
    fds.push(openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK));
    writer = openSync(fifo, constants.O_WRONLY);
    fds.push(writer);
    reader = openSync(fifo, constants.O_RDONLY);
  } catch {
    for (const fd of fds) closeSync(fd);
    freeFifos = void 0;
    return void 0;
  }
  let git;
  try {
    const place = archivePlace(repoDir);
    git = spawnGitToFd(place.cwd, archiveArgs(ref, folders), writer, place.env);
  } catch (e) {
    closeSync(reader);
    giveBack(fifo);
    throw e;
  } finally {
    for (const fd of fds) closeSync(fd);
  }
  let gitGone = false;
  let open = true;
  const release = () => {
    if (gitGone && !open) giveBack(fifo);
  };
  void git.exited.then(() => {
    gitGone = true;
    release();
  });
  let waiting;
  const closeReader = () => {
    if (!open) return;
    open = false;
    const close = () => {
      closeSync(reader);
      release();
    };
    if (waiting) void waiting.then(close, close);
    else close();
  };
  const waitRead = (into, at) => new Promise(
    (resolve, reject) => read(reader, into, at, into.length - at, null, (e, n) => e ? reject(e) : resolve(n))
  );
  const parser = new TarParser(ref, options.others === true);
  let buf = Buffer.allocUnsafe(READ_BUFFER);
  let used = 0;
  let done = false;
  let started = false;
  let turned = performance.now();
  return {
    async next() {
      const files = [];
      let got = 0;
      while (!done) {
        if (READ_BUFFER - used < BATCH_BYTES) {
          buf = Buffer.allocUnsafe(READ_BUFFER);
          used = 0;
        }
        let n;
        try {
          if (started) n = readSync(reader, buf, used, READ_BUFFER - used, null);
          else {
            started = true;
            waiting = waitRead(buf, used);
            try {
              n = await waiting;
            } finally {
              waiting = void 0;
            }
            turned = performance.now();
            if (done) break;
          }
        } catch (e) {
          if (e.code === "EINTR") continue;
          throw pipeError(ref, e);
        }
        if (n === 0) break;
        parser.push(buf.subarray(used, used + n), files);
        used += n;
        got += n;
        if (files.length > 0 && got >= BATCH_BYTES) {
          if (performance.now() - turned >= TURN_MS) {
            await setImmediate();
            turned = performance.now();
          }
          return files;
        }
      }
      if (files.length > 0) return files;
      if (!done) {
        done = true;
        closeReader();
        await archiveExited(git.exited, ref);
      }
      return void 0;
    },
    close() {
      done = true;
      git.kill();
      closeReader();
    }
  };
}
async function archiveExited(exited, ref) {
  const { code, stderr } = await exited;
  if (code !== 0)
    throw new GitError(`cannot read ${ref} as an archive: ${stderr}`, {
      hint: "Check that the branch exists (git branch -a)."
    });
}
function openArchive(repoDir, ref, folders, options = {}) {
  const fifo = options.pipe ? takeFifo() : void 0;
  const piped = fifo ? openArchiveThroughFifo(repoDir, ref, folders, options, fifo) : void 0;
  if (piped) return piped;
  const place = archivePlace(repoDir);
  const git = spawnGitStream(place.cwd, archiveArgs(ref, folders), "ignore", place.env);
  const parser = new TarParser(ref, options.others === true);
  const chunks = new ChunkQueue(git.stdout);
  let done = false;
  return {
    async next() {
      while (!done) {
        const got = await chunks.take();
        if (!got) break;
        const files = [];
        for (const chunk of got) parser.push(chunk, files);
        if (files.length > 0) return files;
      }
      if (!done) {
        done = true;
        await archiveExited(git.exited, ref);
      }
      return void 0;
    },
    close() {
      done = true;
      git.kill();
    }
  };
}
async function* readArchiveBatches(repoDir, ref, folders, options = {}) {
  const archive = openArchive(repoDir, ref, folders, options);
  let finished = false;
  try {
    for (let files = await archive.next(); files; files = await archive.next()) yield files;
    finished = true;
  } finally {
    if (!finished) archive.close();
  }
}

// src/git/tree-objects.ts
var TREE_MODE = "40000";
function parseTreeObject(bytes, idBytes) {
  const out = [];
  let pos = 0;
  while (pos < bytes.length) {
    const space = bytes.indexOf(32, pos);
    const nul = space < 0 ? -1 : bytes.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + idBytes > bytes.length)
      throw new GitError(`a git tree object is malformed at byte ${pos}`);
    out.push({
      mode: bytes.toString("latin1", pos, space),
      name: bytes.toString("utf8", space + 1, nul),
      id: bytes.toString("hex", nul + 1, nul + 1 + idBytes)
    });
    pos = nul + 1 + idBytes;
  }
  return out;
}
async function filesBelow(cat, treeId, path) {
  const tree = await cat.lookup(treeId);
  if (tree?.type !== "tree") throw new GitError(`git tree ${treeId} (${path}) is missing`);
  const out = [];
  for (const e of parseTreeObject(tree.bytes, treeId.length / 2)) {
    const p = `${path}/${e.name}`;
    if (e.mode === TREE_MODE) out.push(...await filesBelow(cat, e.id, p));
    else out.push({ path: p, id: e.id, mode: e.mode });
  }
  return out;
}
async function foldersIn(cat, spec) {
  const tree = await cat.lookup(spec);
  if (tree?.type !== "tree") return [];
  return parseTreeObject(tree.bytes, tree.id.length / 2).filter((e) => e.mode === TREE_MODE);
}

// src/ledger/ledger-layout.ts
var LEDGER_ROOT = "ledger/";
var ENTRY_PATH = /^ledger\/(\d{4})\/(\d{2})\/([a-z0-9][a-z0-9._-]*)\/([0-9A-HJKMNP-TV-Z]{26})-([a-z]+)\.json$/;
function parseEntryPath(path) {
  const m = ENTRY_PATH.exec(path);
  if (!m) return void 0;
  return {
    month: `${m[1]}-${m[2]}`,
    key: m[3] ?? "",
    folder: path.slice(0, path.lastIndexOf("/")),
    id: m[4] ?? "",
    event: m[5] ?? ""
  };
}
function entryPath(folder, entry) {
  return `${folder}/${entry.id}-${entry.event}.json`;
}
function taskFolder(key, firstAt) {
  const yyyy = String(firstAt.getUTCFullYear());
  const mm = String(firstAt.getUTCMonth() + 1).padStart(2, "0");
  return `ledger/${yyyy}/${mm}/${key}`;
}
function folderOfPath(path) {
  const parts = path.split("/");
  return parts.length >= 5 && parts[0] === "ledger" ? parts.slice(0, 4).join("/") : void 0;
}
function taskKeyOfPath(path) {
  return folderOfPath(path)?.split("/")[3];
}
function monthOfPath(path) {
  const m = /^ledger\/(\d{4})\/(\d{2})(?:\/|$)/.exec(path);
  return m ? `${m[1]}-${m[2]}` : void 0;
}

// src/ledger/ledger-files.ts
async function level(repoDir, commit, folders) {
  const trees = [];
  const others = [];
  const gitlinks = [];
  if (folders.length === 0) return { trees, others, gitlinks };
  const r = await gitWithInput(
    repoDir,
    ["--literal-pathspecs", "ls-tree", "-z", "--full-tree", commit, "--", ...folders],
    void 0
  );
  if (r.code !== 0)
    throw new GitError(
      `cannot list ${folders.join(", ")} at ${commit}: ${r.stderr.toString().trim()}`,
      {
        hint: "Check that the ledger commit exists in this repository (git fsck)."
      }
    );
  for (const rec of r.stdout.toString("utf8").split("\0")) {
    const tab = rec.indexOf("	");
    if (tab < 0) continue;
    const [mode, type] = rec.slice(0, tab).split(" ");
    const path = rec.slice(tab + 1);
    if (type === "tree") {
      trees.push(path);
    } else {
      others.push(path);
      if (mode === "160000") gitlinks.push(path);
    }
  }
  return { trees, others, gitlinks };
}
var GROUP_TREE_BYTES = 768 * 1024;
var TreeSession = class {
  git;
  chunks;
  buf = Buffer.alloc(0);
  constructor(repoDir) {
    this.git = spawnGitStream(repoDir, ["cat-file", "--batch-command"], "pipe");
    this.chunks = new ChunkQueue(this.git.stdout);
  }
  async contents(names) {
    if (names.length === 0) return [];
    for (const n of names)
      if (/[\n\0]/.test(n)) throw new GitError(`object name holds a newline: ${JSON.stringify(n)}`);
    this.git.stdin?.write(names.map((n) => `contents ${n}
`).join(""));
    const out = [];
    while (out.length < names.length) {
      const nl = this.buf.indexOf(10);
      if (nl >= 0) {
        const header = this.buf.toString("utf8", 0, nl).split(" ");
        const size = Number(header[2]);
        if (header.length === 3 && Number.isInteger(size)) {
          if (this.buf.length < nl + 2 + size) {
            if (!await this.more()) break;
            continue;
          }
          out.push({ type: header[1] ?? "", body: this.buf.subarray(nl + 1, nl + 1 + size) });
          this.buf = this.buf.subarray(nl + 2 + size);
        } else {
          out.push(void 0);
          this.buf = this.buf.subarray(nl + 1);
        }
        continue;
      }
      if (!await this.more()) break;
    }
    if (out.length < names.length) {
      const { stderr } = await this.close();
      throw new GitError(`cannot read the ledger's folders: ${stderr || "git cat-file stopped"}`, {
        hint: "Check that the ledger commit exists in this repository (git fsck)."
      });
    }
    return out;
  }
  /** The byte sizes of some objects (`info`: no bodies sent), in order. */
  async sizes(names) {
    if (names.length === 0) return [];
    this.git.stdin?.write(names.map((n) => `info ${n}
`).join(""));
    const out = [];
    while (out.length < names.length) {
      const nl = this.buf.indexOf(10);
      if (nl < 0) {
        if (!await this.more()) break;
        continue;
      }
      const header = this.buf.toString("utf8", 0, nl).split(" ");
      this.buf = this.buf.subarray(nl + 1);
      out.push(header.length === 3 ? Number(header[2]) || 0 : 0);
    }
    if (out.length < names.length) {
      const { stderr } = await this.close();
      throw new GitError(
        `cannot size the ledger's month trees: ${stderr || "git cat-file stopped"}`
      );
    }
    return out;
  }
  async more() {
    const got = await this.chunks.take();
    if (!got) return false;
    this.buf = Buffer.concat([this.buf, ...got]);
    return true;
  }
  async close() {
    this.git.stdin?.end();
    const exited = await this.git.exited;
    return exited;
  }
};
var PIPE_TREE_BYTES = 32 * 1024;
async function ledgerPieces(repoDir, commit) {
  return (await ledgerLayout(repoDir, commit)).pieces;
}
async function ledgerLayout(repoDir, commit) {
  const idBytes = commit.length / 2;
  const session = new TreeSession(repoDir);
  let closed = false;
  try {
    const [rootTree, ledgerTree] = await session.contents([
      `${commit}^{tree}`,
      `${commit}:${LEDGER_ROOT.slice(0, -1)}`
    ]);
    const rootEntries = rootTree?.type === "tree" ? parseTreeObject(rootTree.body, idBytes) : [];
    const isFolder = (e, folder) => e.mode === TREE_MODE && `${e.name}/` === folder;
    const outside = rootEntries.filter((e) => !isFolder(e, LEDGER_ROOT) && !isFolder(e, PROMPTS_ROOT)).map((e) => e.name);
    const prompts = rootEntries.some((e) => isFolder(e, PROMPTS_ROOT));
    const pieces = [];
    if (ledgerTree?.type === "tree") {
      const first = parseTreeObject(ledgerTree.body, idBytes);
      const years = first.filter((e) => e.mode === TREE_MODE);
      const rest = first.filter((e) => e.mode !== TREE_MODE).map((e) => `${LEDGER_ROOT}${e.name}`);
      const months = [];
      const yearTrees = await session.contents(years.map((y) => y.id));
      years.forEach((year, i) => {
        const answer = yearTrees[i];
        if (answer?.type !== "tree")
          throw new GitError(`the tree of ${LEDGER_ROOT}${year.name} at ${commit} is missing`, {
            hint: "The repository is incomplete: fetch the ledger branch again (git fetch)."
          });
        for (const e of parseTreeObject(answer.body, idBytes)) {
          const path = `${LEDGER_ROOT}${year.name}/${e.name}`;
          if (e.mode === TREE_MODE) months.push({ path, id: e.id });
          else rest.push(path);
        }
      });
      const monthBytes = await session.sizes(months.map((m) => m.id));
      let group = [];
      let bytes = 0;
      months.forEach((month, i) => {
        const size = monthBytes[i] ?? 0;
        if (group.length > 0 && bytes + size > GROUP_TREE_BYTES) {
          pieces.push({ folders: group, treeBytes: bytes });
          group = [];
          bytes = 0;
        }
        group.push(month.path);
        bytes += size;
      });
      if (group.length > 0) pieces.push({ folders: group, treeBytes: bytes });
      if (rest.length > 0) pieces.push({ folders: rest, treeBytes: 0 });
    }
    closed = true;
    const { code, stderr } = await session.close();
    if (code !== 0)
      throw new GitError(`cannot list the ledger at ${commit}: ${stderr}`, {
        hint: "Check that the ledger commit exists in this repository (git fsck)."
      });
    return { pieces, outside, prompts };
  } finally {
    if (!closed) await session.close();
  }
}
var OPTIMIZE_AFTER_FILES = 2e5;
async function* piecesRead(repoDir, commit, pieces, options) {
  let batches = 0;
  let read2 = 0;
  const release = holdOptimizingTier();
  try {
    for (const piece of await pieces()) {
      const archive = openArchive(repoDir, commit, piece.folders, {
        ...options,
        pipe: piece.treeBytes >= PIPE_TREE_BYTES
      });
      let finished = false;
      try {
        for (let files = await archive.next(); files; files = await archive.next()) {
          if (batches++ % 64 === 0) boundYoungGeneration();
          read2 += files.length;
          if (read2 >= OPTIMIZE_AFTER_FILES) release();
          yield files;
        }
        finished = true;
      } finally {
        if (!finished) archive.close();
      }
    }
  } finally {
    release();
  }
}
function readPieceBatches(repoDir, commit, pieces, options = {}) {
  return piecesRead(repoDir, commit, () => Promise.resolve(pieces), options);
}
function readLedgerFileBatches(repoDir, commit, options = {}) {
  return piecesRead(
    repoDir,
    commit,
    async () => {
      const layout = await ledgerLayout(repoDir, commit);
      options.onLayout?.(layout);
      return layout.pieces;
    },
    { others: options.others }
  );
}
async function* readPromptFileBatches(repoDir, commit, present) {
  if (present === false) return;
  if (present === void 0) {
    const top = await level(repoDir, commit, [PROMPTS_ROOT]);
    if (top.trees.length === 0 && top.others.length === 0) return;
  }
  yield* piecesRead(
    repoDir,
    commit,
    () => Promise.resolve([{ folders: [PROMPTS_ROOT], treeBytes: 0 }]),
    { others: true }
  );
}
async function gitlinksAmong(repoDir, commit, paths) {
  return new Set((await level(repoDir, commit, paths)).gitlinks);
}

// src/ledger/read-task-folders.ts
async function* readTaskFolders(repoDir, ref, task) {
  if (refSurelyAbsent(repoDir, ref)) return;
  const cat = new CatFileBatch(repoDir);
  try {
    const commit = await cat.lookup(`${ref}^{commit}`);
    if (commit?.type !== "commit") return;
    const key = taskKey(task);
    const root = LEDGER_ROOT.slice(0, -1);
    for (const year of await foldersIn(cat, `${commit.id}:${root}`))
      for (const month of await foldersIn(cat, year.id)) {
        const found = await cat.lookup(`${month.id}:${key}`);
        if (found?.type !== "tree") continue;
        const folder = `${root}/${year.name}/${month.name}/${key}`;
        yield { folder, entries: await entriesBelow(cat, found.id, folder, ref) };
      }
  } finally {
    await cat.close();
  }
}
async function folderEntriesVia(cat, commit, folder, ref) {
  const tree = await cat.lookup(`${commit}:${folder}`);
  if (tree?.type !== "tree") return [];
  return entriesBelow(cat, tree.id, folder, ref);
}
async function entriesBelow(cat, treeId, folder, ref) {
  const files = await filesBelow(cat, treeId, folder);
  const objects = await Promise.all(files.map((f) => cat.lookup(f.id)));
  const out = [];
  files.forEach((f, i) => {
    const o = objects[i];
    if (!o)
      throw new GitError(`git object ${f.id} ${f.path} on ${ref} is missing`, {
        hint: "The repository is incomplete: fetch the branch again (git fetch)."
      });
    if (o.type === "blob" && f.path.endsWith(".json"))
      out.push({ path: f.path, blob: f.id, bytes: o.bytes });
  });
  return out;
}

// src/ledger/read-ledger.ts
function listTree2(repoDir, ref, folder = LEDGER_ROOT) {
  return listTree(repoDir, ref, folder);
}
async function* readStoredEntryBatches(repoDir, ref, options = {}) {
  yield* readTreeBlobBatches(repoDir, ref, options.folder ?? LEDGER_ROOT, {
    commitOrNothing: true
  });
}
async function* readStoredEntries(repoDir, ref, options = {}) {
  for await (const batch of readStoredEntryBatches(repoDir, ref, options))
    for (const stored of batch) if (stored.path.endsWith(".json")) yield stored;
}
var fastCheckEntry = compileFastCheck(LedgerEntry);
function entryFromJson(json, path) {
  if (fastCheckEntry?.(json) === "exact") return json;
  const result = LedgerEntry.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new LedgerError(
      `${path} is not a valid ledger entry: ${first ? `${first.path.join(".")}: ${first.message}` : "invalid"}`,
      { hint: "Run `aios ledger verify` to list every problem with the commit that made it." }
    );
  }
  return result.data;
}
function parseStoredEntry(stored) {
  return entryFromJson(parseStoredJson(stored.path, stored.bytes), stored.path);
}
function parseStoredJson(path, bytes) {
  try {
    return parseJsonBytes(bytes);
  } catch (cause) {
    throw new LedgerError(`${path} is not valid JSON: ${cause.message}`, {
      cause,
      hint: "Run `aios ledger verify` to list every problem with the commit that made it."
    });
  }
}
async function* readLedger(repoDir, ref, filter = {}) {
  if (!filter.task) {
    for await (const stored of readStoredEntries(repoDir, ref)) yield parseStoredEntry(stored);
    return;
  }
  for await (const { entries } of readTaskFolders(repoDir, ref, filter.task)) {
    for (const stored of entries) {
      const entry = parseStoredEntry(stored);
      if (entry.task === filter.task) yield entry;
    }
  }
}
async function* readLedgerArchivedBatches(repoDir, ref, tip) {
  const commit = tip ?? await resolveCommit(repoDir, ref);
  if (!commit) return;
  for await (const batch of readLedgerFileBatches(repoDir, commit)) {
    const entries = [];
    for (const file of batch) if (file.path.endsWith(".json")) entries.push(parseStoredEntry(file));
    if (entries.length > 0) yield entries;
  }
}
async function* readLedgerArchived(repoDir, ref, tip) {
  for await (const batch of readLedgerArchivedBatches(repoDir, ref, tip)) yield* batch;
}

export {
  packLimits,
  readArchivedFileBatches,
  LEDGER_ROOT,
  ENTRY_PATH,
  parseEntryPath,
  entryPath,
  taskFolder,
  folderOfPath,
  taskKeyOfPath,
  monthOfPath,
  ledgerPieces,
  readPieceBatches,
  readLedgerFileBatches,
  readPromptFileBatches,
  gitlinksAmong,
  parseJsonBytes,
  listTree,
  readTaskFolders,
  folderEntriesVia,
  listTree2,
  readStoredEntries,
  fastCheckEntry,
  entryFromJson,
  parseStoredEntry,
  parseStoredJson,
  readLedger,
  readLedgerArchivedBatches,
  readLedgerArchived
};
