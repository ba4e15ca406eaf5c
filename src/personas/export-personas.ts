import { stringify } from 'yaml';
import { InputError } from '../core/errors.js';
import type { Persona } from './persona-schema.js';

/** Where each tool keeps its agents, relative to the repository root. */
export const EXPORT_TARGETS = {
  claude: { dir: '.claude/agents', suffix: '.md' },
  copilot: { dir: '.github/agents', suffix: '.agent.md' },
} as const;
export type ExportTarget = keyof typeof EXPORT_TARGETS;

/** Copilot's limit on a custom agent's prompt (GitHub docs, custom agents configuration). */
export const COPILOT_MAX_BODY = 30_000;

/**
 * Claude Code tool names → Copilot custom-agent tool aliases (read, edit, search, execute,
 * web, agent, todo). MCP tools `mcp__server__tool` become Copilot's `server/tool`.
 */
const CLAUDE_TO_COPILOT: Readonly<Record<string, string>> = {
  Read: 'read',
  NotebookRead: 'read',
  Edit: 'edit',
  MultiEdit: 'edit',
  Write: 'edit',
  NotebookEdit: 'edit',
  Grep: 'search',
  Glob: 'search',
  LS: 'search',
  Bash: 'execute',
  WebFetch: 'web',
  WebSearch: 'web',
  Task: 'agent',
  TodoWrite: 'todo',
};

/** A persona's tools as a list (the front matter allows `Read, Edit` or `[Read, Edit]`). */
export function toolList(tools: Persona['tools']): string[] {
  if (tools === undefined) return [];
  const list = typeof tools === 'string' ? tools.split(',') : tools;
  return list.map((t) => t.trim()).filter(Boolean);
}

/** Map Claude Code tool names to Copilot aliases; what has no alias is reported. */
export function copilotTools(tools: readonly string[]): { tools: string[]; unmapped: string[] } {
  const out = new Set<string>();
  const unmapped: string[] = [];
  for (const t of tools) {
    const alias = CLAUDE_TO_COPILOT[t];
    const mcp = /^mcp__([^_]+(?:_[^_]+)*)__(.+)$/.exec(t);
    if (alias) out.add(alias);
    else if (mcp) out.add(`${mcp[1]}/${mcp[2]}`);
    else unmapped.push(t);
  }
  return { tools: [...out], unmapped };
}

/**
 * The persona's lane in words, appended to the exported body: in an editor there is no router,
 * so the agent itself must know what it writes and what it hands off.
 */
function laneSection(p: Persona): string {
  const lines = ['', '## Lane', ''];
  lines.push(`- Role: ${p.role}. Kinds of work: ${p.kinds.join(', ')}.`);
  lines.push(
    `- Writes only: ${p.writes.length ? p.writes.map((w) => `\`${w}\``).join(', ') : 'nothing (returns findings only)'}.`,
  );
  for (const d of p.declines)
    lines.push(`- Declines: ${d.say}${d.handoff ? ` (hand off to ${d.handoff})` : ''}.`);
  if (p.standards.length) lines.push(`- Standards: ${p.standards.join(', ')}.`);
  return lines.join('\n');
}

/** One exported file. */
export interface ExportedFile {
  readonly path: string;
  readonly content: string;
  /** What the target format could not carry (tools without an alias). */
  readonly dropped: readonly string[];
}

/**
 * Export one persona. Claude Code keeps `name`, `description`, `tools` (comma-separated) and
 * `model`, and drops the AIOS fields (the lane goes into the body). Copilot gets tool aliases
 * and the AIOS fields as string `metadata`; a body over 30,000 characters is refused.
 */
export function exportPersona(p: Persona, to: ExportTarget): ExportedFile {
  const body = `${p.instructions}\n${laneSection(p)}\n`;
  const target = EXPORT_TARGETS[to];
  const path = `${target.dir}/${p.name}${target.suffix}`;
  const tools = toolList(p.tools);
  if (to === 'claude') {
    const front: Record<string, unknown> = { name: p.name, description: p.description };
    if (tools.length) front.tools = tools.join(', ');
    if (p.model) front.model = p.model;
    return {
      path,
      content: `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body}`,
      dropped: [],
    };
  }
  if (body.length > COPILOT_MAX_BODY)
    throw new InputError(`Persona ${p.name} is too long for a Copilot custom agent.`, [
      {
        location: { file: p.file },
        message: `the body with its lane is ${body.length} characters; Copilot allows ${COPILOT_MAX_BODY}`,
      },
    ]);
  const mapped = copilotTools(tools);
  const front: Record<string, unknown> = { name: p.name, description: p.description };
  if (mapped.tools.length) front.tools = mapped.tools;
  if (p.model) front.model = p.model;
  front.metadata = {
    'aios-role': p.role,
    'aios-kinds': p.kinds.join(','),
    ...(p.tier ? { 'aios-tier': p.tier } : {}),
    'aios-writes': p.writes.join(','),
    'aios-owner': p.owner,
    'aios-version': String(p.version),
    ...(p.standards.length ? { 'aios-standards': p.standards.join(',') } : {}),
  };
  return {
    path,
    content: `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body}`,
    dropped: mapped.unmapped.map((t) => `tool ${t}`),
  };
}

/**
 * Export every persona; all or nothing: one refusal fails the export before a file is written.
 */
export function exportPersonas(personas: readonly Persona[], to: ExportTarget): ExportedFile[] {
  const out: ExportedFile[] = [];
  const problems: InputError[] = [];
  for (const p of personas) {
    try {
      out.push(exportPersona(p, to));
    } catch (e) {
      if (e instanceof InputError) problems.push(e);
      else throw e;
    }
  }
  if (problems.length)
    throw new InputError(
      `${problems.length} persona(s) cannot be exported to ${to}; nothing was written.`,
      problems.flatMap((p) => p.issues),
    );
  return out;
}
