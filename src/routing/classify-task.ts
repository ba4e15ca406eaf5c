import type { AiosConfig } from '../config/config-schema.js';
import type { Task } from '../core/task.js';
import { pathsNamedIn } from '../core/task-paths.js';
import { Size } from '../core/work.js';
import { globMatcher } from './compiled-globs.js';
import { compiledRouting } from './compiled-rules.js';

/**
 * Where a classified field came from, in the order they are consulted: what the task itself
 * named (a task file's front matter, `--kind`), its labels, the GitHub issue-form fields, the
 * paths and file types its text names, then the classifier model. `default`: nothing said.
 */
export type FieldSource = 'task' | 'labels' | 'issue-form' | 'paths' | 'classifier' | 'default';

/** Kind, client and estimate of a task, each with where it came from (recorded in `planned`). */
export interface Classification {
  readonly kind?: string | undefined;
  /** Kinds still in the running when no source decided: what the question lists. */
  readonly candidates: readonly string[];
  readonly client?: string | undefined;
  readonly estimate?: Task['estimate'];
  readonly sources: {
    readonly kind: FieldSource;
    readonly client: FieldSource;
    readonly estimate: FieldSource;
  };
  /** The classifier's confidence, when it named the kind. */
  readonly confidence?: number | undefined;
  /** How the kind was (or was not) decided, one line per source consulted, for the trace. */
  readonly notes: readonly string[];
}

/** The sections GitHub renders for an issue form's fields: `### Kind\n\nvalue`. */
const FORM_SECTION = /^###[ \t]+(.+?)[ \t]*\r?\n([\s\S]*?)(?=^###[ \t]|(?![\s\S]))/gm;

/**
 * The fields of an issue-form body by lower-cased heading. GitHub writes `_No response_` for an
 * optional field left empty; that is no value. A dropdown's value is its option's text.
 */
export function issueFormFields(body: string): Map<string, string> {
  const fields = new Map<string, string>();
  if (!body.includes('###')) return fields; // most bodies: no form, no regex scan
  for (const m of body.matchAll(FORM_SECTION)) {
    const heading = (m[1] ?? '').trim().toLowerCase();
    const value = (m[2] ?? '').trim();
    if (!heading || !value || value === '_No response_') continue;
    if (!fields.has(heading)) fields.set(heading, value);
  }
  return fields;
}

/**
 * An estimate as a person writes it: `S`/`M`/`L`, `90`, `90m`, `1.5h`, `2 hours`, `1h30m`
 * (minutes, whole and positive), else undefined. Task files, labels and issue forms alike.
 */
export function parseEstimate(text: string): Task['estimate'] | undefined {
  const t = text.trim();
  const size = Size.safeParse(t.toUpperCase());
  if (size.success) return size.data;
  const m =
    /^(?:(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\s*(\d+)\s*(?:m|min|mins|minutes?)|(\d+(?:\.\d+)?)\s*(m|min|mins|minutes?|h|hrs?|hours?)?)$/i.exec(
      t,
    );
  if (!m) return undefined;
  const minutes =
    m[1] !== undefined
      ? Math.round(Number(m[1]) * 60 + Number(m[2]))
      : Math.round(/^h/i.test(m[4] ?? '') ? Number(m[3]) * 60 : Number(m[3]));
  return minutes > 0 ? minutes : undefined;
}

/** `client:acme`, `size:S`, `estimate:90m` labels: the prefix, then the value. */
function labelValue(labels: readonly string[], prefix: string): string | undefined {
  for (const label of labels) {
    const m = /^([\w-]+)\s*[:/=]\s*(.+)$/.exec(label.trim());
    if (m && m[1]?.toLowerCase() === prefix && m[2]) return m[2].trim();
  }
  return undefined;
}

/** The kind a form's `Kind` field names: its id, or a kind whose label or description it is. */
function kindNamed(value: string, config: AiosConfig): string | undefined {
  const v = value.trim().toLowerCase();
  const byId = Object.keys(config.kinds).find((id) => id.toLowerCase() === v);
  if (byId) return byId;
  // A dropdown option written as `writing — Draft or revise prose` names its id first.
  const head = /^([\w-]+)/.exec(v)?.[1];
  const byHead = Object.keys(config.kinds).find((id) => id.toLowerCase() === head);
  if (byHead) return byHead;
  const byLabel = compiledRouting(config).kindsByLabel.get(v);
  return byLabel?.length === 1 ? byLabel[0] : undefined;
}

/** Kinds whose `paths` globs match the paths the text names, the most matches first; ties kept. */
function kindsByPaths(paths: readonly string[], config: AiosConfig): string[] {
  let best = 0;
  let kinds: string[] = [];
  for (const [id, kind] of Object.entries(config.kinds)) {
    if (!kind.paths.length) continue;
    const isMatch = globMatcher(kind.paths);
    const n = paths.filter((p) => isMatch(p)).length;
    if (n === 0 || n < best) continue;
    if (n > best) kinds = [];
    best = n;
    kinds.push(id);
  }
  return kinds;
}

/**
 * Classify a task without a model: kind, client and estimate each from the first source that
 * says, in order — the task itself, labels, issue-form fields, named paths and file types. A
 * source that names two kinds narrows the candidates; a later source may pick among them. When
 * no source decides, `kind` is unset and `candidates` lists what a person (or the classifier)
 * chooses from.
 */
export function classifyTask(task: Task, config: AiosConfig): Classification {
  const form = issueFormFields(task.body);
  const notes: string[] = [];

  // Kind.
  let kind: string | undefined;
  let kindSource: FieldSource = 'default';
  let candidates: string[] = [];
  const consider = (source: FieldSource, found: readonly string[]) => {
    if (kind || found.length === 0) return;
    const narrowed = candidates.length ? found.filter((k) => candidates.includes(k)) : [...found];
    if (narrowed.length === 1) {
      kind = narrowed[0];
      kindSource = source;
      notes.push(`kind ${kind} from ${source}`);
    } else if (narrowed.length > 1) {
      candidates = narrowed;
      notes.push(`${source} name more than one kind: ${narrowed.join(', ')}`);
    } else notes.push(`${source} name ${found.join(', ')}, none of ${candidates.join(', ')}`);
  };
  if (task.kind) consider('task', [task.kind]);
  const { kindsByLabel, kindOrder } = compiledRouting(config);
  const byLabels = new Set<string>();
  for (const label of task.labels)
    for (const k of kindsByLabel.get(label.toLowerCase()) ?? []) byLabels.add(k);
  consider(
    'labels',
    [...byLabels].sort((x, y) => (kindOrder.get(x) ?? 0) - (kindOrder.get(y) ?? 0)),
  );
  const formKind = form.get('kind');
  if (formKind) {
    const named = kindNamed(formKind, config);
    if (named) consider('issue-form', [named]);
    else notes.push(`issue-form Kind "${formKind}" is not a kind of the config`);
  }
  // Paths only when no earlier source decided, and only when some kind names file globs.
  if (!kind && compiledRouting(config).kindsWithPaths)
    consider('paths', kindsByPaths(pathsNamedIn(`${task.title}\n${task.body}`), config));
  if (kind) candidates = [kind];

  // Client.
  let client: string | undefined;
  let clientSource: FieldSource = 'default';
  const formClient = form.get('client');
  const labelClient = labelValue(task.labels, 'client');
  if (task.client) [client, clientSource] = [task.client, 'task'];
  else if (labelClient) [client, clientSource] = [labelClient, 'labels'];
  else if (formClient) [client, clientSource] = [formClient.split('\n')[0]?.trim(), 'issue-form'];

  // Estimate (a size or minutes).
  let estimate: Task['estimate'];
  let estimateSource: FieldSource = 'default';
  const fromLabel =
    parseOr(labelValue(task.labels, 'estimate')) ?? parseOr(labelValue(task.labels, 'size'));
  const fromForm = parseOr(form.get('estimate')) ?? parseOr(form.get('size'));
  if (task.estimate !== undefined) [estimate, estimateSource] = [task.estimate, 'task'];
  else if (fromLabel !== undefined) [estimate, estimateSource] = [fromLabel, 'labels'];
  else if (fromForm !== undefined) [estimate, estimateSource] = [fromForm, 'issue-form'];

  return {
    kind,
    candidates,
    client,
    estimate,
    sources: { kind: kindSource, client: clientSource, estimate: estimateSource },
    notes,
  };
}

function parseOr(text: string | undefined): Task['estimate'] | undefined {
  return text === undefined ? undefined : parseEstimate(text);
}
