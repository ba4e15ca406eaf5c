import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { InputError } from '../core/errors.js';
import { splitFrontMatter } from '../core/yaml-source.js';

/** Which format a file was read as. */
export type ImportFormat = 'claude' | 'copilot' | 'agency-agents';

/** Copilot aliases and VS Code tool names → Claude Code tool names (AIOS's `tools`). */
const COPILOT_TO_CLAUDE: Readonly<Record<string, readonly string[]>> = {
  read: ['Read'],
  edit: ['Edit', 'Write'],
  search: ['Grep', 'Glob'],
  execute: ['Bash'],
  shell: ['Bash'],
  web: ['WebFetch'],
  agent: ['Task'],
  todo: ['TodoWrite'],
  codebase: ['Grep', 'Glob'],
  editfiles: ['Edit', 'Write'],
  'edit/editfiles': ['Edit', 'Write'],
  runcommands: ['Bash'],
  fetch: ['WebFetch'],
};

const CLAUDE_TOOLS = new Set([
  'Read',
  'Write',
  'Edit',
  'MultiEdit',
  'Grep',
  'Glob',
  'LS',
  'Bash',
  'WebFetch',
  'WebSearch',
  'Task',
  'TodoWrite',
  'NotebookRead',
  'NotebookEdit',
]);

/** What happened to one imported file. */
export interface ImportReport {
  readonly source: string;
  readonly format: ImportFormat;
  readonly persona: string;
  readonly path: string;
  readonly content: string;
  readonly mapped: readonly string[];
  readonly dropped: readonly string[];
  readonly todo: readonly string[];
}

/** kebab-case id from a display name ("Frontend Developer" → frontend-developer). */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'imported'
  );
}

function detect(file: string, front: Record<string, unknown>): ImportFormat {
  if (file.endsWith('.agent.md')) return 'copilot';
  const name = typeof front.name === 'string' ? front.name : '';
  const agencyKeys = ['emoji', 'vibe'].some((k) => k in front);
  if (agencyKeys || /[A-Z\s]/.test(name)) return 'agency-agents';
  return 'claude';
}

function asList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => String(x).trim()).filter(Boolean);
  if (typeof v === 'string')
    return v
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  return [];
}

/** The role line of agency-agents bodies ("**Role**: …"), else the display name. */
function roleFrom(body: string, fallback: string): string {
  const m = /\*\*Role\*\*\s*:?\s*(.+)/i.exec(body);
  return (m?.[1] ?? fallback).replace(/\*+/g, '').trim().slice(0, 200) || fallback;
}

/**
 * Convert one Claude Code subagent, Copilot custom agent or agency-agents markdown file into an
 * AIOS persona. Fields with a counterpart are mapped; `kinds`, `writes` and `declines` cannot be
 * inferred safely, so they are left as TODO that `aios personas lint` refuses until a person
 * fills them in. Everything else is dropped and reported.
 */
export function importAgent(text: string, file: string): ImportReport {
  const doc = splitFrontMatter(text, file);
  const parsed = parseDocument(doc.frontMatter);
  if (parsed.errors.length)
    throw new InputError(`${file} has front matter that is not valid YAML.`, [
      {
        location: { file, line: 2 },
        message: parsed.errors[0]?.message.split('\n')[0] ?? 'bad YAML',
      },
    ]);
  const raw: unknown = parsed.toJS();
  const front: Record<string, unknown> =
    raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const format = detect(file, front);
  const mapped: string[] = [];
  const dropped: string[] = [];
  const stem = basename(file).replace(/\.agent\.md$|\.md$/, '');
  const displayName =
    typeof front.name === 'string' && front.name.trim() ? front.name.trim() : stem;
  const name = slugify(format === 'claude' ? displayName : displayName || stem);
  mapped.push('name');
  const description =
    typeof front.description === 'string' && front.description.trim().length >= 10
      ? front.description.trim().slice(0, 1024)
      : undefined;
  if (description) mapped.push('description');

  const tools: string[] = [];
  for (const t of asList(front.tools)) {
    if (format === 'copilot' || format === 'agency-agents') {
      const claude = COPILOT_TO_CLAUDE[t.toLowerCase()] ?? (CLAUDE_TOOLS.has(t) ? [t] : undefined);
      if (claude) tools.push(...claude);
      else dropped.push(`tool ${t}`);
    } else if (CLAUDE_TOOLS.has(t) || t.startsWith('mcp__')) tools.push(t);
    else dropped.push(`tool ${t}`);
  }
  if ('tools' in front) mapped.push('tools');
  const model = typeof front.model === 'string' ? front.model : undefined;
  if (model) mapped.push('model');

  // A Copilot agent exported by AIOS carries its lane in metadata: take it back.
  const meta =
    front.metadata && typeof front.metadata === 'object'
      ? (front.metadata as Record<string, unknown>)
      : {};
  const kinds = asList(meta['aios-kinds']);
  const writes = asList(meta['aios-writes']);
  const standards = asList(meta['aios-standards']);
  const tier = typeof meta['aios-tier'] === 'string' ? meta['aios-tier'] : undefined;
  const metaRole = typeof meta['aios-role'] === 'string' ? meta['aios-role'] : undefined;
  for (const key of Object.keys(front))
    if (
      !['name', 'description', 'tools', 'model'].includes(key) &&
      !(key === 'metadata' && kinds.length)
    )
      dropped.push(key);
  for (const key of Object.keys(meta))
    if (!key.startsWith('aios-')) dropped.push(`metadata.${key}`);

  const body = doc.body.replace(/\n## Lane\n[\s\S]*$/, '').trim();
  const role = metaRole ?? roleFrom(body, displayName);
  const todo: string[] = [];
  const out: Record<string, unknown> = {
    name,
    description: description ?? `TODO: say when to use ${displayName}, in one or two sentences.`,
  };
  if (!description) todo.push('description');
  if (tools.length) out.tools = [...new Set(tools)];
  if (model) out.model = model;
  out.role = role;
  out.kinds = kinds.length ? kinds : ['todo'];
  if (!kinds.length) todo.push('kinds');
  out.declines = [{ say: 'TODO: what this persona refuses, and who takes it (handoff)' }];
  todo.push('declines');
  if (tier) out.tier = tier;
  out.writes = writes;
  if (!writes.length) todo.push('writes');
  out.owner = 'TODO';
  todo.push('owner');
  out.version = 1;
  out.evals = `personas/evals/${name}.yml`;
  if (standards.length) out.standards = standards;
  const instructions = body.length >= 40 ? body : `${body}\n\nTODO: say how this persona works.`;
  return {
    source: file,
    format,
    persona: name,
    path: `${name}.md`,
    content: `---\n${stringify(out, { lineWidth: 0 })}---\n\n${instructions}\n`,
    mapped,
    dropped,
    todo,
  };
}

/** Every markdown file under a folder (Claude's `.claude/agents`, Copilot's `.github/agents`, or any). */
async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter(
      (e) =>
        e.isFile() &&
        e.name.endsWith('.md') &&
        !/^(README|CONTRIBUTING|CHANGELOG|LICENSE)/i.test(e.name),
    )
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Read a folder of agents and convert each file; a file without front matter is reported as
 * skipped, not fatal. Two agents that map to the same id are an error (nothing is written).
 */
export async function importAgents(
  dir: string,
): Promise<{ reports: ImportReport[]; skipped: { file: string; reason: string }[] }> {
  let files: string[];
  try {
    files = await markdownFiles(dir);
  } catch (cause) {
    throw new InputError(`Cannot read ${dir}.`, [], { cause });
  }
  const reports: ImportReport[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    try {
      reports.push(importAgent(text, relative(process.cwd(), file) || file));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      skipped.push({ file, reason: e.message.split('\n')[0] ?? e.message });
    }
  }
  const seen = new Map<string, string>();
  for (const r of reports) {
    const other = seen.get(r.persona);
    if (other)
      throw new InputError(
        `Two agents map to the persona id "${r.persona}"; nothing was written.`,
        [{ location: { file: r.source }, message: `same id as ${other}` }],
      );
    seen.set(r.persona, r.source);
  }
  return { reports, skipped };
}
