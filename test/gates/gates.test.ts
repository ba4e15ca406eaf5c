import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/package-root.js';
import { createMarkdownLintGate } from '../../src/gates/markdown-lint-gate.js';
import { defaultGates } from '../../src/gates/default-gates.js';

const md = createMarkdownLintGate();
// The old id stays an alias of wordpress-security.
const wp = defaultGates().get('wp-plugin-security')!;

describe('markdown-lint gate', () => {
  it('passes clean markdown', async () => {
    const v = await md.run({
      files: [{ path: 'a.md', content: '# Title\n\nText.\n\n## Section\n\nMore.\n' }],
      kind: 'writing',
      taskId: 't',
    });
    expect(v).toMatchObject({ gate: 'markdown-lint', pass: true, findings: [] });
  });

  it('sends back skipped heading levels and trailing spaces with rule, path and line', async () => {
    const v = await md.run({
      files: [{ path: 'posts/p.md', content: '# Title\n\n### Skipped  \n\nText.\n' }],
      kind: 'writing',
      taskId: 't',
    });
    expect(v.pass).toBe(false);
    expect(v.findings.map((f) => [f.rule, f.line])).toEqual(
      expect.arrayContaining([
        ['MD001/heading-increment', 3],
        ['MD009/no-trailing-spaces', 3],
      ]),
    );
    expect(v.findings.every((f) => f.path === 'posts/p.md')).toBe(true);
  });

  it('lets a README put its logo and badges before the title, but not a lower heading first', async () => {
    const judged = async (content: string) =>
      (
        await md.run({ files: [{ path: 'README.md', content }], kind: 'writing', taskId: 't' })
      ).findings.map((f) => f.rule);
    expect(
      await judged(
        '<p align="center"><img src="logo.svg" alt="Acme" width="120"></p>\n\n[![CI](https://example.com/ci.svg)](https://example.com/ci)\n\n# Acme\n\nText.\n',
      ),
    ).toEqual([]);
    expect(await judged('Intro.\n\n## Acme\n\nText.\n')).toContain('MD041/first-line-heading');
  });

  it('ignores files that are not markdown', async () => {
    const v = await md.run({
      files: [{ path: 'x.php', content: '### not markdown  ' }],
      kind: 'code',
      taskId: 't',
    });
    expect(v.pass).toBe(true);
  });
});

describe('wordpress-security gate (through its old id)', () => {
  it('finds the vulnerabilities in the demo plugin as shipped', async () => {
    const path = 'wp-content/plugins/acme-newsletter/includes/settings-page.php';
    const content = await readFile(join(packageRoot(), 'examples/demo/repo', path), 'utf8');
    const v = await wp.run({ files: [{ path, content }], kind: 'code-hardening', taskId: 't' });
    expect(v.pass).toBe(false);
    const rules = new Set(v.findings.map((f) => f.rule));
    expect(v.gate).toBe('wordpress-security');
    for (const r of [
      'PluginCheck.Security.DirectFileAccess',
      'WordPress.Security.EscapeOutput.OutputNotEscaped',
      'WordPress.Security.ValidatedSanitizedInput.InputNotSanitized',
      'WordPress.DB.PreparedSQL.NotPrepared',
      'WordPress.Security.NonceVerification.Missing',
    ])
      expect(rules).toContain(r);
    expect(v.findings.find((f) => f.rule === 'WordPress.DB.PreparedSQL.NotPrepared')?.line).toBe(8);
  });

  it('passes hardened code', async () => {
    const content = `<?php\ndefined( 'ABSPATH' ) || exit;\nfunction save() {\n\tif ( ! current_user_can( 'manage_options' ) ) { return; }\n\tcheck_admin_referer( 'save' );\n\tif ( ! isset( $_POST['v'] ) ) { return; }\n\t$v = sanitize_text_field( wp_unslash( $_POST['v'] ) );\n\tupdate_option( 'v', $v );\n\techo esc_html( $v );\n\t$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM t WHERE a = %s", $v ) );\n}\n`;
    const v = await wp.run({
      files: [{ path: 'inc/save.php', content }],
      kind: 'code-hardening',
      taskId: 't',
    });
    expect(v.findings).toEqual([]);
    expect(v.pass).toBe(true);
  });

  it('does not ask the main plugin file for an ABSPATH guard', async () => {
    const v = await wp.run({
      files: [{ path: 'plugin.php', content: '<?php\n/**\n * Plugin Name: X\n */\n' }],
      kind: 'code-hardening',
      taskId: 't',
    });
    expect(v.pass).toBe(true);
  });
});
