import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { LoadedConfig } from '../config/load-config.js';
import { InputError, type InputIssue } from '../core/errors.js';
import { ruleLaneIssues } from '../routing/check-rule-lanes.js';
import { checkEvalFiles, lintStandards, parseLintPersonas } from './lint-files.js';
import { frontMatterLine } from './load-personas.js';
import { standardsDirFor, type Standard } from './load-standards.js';
import type { Persona } from './persona-schema.js';

/** One finding of `aios personas lint`. Errors fail the lint; warnings are reported. */
export interface LintFinding extends InputIssue {
  readonly severity: 'error' | 'warning';
  readonly rule: string;
}

export interface LintResult {
  readonly personas: readonly Persona[];
  readonly findings: readonly LintFinding[];
  readonly errors: number;
  readonly warnings: number;
}

/** The placeholder `personas import` leaves at the start of a field it could not map. */
const TODO = /^TODO\b/;

/**
 * Lint a persona folder against the config and the standards: schema (every file), duplicate
 * names and descriptions, TODO placeholders left by `personas import`, handoffs to unknown
 * personas, writes globs that match everything, standards cited that do not exist, tiers the
 * config lacks, rules that send a persona a kind it does not accept (errors); kinds no rule
 * routes to and missing eval files (warnings).
 */
export async function lintPersonas(options: {
  dir: string;
  config: LoadedConfig;
  configText?: string | undefined;
  standardsDir?: string | undefined;
}): Promise<LintResult> {
  const { dir } = options;
  const { config } = options.config;
  const findings: LintFinding[] = [];
  const add = (severity: 'error' | 'warning', rule: string, issue: InputIssue) =>
    findings.push({ ...issue, severity, rule });

  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.md') && n !== 'README.md')
      .sort();
  } catch (cause) {
    throw new InputError(`Cannot read the persona folder ${dir}.`, [], { cause });
  }
  let standards: ReadonlyMap<string, Standard> = new Map();
  try {
    standards = lintStandards(options.standardsDir ?? standardsDirFor(dir));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const i of error.issues) add('error', 'standard-schema', i);
  }

  // Read synchronously, as loadPersonas does: sixty small files, and start-up matters.
  const read = names.map((name) => readFileSync(join(dir, name), 'utf8'));
  const folder = await parseLintPersonas(dir, names, read);
  for (const i of folder.issues) add('error', 'schema', i);
  const personas: Persona[] = folder.parsed.map((p) => p.persona);
  // Each persona's text as read, by its file, for the line numbers of later findings.
  const texts = new Map(names.map((name, i) => [join(dir, name), read[i] ?? '']));
  const writesEverything = new Set<Persona>();
  for (const p of folder.parsed) if (p.writesEverything) writesEverything.add(p.persona);
  // Every eval file named that exists, checked here too, so a broken one fails lint before CI
  // runs it. Each file looked up and read once, however many personas name it.
  const evalPathOf = (evals: string) => (isAbsolute(evals) ? evals : join(dirname(dir), evals));
  const evalTexts = new Map<string, string>();
  for (const p of personas) {
    const file = p.evals && evalPathOf(p.evals);
    if (file && !evalTexts.has(file) && existsSync(file))
      evalTexts.set(file, readFileSync(file, 'utf8'));
  }
  const evalProblems = await checkEvalFiles([...evalTexts].map(([file, text]) => ({ file, text })));

  const byName = new Map<string, Persona>();
  const byDescription = new Map<string, string>();
  for (const p of personas) {
    const text = texts.get(p.file) ?? '';
    const at = (field: string) => ({ file: p.file, line: frontMatterLine(text, field) });
    const lower = p.name.toLowerCase();
    if (byName.has(lower))
      add('error', 'duplicate-name', {
        location: at('name'),
        field: 'name',
        message: `"${p.name}" is also ${byName.get(lower)?.file}`,
      });
    byName.set(lower, p);
    const desc = p.description.trim().toLowerCase();
    const twin = byDescription.get(desc);
    if (twin)
      add('error', 'duplicate-description', {
        location: at('description'),
        field: 'description',
        message: `same description as ${twin}: the router and the lane screen cannot tell them apart`,
      });
    byDescription.set(desc, p.name);

    // The placeholders `personas import` writes, field by field (a description that merely
    // mentions TODO comments is not one).
    const todos = [
      p.kinds.includes('todo') && 'kinds',
      p.owner === 'TODO' && 'owner',
      TODO.test(p.description) && 'description',
      p.declines.some((d) => TODO.test(d.say)) && 'declines',
      /^TODO:/m.test(p.instructions) && 'instructions',
    ].filter((f): f is string => typeof f === 'string');
    for (const field of todos)
      add('error', 'todo', {
        location: at(field === 'instructions' ? 'name' : field),
        field,
        message: 'TODO left by `aios personas import`: fill it in',
      });
    if (writesEverything.has(p))
      add('error', 'writes-everything', {
        location: at('writes'),
        field: 'writes',
        message: `[${p.writes.join(', ')}] matches every path; name the folders this role writes`,
      });
    if (p.tier && !config.tiers[p.tier])
      add('error', 'unknown-tier', {
        location: at('tier'),
        field: 'tier',
        message: `no tier named "${p.tier}" (config has ${Object.keys(config.tiers).join(', ')})`,
      });
    const missing = p.standards.filter((s) => !standards.has(s));
    if (missing.length)
      add('error', 'unknown-standard', {
        location: at('standards'),
        field: 'standards',
        message: `cites ${missing.map((m) => `standards/${m}.md`).join(', ')}, which does not exist`,
      });
    for (const kind of p.kinds) {
      if (kind === 'todo') continue;
      const routed = config.rules.some(
        (r) => r.route.persona === p.name && (!r.when.kinds || r.when.kinds.includes(kind)),
      );
      if (!routed)
        add('warning', 'kind-not-routed', {
          location: at('kinds'),
          field: 'kinds',
          message: `no rule routes ${config.kinds[kind] ? 'kind' : 'unknown kind'} ${kind} to ${p.name} (reachable only by handoff or /aios route)`,
        });
    }
    if (p.evals) {
      const evalPath = evalPathOf(p.evals);
      if (evalTexts.has(evalPath)) {
        for (const i of evalProblems.get(evalPath) ?? []) add('error', 'eval-schema', i);
      } else
        add('warning', 'missing-evals', {
          location: at('evals'),
          field: 'evals',
          message: `${p.evals} does not exist`,
        });
    } else
      add('warning', 'missing-evals', {
        location: { file: p.file },
        field: 'evals',
        message: 'no eval file named',
      });
  }
  for (const p of personas) {
    const text = texts.get(p.file) ?? '';
    p.declines.forEach((d, i) => {
      if (d.handoff && !byName.has(d.handoff.toLowerCase()))
        add('error', 'unknown-handoff', {
          location: { file: p.file, line: frontMatterLine(text, 'declines') },
          field: `declines[${i}].handoff`,
          message: `no persona named "${d.handoff}"`,
        });
      if (d.handoff === p.name)
        add('error', 'self-handoff', {
          location: { file: p.file, line: frontMatterLine(text, 'declines') },
          field: `declines[${i}].handoff`,
          message: 'a persona cannot hand off to itself',
        });
    });
  }
  const known = new Map(personas.map((p) => [p.name, p]));
  for (const i of ruleLaneIssues(options.config, known, options.configText))
    add(
      'error',
      i.message.startsWith('no persona') ? 'rule-unknown-persona' : 'rule-kind-outside-lane',
      i,
    );

  const errors = findings.filter((f) => f.severity === 'error').length;
  return { personas, findings, errors, warnings: findings.length - errors };
}
