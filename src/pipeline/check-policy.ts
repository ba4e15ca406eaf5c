import picomatch from 'picomatch';
import type { AiosConfig } from '../config/config-schema.js';
import type { Finding, GateVerdict } from '../core/gate-verdict.js';
import type { WorkFile } from '../gates/gate.js';
import type { Persona } from '../personas/persona-schema.js';

/**
 * The write policy, checked before any gate: every path inside the persona's allow-list and
 * outside the protected paths, no path escaping the repository, within the file count and size
 * limits. Model output is untrusted; this is what keeps it in its lane.
 */
function hasControlOrQuote(path: string): boolean {
  return [...path].some((c) => c.charCodeAt(0) < 0x20 || c === '"');
}

export function checkWritePolicy(
  files: readonly WorkFile[],
  persona: Persona,
  policy: AiosConfig['policy'],
): GateVerdict {
  const started = performance.now();
  const findings: Finding[] = [];
  const allowed = persona.writes.length
    ? picomatch([...persona.writes], { dot: true })
    : () => false;
  const protectedPath = picomatch([...policy.protectedPaths], { dot: true });
  if (files.length > policy.maxFiles) {
    findings.push({
      rule: 'max-files',
      severity: 'error',
      message: `${files.length} files changed; the limit is ${policy.maxFiles}`,
    });
  }
  const seen = new Set<string>();
  for (const f of files) {
    const p = f.path;
    if (seen.has(p))
      findings.push({
        rule: 'duplicate-path',
        severity: 'error',
        message: 'the same file is returned twice',
        path: p,
      });
    seen.add(p);
    if (
      p.startsWith('/') ||
      p.includes('\\') ||
      p.split('/').some((s) => s === '..' || s === '.' || s === '') ||
      hasControlOrQuote(p)
    ) {
      findings.push({
        rule: 'unsafe-path',
        severity: 'error',
        message: 'paths must be relative, inside the repository, with no .. or control characters',
        path: p,
      });
      continue;
    }
    if (protectedPath(p))
      findings.push({
        rule: 'protected-path',
        severity: 'error',
        message: 'this path is protected; no persona may change it',
        path: p,
      });
    else if (!allowed(p)) {
      findings.push({
        rule: 'outside-lane',
        severity: 'error',
        message: `the ${persona.name} persona may only write ${persona.writes.join(', ') || 'nothing'}`,
        path: p,
      });
    }
    const bytes = Buffer.byteLength(f.content, 'utf8');
    if (bytes > policy.maxFileBytes) {
      findings.push({
        rule: 'max-file-bytes',
        severity: 'error',
        message: `${bytes} bytes; the limit is ${policy.maxFileBytes}`,
        path: p,
      });
    }
  }
  return {
    gate: 'write-policy',
    pass: findings.length === 0,
    findings,
    durationMs: Math.round(performance.now() - started),
  };
}
