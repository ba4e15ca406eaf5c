import { describe, expect, it } from 'vitest';
import { createWordPressSecurityGate } from '../../src/gates/wordpress-security-gate.js';

const gate = createWordPressSecurityGate();
const rulesOf = async (content: string, path = 'inc/x.php') => {
  const v = await gate.run({ files: [{ path, content }], kind: 'code-hardening', taskId: 't' });
  return v.findings.map((f) => `${f.rule}:${f.line}`);
};
const guard = "<?php\ndefined( 'ABSPATH' ) || exit;\n";

describe('wordpress-security gate', () => {
  it('flags AJAX and admin-post handlers without a capability check, and passes them with one', async () => {
    const bad = `${guard}add_action( 'wp_ajax_acme_save', 'acme_save' );\nfunction acme_save() {\n\tcheck_ajax_referer( 'acme' );\n\tupdate_option( 'x', 1 );\n}\n`;
    expect(await rulesOf(bad)).toEqual(['AIOS.Security.HandlerWithoutCapability:4']);
    const good = bad.replace(
      "check_ajax_referer( 'acme' );",
      "check_ajax_referer( 'acme' );\n\tif ( ! current_user_can( 'manage_options' ) ) { wp_die(); }",
    );
    expect(await rulesOf(good)).toEqual([]);
    const method = `${guard}class A {\n\tpublic function hooks() { add_action( 'admin_post_acme', array( $this, 'save' ) ); }\n\tpublic function save() { update_option( 'x', 1 ); }\n}\n`;
    expect(await rulesOf(method)).toEqual(['AIOS.Security.HandlerWithoutCapability:5']);
  });

  it('flags REST routes without permission_callback, each endpoint of a route', async () => {
    const route = `${guard}register_rest_route( 'acme/v1', '/x', array(\n\tarray( 'methods' => 'GET', 'callback' => 'a', 'permission_callback' => '__return_true' ),\n\tarray( 'methods' => 'POST', 'callback' => 'b' ),\n) );\n`;
    expect(await rulesOf(route)).toEqual(['AIOS.Security.RestRouteWithoutPermission:5']);
  });

  it('checks $wpdb->prepare placeholders against replacements', async () => {
    const sql = `${guard}function q( $a ) {\n\tglobal $wpdb;\n\treturn $wpdb->get_var( $wpdb->prepare( "SELECT a FROM {$wpdb->prefix}t WHERE a = %s AND b = %d", $a ) );\n}\n`;
    expect(await rulesOf(sql)).toEqual([
      'WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber:5',
    ]);
    const interpolated = sql.replace('a = %s AND b = %d", $a', 'a = $a", 1');
    expect(await rulesOf(interpolated)).toContain(
      'WordPress.DB.PreparedSQL.InterpolatedNotPrepared:5',
    );
  });

  it('escapes: _e() and unescaped printf are output; escaped concatenations and ternaries are not', async () => {
    const out = `${guard}function v( $t ) {\n\t_e( 'Hi', 'acme' );\n\tprintf( '<b>%s</b>', $t );\n\techo esc_html( $t ) . ' ' . ( $t ? esc_attr( $t ) : '' ) . absint( 3 );\n}\n`;
    expect(await rulesOf(out)).toEqual([
      'WordPress.Security.EscapeOutput.UnsafePrintingFunction:4',
      'WordPress.Security.EscapeOutput.OutputNotEscaped:5',
    ]);
  });

  it('reports a PHP syntax error instead of passing the file', async () => {
    expect(await rulesOf('<?php\nfunction (\n')).toEqual([expect.stringMatching(/^php-syntax/)]);
  });
});
