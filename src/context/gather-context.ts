import picomatch from 'picomatch';
import type { ContextRecord, ContextWhy, ShownItem } from '../core/context-record.js';
import type { Task } from '../core/task.js';
import { pathsNamedIn } from '../core/task-paths.js';
import { excerptOf, renderExcerpt } from './excerpt.js';
import {
  describeExclusion,
  excludedByContent,
  excludedByName,
  type ExclusionReason,
} from './exclusions.js';
import { pathScore, queryTerms } from './query-terms.js';
import { estimateCounter, type TokenCounter } from './token-counter.js';
import type { Lesson } from './lesson-index.js';
import type { MapFile } from './repo-map.js';
import type { RetrievedChunk } from './repo-index.js';
import type { TreeEntry, Workspace } from './workspace.js';

export interface ContextFile {
  readonly path: string;
  /** What the persona is shown: the whole file, or an excerpt with line numbers. */
  readonly content: string;
  readonly blob: string;
  /** Line ranges shown (1-based, inclusive) when the file was cut; absent when whole. */
  readonly ranges?: readonly (readonly [number, number])[] | undefined;
  readonly tokens: number;
  readonly score: number;
  /** Why it was included: named in the task, changed on the PR branch, in the lane, … */
  readonly why: ContextWhy;
}

export interface GatheredContext {
  readonly files: readonly ContextFile[];
  /** Tokens of the whole prompt (when a renderer was given) or of the files alone. */
  readonly tokens: number;
  /** The first few files that fit the criteria but not the budget: the persona is told they exist. */
  readonly omitted: readonly string[];
  /** How many files were left out in all. */
  readonly omittedCount: number;
  /** The task body as shown: cut with a note when it alone would not fit. */
  readonly taskBody: string;
  /** Notes for the persona: named files that are never shown, and why. */
  readonly notes: readonly string[];
  /** What was shown and why, for the `attempt` entries. */
  readonly record: ContextRecord;
}

/** The whole prompt for a context, to count: the pipeline passes its prompt builder. */
export type PromptRenderer = (context: GatheredContext) => readonly { content: string }[];

export interface GatherOptions {
  workspace: Workspace;
  task: Task;
  laneGlobs: readonly string[];
  /** The prompt budget in tokens: the tier's context budget minus the output cap. */
  maxTokens: number;
  counter?: TokenCounter | undefined;
  /** A person's `/aios answer` replies: the files they name count as named. */
  answers?: string | undefined;
  /** Files changed on the PR branch (PR tasks). */
  changedPaths?: readonly string[] | undefined;
  /** The prompt builder, so the whole prompt (not only the files) is held to the budget. */
  render?: PromptRenderer | undefined;
  /** Tokens kept free for what later attempts add (gate findings). */
  reserveTokens?: number | undefined;
  /** Search over the repository's index; without it candidates are ranked by path alone. */
  retrieve?: ((terms: readonly string[]) => readonly RetrievedChunk[]) | undefined;
  /** How `retrieve` searches: lexical (BM25) alone, or fused with semantic search. */
  retrieval?: 'lexical' | 'lexical+semantic' | undefined;
  /** Past outcomes chosen for this task (best first): shown as lessons within their share. */
  lessons?: readonly Lesson[] | undefined;
  /** The repository map for code, seeded by the task's files (named, changed, best of the lane). */
  repoMap?:
    ((seeds: readonly string[], terms: readonly string[]) => readonly MapFile[]) | undefined;
}

const TEXT_FILE =
  /\.(md|markdown|mdx|txt|rst|adoc|html?|php|phtml|inc|js|mjs|cjs|ts|tsx|jsx|css|scss|sass|less|json|ya?ml|toml|ini|xml|svg|py|rb|go|rs|java|kt|swift|c|h|cc|cpp|hpp|cs|sh|bash|sql|twig|blade\.php|vue|svelte|astro|liquid|hbs|mustache|njk|csv|tsv)$/i;

/** Shares of the files budget per kind of candidate, in priority order; unused share flows on. */
const QUOTAS: readonly { why: ContextWhy; share: number }[] = [
  { why: 'named', share: 0.4 },
  { why: 'changed', share: 0.15 },
  { why: 'lane', share: 0.3 },
  { why: 'retrieved', share: 0.15 },
];

/** At most this share of the files budget goes to lessons from past tasks. */
const LESSON_SHARE = 0.08;
/** The share of the files budget kept for the repository map, when there is one. */
const MAP_SHARE = 0.1;
/** How many of the lane's best files seed the map beside the named and changed ones. */
const MAP_LANE_SEEDS = 20;

/** At most this share of the budget goes to the task body; a longer body is cut with a note. */
const TASK_BODY_SHARE = 0.5;
/** How many omitted paths the persona is shown by name (the rest are a count). */
export const OMITTED_SHOWN = 10;
/** How many omitted paths the record keeps by name. */
const OMITTED_RECORDED = 25;

const FENCE = 'DATA-0123456789abcdef';

interface Candidate {
  readonly entry: TreeEntry;
  readonly why: ContextWhy;
  readonly score: number;
  /** Named and changed files are cut to fit rather than left out. */
  readonly mustShow: boolean;
}

/**
 * Choose what the persona reads, inside the prompt budget. Candidates come in priority order
 * (named in the task or an answer; changed on the PR branch; in the persona's lane, ranked by
 * how their paths match the task) with a share of the budget each. Selection works from sizes
 * first and reads only the blobs it means to send, in one pipelined batch per round. Files too
 * large for their share are cut to the ranges that match the task, with line numbers. Secret,
 * lock, vendored, generated, binary and gitignored files are never shown, even when named:
 * the persona gets a note instead. The task body counts against the budget.
 */
export async function gatherContext(options: GatherOptions): Promise<GatheredContext> {
  const counter = options.counter ?? estimateCounter;
  const { task } = options;
  const entries = await entriesOf(options.workspace);
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const terms = new Set(queryTerms(`${task.title}\n${task.body}\n${options.answers ?? ''}`));
  const notes: string[] = [];
  const excludedNote = (path: string, reason: ExclusionReason, where: string): void => {
    notes.push(`${path} is named in the ${where} but is not shown: ${describeExclusion(reason)}.`);
  };

  // ---- Candidates, in priority order ---------------------------------------------------------
  const taken = new Set<string>();
  const named: Candidate[] = [];
  const addNamed = (text: string, where: string): void => {
    for (const path of pathsNamedIn(text)) {
      const entry = byPath.get(path);
      if (!entry || taken.has(path)) continue;
      taken.add(path);
      const reason = excludedByName(path);
      if (reason) excludedNote(path, reason, where);
      else named.push({ entry, why: 'named', score: 1 + pathScore(path, terms), mustShow: true });
    }
  };
  addNamed(`${task.title}\n${task.body}`, 'task');
  if (options.answers) addNamed(options.answers, 'answer');
  // Dot-files (`.env`) escape the path pattern: a secret file named anywhere still gets its note.
  const said = `${task.title}\n${task.body}\n${options.answers ?? ''}`;
  const exclusion = new Map<string, ExclusionReason | undefined>();
  const excluded = (path: string): ExclusionReason | undefined => {
    if (!exclusion.has(path)) exclusion.set(path, excludedByName(path));
    return exclusion.get(path);
  };
  const short = said.length < 100_000;
  for (const entry of entries) {
    // On a short text the cheap test goes first; a megabyte of text is searched only for secrets.
    if (short && !said.includes(entry.path)) continue;
    if (taken.has(entry.path) || excluded(entry.path) !== 'secret') continue;
    if (!mentions(said, entry.path)) continue;
    taken.add(entry.path);
    excludedNote(entry.path, 'secret', 'task');
  }

  const changed: Candidate[] = [];
  for (const path of options.changedPaths ?? []) {
    const entry = byPath.get(path);
    if (!entry || taken.has(path) || excludedByName(path)) continue;
    taken.add(path);
    changed.push({ entry, why: 'changed', score: 1 + pathScore(path, terms), mustShow: true });
  }

  // The index's best chunks, summed per file (the best three count), rank what is retrieved.
  const retrievedScore = new Map<string, number>();
  const chunksSeen = new Map<string, number>();
  for (const c of options.retrieve?.([...terms]) ?? []) {
    const n = chunksSeen.get(c.path) ?? 0;
    if (n >= 3) continue;
    chunksSeen.set(c.path, n + 1);
    retrievedScore.set(c.path, (retrievedScore.get(c.path) ?? 0) + c.score);
  }
  // Outside the lane only the clearly relevant are worth their tokens: a quarter of the best.
  const floor = Math.max(0, ...retrievedScore.values()) / 4;
  for (const [path, score] of retrievedScore) if (score < floor) retrievedScore.delete(path);
  const inLane = options.laneGlobs.length
    ? picomatch([...options.laneGlobs], { dot: false })
    : () => false;
  const lane: Candidate[] = [];
  const retrieved: Candidate[] = [];
  for (const entry of entries) {
    const found = retrievedScore.get(entry.path);
    const inTheLane = TEXT_FILE.test(entry.path) && inLane(entry.path);
    if ((!inTheLane && found === undefined) || taken.has(entry.path) || excluded(entry.path))
      continue;
    const score = (found ?? 0) + pathScore(entry.path, terms);
    if (inTheLane) lane.push({ entry, why: 'lane', score, mustShow: false });
    else retrieved.push({ entry, why: 'retrieved', score, mustShow: false });
  }
  // Most relevant first; among equals the smallest, so more of them fit.
  const byRelevance = (a: Candidate, b: Candidate): number =>
    b.score - a.score || a.entry.size - b.entry.size || a.entry.path.localeCompare(b.entry.path);
  lane.sort(byRelevance);
  retrieved.sort(byRelevance);

  // Files the repository's ignore rules match are never shown (they can be committed by force).
  // Named and changed files are checked now (a named one gets a note); the rest only when
  // planned, so a 20,000-file lane costs one small check, not one of every path.
  const ignoredOf = async (paths: readonly string[]): Promise<ReadonlySet<string>> =>
    options.workspace.ignoredPaths && paths.length
      ? options.workspace.ignoredPaths(paths)
      : new Set<string>();
  const ignoredNow = await ignoredOf([...named, ...changed].map((c) => c.entry.path));
  const keep = (c: Candidate): boolean => {
    if (!ignoredNow.has(c.entry.path)) return true;
    if (c.why === 'named') excludedNote(c.entry.path, 'gitignored', 'task');
    return false;
  };
  const dropped = new Set<string>();
  const pools: Record<string, Candidate[]> = {
    named: named.filter(keep),
    changed: changed.filter(keep),
    lane,
    retrieved,
  };

  // ---- The task body and the fixed part of the prompt ------------------------------------------
  const budget = options.maxTokens;
  const draft = (files: ContextFile[], taskBody: string, omittedCount = 0): GatheredContext => ({
    files,
    tokens: 0,
    omitted: [],
    omittedCount,
    taskBody,
    notes,
    record: emptyRecord(budget, counter),
  });
  const promptTokens = (context: GatheredContext): number =>
    options.render
      ? options.render(context).reduce((n, m) => n + counter.count(m.content), 0)
      : context.files.reduce((n, f) => n + f.tokens, 0) +
        counter.count(`${task.title}\n${context.taskBody}\n${context.notes.join('\n')}`);

  let taskBody = task.body;
  let taskBodyCutAt: number | undefined;
  const fixed = promptTokens(draft([], ''));
  const bodyAllowance = Math.max(0, Math.floor(budget * TASK_BODY_SHARE) - fixed);
  if (counter.count(task.body) > bodyAllowance) {
    taskBodyCutAt = cutToTokens(task.body, bodyAllowance, counter);
    taskBody = cutTaskBody(task.body, taskBodyCutAt);
  }
  const overhead = promptTokens(draft([], taskBody));
  // Room for the omitted-files line and the notes, which are known only at the end.
  const omittedLine = counter.count(
    `Files that exist but did not fit (99999): ${'x'.repeat(60)}, `.repeat(OMITTED_SHOWN),
  );
  const reserve = Math.max(0, options.reserveTokens ?? 0);
  let room = Math.max(0, budget - overhead - reserve - omittedLine);

  // ---- Selection: plan from sizes, read what will be sent, place with exact counts ------------
  const files: ContextFile[] = [];
  const considered = new Set<string>();
  const blockTokens = (path: string, content: string): number =>
    counter.count(`<<<${FENCE} file ${path}\n${content}\n${FENCE}>>>\n\n`);
  const estimate = (c: Candidate): number =>
    Math.ceil(c.entry.size / (counter.exact ? 3 : 4)) + 12 + Math.ceil(c.entry.path.length / 3);

  const place = async (pool: Candidate[], allowance: number): Promise<number> => {
    let left = allowance;
    // Plan: the candidates whose estimate fits, plus those cut to fit (named, changed, or
    // relevant by path), until the allowance is spoken for. Nothing is read yet.
    const planned: Candidate[] = [];
    let planLeft = allowance;
    for (const c of pool) {
      if (considered.has(c.entry.path)) continue;
      if (planLeft <= 40) break;
      const est = estimate(c);
      if (est <= planLeft) {
        planned.push(c);
        planLeft -= est;
      } else if (c.mustShow || c.score > 0) {
        planned.push(c);
        planLeft = 0;
      }
    }
    if (planned.length === 0) return allowance;
    const ignoredPlanned = await ignoredOf(
      planned.filter((c) => !c.mustShow).map((c) => c.entry.path),
    );
    for (const c of planned) {
      if (!ignoredPlanned.has(c.entry.path)) continue;
      considered.add(c.entry.path);
      dropped.add(c.entry.path);
    }
    planned.splice(0, planned.length, ...planned.filter((c) => !dropped.has(c.entry.path)));
    const blobs = await readBlobs(
      options.workspace,
      planned.map((c) => c.entry),
    );
    for (const c of planned) {
      considered.add(c.entry.path);
      const bytes = blobs.get(c.entry.blob);
      if (!bytes) continue;
      const reason = excludedByContent(bytes);
      if (reason) {
        if (c.why === 'named') excludedNote(c.entry.path, reason, 'task');
        continue;
      }
      const content = bytes.toString('utf8');
      const whole = blockTokens(c.entry.path, content);
      if (whole <= left) {
        files.push({ ...shownBase(c), content, tokens: whole });
        left -= whole;
        continue;
      }
      if (!(c.mustShow || c.score > 0) || left <= 40) continue;
      const cut = excerptOf(content, terms, (text) => blockTokens(c.entry.path, text) <= left);
      if (!cut) continue;
      const tokens = blockTokens(c.entry.path, cut.text);
      files.push({
        ...shownBase(c),
        content: cut.text,
        ranges: cut.ranges,
        tokens,
        score: c.score + cut.hits / 100,
      });
      left -= tokens;
    }
    return left;
  };

  // Lessons are short and few: placed first within their own small share, so the files'
  // quotas below are shares of what is left.
  const lessonRoom = Math.floor(room * LESSON_SHARE);
  let lessonUsed = 0;
  for (const l of options.lessons ?? []) {
    const path = `ledger:${l.task}`;
    const tokens = counter.count(`<<<${FENCE} lesson ${path}\n${l.text}\n${FENCE}>>>\n\n`);
    if (lessonUsed + tokens > lessonRoom) continue;
    files.push({ path, blob: l.lastEntry, content: l.text, tokens, score: l.score, why: 'lesson' });
    lessonUsed += tokens;
  }
  room -= lessonUsed;

  // The repository map: its own candidate source with its own share, placed after the quotas.
  const mapFiles =
    options.repoMap?.(
      [...(pools.named ?? []), ...(pools.changed ?? []), ...lane.slice(0, MAP_LANE_SEEDS)].map(
        (c) => c.entry.path,
      ),
      [...terms],
    ) ?? [];
  const mapReserve = mapFiles.length ? Math.floor(room * MAP_SHARE) : 0;
  room -= mapReserve;

  /** The map's files: only their definition lines (with scopes), as excerpts with line numbers. */
  async function placeMap(map: readonly MapFile[], allowance: number): Promise<number> {
    let left = allowance;
    const shown = new Set(files.map((f) => f.path));
    const wanted = map.filter((m) => !shown.has(m.path) && !excluded(m.path) && byPath.has(m.path));
    const blobs = await readBlobs(
      options.workspace,
      wanted.map((m) => byPath.get(m.path)).filter((e): e is TreeEntry => e !== undefined),
    );
    for (const m of wanted) {
      if (left <= 40) break;
      const bytes = blobs.get(m.blob);
      if (!bytes || excludedByContent(bytes)) continue;
      const ranges = m.lines.map((l) => [l, l] as const);
      const content = renderExcerpt(bytes.toString('utf8'), ranges);
      const tokens = blockTokens(m.path, content);
      if (tokens > left) continue;
      files.push({
        path: m.path,
        blob: m.blob,
        content,
        ranges,
        tokens,
        score: m.score,
        why: 'map',
      });
      left -= tokens;
    }
    return left;
  }

  const filesBudget = room;
  let carry = 0;
  for (const q of QUOTAS) {
    const pool = pools[q.why] ?? [];
    const allowance = Math.min(room, Math.floor(filesBudget * q.share) + carry);
    const left = await place(pool, allowance);
    room -= allowance - left;
    carry = left;
  }
  room += mapReserve;
  if (mapFiles.length) room = await placeMap(mapFiles, room);
  // What is still free goes to the candidates left, in priority order, a few rounds at most.
  for (let round = 0; round < 3 && room > 40; round++) {
    const before = room;
    for (const q of QUOTAS) {
      const left = await place(pools[q.why] ?? [], room);
      room = left;
    }
    if (room === before) break;
  }

  // ---- Omitted, and the final check of the whole prompt -----------------------------------------
  const shownPaths = (): Set<string> => new Set(files.map((f) => f.path));
  const omittedOf = (): Candidate[] => {
    const shown = shownPaths();
    return QUOTAS.flatMap((q) => pools[q.why] ?? []).filter(
      (c) => !shown.has(c.entry.path) && !dropped.has(c.entry.path),
    );
  };
  let result = finish(files, omittedOf());
  // The files were counted one by one; the prompt as a whole is the figure that must fit.
  while (result.tokens + reserve > budget && files.length > 0) {
    files.pop();
    result = finish(files, omittedOf());
  }
  return result;

  function finish(shown: ContextFile[], left: Candidate[]): GatheredContext {
    const context = draft([...shown], taskBody, left.length);
    const withOmitted: GatheredContext = {
      ...context,
      omitted: left.slice(0, OMITTED_SHOWN).map((c) => c.entry.path),
    };
    const tokens = promptTokens(withOmitted);
    const record: ContextRecord = {
      budget,
      tokens,
      tokenizer: counter.name,
      tokensExact: counter.exact,
      retrieval: options.retrieve ? (options.retrieval ?? 'lexical') : 'none',
      shown: shown.map((f): ShownItem => ({
        path: f.path,
        blob: f.blob,
        ...(f.ranges ? { ranges: f.ranges.map(([a, b]) => [a, b] as [number, number]) } : {}),
        tokens: f.tokens,
        score: Math.round(f.score * 1000) / 1000,
        why: f.why,
        ...(f.why === 'lesson' ? { text: f.content } : {}),
      })),
      omittedCount: left.length,
      omitted: left.slice(0, OMITTED_RECORDED).map((c) => ({
        path: c.entry.path,
        why: considered.has(c.entry.path) ? 'read, but did not fit' : 'did not fit the budget',
      })),
      notes: [...notes],
      ...(taskBodyCutAt !== undefined ? { taskBodyCutAt } : {}),
    };
    return { ...withOmitted, tokens, record };
  }
}

/** Whether `text` names `path` as a whole word (not as part of a longer name). */
function mentions(text: string, path: string): boolean {
  let at = text.indexOf(path);
  while (at >= 0) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + path.length] ?? ' ';
    if (!/[\w./-]/.test(before) && !/[\w/-]/.test(after)) return true;
    at = text.indexOf(path, at + 1);
  }
  return false;
}

/** The task body cut at `at` characters, with the note the persona reads. */
export function cutTaskBody(body: string, at: number): string {
  return (
    `${body.slice(0, at)}\n\n[The task text is cut here to fit the context budget: ${at} of ` +
    `${body.length} characters shown. The full text is in the ledger snapshot.]`
  );
}

function shownBase(c: Candidate): Omit<ContextFile, 'content' | 'tokens'> {
  return { path: c.entry.path, blob: c.entry.blob, score: c.score, why: c.why };
}

function emptyRecord(budget: number, counter: TokenCounter): ContextRecord {
  return {
    budget,
    tokens: 0,
    tokenizer: counter.name,
    tokensExact: counter.exact,
    retrieval: 'none',
    shown: [],
    omittedCount: 0,
    omitted: [],
    notes: [],
  };
}

/** The longest prefix of `text` (in characters) that is at most `tokens` tokens. */
function cutToTokens(text: string, tokens: number, counter: TokenCounter): number {
  let lo = 0;
  let hi = Math.min(text.length, Math.max(0, tokens) * 8);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (counter.count(text.slice(0, mid)) <= tokens) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The tree with sizes; a workspace without `listEntries` is read to learn them. */
async function entriesOf(workspace: Workspace): Promise<readonly TreeEntry[]> {
  if (workspace.listEntries) return workspace.listEntries();
  const out: TreeEntry[] = [];
  for (const path of await workspace.listFiles()) {
    const content = await workspace.readFile(path);
    if (content !== undefined)
      out.push({ path, blob: `path:${path}`, size: Buffer.byteLength(content) });
  }
  return out;
}

async function readBlobs(
  workspace: Workspace,
  entries: readonly TreeEntry[],
): Promise<Map<string, Buffer>> {
  if (workspace.readBlobs) return workspace.readBlobs(entries.map((e) => e.blob));
  const out = new Map<string, Buffer>();
  for (const e of entries) {
    const content = await workspace.readFile(e.path);
    if (content !== undefined) out.set(e.blob, Buffer.from(content));
  }
  return out;
}

/**
 * The context of a task shown no repository files (evals, exports): the task body as written,
 * nothing omitted, and a record that says so.
 */
export function taskOnlyContext(taskBody: string): GatheredContext {
  return {
    files: [],
    tokens: 0,
    omitted: [],
    omittedCount: 0,
    taskBody,
    notes: [],
    record: {
      budget: 0,
      tokens: 0,
      tokenizer: 'none',
      tokensExact: false,
      retrieval: 'none',
      shown: [],
      omittedCount: 0,
      omitted: [],
      notes: [],
    },
  };
}
