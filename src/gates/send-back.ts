import type { Finding, GateVerdict } from '../core/gate-verdict.js';
import type { WorkFile } from './gate.js';

const MAX_LINE = 200;

/**
 * What goes back to the persona after a failed attempt: only the blocking findings, each with
 * the line of the work it concerns quoted (so the next attempt fixes that line without being
 * handed the gate's whole report).
 */
export function sendBackFindings(
  verdicts: readonly GateVerdict[],
  files: readonly WorkFile[],
): Finding[] {
  const byPath = new Map(files.map((f) => [f.path, f.content.split('\n')]));
  return verdicts.flatMap((v) =>
    v.findings
      .filter((f) => f.severity === 'error')
      .map((f) => {
        const text = f.path && f.line ? byPath.get(f.path)?.[f.line - 1]?.trim() : undefined;
        if (!text) return f;
        const quoted = text.length > MAX_LINE ? `${text.slice(0, MAX_LINE)}…` : text;
        return { ...f, message: `${f.message}\n    line ${f.line}: ${JSON.stringify(quoted)}` };
      }),
  );
}
