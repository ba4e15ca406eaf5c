import pc from 'picocolors';
import yoctoSpinner from 'yocto-spinner';
import type { GateVerdict } from '../core/gate-verdict.js';
import { formatMicros } from '../core/money.js';
import { printable } from '../core/terminal-text.js';
import type { RouteDecision } from '../core/plan.js';
import type { ProgressSink } from '../pipeline/progress.js';

/** Colours that respect NO_COLOR, --no-color and non-terminals (picocolors decides). */
export const color = pc;

/** Print data as JSON on stdout (for `--json`). */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function line(text = ''): void {
  process.stdout.write(`${text}\n`);
}

export function formatVerdict(v: GateVerdict, attempt: number): string {
  const head = v.pass
    ? color.green(`✔ ${v.gate} passed`)
    : color.red(`✘ ${v.gate} sent the work back`);
  const findings = v.findings
    .slice(0, 6)
    .map(
      (f) =>
        `      ${color.dim(`${printable(f.path ?? '')}${f.line ? `:${f.line}` : ''}`)} ${printable(f.rule)}: ${printable(f.message)}`,
    );
  const more = v.findings.length > 6 ? [`      … ${v.findings.length - 6} more`] : [];
  if (v.notChecked?.length)
    more.push(
      color.yellow(
        `      not checked: ${v.notChecked.map((n) => n.rule).join(', ')} (${v.notChecked[0]?.reason ?? ''})`,
      ),
    );
  return [
    `    attempt ${attempt}: ${head}${v.findings.length ? ` (${v.findings.length} finding(s))` : ''}`,
    ...findings,
    ...more,
  ].join('\n');
}

export function formatDecision(d: RouteDecision): string {
  if (d.type === 'ask') return `  ${color.yellow('? routing asks a human')}: ${d.reason}`;
  const p = d.plan;
  const lines = [
    `  ${color.bold('route')} rule ${color.cyan(p.rule.id)}: ${p.rule.reason}`,
    `        persona ${color.cyan(p.persona)} · tier ${color.cyan(p.tier)} (${p.models.join(' → ')}) · gates ${p.gates.join(', ') || 'none'} · risk ${p.risk}`,
  ];
  for (const t of p.trace.filter((x) => !x.matched && !x.why.startsWith('not reached')))
    lines.push(color.dim(`        not ${t.rule}: ${t.why}`));
  return lines.join('\n');
}

/**
 * Progress on stderr: a spinner while a model call runs on a terminal, plain lines elsewhere
 * (CI logs), nothing with --json (stdout stays pure data; stderr still shows progress).
 */
export function cliProgress(options: { quiet: boolean }): ProgressSink {
  const interactive = Boolean(process.stderr.isTTY) && !process.env.CI;
  let spinner: ReturnType<typeof yoctoSpinner> | undefined;
  const say = (text: string): void => {
    if (!options.quiet) process.stderr.write(`${text}\n`);
  };
  return {
    routed: (d) => say(formatDecision(d)),
    modelStart: ({ modelId, persona, attempt }) => {
      const text = `  ${persona} working on ${modelId} (attempt ${attempt})`;
      if (interactive && !options.quiet)
        spinner = yoctoSpinner({ text, stream: process.stderr }).start();
      else say(`${text} …`);
    },
    modelProgress: ({ modelId, chars }) => {
      if (spinner) spinner.text = `  ${modelId}: ${chars} characters received`;
    },
    modelEnd: ({ modelId, ok }) => {
      if (spinner) {
        if (ok) spinner.success(`  ${modelId} answered`);
        else spinner.error(`  ${modelId} call failed`);
        spinner = undefined;
      }
    },
    gate: (v, attempt) => say(formatVerdict(v, attempt)),
    note: (m) => say(`  ${m}`),
  };
}

export { formatMicros };
