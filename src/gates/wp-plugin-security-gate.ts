import type { Finding } from '../core/gate-verdict.js';
import type { Gate, GateInput, WorkFile } from './gate.js';

interface LineRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly message: string;
  /** When this matches the same line, the line is fine (e.g. the value is escaped). */
  readonly unless?: RegExp;
}

const SUPERGLOBAL = /\$_(GET|POST|REQUEST|COOKIE|SERVER|FILES)\b/;

// Line rules from the WordPress plugin security handbook: each pattern is something a reviewer
// would stop a release for. They are deliberately conservative: a false alarm sends work back
// for a second look, a miss ships a vulnerability.
const LINE_RULES: readonly LineRule[] = [
  {
    id: 'unescaped-output',
    pattern: /\b(echo|print)\b[^;]*\$_(GET|POST|REQUEST|COOKIE|SERVER)\b/,
    message: 'request data is printed without escaping; wrap it in esc_html()/esc_attr()/esc_url()',
    unless:
      /\besc_(html|attr|url|textarea|js)\s*\(|\bwp_kses(_post)?\s*\(|\babsint\s*\(|\bintval\s*\(/,
  },
  {
    id: 'unsanitized-input',
    pattern: SUPERGLOBAL,
    message:
      'request data is used without sanitising; use sanitize_text_field( wp_unslash( ... ) ), absint() or similar',
    unless:
      /\b(sanitize_[a-z_]+|absint|intval|wp_verify_nonce|check_admin_referer|check_ajax_referer|isset|empty|esc_[a-z_]+|wp_kses(_post)?|array_key_exists)\s*\(/,
  },
  {
    id: 'sql-without-prepare',
    pattern: /\$wpdb->(query|get_results|get_row|get_var|get_col)\s*\(\s*["'][^"']*(\$|["']\s*\.)/,
    message: 'SQL is built from variables; use $wpdb->prepare() with placeholders',
    unless: /\$wpdb->prepare\s*\(/,
  },
  { id: 'eval', pattern: /\beval\s*\(/, message: 'eval() runs arbitrary code; remove it' },
  {
    id: 'extract',
    pattern: /\bextract\s*\(/,
    message: 'extract() creates variables from data; assign explicitly',
  },
  {
    id: 'unserialize-input',
    pattern: /\bunserialize\s*\([^)]*\$_(GET|POST|REQUEST|COOKIE)/,
    message: 'unserialize() on request data allows object injection; use json_decode()',
  },
];

function lines(file: WorkFile): string[] {
  return file.content.replace(/\r\n/g, '\n').split('\n');
}

function checkFile(file: WorkFile): Finding[] {
  const findings: Finding[] = [];
  const all = lines(file);
  const text = file.content;
  const isMainPluginFile = /^\s*\*?\s*Plugin Name:/m.test(text);

  if (!isMainPluginFile && !/defined\s*\(\s*['"]ABSPATH['"]\s*\)/.test(text)) {
    findings.push({
      rule: 'abspath-guard',
      severity: 'error',
      message: "file can be loaded directly; start it with defined( 'ABSPATH' ) || exit;",
      path: file.path,
      line: 1,
    });
  }

  all.forEach((line, i) => {
    const code = line.replace(/\/\/.*$|#.*$/, '');
    for (const rule of LINE_RULES) {
      if (rule.pattern.test(code) && !(rule.unless && rule.unless.test(code))) {
        findings.push({
          rule: rule.id,
          severity: 'error',
          message: rule.message,
          path: file.path,
          line: i + 1,
        });
      }
    }
  });

  // A handler that changes state (saves options, writes the database) must check a nonce and
  // a capability somewhere in the same file.
  const changesState =
    /\b(update_option|delete_option|add_option|\$wpdb->(insert|update|delete|query)|wp_insert_post|wp_delete_post|update_post_meta)\s*\(/.test(
      text,
    );
  if (changesState && SUPERGLOBAL.test(text)) {
    if (!/\b(check_admin_referer|wp_verify_nonce|check_ajax_referer)\s*\(/.test(text)) {
      const line = all.findIndex((l) => SUPERGLOBAL.test(l)) + 1;
      findings.push({
        rule: 'missing-nonce',
        severity: 'error',
        message: 'state changes from a request without a nonce check (CSRF)',
        path: file.path,
        line: line || 1,
      });
    }
    if (!/\bcurrent_user_can\s*\(/.test(text)) {
      const line = all.findIndex((l) => SUPERGLOBAL.test(l)) + 1;
      findings.push({
        rule: 'missing-capability',
        severity: 'error',
        message: 'state changes without a current_user_can() check',
        path: file.path,
        line: line || 1,
      });
    }
  }
  return findings;
}

/**
 * WordPress plugin security: the checks a reviewer applies to every PHP file before release
 * (escaping, sanitising, prepared SQL, nonces, capabilities, direct-load guard).
 */
export function createWpPluginSecurityGate(): Gate {
  return {
    // The catalog id; the old id `wp-plugin-security` stays an alias in the catalog.
    id: 'wordpress-security',
    description:
      'WordPress plugin security (escaping, sanitising, prepared SQL, nonces, capabilities)',
    async run(input: GateInput) {
      const started = performance.now();
      const findings = input.files.filter((f) => f.path.endsWith('.php')).flatMap(checkFile);
      return {
        gate: 'wordpress-security',
        pass: !findings.some((f) => f.severity === 'error'),
        findings,
        durationMs: Math.round(performance.now() - started),
      };
    },
  };
}
