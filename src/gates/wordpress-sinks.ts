import type { Finding } from '../core/gate-verdict.js';
import { callName, phpChildren, PHP_LEAF_KINDS, type PhpNode } from './php-ast.js';

/**
 * Request data reaching a call that runs it, loads it or follows it: a shell command, code, an
 * included file, a file path, a redirect, an outgoing request. WPCS's input rules pass such
 * data once it went through a sanitiser (`sanitize_text_field` leaves `../`, `;` and URLs as
 * they are), and its rules for these calls only discourage the call; here the data is followed
 * into the call, within a function: from the superglobal, through the variables assigned from
 * it (in source order), past the functions that make it safe for that call alone.
 */

/**
 * What the function has checked of the user before a call, in source order: nothing, some
 * capability, or one only administrators hold (`manage_options`, `edit_users`…), who may change
 * any setting through WordPress's own screens anyway.
 */
export type Guard = 'none' | 'user' | 'admin';

/** Capabilities WordPress gives administrators (and super admins) alone. */
export const ADMIN_CAPABILITIES: ReadonlySet<string> = new Set([
  'administrator',
  'manage_options',
  'manage_network',
  'manage_network_options',
  'manage_network_users',
  'manage_network_plugins',
  'manage_network_themes',
  'manage_sites',
  'edit_users',
  'promote_users',
  'create_users',
  'delete_users',
  'activate_plugins',
  'install_plugins',
  'update_plugins',
  'edit_plugins',
  'delete_plugins',
  'install_themes',
  'update_themes',
  'edit_themes',
  'delete_themes',
  'switch_themes',
  'edit_theme_options',
  'update_core',
]);

/** Reports a finding at a node (the gate's `add`). */
export type Report = (
  rule: string,
  severity: Finding['severity'],
  message: string,
  node: PhpNode,
) => void;

/**
 * Variables of one function that hold request data (assigned from it, or looped over it), each
 * with the sinks it was made safe for (`basename()` makes a name safe for a path, not a shell).
 */
export type Tainted = Map<string, ReadonlySet<SinkKind>>;

/** PHP's superglobals that carry the request: what the gate's input rules and the sinks follow. */
export const REQUEST_GLOBALS: ReadonlySet<string> = new Set([
  '_GET',
  '_POST',
  '_REQUEST',
  '_COOKIE',
  '_SERVER',
  '_FILES',
]);

const args = (node: PhpNode): PhpNode[] => (node.arguments as PhpNode[] | undefined) ?? [];

/** Calls whose result is safe for any of the sinks below (numbers, booleans, hashes, keys). */
const ALWAYS_SAFE = new Set([
  'absint',
  'intval',
  'floatval',
  'boolval',
  'is_numeric',
  'in_array',
  'array_key_exists',
  'isset',
  'empty',
  'count',
  'wp_verify_nonce',
  'hash_equals',
  'md5',
  'sha1',
  'hash',
  'wp_hash',
  'sanitize_key',
  'wp_parse_id_list',
]);

/** What makes request data safe for each kind of sink, beyond `ALWAYS_SAFE`. */
const SAFE_FOR = {
  command: new Set(['escapeshellarg']),
  code: new Set<string>(),
  path: new Set(['basename', 'sanitize_file_name', 'validate_file']),
  redirect: new Set(['wp_validate_redirect']),
  request: new Set(['wp_http_validate_url']),
  // An option or meta key: any key a sanitiser lets through is still a key of the client's
  // choosing, so only an allow-list or a fixed prefix makes it safe (see below).
  setting: new Set<string>(),
} as const;
export type SinkKind = keyof typeof SAFE_FOR;
const SINK_KINDS = Object.keys(SAFE_FOR) as SinkKind[];

/** `$_SERVER` values the server sets, not the client (unlike HTTP_*, REQUEST_URI, PHP_SELF…). */
const SERVER_SET = new Set([
  'DOCUMENT_ROOT',
  'SCRIPT_FILENAME',
  'SERVER_SOFTWARE',
  'SERVER_ADDR',
  'REMOTE_ADDR',
  'REQUEST_TIME',
  'REQUEST_TIME_FLOAT',
]);

/** Keys of an upload's array that PHP fills, not the client (unlike `name` and `type`). */
const UPLOAD_SET = new Set(['tmp_name', 'size', 'error']);

/**
 * Is this a value PHP or the server made, not the client: an upload's `['tmp_name']` (its
 * temporary path), `['size']` or `['error']`, read from `$_FILES` or from a variable holding one
 * of its uploads, or `$_SERVER['DOCUMENT_ROOT']` and the like?
 */
function notFromClient(node: PhpNode): boolean {
  if (node.kind !== 'offsetlookup') return false;
  const offset = node.offset as PhpNode | null;
  if (offset?.kind !== 'string') return false;
  const what = node.what as PhpNode;
  if (what.kind === 'variable' && what.name === '_SERVER')
    return SERVER_SET.has(String(offset.value));
  return UPLOAD_SET.has(String(offset.value));
}

/**
 * The request data this expression carries to a sink of `kind` (the superglobal or tainted
 * variable, named as `$_GET`/`$name`), or undefined when none reaches it.
 */
export function requestDataIn(
  node: PhpNode | null | undefined,
  tainted: Tainted,
  kind: SinkKind,
): string | undefined {
  if (!node || PHP_LEAF_KINDS.has(node.kind)) return undefined;
  switch (node.kind) {
    case 'variable': {
      const name = String(node.name);
      if (REQUEST_GLOBALS.has(name)) return `$${name}`;
      const safeFor = tainted.get(name);
      if (safeFor && !safeFor.has(kind)) return `$${name}`;
      break;
    }
    case 'isset':
    case 'empty':
      return undefined;
    case 'cast':
      if (['int', 'float', 'bool'].includes(String(node.type))) return undefined;
      break;
    case 'bin':
      // Comparisons and arithmetic give booleans and numbers; `.` and `??` pass data on.
      if (node.type !== '.' && node.type !== '??') return undefined;
      break;
    case 'offsetlookup':
      // `$map[ $input ]` is a value of the map, picked by the input: what the map holds decides
      // (the fix the messages below ask for), not the key.
      if (notFromClient(node)) return undefined;
      return requestDataIn(node.what as PhpNode, tainted, kind);
    case 'call': {
      const name = callName(node);
      // `sanitize_key( 'users_can_register' )` is that option's name: a key, not a safe one.
      const safe = ALWAYS_SAFE.has(name ?? '') && !(kind === 'setting' && name === 'sanitize_key');
      if (name && (safe || SAFE_FOR[kind].has(name))) return undefined;
      if (kind === 'request' || kind === 'redirect') {
        // This site's own URLs: the path given is appended below the site's address.
        if (name && OWN_URLS.has(name)) return undefined;
        if (name === 'add_query_arg') return queryArgTarget(node, tainted, kind);
      }
      break;
    }
    default:
  }
  // A URL whose scheme and host (or, for a redirect, own-site path) come first and fixed: request
  // data after them changes the path or the query, not where the request or visitor goes.
  if ((kind === 'request' || kind === 'redirect') && fixedOrigin(node, kind)) return undefined;
  for (const child of phpChildren(node)) {
    const found = requestDataIn(child, tainted, kind);
    if (found) return found;
  }
  return undefined;
}

/** `https://host/…` (or, for a redirect, `/path` on this site): where a URL goes is fixed. */
const FIXED_URL = /^(?:https?:)?\/\/[^/?#\s]+[/?#]/i;
const OWN_PATH = /^\/(?![/\\])/;
/** WordPress calls that give this site's own URLs. */
const OWN_URLS = new Set(['home_url', 'site_url', 'admin_url', 'get_permalink', 'rest_url']);

/** Does the expression begin with a fixed origin (the leftmost part of a `.` chain or string)? */
function fixedOrigin(node: PhpNode, kind: 'request' | 'redirect'): boolean {
  let first: PhpNode = node;
  for (;;) {
    if (first.kind === 'bin' && first.type === '.') first = first.left as PhpNode;
    else if (first.kind === 'encapsed') {
      const head = (first.value as PhpNode[])[0];
      if (!head) return false;
      first = head.kind === 'encapsedpart' ? (head.expression as PhpNode) : head;
    } else break;
  }
  if (first === node && node.kind !== 'encapsed') return false;
  if (first.kind === 'string') {
    const text = String(first.value);
    return FIXED_URL.test(text) || (kind === 'redirect' && OWN_PATH.test(text));
  }
  const name = callName(first);
  return name !== undefined && OWN_URLS.has(name);
}

/**
 * `add_query_arg( key, value, url )` / `add_query_arg( array, url )`: the values become the
 * query; the URL (the current request's when none is given) decides where it goes.
 */
function queryArgTarget(
  node: PhpNode,
  tainted: Tainted,
  kind: 'request' | 'redirect',
): string | undefined {
  const list = (node.arguments as PhpNode[] | undefined) ?? [];
  const url = list[0]?.kind === 'array' ? list[1] : list[2];
  if (!url) return undefined;
  if (url.kind === 'string' || OWN_URLS.has(callName(url) ?? '') || fixedOrigin(url, kind))
    return undefined;
  return requestDataIn(url, tainted, kind);
}

/** Does the expression name a superglobal or a tainted variable at all (one walk, no judging)? */
function mentionsData(node: PhpNode, tainted: Tainted): boolean {
  if (PHP_LEAF_KINDS.has(node.kind)) return false;
  if (node.kind === 'variable') {
    const name = String(node.name);
    if (REQUEST_GLOBALS.has(name) || tainted.has(name)) return true;
  }
  return phpChildren(node).some((child) => mentionsData(child, tainted));
}

/** The sinks request data in this expression reaches (none, most often: one walk then). */
function carriedTo(node: PhpNode, tainted: Tainted): SinkKind[] {
  if (!mentionsData(node, tainted)) return [];
  return SINK_KINDS.filter((k) => requestDataIn(node, tainted, k));
}

/** Note the variables this node fills with request data (`$x = …`, `foreach ( … as $k => $v )`). */
export function noteTaint(node: PhpNode, name: string | undefined, tainted: Tainted): void {
  if (node.kind === 'assign') {
    const left = node.left as PhpNode;
    if (left.kind !== 'variable' || typeof left.name !== 'string') return;
    const carried = carriedTo(node.right as PhpNode, tainted);
    // `.=` and the like keep what the variable held; `=` replaces it.
    const before = node.operator === '=' ? undefined : tainted.get(left.name);
    if (carried.length === 0 && !before) tainted.delete(left.name);
    else
      tainted.set(
        left.name,
        new Set(SINK_KINDS.filter((k) => !carried.includes(k) && (!before || before.has(k)))),
      );
  } else if (tainted.size > 0 && (name !== undefined || node.kind === 'isset')) {
    const checked = allowListed(node, name);
    if (checked && tainted.has(checked)) tainted.set(checked, new Set(SINK_KINDS));
  } else if (node.kind === 'foreach') {
    const carried = carriedTo(node.source as PhpNode, tainted);
    if (carried.length === 0) return;
    const safeFor = new Set(SINK_KINDS.filter((k) => !carried.includes(k)));
    for (const v of [node.key, node.value] as (PhpNode | null)[])
      if (v?.kind === 'variable' && typeof v.name === 'string') tainted.set(v.name, safeFor);
  }
}

/**
 * The variable this node checks against an allow-list, made safe for every sink from here on:
 * `in_array( $v, $allowed, true )`, `array_key_exists( $v, $map )`, `isset( $map[ $v ] )`, or
 * `preg_match( '/^…$/', $v )` with an anchored literal pattern. (Read in source order, without
 * branches: the check is taken to guard what follows, as plugins write it.)
 */
function allowListed(node: PhpNode, name: string | undefined): string | undefined {
  const variable = (n: PhpNode | undefined): string | undefined =>
    n?.kind === 'variable' && typeof n.name === 'string' ? n.name : undefined;
  if (node.kind === 'isset') {
    for (const v of node.variables as PhpNode[])
      if (v.kind === 'offsetlookup') {
        const key = variable(v.offset as PhpNode);
        if (key) return key;
      }
    return undefined;
  }
  const list = args(node);
  if (name === 'in_array' || name === 'array_key_exists') return variable(list[0]);
  if (name === 'preg_match') {
    const pattern = list[0];
    if (pattern?.kind !== 'string') return undefined;
    const body = String(pattern.value)
      .slice(1)
      .replace(/[a-zA-Z]*$/, '')
      .slice(0, -1);
    return /^\^/.test(body) && /(?<!\\)\$$|\\z$/.test(body) ? variable(list[1]) : undefined;
  }
  return undefined;
}

/** The literal text an expression starts with (the head of a `.` chain or a string), if any. */
function leftmostText(node: PhpNode | undefined): string | undefined {
  let first = node;
  for (;;) {
    if (first?.kind === 'bin' && first.type === '.') first = first.left as PhpNode;
    else if (first?.kind === 'encapsed') {
      const head = (first.value as PhpNode[])[0];
      first = head?.kind === 'encapsedpart' ? (head.expression as PhpNode) : head;
    } else break;
  }
  return first?.kind === 'string' ? String(first.value) : undefined;
}

/**
 * A callable whose name starts with fixed text (`'acme_' . $action`, `array( $this, 'render_'
 * . $tab )`): the data picks among the plugin's own functions, as a dispatcher does, not any.
 */
function fixedPrefix(callable: PhpNode): boolean {
  let name: PhpNode | undefined = callable;
  if (callable.kind === 'array') {
    const last = (callable.items as PhpNode[]).at(-1);
    name = last?.kind === 'entry' ? (last.value as PhpNode) : last;
  }
  if (!name || (name.kind !== 'bin' && name.kind !== 'encapsed')) return false;
  const head = leftmostText(name);
  return head !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(head);
}

/**
 * A name that starts with the plugin's own fixed prefix (`'acme_' . $field`): the data picks
 * among the plugin's settings, not any. WordPress's own prefixes (`wp_`, `_wp_`) pick among
 * core's, `wp_capabilities` and `wp_user_roles` among them.
 */
function ownPrefix(name: PhpNode): boolean {
  return fixedPrefix(name) && !/^_?wp_?$/i.test(leftmostText(name) ?? '');
}

const COMMANDS = new Set(['exec', 'shell_exec', 'system', 'passthru', 'popen', 'proc_open']);
const CALLBACKS = new Set(['call_user_func', 'call_user_func_array', 'forward_static_call']);
const FILES = new Set([
  'file_get_contents',
  'file_put_contents',
  'fopen',
  'file',
  'readfile',
  'unlink',
  'copy',
  'rename',
  'move_uploaded_file',
  'wp_delete_file',
]);
/**
 * Calls that write or delete a site option or a user's meta, and which argument is its name:
 * a name the client picks changes any setting (`users_can_register`, `default_role`) or any
 * user's capabilities (`wp_capabilities` is user meta).
 */
const SETTING_NAME_ARG: ReadonlyMap<string, number> = new Map([
  ['update_option', 0],
  ['add_option', 0],
  ['delete_option', 0],
  ['update_site_option', 0],
  ['add_site_option', 0],
  ['delete_site_option', 0],
  ['update_network_option', 1],
  ['add_network_option', 1],
  ['delete_network_option', 1],
  ['update_user_meta', 1],
  ['add_user_meta', 1],
  ['delete_user_meta', 1],
  ['update_user_option', 1],
  ['delete_user_option', 1],
  ['update_metadata', 2],
  ['add_metadata', 2],
  ['delete_metadata', 2],
]);

const REQUESTS = new Set([
  'wp_remote_get',
  'wp_remote_post',
  'wp_remote_head',
  'wp_remote_request',
  'download_url',
  'curl_init',
]);

/** The sink rules for one node (called for every node of the walk, in source order). */
export function checkSinks(
  node: PhpNode,
  name: string | undefined,
  tainted: Tainted,
  report: Report,
  /** What the function checked of the user (`current_user_can`) before this call. */
  guard: Guard = 'none',
): void {
  const guarded = guard !== 'none';
  if (node.kind === 'include') {
    const from = requestDataIn(node.target as PhpNode, tainted, 'path');
    if (from)
      report(
        'AIOS.Security.FileInclusionFromInput',
        'error',
        `${node.require ? 'require' : 'include'} loads a file named by request data (${from}): anyone can run another PHP file or read one (../); map the input to a fixed list of files`,
        node,
      );
    return;
  }
  if (node.kind === 'encapsed' && node.type === 'shell') {
    const from = requestDataIn(node, tainted, 'command');
    report(
      'WordPress.PHP.DiscouragedPHPFunctions.system_calls_backtick',
      from ? 'error' : 'warning',
      from
        ? `A shell command built from request data (${from}): anyone can run commands on the server; avoid the shell, or pass each value through escapeshellarg()`
        : 'Backticks run a shell command; avoid the shell where WordPress or PHP has a function for the job',
      node,
    );
    return;
  }
  if (node.kind !== 'call') return;
  if (name === undefined) {
    // `$fn()` where $fn is request data: calls any function the client names.
    const what = node.what as PhpNode;
    const from = what.kind === 'variable' ? requestDataIn(what, tainted, 'code') : undefined;
    if (from)
      report(
        'AIOS.Security.CallableFromInput',
        'error',
        `Calls the function named by request data (${from}): anyone can call any function; map the input to a fixed list of callbacks`,
        node,
      );
    return;
  }
  if (COMMANDS.has(name)) {
    const from = requestDataIn(args(node)[0], tainted, 'command');
    report(
      `WordPress.PHP.DiscouragedPHPFunctions.system_calls_${name}`,
      from ? 'error' : 'warning',
      from
        ? `${name}() runs a shell command built from request data (${from}): anyone can run commands on the server; avoid the shell, or pass each value through escapeshellarg()`
        : `${name}() runs a shell command; avoid the shell where WordPress or PHP has a function for the job`,
      node,
    );
  } else if (CALLBACKS.has(name) || name === 'assert') {
    const callable = args(node)[0];
    const from =
      name !== 'assert' && callable && fixedPrefix(callable)
        ? undefined
        : requestDataIn(callable, tainted, 'code');
    if (from)
      report(
        'AIOS.Security.CallableFromInput',
        'error',
        `${name}() is given request data (${from}) as ${name === 'assert' ? 'code' : 'the function to call'}: anyone can run code of their choosing; map the input to a fixed list of callbacks`,
        node,
      );
  } else if (name === 'create_function') {
    report(
      'WordPress.PHP.RestrictedPHPFunctions.create_function_create_function',
      'error',
      'create_function() compiles a string into code (removed in PHP 8); use a closure',
      node,
    );
  } else if (FILES.has(name)) {
    // move_uploaded_file( $tmp, $destination ): the destination is the path the client may name.
    const path = name === 'move_uploaded_file' ? args(node)[1] : args(node)[0];
    const from = requestDataIn(path, tainted, 'path');
    if (from)
      report(
        'AIOS.Security.PathFromInput',
        'error',
        `${name}() is given a path or URL from request data (${from}): anyone can read, write or delete other files (../), or make the server fetch a URL; build the path from basename() or sanitize_file_name() inside a fixed folder`,
        node,
      );
  } else if (name === 'wp_redirect') {
    const from = requestDataIn(args(node)[0], tainted, 'redirect');
    report(
      'WordPress.Security.SafeRedirect.wp_redirect_wp_redirect',
      from ? 'error' : 'warning',
      from
        ? `wp_redirect() to a location from request data (${from}) sends visitors to any site (an open redirect); use wp_safe_redirect()`
        : 'wp_redirect() found; wp_safe_redirect() (with the allowed_redirect_hosts filter if needed) keeps redirects on allowed hosts',
      node,
    );
  } else if (name === 'header') {
    // PHP refuses a line break in header(), so request data in another header's value cannot
    // add headers; a Location, or a header whose name the data gives, is what it can misuse.
    const head = leftmostText(args(node)[0]);
    const named = head?.includes(':') === true;
    const location = head !== undefined && /^\s*location\s*:/i.test(head);
    const from = named && !location ? undefined : requestDataIn(args(node)[0], tainted, 'redirect');
    if (from)
      report(
        'AIOS.Security.HeaderFromInput',
        'error',
        `header() is given request data (${from}): ${location ? 'a Location to any site (an open redirect)' : "a header of the client's choosing"}; use wp_safe_redirect() for redirects`,
        node,
      );
  } else if (SETTING_NAME_ARG.has(name)) {
    const key = args(node)[SETTING_NAME_ARG.get(name) ?? 0];
    const from = key && ownPrefix(key) ? undefined : requestDataIn(key, tainted, 'setting');
    const option = name.endsWith('_option') && !name.includes('_user_');
    const harm =
      guard === 'admin'
        ? 'only administrators pass the capability check, and they may change any setting on WordPress’s own screens; still, a fixed list keeps this form to the settings it owns'
        : guard === 'user'
          ? `any user who passes the capability check can change ${option ? 'any site setting' : 'any meta of theirs, their capabilities included (wp_capabilities)'}`
          : option
            ? 'anyone can change any site setting (users_can_register, default_role)'
            : "anyone can change any user's meta, their capabilities included (wp_capabilities)";
    if (from)
      report(
        'AIOS.Security.SettingNameFromInput',
        guard === 'admin' ? 'warning' : 'error',
        `${name}() is given ${option ? 'an option name' : 'a meta key'} from request data (${from}): ${harm}; check the name against a fixed list (in_array( $name, $allowed, true )) or give it the plugin's own prefix`,
        node,
      );
  } else if (REQUESTS.has(name)) {
    const from = requestDataIn(args(node)[0], tainted, 'request');
    // Behind a capability check the URL is a trusted user's setting (a webhook, a feed): still
    // said, not sent back.
    if (from)
      report(
        'AIOS.Security.RequestToInputUrl',
        guarded ? 'warning' : 'error',
        guarded
          ? `${name}() fetches a URL from request data (${from}), if only for users who pass the capability check; wp_safe_remote_get() / wp_safe_remote_post() refuse internal addresses`
          : `${name}() fetches a URL from request data (${from}): anyone can make the server call internal addresses (server-side request forgery); use wp_safe_remote_get() / wp_safe_remote_post()`,
        node,
      );
  }
}
