import type { Finding, GateVerdict } from '../core/gate-verdict.js';
import type { Gate, GateInput } from './gate.js';
import { applyThreshold } from './gate-settings.js';
import {
  checkRestRoutes,
  guardOf,
  hasCapabilityCheck,
  privilegedCall,
  resolveHandler,
  restCallbacks,
  restEndpoints,
  stateChange,
  verifiesSignature,
  type Handler,
  type RestEndpoint,
} from './wordpress-handlers.js';
import { themeFolders } from './wordpress-theme.js';
import {
  isWpdb,
  newWpdbAliases,
  noteWpdbAlias,
  wpdbMethod,
  type WpdbAliases,
} from './wordpress-wpdb.js';
import { packageVersion } from './package-version.js';
import {
  PHP_FUNCTION_KINDS,
  callName,
  functionName,
  lineOf,
  PHP_LEAF_KINDS,
  parsePhpFile,
  phpChildKeys,
  walkPhp,
  type PhpNode,
} from './php-ast.js';
import {
  checkSinks,
  REQUEST_GLOBALS,
  type Guard,
  noteTaint,
  requestDataIn,
  type Report,
  type Tainted,
} from './wordpress-sinks.js';

// The rule ids are those of the WordPress Coding Standards (WPCS) and Plugin Check sniffs each
// check mirrors, so a finding reads the same as in phpcs; checks with no sniff are `AIOS.*`.
const ESCAPE = 'WordPress.Security.EscapeOutput';
const NONCE = 'WordPress.Security.NonceVerification';
const INPUT = 'WordPress.Security.ValidatedSanitizedInput';
const SQL = 'WordPress.DB.PreparedSQL';
const PLACEHOLDERS = 'WordPress.DB.PreparedSQLPlaceholders';

/** WPCS's escaping and auto-escaped functions (EscapeOutputSniff / EscapingFunctionsTrait). */
const ESCAPING = new Set([
  'esc_attr',
  'esc_attr__',
  'esc_attr_x',
  'esc_html',
  'esc_html__',
  'esc_html_x',
  'esc_js',
  'esc_sql',
  'esc_textarea',
  'esc_url',
  'esc_url_raw',
  'esc_xml',
  'wp_kses',
  'wp_kses_post',
  'wp_kses_data',
  'wp_kses_one_attr',
  'absint',
  'intval',
  'floatval',
  'boolval',
  'count',
  'number_format',
  'number_format_i18n',
  'json_encode',
  'wp_json_encode',
  'rawurlencode',
  'urlencode',
  'sanitize_html_class',
  'tag_escape',
  'wp_nonce_field',
  'wp_create_nonce',
  'get_avatar',
  'get_search_form',
  'get_the_id',
  'paginate_links',
  'checked',
  'selected',
  'disabled',
  'wp_readonly',
  'submit_button',
  'settings_fields',
  'do_settings_sections',
  'wp_nonce_url',
  'admin_url',
  'home_url',
  'site_url',
  'get_permalink',
  // The rest of WPCS's escaping functions (EscapingFunctionsTrait)…
  'esc_attr_e',
  'esc_html_e',
  'filter_input',
  'filter_var',
  'highlight_string',
  'like_escape',
  'sanitize_hex_color',
  'sanitize_hex_color_no_hash',
  'sanitize_key',
  'sanitize_locale_name',
  'sanitize_user_field',
  'urlencode_deep',
  'wp_kses_allowed_html',
  // …and its auto-escaped ones: WordPress escapes what they return.
  'allowed_tags',
  'bloginfo',
  'body_class',
  'calendar_week_mod',
  'category_description',
  'comment_class',
  'do_shortcode',
  'do_shortcode_tag',
  'get_archives_link',
  'get_attachment_link',
  'get_bookmark_field',
  'get_calendar',
  'get_comment_author_link',
  'get_current_blog_id',
  'get_delete_post_link',
  'get_search_query',
  'get_the_author_link',
  'get_the_author',
  'get_the_date',
  'get_the_post_thumbnail',
  'get_the_term_list',
  'post_type_archive_title',
  'readonly',
  'single_cat_title',
  'single_month_title',
  'single_post_title',
  'single_tag_title',
  'single_term_title',
  'tag_description',
  'term_description',
  'the_author',
  'the_date',
  'the_title_attribute',
  'walk_nav_menu_tree',
  'wp_dropdown_categories',
  'wp_dropdown_users',
  'wp_generate_tag_cloud',
  'wp_get_archives',
  'wp_get_attachment_image',
  'wp_get_attachment_link',
  'wp_link_pages',
  'wp_list_authors',
  'wp_list_bookmarks',
  'wp_list_categories',
  'wp_list_comments',
  'wp_login_form',
  'wp_loginout',
  'wp_nav_menu',
  'wp_register',
  'wp_tag_cloud',
  'wp_timezone_choice',
  'wp_title',
]);
/**
 * WPCS's formatting functions (FormattingFunctionsHelper): what they build is safe when each
 * argument is, so their arguments are checked instead of their result.
 */
const FORMATTING = new Set([
  'antispambot',
  'array_fill',
  'ent2ncr',
  'implode',
  'join',
  'nl2br',
  'sprintf',
  'vsprintf',
  'wp_sprintf',
]);
/** PHP's own constants WPCS lets through output unescaped: numbers and a line break. */
const SAFE_PHP_CONSTANTS = new Set([
  'PHP_EOL',
  'PHP_VERSION',
  'PHP_MAJOR_VERSION',
  'PHP_MINOR_VERSION',
  'PHP_RELEASE_VERSION',
  'PHP_VERSION_ID',
  'PHP_EXTRA_VERSION',
  'PHP_DEBUG',
]);
/** WPCS's sanitizing functions (SanitizingFunctionsTrait), plus the unslashing-safe ones. */
const SANITIZING = new Set([
  '_wp_handle_upload',
  'esc_url_raw',
  'filter_input',
  'filter_var',
  'hash_equals',
  'is_email',
  'number_format',
  'sanitize_bookmark_field',
  'sanitize_bookmark',
  'sanitize_email',
  'sanitize_file_name',
  'sanitize_hex_color',
  'sanitize_hex_color_no_hash',
  'sanitize_html_class',
  'sanitize_meta',
  'sanitize_mime_type',
  'sanitize_option',
  'sanitize_sql_orderby',
  'sanitize_term_field',
  'sanitize_term',
  'sanitize_text_field',
  'sanitize_textarea_field',
  'sanitize_title',
  'sanitize_title_for_query',
  'sanitize_title_with_dashes',
  'sanitize_url',
  'sanitize_user_field',
  'sanitize_user',
  'validate_file',
  'wp_handle_sideload',
  'wp_handle_upload',
  'wp_kses_allowed_html',
  'wp_kses_data',
  'wp_kses_post',
  'wp_kses',
  'wp_parse_id_list',
  'wp_redirect',
  'wp_safe_redirect',
  'wp_sanitize_redirect',
  'wp_strip_all_tags',
  'sanitize_key',
  'absint',
  'intval',
  'floatval',
  'boolval',
  'is_numeric',
  'in_array',
  'array_search',
  'array_key_exists',
  'count',
  'sizeof',
  'doubleval',
  'wp_verify_nonce',
  'check_admin_referer',
  'check_ajax_referer',
]);
/** Sanitisers whose result cannot carry slashes (WPCS's unslashingSanitizingFunctions). */
const UNSLASH_SAFE = new Set([
  'absint',
  'intval',
  'floatval',
  'boolval',
  'is_numeric',
  'in_array',
  'array_search',
  'array_key_exists',
  'count',
  'sizeof',
  'doubleval',
  'wp_verify_nonce',
  'check_admin_referer',
  'check_ajax_referer',
  'sanitize_key',
  'hash_equals',
  'is_email',
  'wp_parse_id_list',
]);
const UNSLASH = new Set(['wp_unslash', 'stripslashes_deep', 'stripslashes']);
/**
 * WPCS's array-walking functions and where their callback sits: `array_map( 'absint', $ids )`
 * and `map_deep( wp_unslash( $data ), 'sanitize_text_field' )` sanitise with the callback.
 */
const ARRAY_WALKERS: ReadonlyMap<string, number> = new Map([
  ['array_map', 0],
  ['map_deep', 1],
]);
/** PHP's type tests: input only tested for its type is not used (WPCS's is_in_type_test). */
const TYPE_TESTS = new Set([
  'is_array',
  'is_bool',
  'is_callable',
  'is_countable',
  'is_double',
  'is_float',
  'is_int',
  'is_integer',
  'is_iterable',
  'is_long',
  'is_null',
  'is_numeric',
  'is_object',
  'is_real',
  'is_resource',
  'is_scalar',
  'is_string',
]);

/**
 * The function an array walker (`ARRAY_WALKERS`) applies to each value, when its callback is
 * named by a string; lower-cased, as PHP's function names are case-insensitive.
 */
function walkerCallback(call: PhpNode, name: string): string | undefined {
  const at = ARRAY_WALKERS.get(name);
  const callback = at === undefined ? undefined : (call.arguments as PhpNode[] | undefined)?.[at];
  return callback?.kind === 'string' ? String(callback.value).toLowerCase() : undefined;
}

/** The sanitising function a call applies: its own name, or an array walker's callback. */
function sanitizerOf(call: PhpNode, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  if (SANITIZING.has(name)) return name;
  const callback = walkerCallback(call, name);
  return callback !== undefined && SANITIZING.has(callback) ? callback : undefined;
}
const NONCE_CHECKS = new Set(['wp_verify_nonce', 'check_admin_referer', 'check_ajax_referer']);
const WPDB_QUERY = new Set(['query', 'get_results', 'get_row', 'get_var', 'get_col']);

function superglobal(node: PhpNode): string | undefined {
  if (node.kind !== 'variable') return undefined;
  const name = String(node.name);
  return REQUEST_GLOBALS.has(name) ? name : undefined;
}

/** Whether output of this expression is safe as WPCS's EscapeOutput sees it. */
function escaped(node: PhpNode | null | undefined): boolean {
  if (!node) return true;
  switch (node.kind) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'nullkeyword':
    case 'magic':
    case 'nowdoc':
      return true;
    case 'constref':
      return true;
    case 'cast':
      return ['int', 'float', 'bool'].includes(String(node.type));
    case 'bin':
      return node.type === '.' || node.type === '??'
        ? escaped(node.left as PhpNode) && escaped(node.right as PhpNode)
        : true; // arithmetic and comparisons give numbers and booleans
    case 'retif':
      return escaped(node.trueExpr as PhpNode) && escaped(node.falseExpr as PhpNode);
    case 'encapsed':
      return (node.value as PhpNode[]).every((p) =>
        p.kind === 'encapsedpart' ? escaped(p.expression as PhpNode) : escaped(p),
      );
    case 'call': {
      const name = callName(node);
      if (name === undefined) return false;
      if (ESCAPING.has(name)) return true;
      if (FORMATTING.has(name)) return (node.arguments as PhpNode[]).every((a) => escaped(a));
      // `array_map( 'esc_html', $names )`: the callback escapes each value.
      const callback = walkerCallback(node, name);
      return callback !== undefined && ESCAPING.has(callback);
    }
    case 'name':
      // PHP_EOL or \PHP_EOL: a constant of PHP's own, not one a plugin defined.
      return SAFE_PHP_CONSTANTS.has(String(node.name).replace(/^\\/, ''));
    case 'array':
      // An argument of a formatting function (implode( ', ', array( … ) )): each value.
      return (node.items as PhpNode[]).every((e) =>
        escaped(e.kind === 'entry' ? (e.value as PhpNode) : e),
      );
    default:
      return false;
  }
}

interface Ctx {
  readonly path: string;
  readonly out: Finding[];
  /** The names the file gives WordPress's database object (see `wpdbAliases`). */
  readonly wpdb: WpdbAliases;
}

function add(
  ctx: Ctx,
  rule: string,
  severity: Finding['severity'],
  message: string,
  node: PhpNode,
) {
  const line = lineOf(node);
  ctx.out.push({ rule, severity, message, path: ctx.path, ...(line ? { line } : {}) });
}

function flagOutput(ctx: Ctx, expr: PhpNode): void {
  add(
    ctx,
    `${ESCAPE}.OutputNotEscaped`,
    'error',
    'All output should be run through an escaping function (esc_html(), esc_attr(), esc_url(), wp_kses_post()…)',
    expr,
  );
}

// Called for every node: no closure is made here (one per node was most of the walk's time).
function checkOutput(ctx: Ctx, node: PhpNode, name: string | undefined): void {
  if (node.kind === 'echo') {
    for (const e of node.expressions as PhpNode[]) if (!escaped(e)) flagOutput(ctx, e);
  } else if (node.kind === 'print') {
    if (!escaped(node.expression as PhpNode)) flagOutput(ctx, node);
  }
  if (name === undefined) return;
  if (name === '_e' || name === '_ex')
    add(
      ctx,
      `${ESCAPE}.UnsafePrintingFunction`,
      'error',
      `${name}() prints without escaping; use esc_html_e() or esc_attr_e()`,
      node,
    );
  if (name === 'printf' || name === 'vprintf') {
    const args = node.arguments as PhpNode[];
    if (!escaped(args[0]) || args.slice(1).some((a) => !escaped(a))) flagOutput(ctx, node);
  }
}

/** Markup that ends inside an attribute whose value is a URL: `<a href="`, `<img src='`. */
const URL_ATTRIBUTE =
  /(?<![\w:-])(?:href|src|action|formaction|poster|cite|xlink:href)\s*=\s*["']?$/i;
/** Escaping for text and attributes, which leaves a `javascript:` URL as it is. */
const TEXT_ESCAPES = new Set(['esc_attr', 'esc_html']);

/** The last operand of a `.` chain (the expression itself when it is none). */
function lastOperand(node: PhpNode | undefined): PhpNode | undefined {
  let last = node;
  while (last?.kind === 'bin' && last.type === '.') last = last.right as PhpNode;
  return last;
}

/** The literal text an expression ends with (the last part of a `.` chain), if any. */
function trailingText(node: PhpNode | undefined): string | undefined {
  const last = lastOperand(node);
  return last?.kind === 'string' || last?.kind === 'inline' ? String(last.value) : undefined;
}

/** The first operand of a `.` chain. */
function leadingOperand(node: PhpNode): PhpNode {
  let first = node;
  while (first.kind === 'bin' && first.type === '.') first = first.left as PhpNode;
  return first;
}

/**
 * A URL attribute filled through `esc_attr()` or `esc_html()`: both leave `javascript:alert(1)`
 * as it is, which runs when the link is followed; `esc_url()` refuses the scheme. Found where
 * the markup before the value is in reach: a template's inline HTML before an `echo`, and a
 * string ending in `href="` concatenated with the escaped value.
 */
function checkUrlContext(ctx: Ctx, node: PhpNode, parents: readonly PhpNode[], scope: Scope): void {
  const judge = (value: PhpNode) => {
    const call = leadingOperand(value);
    const name = callName(call);
    if (!name || !TEXT_ESCAPES.has(name)) return;
    const from = requestDataIn((call.arguments as PhpNode[])[0], scope.tainted, 'redirect');
    add(
      ctx,
      'AIOS.Security.UrlEscapedAsText',
      from ? 'error' : 'warning',
      `${name}() escapes a URL attribute as text: it keeps javascript: URLs${from ? ` (here from request data, ${from})` : ''}, which run script when followed; escape URLs with esc_url()`,
      call,
    );
  };
  if (node.kind === 'echo' || node.kind === 'print') {
    const parent = parents[parents.length - 1];
    const siblings = (parent?.children as PhpNode[] | undefined) ?? [];
    const before = siblings[siblings.indexOf(node) - 1];
    if (before?.kind === 'inline' && URL_ATTRIBUTE.test(String(before.value)))
      for (const e of node.kind === 'echo'
        ? (node.expressions as PhpNode[])
        : [node.expression as PhpNode])
        judge(e);
  }
  if (node.kind === 'bin' && node.type === '.') {
    const text = trailingText(node.left as PhpNode);
    if (text !== undefined && URL_ATTRIBUTE.test(text)) judge(node.right as PhpNode);
  }
}

/** Input rules for one superglobal read, judged by what encloses it. */
function checkInput(ctx: Ctx, node: PhpNode, parents: readonly PhpNode[], scope: Scope): void {
  const global = superglobal(node);
  if (!global) return;
  let unslashed = false;
  // `$_GET['x'] ?? ''` checks that the key exists, as isset() does: WPCS counts the null
  // coalescing operator (and `??=`) as validation since 2.2.0.
  let coalesced = false;
  let child = node;
  for (let i = parents.length - 1; i >= 0; i--) {
    const p = parents[i]!;
    if (p.kind === 'bin' && p.type === '??' && p.left === child) coalesced = true;
    if (p.kind === 'assign' && p.operator === '??=' && p.left === child) coalesced = true;
    child = p;
    if (p.kind === 'isset' || p.kind === 'empty') return;
    if (p.kind === 'cast' && ['int', 'float', 'bool'].includes(String(p.type))) return;
    if (p.kind === 'bin' && ['===', '!==', '==', '!='].includes(String(p.type))) return;
    if (p.kind === 'unset') return;
    const name = callName(p);
    if (name && UNSLASH.has(name)) {
      unslashed = true;
      continue;
    }
    if (name && TYPE_TESTS.has(name)) return;
    const sanitizer = sanitizerOf(p, name);
    if (sanitizer) {
      if (!unslashed && !UNSLASH_SAFE.has(sanitizer) && global !== '_FILES' && global !== '_SERVER')
        add(
          ctx,
          `${INPUT}.MissingUnslash`,
          'warning',
          `$${global} data not unslashed before sanitization; use wp_unslash() inside ${name}()`,
          node,
        );
      break;
    }
    if (
      name ||
      p.kind === 'assign' ||
      p.kind === 'echo' ||
      p.kind === 'return' ||
      PHP_FUNCTION_KINDS.has(p.kind) ||
      p.kind === 'expressionstatement'
    ) {
      if (!(name && ['isset', 'empty'].includes(name)))
        add(
          ctx,
          `${INPUT}.InputNotSanitized`,
          'error',
          `Detected usage of a non-sanitized input variable: $${global}; use sanitize_text_field( wp_unslash( … ) ), absint() or similar`,
          node,
        );
      break;
    }
  }
  if (global === '_POST' || global === '_GET' || global === '_REQUEST') {
    scope.reads.push({ node, global, validated: coalesced });
  }
}

/**
 * Calls that check an upload's type or extension against what is allowed: WordPress's own
 * (`wp_check_filetype_and_ext()` reads the file's content too), PHP's content sniffers, and an
 * extension read with `pathinfo()` (compared against a list by the code around it).
 */
const TYPE_CHECKS = new Set([
  'wp_check_filetype',
  'wp_check_filetype_and_ext',
  'wp_get_image_mime',
  'exif_imagetype',
  'getimagesize',
  'finfo_file',
  'mime_content_type',
  'pathinfo',
]);

/** A destination whose extension the code fixes (`… . '.png'`), whatever the upload was named. */
function fixedExtension(destination: PhpNode | undefined): boolean {
  let last = lastOperand(destination);
  if (last?.kind === 'encapsed') {
    const tail = (last.value as PhpNode[]).at(-1);
    last = tail?.kind === 'encapsedpart' ? (tail.expression as PhpNode) : tail;
  }
  return last?.kind === 'string' && /\.[a-z0-9]{1,5}$/i.test(String(last.value));
}

interface Scope {
  readonly node: PhpNode;
  /** Request data read in the scope; `validated`: the read itself checks that it exists (`??`). */
  readonly reads: { node: PhpNode; global: string; validated: boolean }[];
  nonce: boolean;
  /** The capability checked so far in the function (wordpress-sinks.ts). */
  capability: Guard;
  validated: boolean;
  readonly preparedVars: Set<string>;
  /** `move_uploaded_file()` calls whose destination's extension the upload's name may pick. */
  readonly uploads: PhpNode[];
  /** The function checks an upload's type or extension (see TYPE_CHECKS). */
  typeChecked: boolean;
  /** Variables holding request data (wordpress-sinks.ts). */
  readonly tainted: Tainted;
}

function sqlSafe(node: PhpNode | undefined, scope: Scope, wpdb: WpdbAliases): boolean {
  if (!node) return true;
  switch (node.kind) {
    case 'string':
    case 'nowdoc':
    case 'number':
      return true;
    case 'cast':
      return ['int', 'float'].includes(String(node.type));
    case 'propertylookup':
      // A table name: `$wpdb->posts`, `$this->db->prefix`.
      return isWpdb(node.what as PhpNode, wpdb);
    case 'variable':
      return scope.preparedVars.has(String(node.name));
    case 'bin':
      return node.type === '.'
        ? sqlSafe(node.left as PhpNode, scope, wpdb) && sqlSafe(node.right as PhpNode, scope, wpdb)
        : true;
    case 'encapsed':
      return (node.value as PhpNode[]).every((p) =>
        sqlSafe(p.kind === 'encapsedpart' ? (p.expression as PhpNode) : p, scope, wpdb),
      );
    case 'call': {
      if (wpdbMethod(node, wpdb) === 'prepare') return true;
      const name = callName(node);
      return name === 'absint' || name === 'intval' || name === 'esc_sql';
    }
    default:
      return false;
  }
}

function checkSql(ctx: Ctx, node: PhpNode, scope: Scope): void {
  const method = wpdbMethod(node, ctx.wpdb);
  if (!method) return;
  const args = node.arguments as PhpNode[];
  if (WPDB_QUERY.has(method) && !sqlSafe(args[0], scope, ctx.wpdb)) {
    add(
      ctx,
      `${SQL}.NotPrepared`,
      'error',
      `Use placeholders and $wpdb->prepare(); $wpdb->${method}() is given SQL built from variables`,
      node,
    );
  }
  if (method === 'prepare') {
    const q = args[0];
    if (!q) return;
    if ((q.kind === 'encapsed' || q.kind === 'bin') && !sqlSafeLiteral(q, ctx.wpdb)) {
      add(
        ctx,
        `${SQL}.InterpolatedNotPrepared`,
        'error',
        'Variables are interpolated into the query given to $wpdb->prepare(); use placeholders',
        q,
      );
      return;
    }
    const text = literalText(q);
    if (text === undefined) return;
    const sql = text.replace(/%%/g, '');
    const placeholders = [...sql.matchAll(/%(?:\d+\$)?[sdfFi]/g)].length;
    const replacements = args.slice(1);
    const spread = replacements.some((a) => a.kind === 'variadic' || a.kind === 'array');
    if (/'%(?:\d+\$)?s'|"%(?:\d+\$)?s"/.test(sql))
      add(
        ctx,
        `${PLACEHOLDERS}.QuotedSimplePlaceholder`,
        'warning',
        'Simple placeholders should not be quoted in the query string; $wpdb->prepare() quotes them',
        q,
      );
    if (placeholders === 0)
      add(
        ctx,
        `${PLACEHOLDERS}.UnnecessaryPrepare`,
        'warning',
        '$wpdb->prepare() is called on a query without placeholders',
        q,
      );
    else if (!spread && placeholders !== replacements.length)
      add(
        ctx,
        `${PLACEHOLDERS}.ReplacementsWrongNumber`,
        'error',
        `The query has ${placeholders} placeholder(s) but ${replacements.length} replacement(s) are passed`,
        node,
      );
  }
}

/** The query's literal text (with `$wpdb->…` parts left out), if it is literal. */
function literalText(node: PhpNode): string | undefined {
  if (node.kind === 'string' || node.kind === 'nowdoc') return String(node.value);
  if (node.kind === 'propertylookup') return '';
  if (node.kind === 'encapsedpart') return literalText(node.expression as PhpNode);
  if (node.kind === 'encapsed') {
    const parts = (node.value as PhpNode[]).map(literalText);
    return parts.every((p) => p !== undefined) ? parts.join('') : undefined;
  }
  if (node.kind === 'bin' && node.type === '.') {
    const l = literalText(node.left as PhpNode);
    const r = literalText(node.right as PhpNode);
    return l !== undefined && r !== undefined ? l + r : undefined;
  }
  return undefined;
}

function sqlSafeLiteral(node: PhpNode, wpdb: WpdbAliases): boolean {
  if (node.kind === 'string' || node.kind === 'nowdoc') return true;
  if (node.kind === 'propertylookup') return isWpdb(node.what as PhpNode, wpdb);
  if (node.kind === 'encapsed')
    return (node.value as PhpNode[]).every((p) =>
      sqlSafeLiteral(p.kind === 'encapsedpart' ? (p.expression as PhpNode) : p, wpdb),
    );
  if (node.kind === 'bin' && node.type === '.')
    return (
      sqlSafeLiteral(node.left as PhpNode, wpdb) && sqlSafeLiteral(node.right as PhpNode, wpdb)
    );
  return placeholderList(node);
}

/**
 * `implode( ',', array_fill( 0, count( $ids ), '%d' ) )`: a list of placeholders for an IN
 * clause, the values passed to prepare() after it. WPCS accepts this one construct inside a
 * prepared query; its placeholders are counted at run time, so their number is not checked.
 */
function placeholderList(node: PhpNode): boolean {
  if (callName(node) !== 'implode' && callName(node) !== 'join') return false;
  const [glue, pieces] = node.arguments as PhpNode[];
  if (glue?.kind !== 'string' || !pieces || callName(pieces) !== 'array_fill') return false;
  const fill = (pieces.arguments as PhpNode[])[2];
  return fill?.kind === 'string' && /^%(?:\d+\$)?[sdfFi]$/.test(String(fill.value));
}

function isGuard(stmt: PhpNode): boolean {
  let found = false;
  walkPhp(stmt, (n) => {
    const name = callName(n);
    if (name === 'defined') {
      const arg = (n.arguments as PhpNode[])[0];
      if (arg?.kind === 'string' && ['ABSPATH', 'WPINC'].includes(String(arg.value))) found = true;
    }
  });
  return found && (stmt.kind === 'expressionstatement' || stmt.kind === 'if');
}

const DECLARATIONS = new Set([
  'class',
  'interface',
  'trait',
  'function',
  'usegroup',
  'declare',
  'enum',
  'constantstatement',
  'noop',
]);

/** Plugin Check's direct file access check: executable code before an ABSPATH guard. */
function checkDirectAccess(ctx: Ctx, program: PhpNode): void {
  const statements = (program.children as PhpNode[]).flatMap((s) =>
    s.kind === 'namespace' ? (s.children as PhpNode[]) : [s],
  );
  for (const s of statements) {
    if (isGuard(s)) return;
    if (DECLARATIONS.has(s.kind)) continue;
    if (s.kind === 'inline' && !String(s.value).trim()) continue;
    add(
      ctx,
      'PluginCheck.Security.DirectFileAccess',
      'error',
      "Code runs when the file is loaded directly; start it with defined( 'ABSPATH' ) || exit;",
      s,
    );
    return;
  }
}

/** A node the security walk enters: a node that can hold or be what the rules look for. */
function walked(value: unknown): value is PhpNode {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return typeof kind === 'string' && !PHP_LEAF_KINDS.has(kind);
}

/**
 * What the walk must know before it reaches a use: the names the file gives `$wpdb`, and the
 * REST endpoints each `register_rest_route()` call registers (a callback's request is request
 * data wherever the callback is defined). One walk for both.
 */
function prepass(program: PhpNode): {
  wpdb: WpdbAliases;
  routes: Map<PhpNode, RestEndpoint[]>;
} {
  const wpdb = newWpdbAliases();
  const routes = new Map<PhpNode, RestEndpoint[]>();
  walkPhp(program, (n) => {
    noteWpdbAlias(n, wpdb);
    if (callName(n) === 'register_rest_route') routes.set(n, restEndpoints(n));
  });
  return { wpdb, routes };
}

/** WordPress security rules over one file's syntax tree; handlers are collected for later. */
function checkFile(
  ctx: Ctx,
  program: PhpNode,
  routes: ReadonlyMap<PhpNode, RestEndpoint[]>,
  handlers: Handler[],
  functions: Map<string, PhpNode>,
  inTheme = false,
) {
  // Plugin Check's rule, for plugins: a theme's templates print markup and are not guarded
  // (WordPress's own themes and the starter themes are not).
  if (!inTheme) checkDirectAccess(ctx, program);
  const rest = restCallbacks([...routes.values()].flat());
  // Made once per file: the walk below runs for every node.
  const report: Report = (rule, severity, message, at) => add(ctx, rule, severity, message, at);
  const scopes: Scope[] = [];
  const newScope = (node: PhpNode): Scope => ({
    node,
    reads: [],
    nonce: false,
    capability: 'none',
    validated: false,
    preparedVars: new Set(),
    uploads: [],
    typeChecked: false,
    tainted: new Map(),
  });
  const top = newScope(program);
  const all: Scope[] = [top];
  const scopeOf = () => scopes[scopes.length - 1] ?? top;
  const visit = (node: PhpNode, parents: PhpNode[]) => {
    const isFn = PHP_FUNCTION_KINDS.has(node.kind);
    if (isFn) {
      const s = newScope(node);
      scopes.push(s);
      all.push(s);
      const name = functionName(node);
      if (name) functions.set(name, node);
      // A REST callback's first parameter is the request: `$request['key']`,
      // `$request->get_param( 'key' )` and the rest of it are request data, safe for nothing.
      const routeGuard =
        rest.nodes.get(node) ?? (name === undefined ? undefined : rest.names.get(name));
      if (routeGuard !== undefined) {
        const request = (node.arguments as PhpNode[] | undefined)?.[0];
        const variable = (request?.name as PhpNode | undefined)?.name;
        if (typeof variable === 'string') s.tainted.set(variable, new Set());
        s.capability = routeGuard;
      }
    }
    const scope = scopeOf();
    const name = callName(node);
    if (name && NONCE_CHECKS.has(name)) scope.nonce = true;
    if (name === 'current_user_can' || name === 'user_can')
      scope.capability = guardOf(node, name, scope.capability);
    if (node.kind === 'isset' || node.kind === 'empty' || name === 'array_key_exists')
      scope.validated = true;
    if (node.kind === 'assign' && (node.left as PhpNode).kind === 'variable') {
      if (wpdbMethod(node.right as PhpNode, ctx.wpdb) === 'prepare')
        scope.preparedVars.add(String((node.left as PhpNode).name));
    }
    checkOutput(ctx, node, name);
    checkUrlContext(ctx, node, parents, scope);
    checkInput(ctx, node, parents, scope);
    checkSql(ctx, node, scope);
    if (node.kind === 'eval')
      add(
        ctx,
        'Squiz.PHP.Eval.Discouraged',
        'error',
        'eval() is discouraged: it runs arbitrary code',
        node,
      );
    if (name === 'extract')
      add(
        ctx,
        'WordPress.PHP.DontExtract.extract_extract',
        'error',
        'extract() creates variables from data; assign them explicitly',
        node,
      );
    if (name === 'unserialize') {
      const fromInput = requestDataIn((node.arguments as PhpNode[])[0], scope.tainted, 'code');
      add(
        ctx,
        'WordPress.PHP.DiscouragedPHPFunctions.serialize_unserialize',
        fromInput ? 'error' : 'warning',
        fromInput
          ? `unserialize() of request data (${fromInput}) lets anyone instantiate objects (object injection); use json_decode()`
          : 'unserialize() can instantiate objects from data (object injection); use json_decode()',
        node,
      );
    }
    if (name && TYPE_CHECKS.has(name)) scope.typeChecked = true;
    if (name === 'move_uploaded_file' && !fixedExtension((node.arguments as PhpNode[])[1]))
      scope.uploads.push(node);
    checkSinks(node, name, scope.tainted, report, scope.capability);
    noteTaint(node, name, scope.tainted);
    if (name === 'add_action') {
      const [hook, callback] = node.arguments as PhpNode[];
      const value = hook?.kind === 'string' ? String(hook.value) : '';
      if (callback && /^(wp_ajax_|admin_post_)nopriv_/.test(value))
        handlers.push({ hook: value, callback, at: node, open: true });
      else if (callback && /^(wp_ajax_|admin_post_)/.test(value))
        handlers.push({ hook: value, callback, at: node });
    }
    const endpoints = routes.get(node);
    if (endpoints) checkRestRoutes(endpoints, handlers, report);
    parents.push(node);
    // Children inline, leaves (literals, names) skipped: no list or closure per node.
    for (const key of phpChildKeys(node.kind, node)) {
      const value = node[key];
      if (value === null || typeof value !== 'object') continue;
      if (Array.isArray(value)) {
        for (const c of value as unknown[]) if (walked(c)) visit(c, parents);
      } else if (walked(value)) visit(value, parents);
    }
    parents.pop();
    if (isFn) scopes.pop();
  };
  visit(program, []);
  // A type check elsewhere in the file may be the caller's, made before it hands the upload
  // to a helper that moves it: said, not sent back.
  const fileChecksTypes = all.some((s) => s.typeChecked);
  for (const s of all) {
    const upload = s.typeChecked ? undefined : s.uploads[0];
    if (upload)
      add(
        ctx,
        'AIOS.Security.UploadWithoutTypeCheck',
        fileChecksTypes ? 'warning' : 'error',
        `move_uploaded_file() keeps the uploaded file's own extension without checking its type${fileChecksTypes ? ' in this function (another function of the file checks one: make sure it is this upload)' : ''}: anyone who can upload can place a .php file and run it; check it with wp_check_filetype_and_ext() against the allowed types, or use wp_handle_upload()`,
        upload,
      );
    for (const r of s.reads) {
      if (s.nonce) break;
      const post = r.global === '_POST';
      add(
        ctx,
        `${NONCE}.${post ? 'Missing' : 'Recommended'}`,
        post ? 'error' : 'warning',
        `Processing form data without nonce verification ($${r.global}); call check_admin_referer(), check_ajax_referer() or wp_verify_nonce() first`,
        r.node,
      );
      break;
    }
    const unchecked = s.validated ? undefined : s.reads.find((r) => !r.validated);
    if (unchecked)
      add(
        ctx,
        `${INPUT}.InputNotValidated`,
        'warning',
        `$${unchecked.global} is read without checking it exists (isset(), empty() or ??)`,
        unchecked.node,
      );
  }
  return all;
}

/**
 * WordPress security on the PHP syntax tree (php-parser): escaping, nonces, sanitised and
 * validated input, prepared SQL and placeholders, capability checks in AJAX and admin-post
 * handlers, REST permission callbacks, the direct-load guard, eval/extract/unserialize, and
 * request data followed into shell commands, code, includes, paths, redirects and outgoing
 * requests (wordpress-sinks.ts).
 */
export function createWordPressSecurityGate(): Gate {
  return {
    id: 'wordpress-security',
    description: 'WordPress security on the PHP syntax tree (WPCS sniff names)',
    async run(input: GateInput): Promise<GateVerdict> {
      const started = performance.now();
      const findings: Finding[] = [];
      const handlers: { ctx: Ctx; handler: Handler }[] = [];
      const functions = new Map<string, PhpNode>();
      const inTheme = await themeFolders(input);
      for (const f of input.files.filter((f) => /\.php$/i.test(f.path))) {
        const parsed = await parsePhpFile(f);
        if ('error' in parsed) {
          findings.push(parsed.error);
          continue;
        }
        const { wpdb, routes } = prepass(parsed.ast);
        const ctx: Ctx = { path: f.path, out: findings, wpdb };
        const mine: Handler[] = [];
        checkFile(ctx, parsed.ast, routes, mine, functions, inTheme(f.path));
        handlers.push(...mine.map((handler) => ({ ctx, handler })));
      }
      for (const { ctx, handler } of handlers) {
        const fn = resolveHandler(handler.callback, functions);
        if (handler.open) {
          // Open to everyone by design: what it must not do is change what only a trusted user may.
          // A webhook proves its sender with a signature: checked, the caller is known.
          const call =
            fn && !hasCapabilityCheck(fn) && !verifiesSignature(fn)
              ? privilegedCall(fn)
              : undefined;
          if (fn && call)
            add(
              ctx,
              'AIOS.Security.OpenHandlerChangesSite',
              'error',
              `the ${handler.hook} handler calls ${call} for anyone, logged in or not: register it for logged-in users only (wp_ajax_, a permission_callback) and check current_user_can() before acting`,
              fn,
            );
        } else if (!fn)
          add(
            ctx,
            'AIOS.Security.HandlerNotFound',
            'info',
            `the ${handler.hook} handler is not in this change, so its capability check was not verified`,
            handler.at,
          );
        else if (!hasCapabilityCheck(fn)) {
          // Any logged-in user (a subscriber) can call it. Changing something is sent back;
          // reading is said: data for every user needs no capability, private data does.
          const change = stateChange(fn, ctx.wpdb);
          add(
            ctx,
            'AIOS.Security.HandlerWithoutCapability',
            change ? 'error' : 'warning',
            change
              ? `the ${handler.hook} handler calls ${change} for any logged-in user, a subscriber included: check current_user_can() before acting`
              : `the ${handler.hook} handler answers any logged-in user, a subscriber included, with no capability check: fine for data every user may see, otherwise check current_user_can()`,
            fn,
          );
        }
      }
      const judged = applyThreshold(findings, input.settings, input.risk);
      return {
        gate: 'wordpress-security',
        pass: !judged.some((f) => f.severity === 'error'),
        findings: judged,
        durationMs: Math.round(performance.now() - started),
        checkers: [{ name: 'php-parser', version: packageVersion('php-parser') }],
      };
    },
  };
}
