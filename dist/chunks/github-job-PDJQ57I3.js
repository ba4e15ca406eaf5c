import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  repoOf
} from "./chunk-7LATCWQK.js";
import {
  Hops
} from "./chunk-2JLSUUXL.js";
import {
  stopOnSignals
} from "./chunk-5Q6KYZKO.js";
import {
  inPlaceCheckout,
  refCheckout
} from "./chunk-GFVZ4CMW.js";
import "./chunk-TXLM4J63.js";
import {
  shadowChoice
} from "./chunk-CNPEZRXN.js";
import "./chunk-MSMON4FE.js";
import "./chunk-QPVFDYXY.js";
import "./chunk-R6WOP76V.js";
import "./chunk-HQ7Q36D7.js";
import "./chunk-FU63PNUK.js";
import "./chunk-CQYHKRVS.js";
import "./chunk-RP4X2TDN.js";
import {
  GitLedgerStore
} from "./chunk-JWSZY43H.js";
import "./chunk-WAD5MR4F.js";
import "./chunk-VPGG6BY4.js";
import "./chunk-MLFXKAZX.js";
import {
  assertConfigSound
} from "./chunk-D64RV72G.js";
import {
  createGitHubForge
} from "./chunk-PSTTDM47.js";
import "./chunk-LVUGKCVX.js";
import {
  createOctokit
} from "./chunk-YR6EM3JT.js";
import "./chunk-YDI6AOID.js";
import "./chunk-JRGQ7BIS.js";
import {
  fetchBranch,
  fetchBranches
} from "./chunk-7CYNIJV5.js";
import {
  systemClock
} from "./chunk-OSDM3B4E.js";
import "./chunk-XSZJ7D6U.js";
import "./chunk-KV3JNNM3.js";
import "./chunk-M2QRR7AK.js";
import "./chunk-QNGC6G24.js";
import "./chunk-7KYRHF44.js";
import "./chunk-YO32VXJS.js";
import "./chunk-E4NN37I7.js";
import "./chunk-7DYZ5OKU.js";
import "./chunk-SW6LTCAU.js";
import "./chunk-WF7FCXME.js";
import {
  costOf
} from "./chunk-U4ZCRPO5.js";
import {
  entryPath,
  parseEntryPath,
  parseJsonBytes
} from "./chunk-A5JTEFZF.js";
import {
  PROMPTS_ROOT,
  idOfPromptPath,
  objectsNamedBy,
  promptObjectProblem
} from "./chunk-DW3TUGME.js";
import {
  LedgerEntry,
  Plan,
  serializeEntry
} from "./chunk-E677WRFC.js";
import "./chunk-JEBWAO7G.js";
import "./chunk-TOOXQAFB.js";
import {
  Task,
  taskKey
} from "./chunk-CRLBIX5N.js";
import "./chunk-OJX3CLAV.js";
import "./chunk-OMXXCWD7.js";
import "./chunk-53PWU2L4.js";
import "./chunk-UO6V55NV.js";
import "./chunk-LBO5STXY.js";
import "./chunk-JSOWHKFK.js";
import {
  personaFolder
} from "./chunk-4GYJU3D3.js";
import "./chunk-56SP7YYP.js";
import "./chunk-3C35IUPH.js";
import "./chunk-7REA5PZY.js";
import "./chunk-V62ESCJZ.js";
import {
  sha256
} from "./chunk-PRCMZNRS.js";
import "./chunk-7D2IJALN.js";
import "./chunk-4IVWAEM2.js";
import {
  GateVerdict
} from "./chunk-OZ4QZEIA.js";
import "./chunk-MU7G7UNU.js";
import "./chunk-LGNR2EHT.js";
import "./chunk-AF7KBKLQ.js";
import "./chunk-C56QB4EX.js";
import {
  InputError
} from "./chunk-BXJ33WYV.js";
import "./chunk-IQ3FLNVD.js";
import {
  WorkInfo
} from "./chunk-WW2WXWHE.js";
import {
  external_exports
} from "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/app/github-job.ts
import { rm as rm2 } from "node:fs/promises";
import { join as join5 } from "node:path";

// src/jobs/accept-spool.ts
import { isUtf8 } from "node:buffer";
import { lstat, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, posix } from "node:path";
var WORK_EVENTS = /* @__PURE__ */ new Set([
  "attempt",
  "gate",
  "asked",
  "declined",
  "failed",
  "shadow"
]);
var SPOOL_CAPS = {
  entries: 400,
  entryBytes: 512e3,
  totalBytes: 8e6,
  /** Prompt objects (ledger/prompt-objects.ts): the texts and shown files prompts were built from. */
  objects: 2e3,
  objectBytes: 4e6,
  objectsTotalBytes: 64e6
};
async function listFiles(dir, rel = "") {
  const files = [];
  const problems = [];
  let names;
  try {
    names = await readdir(join(dir, rel), { withFileTypes: true });
  } catch {
    return { files, problems };
  }
  for (const n of names) {
    const path = rel ? `${rel}/${n.name}` : n.name;
    const info = await lstat(join(dir, path));
    if (info.isSymbolicLink()) problems.push(`${path}: a symlink`);
    else if (info.isDirectory()) {
      const sub = await listFiles(dir, path);
      files.push(...sub.files);
      problems.push(...sub.problems);
    } else if (!info.isFile()) problems.push(`${path}: not a regular file`);
    else files.push({ path, size: info.size });
    if (files.length > SPOOL_CAPS.entries + SPOOL_CAPS.objects) {
      problems.push(`more than ${SPOOL_CAPS.entries + SPOOL_CAPS.objects} files`);
      break;
    }
  }
  return { files, problems };
}
async function acceptIntakeSpool(spoolDir, listed) {
  const entries = [];
  const problems = [];
  for (const ref of listed) {
    const object = idOfPromptPath(ref.path);
    if (!object && !/^ledger\/\d{4}\/\d{2}\/[a-z0-9][a-z0-9._-]*\/[0-9A-Z]{26}-[a-z]+\.json$/.test(ref.path)) {
      problems.push(`${ref.path}: not a ledger entry path`);
      continue;
    }
    const file = join(spoolDir, ...ref.path.split("/"));
    const info = await lstat(file).catch(() => void 0);
    if (!info) continue;
    if (!info.isFile()) {
      problems.push(`${ref.path}: not a regular file`);
      continue;
    }
    const bytes = await readFile(file);
    const problem = object ? promptObjectProblem(ref.path, bytes) : void 0;
    if (sha256(bytes) !== ref.sha256) problems.push(`${ref.path}: not the bytes intake wrote`);
    else if (problem) problems.push(`${ref.path}: ${problem}`);
    else entries.push({ path: ref.path, bytes });
  }
  return problems.length ? { ok: false, problems } : { ok: true, entries };
}
async function acceptWorkSpool(spoolDir, expect) {
  const { files, problems } = await listFiles(spoolDir);
  const key = taskKey(expect.task);
  const first = expect.intake.find((e) => e.path.startsWith("ledger/"));
  const folder = first ? posix.dirname(first.path) : void 0;
  const known = new Set(expect.intake.map((e) => sha256(e.bytes)));
  let total = 0;
  const parsed = [];
  const objectFiles = [];
  for (const f of files) {
    if (problems.length) break;
    const at = (why) => problems.push(`${f.path}: ${why}`);
    if (f.path.startsWith(PROMPTS_ROOT)) {
      objectFiles.push(f);
      continue;
    }
    if (!f.path.endsWith(".json")) {
      at("not a .json ledger entry");
      continue;
    }
    if (f.size > SPOOL_CAPS.entryBytes) {
      at(`${f.size} bytes, above the ${SPOOL_CAPS.entryBytes}-byte cap for one entry`);
      continue;
    }
    total += f.size;
    if (total > SPOOL_CAPS.totalBytes) {
      at(`the spool passes the ${SPOOL_CAPS.totalBytes}-byte cap`);
      continue;
    }
    const bytes = await readFile(join(spoolDir, ...f.path.split("/")));
    let entry;
    try {
      entry = LedgerEntry.parse(parseJsonBytes(bytes));
    } catch {
      at(isUtf8(bytes) ? "not a valid ledger entry" : "not a valid ledger entry: not UTF-8 text");
      continue;
    }
    if (serializeEntry(entry) !== bytes.toString("utf8")) {
      at("not in the canonical form AIOS writes");
      continue;
    }
    const hopPlan = entry.event === "planned" && entry.data.hop ? expect.hops?.[entry.data.hop.n - 1] : void 0;
    if (!WORK_EVENTS.has(entry.event) && !hopPlan) {
      at(`a "${entry.event}" entry, which the work job may not write`);
      continue;
    }
    if (entry.event === "planned" && hopPlan?.persona !== entry.data.persona) {
      at(`a handoff to ${entry.data.persona}, which is not the handoff deliver derived`);
      continue;
    }
    if (entry.task !== expect.task) {
      at(`belongs to ${entry.task}, not ${expect.task}`);
      continue;
    }
    const matches = (p) => entry.rule.id === p.rule.id && entry.rule.configHash === p.configHash && entry.work.kind === p.kind && entry.work.risk === p.risk;
    if (hopPlan ? !matches(hopPlan) : ![expect.plan, ...expect.hops ?? []].some(matches)) {
      at("its rule or work does not match the plan");
      continue;
    }
    const where = parseEntryPath(f.path);
    const canonicalDir = folder ?? where?.folder ?? posix.dirname(f.path);
    if (!where || where.key !== key || f.path !== entryPath(canonicalDir, entry)) {
      at(`not at its canonical path (${entryPath(canonicalDir, entry)})`);
      continue;
    }
    if (entry.event === "attempt") {
      const model = expect.config.models[entry.cost.price.model];
      const shadowId = model?.shadowModel;
      const shadow = shadowId ? expect.config.models[shadowId] : void 0;
      const want = model ? costOf(
        entry.usage,
        model.billing,
        { model: entry.cost.price.model, ...model.price },
        shadow && shadowId ? { model: shadowId, ...shadow.price } : void 0
      ) : void 0;
      if (!want) {
        at(`model ${entry.cost.price.model} is not in the config`);
        continue;
      }
      if (JSON.stringify(want) !== JSON.stringify(entry.cost)) {
        at(
          `its cost (${entry.cost.actualMicros} actual, ${entry.cost.shadowMicros} shadow micro-dollars) does not match its usage at the configured prices (${want.actualMicros}, ${want.shadowMicros})`
        );
        continue;
      }
    }
    parsed.push({ path: f.path, bytes, entry });
  }
  if (problems.length) return { ok: false, problems };
  for (const e of parsed) known.add(sha256(e.bytes));
  for (const e of parsed) {
    if (e.entry.prev === null || !known.has(e.entry.prev))
      problems.push(`${e.path}: its prev does not name an entry of this run`);
  }
  if (problems.length) return { ok: false, problems };
  const objects = await acceptObjects(
    spoolDir,
    objectFiles,
    parsed.map((p) => p.entry),
    problems
  );
  if (problems.length) return { ok: false, problems };
  return { ok: true, entries: parsed.map(({ path, bytes }) => ({ path, bytes })), objects };
}
async function acceptObjects(spoolDir, files, entries, problems) {
  const named = /* @__PURE__ */ new Set();
  for (const e of entries) for (const { id } of objectsNamedBy(e)) named.add(id);
  const out = [];
  let total = 0;
  for (const f of files) {
    const id = idOfPromptPath(f.path);
    if (!id) problems.push(`${f.path}: not a prompt object path (prompts/<2 hex>/<38 hex>)`);
    else if (f.size > SPOOL_CAPS.objectBytes)
      problems.push(
        `${f.path}: ${f.size} bytes, above the ${SPOOL_CAPS.objectBytes}-byte cap for one object`
      );
    else if ((total += f.size) > SPOOL_CAPS.objectsTotalBytes)
      problems.push(
        `${f.path}: the spool's objects pass the ${SPOOL_CAPS.objectsTotalBytes}-byte cap`
      );
    else if (named.has(id)) {
      const bytes = await readFile(join(spoolDir, ...f.path.split("/")));
      const problem = promptObjectProblem(f.path, bytes);
      if (problem) problems.push(`${f.path}: ${problem}`);
      else out.push({ path: f.path, bytes });
    }
  }
  return out;
}
async function admitSpools(options) {
  const intake = await acceptIntakeSpool(options.planSpool, options.listed);
  if (!intake.ok) return { refused: intake.problems.map((p) => `intake spool ${p}`), work: [] };
  let work = [];
  let objects = [];
  const refused = [];
  if (options.work) {
    const verdict = await acceptWorkSpool(options.workSpool, {
      ...options.work,
      intake: intake.entries
    });
    if (verdict.ok) {
      work = verdict.entries;
      objects = verdict.objects ?? [];
    } else refused.push(...verdict.problems.map((p) => `work spool ${p}`));
  }
  for (const [from, entries] of [
    [options.planSpool, intake.entries],
    [options.workSpool, [...work, ...objects]]
  ]) {
    for (const e of entries) {
      const to = join(options.deliverSpool, ...e.path.split("/"));
      await mkdir(dirname(to), { recursive: true });
      await writeFile(to, e.bytes);
      await rm(join(from, ...e.path.split("/")), { force: true });
    }
  }
  return { refused, work };
}
function costOfEntries(entries) {
  const total = { actualMicros: 0, shadowMicros: 0, calls: 0, inputTokens: 0, outputTokens: 0 };
  for (const e of entries) {
    const entry = LedgerEntry.parse(parseJsonBytes(e.bytes));
    if (entry.event !== "attempt" || entry.data.purpose === "shadow") continue;
    total.actualMicros += entry.cost.actualMicros;
    total.shadowMicros += entry.cost.shadowMicros;
    total.calls += 1;
    total.inputTokens += entry.usage.inputTokens;
    total.outputTokens += entry.usage.outputTokens;
  }
  return total;
}
async function spoolRefs(spoolDir) {
  const { files } = await listFiles(spoolDir);
  const refs = [];
  for (const f of files.filter((x) => x.path.endsWith(".json") || idOfPromptPath(x.path)))
    refs.push({
      path: f.path,
      sha256: sha256(await readFile(join(spoolDir, ...f.path.split("/"))))
    });
  return refs.sort((a, b) => a.path.localeCompare(b.path));
}
async function seedSpool(from, to, listed) {
  const copied = [];
  for (const ref of listed) {
    const src = join(from, ...ref.path.split("/"));
    const bytes = await readFile(src).catch(() => void 0);
    if (!bytes || sha256(bytes) !== ref.sha256) continue;
    const dst = join(to, ...ref.path.split("/"));
    await mkdir(dirname(dst), { recursive: true });
    await writeFile(dst, bytes);
    copied.push(dst);
  }
  return copied;
}

// src/jobs/artifacts.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { join as join4 } from "node:path";

// src/jobs/plan-artifact.ts
import { lstat as lstat2, readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";
var Reply = external_exports.discriminatedUnion("kind", [
  external_exports.object({
    kind: external_exports.literal("ask"),
    stage: external_exports.enum(["plan", "work", "gate"]),
    reason: external_exports.string(),
    questions: external_exports.array(external_exports.string())
  }),
  external_exports.object({ kind: external_exports.literal("comment"), marker: external_exports.string(), body: external_exports.string() }),
  external_exports.object({
    kind: external_exports.literal("stop"),
    by: external_exports.string(),
    label: external_exports.string(),
    work: WorkInfo.optional(),
    rule: external_exports.object({ id: external_exports.string(), configHash: external_exports.string() }).optional()
  }),
  external_exports.object({
    /** `/aios revert` by an approver (checked by intake against the forge): jobs/revert-request.ts. */
    kind: external_exports.literal("revert"),
    by: external_exports.string(),
    task: external_exports.string(),
    reason: external_exports.string().optional(),
    /** The delivered commits to undo, newest first, and the branch they were delivered on. */
    commits: external_exports.array(external_exports.string().regex(/^[0-9a-f]{40}$/)).min(1),
    from: external_exports.string(),
    deliveredPr: external_exports.string(),
    work: WorkInfo,
    rule: external_exports.object({ id: external_exports.string(), configHash: external_exports.string() })
  })
]);
var SpooledEntryRef = external_exports.object({
  path: external_exports.string(),
  sha256: external_exports.string().regex(/^[0-9a-f]{64}$/)
});
var common = {
  version: external_exports.literal(1),
  /** Why, for the job log. */
  note: external_exports.string(),
  /** The ledger entries intake spooled beside the plan: deliver accepts only these from intake. */
  ledger: external_exports.array(SpooledEntryRef).optional()
};
var PlanArtifact = external_exports.discriminatedUnion("decision", [
  external_exports.object({ ...common, decision: external_exports.literal("ignore") }),
  external_exports.object({
    ...common,
    decision: external_exports.literal("reply"),
    issueNumber: external_exports.number().int().positive(),
    task: Task.optional(),
    reply: Reply
  }),
  external_exports.object({
    ...common,
    decision: external_exports.literal("work"),
    issueNumber: external_exports.number().int().positive(),
    task: Task,
    plan: Plan,
    humanAnswer: external_exports.string().optional(),
    /** A PR task's changed paths, as the forge listed them at intake (a context candidate class). */
    changedPaths: external_exports.array(external_exports.string().min(1).max(4096)).max(3e3).optional(),
    /** Branch to deliver to: `aios/issue-<n>`, or the head of the labelled PR (re-checked by deliver). */
    branch: external_exports.string(),
    /** `login <id+login@users.noreply.github.com>` of the person who started the work. */
    coAuthor: external_exports.string()
  })
]);
var PLAN_DIR = "plan";
var PLAN_FILE = "plan.json";
var PLAN_SPOOL = "ledger-spool";
var MAX_PLAN_BYTES = 2e6;
function serializePlan(plan) {
  return `${JSON.stringify(PlanArtifact.parse(plan), null, 2)}
`;
}
async function readPlanArtifact(artifactDir, expectedSha256) {
  const file = join2(artifactDir, PLAN_DIR, PLAN_FILE);
  if (!expectedSha256 || !/^[0-9a-f]{64}$/.test(expectedSha256)) {
    throw new InputError(
      `The plan's sha256 (the intake job's output plan-sha256) is missing or malformed: "${expectedSha256 ?? ""}".`,
      [{ field: "with.plan-sha256", message: "expected 64 lower-case hex digits" }],
      {
        hint: "Pass `plan-sha256: ${{ needs.intake.outputs.plan-sha256 }}` to the work and deliver steps."
      }
    );
  }
  let bytes;
  try {
    const info = await lstat2(file);
    if (!info.isFile()) throw new Error("not a regular file (a symlink or a folder)");
    if (info.size > MAX_PLAN_BYTES)
      throw new Error(`${info.size} bytes, above the ${MAX_PLAN_BYTES}-byte cap`);
    bytes = await readFile2(file);
  } catch (cause) {
    throw new InputError(`Cannot read the plan artifact ${file}: ${String(cause)}.`, [], {
      cause,
      hint: "Download the intake artifact by name into its own folder (<artifact-dir>/plan)."
    });
  }
  const actual = sha256(bytes);
  if (actual !== expectedSha256) {
    throw new InputError(
      `The plan artifact ${file} is not the one intake wrote: its sha256 is ${actual}, intake published ${expectedSha256}.`,
      [{ location: { file }, message: "sha256 mismatch" }],
      { hint: "Something between intake and this job replaced the plan; nothing was done." }
    );
  }
  let json;
  try {
    json = parseJsonBytes(bytes);
  } catch (cause) {
    throw new InputError(`The plan artifact ${file} is not JSON.`, [], { cause });
  }
  const result = PlanArtifact.safeParse(json);
  if (!result.success) {
    throw new InputError(
      `The plan artifact ${file} is not valid.`,
      result.error.issues.map((i) => ({
        location: { file },
        field: i.path.map(String).join("."),
        message: i.message
      }))
    );
  }
  return result.data;
}

// src/jobs/work-artifact.ts
import { lstat as lstat3, readFile as readFile3 } from "node:fs/promises";
import { join as join3 } from "node:path";
var CostTotals = external_exports.object({
  actualMicros: external_exports.number().int().nonnegative(),
  shadowMicros: external_exports.number().int().nonnegative(),
  calls: external_exports.number().int().nonnegative(),
  inputTokens: external_exports.number().int().nonnegative(),
  outputTokens: external_exports.number().int().nonnegative()
});
var WorkArtifact = external_exports.object({
  version: external_exports.literal(1),
  /**
   * Declines the work job followed to another persona (`pipeline/decline-handoff.ts`), and the
   * plan the last persona worked under. deliver re-derives both (`jobs/handoff-check.ts`).
   */
  handoffs: Hops.optional(),
  plan: Plan.optional(),
  outcome: external_exports.discriminatedUnion("status", [
    external_exports.object({
      status: external_exports.literal("accepted"),
      files: external_exports.array(external_exports.object({ path: external_exports.string(), content: external_exports.string() })),
      summary: external_exports.string(),
      attempts: external_exports.array(
        external_exports.object({ attempt: external_exports.number().int().positive(), verdicts: external_exports.array(GateVerdict) })
      ),
      cost: CostTotals,
      by: external_exports.object({
        provider: external_exports.string(),
        model: external_exports.string(),
        modelId: external_exports.string(),
        scripted: external_exports.boolean()
      })
    }),
    external_exports.object({
      status: external_exports.literal("asked"),
      stage: external_exports.enum(["work", "gate"]),
      reason: external_exports.string(),
      questions: external_exports.array(external_exports.string()),
      cost: CostTotals
    }),
    external_exports.object({ status: external_exports.literal("declined"), reason: external_exports.string(), cost: CostTotals }),
    external_exports.object({
      status: external_exports.literal("failed"),
      stage: external_exports.enum(["work", "gate", "budget"]),
      reason: external_exports.string(),
      cost: CostTotals
    })
  ])
});
var WORK_DIR = "work";
var WORK_FILE = "work.json";
var WORK_SPOOL = "ledger-spool";
var MAX_WORK_BYTES = 2e7;
async function readWorkArtifact(artifactDir) {
  const file = join3(artifactDir, WORK_DIR, WORK_FILE);
  const info = await lstat3(file).catch(() => void 0);
  if (!info) return void 0;
  if (!info.isFile() || info.size > MAX_WORK_BYTES) {
    throw new InputError(
      `The work artifact ${file} is refused: ${info.isFile() ? `${info.size} bytes, above the ${MAX_WORK_BYTES}-byte cap` : "not a regular file (a symlink or a folder)"}.`
    );
  }
  let json;
  try {
    json = JSON.parse(await readFile3(file, "utf8"));
  } catch (cause) {
    throw new InputError(`The work artifact ${file} is not JSON.`, [], { cause });
  }
  const result = WorkArtifact.safeParse(json);
  if (!result.success) {
    throw new InputError(
      `The work artifact ${file} is not valid.`,
      result.error.issues.map((i) => ({
        location: { file },
        field: i.path.map(String).join("."),
        message: i.message
      }))
    );
  }
  return result.data;
}

// src/jobs/artifacts.ts
async function writePlanArtifact(artifactDir, plan) {
  const dir = join4(artifactDir, PLAN_DIR);
  await mkdir2(dir, { recursive: true });
  const text = serializePlan(plan);
  await writeFile2(join4(dir, PLAN_FILE), text);
  return sha256(text);
}
async function writeWorkArtifact(artifactDir, work) {
  const dir = join4(artifactDir, WORK_DIR);
  await mkdir2(dir, { recursive: true });
  const file = join4(dir, WORK_FILE);
  await writeFile2(file, `${JSON.stringify(WorkArtifact.parse(work), null, 2)}
`);
  return file;
}

// src/app/classify-provider.ts
function classifyProvider(config, env, inputs) {
  if (!config.classify) return void 0;
  const providers = /* @__PURE__ */ new Map();
  return (modelId, model) => {
    let p = providers.get(modelId);
    if (!p) {
      const keyEnv = model.provider === "openai" ? model.apiKeyEnv : void 0;
      const withKey = keyEnv === "GITHUB_TOKEN" && !env.GITHUB_TOKEN && inputs.githubToken ? { ...env, GITHUB_TOKEN: inputs.githubToken } : env;
      const providerEnv = inputs.ollamaHost ? { ...withKey, OLLAMA_HOST: inputs.ollamaHost } : withKey;
      p = import("./create-provider-DFYUY62U.js").then(
        ({ createProvider }) => createProvider(modelId, model, { env: providerEnv })
      );
      providers.set(modelId, p);
    }
    return p;
  };
}

// src/jobs/plan-models.ts
function modelsOfPlan(taskId, plan, config) {
  const shadow = shadowChoice(taskId, plan, config);
  return [
    .../* @__PURE__ */ new Set([
      ...plan.models,
      ...(plan.cascade ?? []).flatMap((c) => c.models),
      ...shadow.type === "shadow" ? [shadow.modelId] : []
    ])
  ];
}

// src/app/github-job.ts
async function runGitHubJobWith(inputs, env, io, known) {
  const { event, config, repoDir } = known;
  const { owner, repo, defaultBranch } = repoOf(event);
  const clock = systemClock();
  const retries = env.AIOS_GITHUB_RETRIES === void 0 ? void 0 : Number(env.AIOS_GITHUB_RETRIES);
  const octokit = createOctokit({
    token: inputs.githubToken,
    baseUrl: env.GITHUB_API_URL,
    retries,
    log: (m) => io.info(m)
  });
  const forge = createGitHubForge({
    octokit,
    owner,
    repo,
    repoDir,
    defaultBranch,
    needsHumanLabel: config.config.intake.needsHumanLabel,
    // With a GitHub App token (AIOS_BOT_LOGIN=<slug>[bot]) AIOS's comments carry the App's login.
    botLogin: env.AIOS_BOT_LOGIN?.trim() || void 0,
    // The comment id AIOS recorded with its last delivery for the issue (ledger, `delivered`).
    recordedComment: async (issue, marker) => {
      if (marker !== "aios:delivered") return void 0;
      let id;
      for await (const e of ledger.entries({ task: `${owner}/${repo}#${issue}` }))
        if (e.event === "delivered" && e.data.comment?.issue === issue) id = e.data.comment.id;
      return id;
    }
  });
  const personas = personaFolder(inputs.personas);
  await assertConfigSound(config, personas);
  const planSpool = join5(inputs.artifactDir, PLAN_DIR, PLAN_SPOOL);
  const workSpool = join5(inputs.artifactDir, WORK_DIR, WORK_SPOOL);
  const spoolDir = {
    intake: planSpool,
    work: workSpool,
    deliver: join5(inputs.artifactDir, "deliver-spool"),
    signoff: void 0,
    stop: void 0
  }[inputs.command];
  let opened;
  const open = () => opened ??= GitLedgerStore.open({
    repoDir,
    gitDir: known.gitDir,
    branch: config.config.ledger.branch,
    remote: "origin",
    clock,
    spoolDir,
    // The job's only writer of the ledger ref: a task's history is read once between fetches.
    cacheTaskReads: true
  });
  const ledger = {
    readRef: `refs/remotes/origin/${config.config.ledger.branch}`,
    append: async (draft) => (await open()).append(draft),
    flush: async () => (await open()).flush(),
    head: async (task) => (await open()).head(task),
    keep: async (objects) => (await open()).keep(objects),
    entries: (filter) => ({
      async *[Symbol.asyncIterator]() {
        yield* (await open()).entries(filter);
      }
    })
  };
  const fetchLedger = async () => {
    const branch = config.config.ledger.branch;
    if (await fetchBranch(repoDir, "origin", branch, ledger.readRef).catch(() => void 0))
      (await open()).noteFetched();
  };
  const log = (line) => io.info(line);
  switch (inputs.command) {
    case "intake": {
      const { intakeJob } = await import("./intake-job-5HDN6IX4.js");
      let learned;
      const artifact = await intakeJob(event, {
        forge,
        config,
        ledger,
        personas,
        clock,
        disabledByVariable: env.AIOS_ENABLED?.trim().toLowerCase() === "false",
        log,
        // A rule's `learn` clause reads the outcome cells of the ledger branch on origin:
        // fetched and read once for the job, however many rules ask.
        learning: () => learned ??= (async () => {
          await fetchLedger();
          const { ledgerLearning } = await import("./ledger-learning-OYN6CCXP.js");
          return ledgerLearning(repoDir, ledger.readRef, config.config)();
        })(),
        // The classifier call, when `classify:` is set (app/classify-provider.ts).
        provider: classifyProvider(config.config, env, inputs)
      });
      const planSha256 = await writePlanArtifact(inputs.artifactDir, {
        ...artifact,
        ledger: await spoolRefs(planSpool)
      });
      const keys = [
        ...new Set(
          // With a cascade's and a shadow run's models (jobs/plan-models.ts).
          (artifact.decision === "work" ? modelsOfPlan(artifact.task.id, artifact.plan, config.config) : []).map((m) => config.config.models[m]).flatMap((m) => m?.provider === "openai" ? [m.apiKeyEnv] : [])
        )
      ];
      return {
        outputs: {
          decision: artifact.decision,
          "api-keys": JSON.stringify(keys),
          "plan-sha256": planSha256,
          // Starts the stop job (actions: write), which cancels the task's runs in flight.
          stop: String(artifact.decision === "reply" && artifact.reply.kind === "stop")
        },
        summary: `AIOS intake: ${artifact.decision} (${artifact.note}).
`,
        failed: false
      };
    }
    case "work": {
      const plan = await readPlanArtifact(inputs.artifactDir, inputs.planSha256);
      if (plan.decision !== "work")
        return {
          outputs: { status: "skipped" },
          summary: "AIOS: no work was planned.\n",
          failed: false
        };
      const ref = await workspaceRef(repoDir, plan);
      const { verifyModelDigests } = await import("./model-digest-OWVB6UMP.js");
      const planModels = modelsOfPlan(plan.task.id, plan.plan, config.config);
      await verifyModelDigests(
        planModels,
        config.config,
        inputs.ollamaHost ? { ...env, OLLAMA_HOST: inputs.ollamaHost } : env
      );
      const [
        { openGitWorkspace },
        { workJob },
        { defaultGates },
        { createProvider },
        { readMonthSpend }
      ] = await Promise.all([
        import("./workspace-Q6JQBTOL.js"),
        import("./work-job-7UHZ5C4V.js"),
        import("./default-gates-3WMADSEJ.js"),
        import("./create-provider-DFYUY62U.js"),
        import("./month-spend-2WM3DN22.js")
      ]);
      const workspace = await openGitWorkspace(repoDir, ref);
      const seeded = await seedSpool(planSpool, workSpool, plan.ledger ?? []);
      const providers = /* @__PURE__ */ new Map();
      const providerEnv = inputs.ollamaHost ? { ...env, OLLAMA_HOST: inputs.ollamaHost } : env;
      const { runDoctor, formatReport } = await import("./doctor-5BMUF4OJ.js");
      for (const report of await runDoctor({
        config: config.config,
        env: providerEnv,
        models: planModels,
        call: false
      }))
        for (const text of formatReport(report)) log(text);
      const stop = stopOnSignals(log);
      try {
        const result = await workJob(plan, {
          config,
          personas,
          gates: defaultGates(),
          ledger,
          workspace,
          clock,
          provider: async (modelId, model) => {
            let p = providers.get(modelId);
            if (!p)
              providers.set(
                modelId,
                p = await createProvider(modelId, model, { env: providerEnv })
              );
            return p;
          },
          // Month, tier and person budgets: this month's spend from the ledger branch on origin.
          pastSpend: async () => {
            await fetchLedger();
            return readMonthSpend({ repoDir, ref: ledger.readRef, now: clock.now() });
          },
          progress: {
            routed: () => void 0,
            modelStart: ({ modelId, persona, attempt }) => log(`${persona} working on ${modelId} (attempt ${attempt})`),
            modelProgress: () => void 0,
            modelEnd: ({ modelId, ok }) => log(`${modelId} ${ok ? "answered" : "call failed"}`),
            gate: (v, attempt) => log(
              `attempt ${attempt}: ${v.gate} ${v.pass ? "passed" : `sent the work back (${v.findings.length} finding(s))`}`
            ),
            note: log
          },
          signal: stop.signal,
          // The repository's check command runs in this job's checkout (a PR's head: a worktree).
          checkout: ref === "HEAD" ? inPlaceCheckout(repoDir) : refCheckout(repoDir, ref)
        });
        if (!result)
          return {
            outputs: { status: "skipped" },
            summary: "AIOS: no work was planned.\n",
            failed: false
          };
        await writeWorkArtifact(inputs.artifactDir, result);
        return {
          outputs: { status: result.outcome.status },
          summary: `AIOS work: ${result.outcome.status}.
`,
          failed: false
        };
      } finally {
        stop.dispose();
        await workspace.close();
        await Promise.all(seeded.map((f) => rm2(f, { force: true })));
      }
    }
    case "deliver": {
      let plan = await readPlanArtifact(inputs.artifactDir, inputs.planSha256);
      let work = await readWorkArtifact(inputs.artifactDir);
      const handoff = plan.decision === "work" && work?.handoffs?.length ? await (await import("./handoff-check-I3PIHNYK.js")).checkReportedHandoffs(plan, work, { personas, config }) : void 0;
      if (handoff?.ok && plan.decision === "work") plan = { ...plan, plan: handoff.final };
      const admitted = await admitSpools({
        planSpool,
        workSpool,
        deliverSpool: spoolDir ?? "",
        listed: plan.ledger ?? [],
        work: plan.decision === "work" ? {
          task: plan.task.id,
          plan: handoff?.ok ? handoff.first : plan.plan,
          hops: handoff?.ok ? handoff.hops : void 0,
          config: config.config
        } : void 0
      });
      const refused = [...handoff && !handoff.ok ? [handoff.reason] : [], ...admitted.refused];
      for (const r of refused) log(`refused: ${r}`);
      if (work && !refused.length)
        work = { ...work, outcome: { ...work.outcome, cost: costOfEntries(admitted.work) } };
      const [{ deliverJob }, { whyNotWanted }, { switchedOffOnDefaultBranch }] = await Promise.all([
        import("./deliver-job-QGFTIDYD.js"),
        import("./still-wanted-FA6NFOHJ.js"),
        import("./default-branch-LU4MHWNT.js")
      ]);
      const result = await deliverJob(plan, work, {
        forge,
        ledger,
        config,
        personas,
        clock,
        log,
        refused,
        // An App token (its bot login set in AIOS_BOT_LOGIN) triggers CI; the job token does not.
        checksRun: Boolean(env.AIOS_BOT_LOGIN?.trim()),
        whyNotWanted: async (p) => {
          const branch = config.config.ledger.branch;
          await fetchBranches(repoDir, "origin", [
            { branch, into: ledger.readRef },
            { branch: defaultBranch, into: `refs/remotes/origin/${defaultBranch}` }
          ]);
          (await open()).noteFetched();
          return whyNotWanted(p, {
            forge,
            ledger,
            config,
            disabledByVariable: env.AIOS_ENABLED?.trim().toLowerCase() === "false",
            switchedOff: () => switchedOffOnDefaultBranch(repoDir, defaultBranch, { fetched: true })
          });
        }
      });
      return {
        outputs: { outcome: result.outcome, ...result.prUrl ? { "pr-url": result.prUrl } : {} },
        summary: result.summary,
        failed: result.outcome === "failed"
      };
    }
    case "stop": {
      const plan = await readPlanArtifact(inputs.artifactDir, inputs.planSha256);
      if (plan.decision !== "reply" || plan.reply.kind !== "stop")
        return { outputs: { cancelled: "[]" }, summary: "AIOS: no stop.\n", failed: false };
      const ownRunId = Number(env.GITHUB_RUN_ID);
      if (!Number.isSafeInteger(ownRunId) || ownRunId <= 0)
        throw new InputError(`GITHUB_RUN_ID is not a run id: "${env.GITHUB_RUN_ID ?? ""}".`, [], {
          hint: "Run the stop step as a job of the AIOS workflow."
        });
      const [{ cancelTaskRuns }, { githubWorkflowRuns }] = await Promise.all([
        import("./stop-runs-3TP5RJPI.js"),
        import("./github-workflow-runs-ZZNNN562.js")
      ]);
      const result = await cancelTaskRuns(
        githubWorkflowRuns(octokit, owner, repo),
        { issueNumber: plan.issueNumber, ownRunId },
        log
      );
      return {
        outputs: { cancelled: JSON.stringify(result.cancelled) },
        summary: `AIOS stop: ${result.cancelled.length} run(s) of #${plan.issueNumber} cancelled.
`,
        failed: false
      };
    }
    case "signoff": {
      const { signoffJob } = await import("./signoff-job-SWIG6C2P.js");
      const result = await signoffJob(event, { forge, ledger, config, log });
      return {
        outputs: { recorded: result.recorded ?? "nothing" },
        summary: result.summary,
        failed: false
      };
    }
  }
}
async function workspaceRef(repoDir, plan) {
  if (plan.task.source.type !== "issue" || !plan.task.source.isPullRequest || !plan.branch)
    return "HEAD";
  const into = `refs/remotes/origin/${plan.branch}`;
  const fetched = await fetchBranch(repoDir, "origin", plan.branch, into).catch(() => "failed");
  return fetched === "fetched" ? into : "HEAD";
}
export {
  runGitHubJobWith
};
