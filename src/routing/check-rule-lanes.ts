import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { LoadedConfig } from '../config/load-config.js';
import { InputError, type InputIssue } from '../core/errors.js';
import { packageRoot } from '../core/package-root.js';
import type { PersonaSource } from '../personas/load-personas.js';
import type { Persona } from '../personas/persona-schema.js';

/**
 * The line of a YAML path in a text (or undefined), for many paths of one text parsed once: a
 * config parse costs ~15 ms, and a persona folder missing the personas the rules name has one
 * issue per rule (59 for the shipped config, ~0.9 s when each parsed the text again).
 */
function yamlLines(text: string): (path: readonly (string | number)[]) => number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (path) => {
    const node: unknown = doc.getIn(path, true);
    return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
}

/**
 * Problems between the rules and the personas they name: a rule that sends a persona a kind it
 * does not accept, or names a persona that does not exist. Pure; lines come from `text`.
 */
export function ruleLaneIssues(
  loaded: Pick<LoadedConfig, 'config' | 'file'>,
  personas: ReadonlyMap<string, Pick<Persona, 'kinds'>>,
  text?: string,
): InputIssue[] {
  const issues: InputIssue[] = [];
  let lineOf: ((path: readonly (string | number)[]) => number | undefined) | undefined;
  loaded.config.rules.forEach((rule, i) => {
    const at = (path: (string | number)[]) => ({
      file: loaded.file,
      line: text ? (lineOf ??= yamlLines(text))(path) : undefined,
    });
    const persona = personas.get(rule.route.persona);
    if (!persona) {
      issues.push({
        location: at(['rules', i, 'route', 'persona']),
        field: `rules[${i}].route.persona`,
        message: `no persona named "${rule.route.persona}"`,
      });
      return;
    }
    for (const kind of rule.when.kinds ?? []) {
      if (!persona.kinds.includes(kind))
        issues.push({
          location: at(['rules', i, 'route', 'persona']),
          field: `rules[${i}].route.persona`,
          message: `rule ${rule.id} sends kind ${kind} to ${rule.route.persona}, which accepts only ${persona.kinds.join(', ')}`,
        });
    }
  });
  return issues;
}

async function configText(file: string): Promise<string | undefined> {
  const path = isAbsolute(file) ? file : join(packageRoot(), file);
  return (
    (await readFile(path, 'utf8').catch(() => readFile(file, 'utf8').catch(() => undefined))) ??
    undefined
  );
}

/**
 * At load: a rule may not send a persona a kind it does not accept. Throws a config error with
 * file:line. Loads every persona the source has (or only the ones the rules name).
 */
export async function checkRuleLanes(loaded: LoadedConfig, source: PersonaSource): Promise<void> {
  let personas: Map<string, Persona>;
  if (source.all) personas = new Map((await source.all()).map((p) => [p.name, p]));
  else {
    personas = new Map();
    for (const id of new Set(loaded.config.rules.map((r) => r.route.persona))) {
      const p = await source.load(id).catch(() => undefined);
      if (p) personas.set(id, p);
    }
  }
  const issues = ruleLaneIssues(loaded, personas, await configText(loaded.file));
  if (issues.length)
    throw new InputError(
      `The config ${loaded.file} routes work outside the personas' lanes.`,
      issues,
      {
        hint: "Change the rule's persona, or add the kind to the persona's `kinds` if it is its job.",
      },
    );
}
