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

  it('sends back a handler that changes something unchecked, and only says so of one that reads', async () => {
    const handler = (body: string) =>
      `${guard}add_action( 'wp_ajax_acme_go', 'acme_go' );\nfunction acme_go() {\n\tcheck_ajax_referer( 'acme' );\n${body}\n}\n`;
    const judged = async (body: string) =>
      (
        await gate.run({
          files: [{ path: 'inc/x.php', content: handler(body) }],
          kind: 'code-hardening',
          taskId: 't',
        })
      ).findings.map((f) => `${f.rule}:${f.severity}`);
    // An autocomplete over published titles: every subscriber may see them.
    expect(
      await judged(
        "\t$q = isset( $_GET['q'] ) ? sanitize_text_field( wp_unslash( $_GET['q'] ) ) : '';\n\twp_send_json_success( wp_list_pluck( get_posts( array( 's' => $q ) ), 'post_title' ) );",
      ),
    ).toEqual(['AIOS.Security.HandlerWithoutCapability:warning']);
    // A user's own preference under a fixed key is every user's to keep; their capabilities are not.
    expect(
      await judged("\tupdate_user_meta( get_current_user_id(), 'acme_layout', 'grid' );"),
    ).toEqual(['AIOS.Security.HandlerWithoutCapability:warning']);
    expect(
      await judged("\tupdate_user_meta( get_current_user_id(), 'wp_capabilities', array() );"),
    ).toEqual(['AIOS.Security.HandlerWithoutCapability:error']);
    for (const change of [
      "\tupdate_post_meta( 1, 'acme_votes', 2 );",
      "\tglobal $wpdb;\n\t$wpdb->update( $wpdb->prefix . 'acme', array( 'a' => 1 ), array( 'id' => 2 ) );",
      "\twp_mail( 'a@example.com', 'Hi', 'Body' );",
      // A write through the name the file gives $wpdb.
      "\tglobal $wpdb;\n\t$db = $wpdb;\n\t$db->delete( $db->prefix . 'acme', array( 'id' => 2 ) );",
    ])
      expect(await judged(change), change).toEqual([
        'AIOS.Security.HandlerWithoutCapability:error',
      ]);
  });

  it('asks a plugin’s files for the direct-load guard, not a theme’s templates', async () => {
    const template =
      "<?php get_header(); ?>\n<main id=\"primary\">\n<?php the_title( '<h1>', '</h1>' ); ?>\n</main>\n<?php get_footer();\n";
    const rules = async (files: { path: string; content: string }[]) =>
      (await gate.run({ files, kind: 'wp-theme', taskId: 't' })).findings.map(
        (f) => `${f.path} ${f.rule}`,
      );
    expect(await rules([{ path: 'wp-content/plugins/acme/page.php', content: template }])).toEqual([
      'wp-content/plugins/acme/page.php PluginCheck.Security.DirectFileAccess',
    ]);
    expect(await rules([{ path: 'wp-content/themes/acme/page.php', content: template }])).toEqual(
      [],
    );
    // A theme's own repository: its stylesheet names it.
    expect(
      await rules([
        { path: 'style.css', content: '/*\nTheme Name: Acme\nVersion: 1.0\n*/\n' },
        { path: 'page.php', content: template },
      ]),
    ).toEqual([]);
    expect(await rules([{ path: 'page.php', content: template }])).toEqual([
      'page.php PluginCheck.Security.DirectFileAccess',
    ]);
  });

  it('flags REST routes without permission_callback, each endpoint of a route', async () => {
    const route = `${guard}register_rest_route( 'acme/v1', '/x', array(\n\tarray( 'methods' => 'GET', 'callback' => 'a', 'permission_callback' => '__return_true' ),\n\tarray( 'methods' => 'POST', 'callback' => 'b' ),\n) );\n`;
    expect(await rulesOf(route)).toEqual(['AIOS.Security.RestRouteWithoutPermission:5']);
  });

  it('sends back an option name or meta key the request picks, unless a list or the plugin’s own prefix bounds it', async () => {
    const save = (body: string, check = '') =>
      `${guard}function acme_save() {\n\tcheck_admin_referer( 'acme' );${check}\n\t$key = isset( $_POST['key'] ) ? sanitize_key( $_POST['key'] ) : '';\n${body}\n}\n`;
    // sanitize_key( 'users_can_register' ) is that option's name: a sanitiser bounds nothing here.
    expect(await rulesOf(save('\tupdate_option( $key, 1 );'))).toEqual([
      'AIOS.Security.SettingNameFromInput:6',
    ]);
    expect(await rulesOf(save("\tupdate_user_meta( get_current_user_id(), $key, 'x' );"))).toEqual([
      'AIOS.Security.SettingNameFromInput:6',
    ]);
    expect(await rulesOf(save('\tdelete_network_option( null, $key );'))).toEqual([
      'AIOS.Security.SettingNameFromInput:6',
    ]);
    // WordPress's own prefix picks among core's names (wp_user_roles, wp_capabilities).
    expect(await rulesOf(save("\tupdate_option( 'wp_' . $key, 1 );"))).toEqual([
      'AIOS.Security.SettingNameFromInput:6',
    ]);
    for (const bounded of [
      "\tupdate_option( 'acme_' . $key, 1 );",
      '\tupdate_option( "acme_{$key}", 1 );',
      "\tif ( in_array( $key, array( 'acme_a', 'acme_b' ), true ) ) {\n\t\tupdate_option( $key, 1 );\n\t}",
      "\tupdate_option( 'acme_settings', array( $key => 1 ) );",
    ])
      expect(await rulesOf(save(bounded)), bounded).toEqual([]);
    // Behind a check any author passes, a meta key of their choosing is their own capabilities;
    // behind an administrator's capability it is said, not sent back (they may change any
    // setting on WordPress's own screens).
    const behind = async (capability: string) =>
      (
        await gate.run({
          files: [
            {
              path: 'inc/x.php',
              content: save(
                '\tupdate_user_meta( get_current_user_id(), $key, 1 );',
                `\n\tif ( ! current_user_can( '${capability}' ) ) { wp_die(); }`,
              ),
            },
          ],
          kind: 'code-hardening',
          taskId: 't',
        })
      ).findings.map((f) => `${f.rule}:${f.severity}`);
    expect(await behind('edit_posts')).toEqual(['AIOS.Security.SettingNameFromInput:error']);
    expect(await behind('manage_options')).toEqual(['AIOS.Security.SettingNameFromInput:warning']);
  });

  it('sends back a handler open to everyone (nopriv, a REST route that lets everyone in) that changes what only a trusted user may', async () => {
    const ajax = (body: string) =>
      `${guard}add_action( 'wp_ajax_nopriv_acme_go', 'acme_go' );\nfunction acme_go() {\n\tcheck_ajax_referer( 'acme' );\n${body}\n}\n`;
    expect(await rulesOf(ajax("\tupdate_option( 'acme_mode', 'open' );"))).toEqual([
      'AIOS.Security.OpenHandlerChangesSite:4',
    ]);
    expect(
      await rulesOf(ajax("\t$u = wp_get_current_user();\n\t$u->set_role( 'editor' );")),
    ).toEqual(['AIOS.Security.OpenHandlerChangesSite:4']);
    // What public forms do (a pending post, an account) is theirs to do; a capability check
    // inside keeps the logged-out out.
    expect(await rulesOf(ajax("\twp_insert_post( array( 'post_status' => 'pending' ) );"))).toEqual(
      [],
    );
    // WordPress's reset flow, which a custom login form runs for logged-out visitors: the key
    // checked first. Without the check, anyone sets anyone's password.
    const reset =
      "\t$user = check_password_reset_key( sanitize_text_field( wp_unslash( $_POST['key'] ?? '' ) ), sanitize_user( wp_unslash( $_POST['login'] ?? '' ) ) );\n\tif ( is_wp_error( $user ) ) {\n\t\twp_send_json_error();\n\t}\n\twp_set_password( wp_unslash( $_POST['pass'] ?? '' ), $user->ID );";
    const login =
      "\t$user = wp_signon( array( 'user_login' => sanitize_user( wp_unslash( $_POST['log'] ?? '' ) ), 'user_password' => wp_unslash( $_POST['pwd'] ?? '' ) ) );\n\tif ( is_wp_error( $user ) ) {\n\t\twp_send_json_error();\n\t}\n\twp_set_current_user( $user->ID );";
    expect((await rulesOf(ajax(login))).filter((r) => r.startsWith('AIOS'))).toEqual([]);
    expect(await rulesOf(ajax('\twp_set_current_user( 1 );'))).toEqual([
      'AIOS.Security.OpenHandlerChangesSite:4',
    ]);
    // (WPCS still asks for the password to be sanitised, as it asks of any input.)
    expect(await rulesOf(ajax(reset))).toEqual([
      'WordPress.Security.ValidatedSanitizedInput.InputNotSanitized:10',
    ]);
    expect(
      await rulesOf(
        ajax(
          "\twp_set_password( wp_unslash( $_POST['pass'] ?? '' ), absint( $_POST['user'] ?? 0 ) );",
        ),
      ),
    ).toEqual([
      'WordPress.Security.ValidatedSanitizedInput.InputNotSanitized:6',
      'AIOS.Security.OpenHandlerChangesSite:4',
    ]);
    expect(
      await rulesOf(
        ajax(
          "\tif ( ! current_user_can( 'manage_options' ) ) { wp_die(); }\n\tupdate_option( 'acme_mode', 'open' );",
        ),
      ),
    ).toEqual([]);
    const rest = (permission: string) =>
      `${guard}register_rest_route( 'acme/v1', '/reset', array(\n\t'methods' => 'POST',\n\t'callback' => function () { delete_option( 'acme' ); return true; },\n\t'permission_callback' => ${permission},\n) );\n`;
    // A webhook that checks its sender's signature before it acts: its caller is known.
    const webhook = `${guard}register_rest_route( 'acme/v1', '/hook', array(\n\t'methods' => 'POST',\n\t'callback' => function ( WP_REST_Request $r ) {\n\t\t$sig = hash_hmac( 'sha256', $r->get_body(), ACME_SECRET );\n\t\tif ( ! hash_equals( $sig, (string) $r->get_header( 'x-acme-signature' ) ) ) {\n\t\t\treturn new WP_Error( 'forbidden', '', array( 'status' => 403 ) );\n\t\t}\n\t\twp_update_post( array( 'ID' => absint( $r['order'] ), 'post_status' => 'publish' ) );\n\t\treturn true;\n\t},\n\t'permission_callback' => '__return_true',\n) );\n`;
    expect(await rulesOf(webhook)).toEqual([]);
    for (const open of ["'__return_true'", 'function () { return true; }', 'fn() => true'])
      expect(await rulesOf(rest(open)), open).toEqual(['AIOS.Security.OpenHandlerChangesSite:5']);
    expect(
      await rulesOf(rest("function () { return current_user_can( 'manage_options' ); }")),
    ).toEqual([]);
  });

  it('follows a REST request’s parameters as request data, guarded by what the route’s permission callback checks', async () => {
    const route = (permission: string, body: string) =>
      `${guard}add_action( 'rest_api_init', function () {\n\tregister_rest_route( 'acme/v1', '/x', array(\n\t\t'methods' => 'POST',\n\t\t'callback' => 'acme_rest',\n\t\t'permission_callback' => ${permission},\n\t) );\n} );\nfunction acme_rest( WP_REST_Request $request ) {\n${body}\n}\n`;
    const judged = async (permission: string, body: string) =>
      (
        await gate.run({
          files: [{ path: 'inc/x.php', content: route(permission, body) }],
          kind: 'code-hardening',
          taskId: 't',
        })
      ).findings.map((f) => `${f.rule}:${f.line}:${f.severity}`);
    const authors = "function () { return current_user_can( 'edit_posts' ); }";
    const admins = "function () { return current_user_can( 'manage_options' ); }";
    const save = "\tupdate_option( $request['name'], sanitize_text_field( $request['value'] ) );";
    expect(await judged(authors, save)).toEqual(['AIOS.Security.SettingNameFromInput:11:error']);
    expect(await judged(admins, save)).toEqual(['AIOS.Security.SettingNameFromInput:11:warning']);
    expect(
      await judged("'__return_true'", "\treturn wp_remote_get( $request->get_param( 'url' ) );"),
    ).toEqual(['AIOS.Security.RequestToInputUrl:11:error']);
    // A parameter made a number first is safe for every sink.
    expect(await judged(authors, "\treturn get_post( absint( $request['id'] ) );")).toEqual([]);
  });

  it('sends back an upload kept under its own extension unless its type is checked', async () => {
    const store = (body: string) =>
      `${guard}function acme_store( array $file ) {\n\t$dir = wp_upload_dir()['basedir'] . '/acme/';\n${body}\n}\n`;
    const move =
      "\tmove_uploaded_file( $file['tmp_name'], $dir . sanitize_file_name( $file['name'] ) );";
    // sanitize_file_name( 'shell.php' ) is 'shell.php'.
    expect(await rulesOf(store(move))).toEqual(['AIOS.Security.UploadWithoutTypeCheck:5']);
    for (const checked of [
      `\t$type = wp_check_filetype_and_ext( $file['tmp_name'], $file['name'] );\n\tif ( ! $type['ext'] ) {\n\t\treturn;\n\t}\n${move}`,
      `\tif ( ! in_array( strtolower( pathinfo( $file['name'], PATHINFO_EXTENSION ) ), array( 'png', 'jpg' ), true ) ) {\n\t\treturn;\n\t}\n${move}`,
      "\tmove_uploaded_file( $file['tmp_name'], $dir . wp_generate_uuid4() . '.png' );",
    ])
      expect(await rulesOf(store(checked)), checked).toEqual([]);
    // Checked by the caller before a helper moves it: said, not sent back.
    const helper = await gate.run({
      files: [
        {
          path: 'inc/x.php',
          content: `${store(move)}function acme_receive( array $file ) {\n\t$type = wp_check_filetype_and_ext( $file['tmp_name'], $file['name'] );\n\tif ( $type['ext'] ) {\n\t\tacme_store( $file );\n\t}\n}\n`,
        },
      ],
      kind: 'code-hardening',
      taskId: 't',
    });
    expect(helper.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual([
      'AIOS.Security.UploadWithoutTypeCheck:warning',
    ]);
    expect(helper.pass).toBe(true);
  });

  it('follows $wpdb into the property or variable a plugin keeps it in, as WPCS does not', async () => {
    const repo = (body: string) =>
      `${guard}class Acme_Repo {\n\tprivate $db;\n\tpublic function __construct() {\n\t\tglobal $wpdb;\n\t\t$this->db = $wpdb;\n\t}\n\tpublic function find( $id ) {\n${body}\n\t}\n}\n`;
    expect(
      await rulesOf(
        repo(
          '\t\treturn $this->db->get_row( "SELECT * FROM {$this->db->prefix}acme WHERE id = $id" );',
        ),
      ),
    ).toEqual(['WordPress.DB.PreparedSQL.NotPrepared:10']);
    expect(
      await rulesOf(
        repo('\t\treturn $GLOBALS[\'wpdb\']->get_var( "SELECT name FROM acme WHERE id = $id" );'),
      ),
    ).toEqual(['WordPress.DB.PreparedSQL.NotPrepared:10']);
    // Prepared through the alias, with its table names: nothing to say.
    expect(
      await rulesOf(
        repo(
          '\t\treturn $this->db->get_row( $this->db->prepare( "SELECT * FROM {$this->db->prefix}acme WHERE id = %d", $id ) );',
        ),
      ),
    ).toEqual([]);
  });

  it('finds a URL attribute escaped as text, which keeps javascript: URLs', async () => {
    const links = `${guard}function acme_links( $url ) {\n\t$next = isset( $_GET['next'] ) ? sanitize_text_field( wp_unslash( $_GET['next'] ) ) : '';\n\t?>\n\t<a href="<?php echo esc_attr( $url ); ?>">Site</a>\n\t<a href="<?php echo esc_url( $url ); ?>">Site</a>\n\t<a title="<?php echo esc_attr( $url ); ?>" data-href="<?php echo esc_attr( $url ); ?>">Site</a>\n\t<?php\n\techo '<img src=\\'' . esc_html( $next ) . '\\' alt="">';\n}\n`;
    const v = await gate.run({
      files: [{ path: 'inc/x.php', content: links }],
      kind: 'code-hardening',
      taskId: 't',
    });
    expect(
      v.findings
        .filter((f) => f.rule === 'AIOS.Security.UrlEscapedAsText')
        .map((f) => `${f.line}:${f.severity}`),
    ).toEqual(['6:warning', '10:error']);
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

  it('accepts the IN-clause list of placeholders WPCS accepts, and nothing else built into a prepared query', async () => {
    const query = (list: string) =>
      `${guard}function q( $ids ) {\n\tglobal $wpdb;\n\treturn $wpdb->get_col( $wpdb->prepare( 'SELECT a FROM t WHERE id IN (' . ${list} . ')', $ids ) );\n}\n`;
    expect(await rulesOf(query("implode( ', ', array_fill( 0, count( $ids ), '%d' ) )"))).toEqual(
      [],
    );
    for (const list of ["implode( ',', $ids )", "implode( ',', array_fill( 0, 3, $ids[0] ) )"])
      expect(await rulesOf(query(list)), list).toEqual([
        'WordPress.DB.PreparedSQL.InterpolatedNotPrepared:5',
      ]);
  });

  it('escapes: _e() and unescaped printf are output; escaped concatenations and ternaries are not', async () => {
    const out = `${guard}function v( $t ) {\n\t_e( 'Hi', 'acme' );\n\tprintf( '<b>%s</b>', $t );\n\techo esc_html( $t ) . ' ' . ( $t ? esc_attr( $t ) : '' ) . absint( 3 );\n}\n`;
    expect(await rulesOf(out)).toEqual([
      'WordPress.Security.EscapeOutput.UnsafePrintingFunction:4',
      'WordPress.Security.EscapeOutput.OutputNotEscaped:5',
    ]);
  });

  it('checks a formatting function’s arguments, not its result, and knows WPCS’s auto-escaped functions', async () => {
    const echo = (expr: string) => `${guard}function v( $t, $ids ) {\n\techo ${expr};\n}\n`;
    const safe = [
      "sprintf( esc_html__( '%s items', 'acme' ), esc_html( $t ) )",
      "implode( ', ', array_map( 'esc_html', $ids ) )",
      "'<p>' . wp_get_attachment_image( 3, 'full' ) . '</p>' . PHP_EOL",
      'get_the_post_thumbnail( $t ) . \\PHP_EOL',
      'nl2br( esc_html( $t ) )',
    ];
    for (const expr of safe) expect(await rulesOf(echo(expr)), expr).toEqual([]);
    const unsafe = [
      "sprintf( esc_html__( '%s items', 'acme' ), $t )",
      "implode( ', ', $ids )",
      "array_map( 'trim', $ids )",
      'ACME_BANNER',
    ];
    for (const expr of unsafe)
      expect(await rulesOf(echo(expr)), expr).toEqual([
        'WordPress.Security.EscapeOutput.OutputNotEscaped:4',
      ]);
  });

  it('follows request data through variables into the calls that run, load or follow it', async () => {
    const errors = async (body: string) => {
      const v = await gate.run({
        files: [{ path: 'inc/x.php', content: `${guard}function f() {\n${body}\n}\n` }],
        kind: 'code-hardening',
        taskId: 't',
      });
      return v.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    };
    const input =
      "$v = isset( $_GET['v'] ) ? sanitize_text_field( wp_unslash( $_GET['v'] ) ) : '';";
    // Through a second variable, a `.=` and a loop: still request data.
    expect(await errors(`${input}\n$cmd = 'ls ';\n$cmd .= $v;\nexec( $cmd );`)).toEqual([
      'WordPress.PHP.DiscouragedPHPFunctions.system_calls_exec',
    ]);
    expect(
      await errors(
        "check_admin_referer( 'x' );\nforeach ( wp_unslash( $_POST ) as $k => $val ) {\n\tpassthru( 'echo ' . $val );\n}",
      ),
    ).toContain('WordPress.PHP.DiscouragedPHPFunctions.system_calls_passthru');
    expect(await errors(`${input}\necho esc_html( \`ls $v\` );`)).toEqual([
      'WordPress.PHP.DiscouragedPHPFunctions.system_calls_backtick',
    ]);
    expect(await errors(`${input}\n$v();`)).toEqual(['AIOS.Security.CallableFromInput']);
    expect(await errors(`${input}\nassert( $v );`)).toEqual(['AIOS.Security.CallableFromInput']);
    expect(await errors(`${input}\nrequire_once $v;`)).toEqual([
      'AIOS.Security.FileInclusionFromInput',
    ]);
    expect(await errors(`${input}\nunlink( WP_CONTENT_DIR . '/cache/' . $v );`)).toEqual([
      'AIOS.Security.PathFromInput',
    ]);
    expect(await errors(`${input}\nheader( 'Location: ' . $v );`)).toEqual([
      'AIOS.Security.HeaderFromInput',
    ]);
    expect(await errors(`${input}\n$r = download_url( $v );`)).toEqual([
      'AIOS.Security.RequestToInputUrl',
    ]);
    // Made safe for that call: escaped for the shell, a file's base name, a number, an
    // allow-list, an anchored pattern, a value picked from a fixed map, a fixed host first.
    for (const safe of [
      `${input}\nexec( 'ls ' . escapeshellarg( $v ) );`,
      `${input}\ninclude __DIR__ . '/t/' . basename( $v ) . '.php';`,
      `${input}\n$n = absint( $v );\nunlink( WP_CONTENT_DIR . "/cache/$n.txt" );`,
      `${input}\nif ( in_array( $v, array( 'a', 'b' ), true ) ) {\n\tinclude __DIR__ . "/t/$v.php";\n}`,
      `${input}\nif ( preg_match( '/^[a-z]+$/', $v ) ) {\n\texec( 'ls ' . $v );\n}`,
      `${input}\n$map = array( 'a' => 'f_a' );\nif ( isset( $map[ $v ] ) ) {\n\tcall_user_func( $map[ $v ] );\n}`,
      `${input}\nwp_remote_get( add_query_arg( 'q', rawurlencode( $v ), 'https://api.example.com/' ) );`,
      `${input}\nwp_safe_redirect( $v );\nwp_redirect( admin_url( 'admin.php?page=' . $v ) );`,
      `${input}\nwp_safe_remote_get( $v );\n$v = 'fixed';\nexec( 'ls ' . $v );`,
    ])
      expect(await errors(safe), safe).toEqual([]);
    // What only looks like a sink: the sink rules stay quiet (WPCS's input rules still speak).
    const sinkErrors = async (body: string) =>
      (await errors(body)).filter(
        (r) => !r.startsWith('WordPress.Security.ValidatedSanitizedInput'),
      );
    for (const quiet of [
      // An upload's temporary path, through a variable holding the upload.
      "$up = $_FILES['f'];\n$body = file_get_contents( $up['tmp_name'] );",
      // A dispatcher: the data picks among the plugin's own methods.
      `${input}\ncall_user_func( array( $this, 'render_' . $v ) );\ncall_user_func( 'acme_' . $v );`,
      // Another header's value: PHP refuses line breaks in header().
      `${input}\nheader( 'Content-Disposition: attachment; filename="' . $v . '.csv"' );`,
    ])
      expect(await sinkErrors(quiet), quiet).toEqual([]);
    expect(await errors(`${input}\nheader( $v );`)).toEqual(['AIOS.Security.HeaderFromInput']);
    // A URL fetched for a user who passed a capability check: said, not sent back.
    const guarded = await gate.run({
      files: [
        {
          path: 'inc/x.php',
          content: `${guard}function f() {\nif ( ! current_user_can( 'manage_options' ) ) { return; }\n${input}\nwp_remote_get( $v );\n}\n`,
        },
      ],
      kind: 'code-hardening',
      taskId: 't',
    });
    expect(
      guarded.findings
        .filter((f) => f.rule === 'AIOS.Security.RequestToInputUrl')
        .map((f) => f.severity),
    ).toEqual(['warning']);
    // Set by the server, not the client (WPCS still asks for it to be sanitised).
    expect(await errors("require_once $_SERVER['DOCUMENT_ROOT'] . '/wp-load.php';")).toEqual([
      'WordPress.Security.ValidatedSanitizedInput.InputNotSanitized',
    ]);
    // basename() makes a name safe for a path, not for a shell.
    expect(await errors(`${input}\n$b = basename( $v );\nsystem( 'cat ' . $b );`)).toEqual([
      'WordPress.PHP.DiscouragedPHPFunctions.system_calls_system',
    ]);
  });

  it('counts the null coalescing operator as the check that input exists, as WPCS does', async () => {
    const body = (read: string) =>
      `${guard}function f() {\n\tcheck_admin_referer( 'acme' );\n\t$v = sanitize_text_field( wp_unslash( ${read} ) );\n\treturn $v;\n}\n`;
    expect(await rulesOf(body("$_POST['v'] ?? ''"))).toEqual([]);
    expect(await rulesOf(body("$_POST['v']"))).toEqual([
      'WordPress.Security.ValidatedSanitizedInput.InputNotValidated:5',
    ]);
    // On the right of ??, the read is not what was checked.
    expect(await rulesOf(body("$x ?? $_POST['v']"))).toEqual([
      'WordPress.Security.ValidatedSanitizedInput.InputNotValidated:5',
    ]);
  });

  it('takes the sanitising idioms WPCS takes: array walkers with a sanitising callback, type tests, counts', async () => {
    const inFunction = (body: string) =>
      `${guard}function f() {\n\tcheck_admin_referer( 'acme' );\n\tif ( ! isset( $_POST['v'] ) ) { return; }\n${body}\n}\n`;
    const clean = [
      "\t$ids = array_map( 'absint', (array) $_POST['v'] );",
      // PHP's function names are case-insensitive, a callback's too.
      "\t$ids = array_map( 'AbsInt', (array) $_POST['v'] );",
      "\t$all = map_deep( wp_unslash( $_POST['v'] ), 'sanitize_text_field' );",
      "\tif ( is_array( $_POST['v'] ) ) { return; }",
      "\t$n = count( $_POST['v'] );",
    ];
    for (const line of clean) expect(await rulesOf(inFunction(line)), line).toEqual([]);
    // The callback must sanitise, and a text sanitiser still wants the slashes taken off first.
    expect(await rulesOf(inFunction("\t$a = array_map( 'trim', $_POST['v'] );"))).toEqual([
      'WordPress.Security.ValidatedSanitizedInput.InputNotSanitized:6',
    ]);
    expect(
      await rulesOf(inFunction("\t$a = array_map( 'sanitize_text_field', $_POST['v'] );")),
    ).toEqual(['WordPress.Security.ValidatedSanitizedInput.MissingUnslash:6']);
  });

  it('reports a PHP syntax error instead of passing the file', async () => {
    expect(await rulesOf('<?php\nfunction (\n')).toEqual([expect.stringMatching(/^php-syntax/)]);
  });
});
