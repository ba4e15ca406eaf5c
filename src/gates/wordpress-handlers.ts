/**
 * Who may call a WordPress plugin's entry points, and what they do there: AJAX, admin-post and
 * REST handlers (each with the capability its caller is held to), the calls that change what
 * only a trusted user may, and the route permission callbacks that let everyone in.
 */
import { callName, methodCall, type PhpNode, walkPhp } from './php-ast.js';
import { ADMIN_CAPABILITIES, type Guard, type Report } from './wordpress-sinks.js';
import { wpdbMethod, type WpdbAliases } from './wordpress-wpdb.js';

/** The guard once a `current_user_can( cap )` / `user_can( user, cap )` call has run. */
export function guardOf(node: PhpNode, name: string, before: Guard): Guard {
  const cap = (node.arguments as PhpNode[])[name === 'user_can' ? 1 : 0];
  if (cap?.kind === 'string' && ADMIN_CAPABILITIES.has(String(cap.value).toLowerCase()))
    return 'admin';
  return before === 'admin' ? 'admin' : 'user';
}

export interface Handler {
  /** What calls it, as said in a finding (`wp_ajax_acme_save`, `the REST route acme/v1/items`). */
  readonly hook: string;
  readonly callback: PhpNode;
  readonly at: PhpNode;
  /** Anyone may call it, logged in or not: a `nopriv` hook, or a REST route open on purpose. */
  readonly open?: true;
}

/** The value of a `'key' => value` entry of a PHP array literal, if it has one. */
export function entryValue(arr: PhpNode, key: string): PhpNode | undefined {
  for (const e of arr.items as PhpNode[])
    if (
      e.kind === 'entry' &&
      (e.key as PhpNode | null)?.kind === 'string' &&
      (e.key as PhpNode).value === key
    )
      return e.value as PhpNode;
  return undefined;
}

/**
 * A permission callback that lets everyone in: `'__return_true'`, or a function whose whole
 * body returns `true` (WordPress's documented way to mark a route public).
 */
export function letsEveryoneIn(permission: PhpNode): boolean {
  if (permission.kind === 'string')
    return String(permission.value).replace(/^\\/, '') === '__return_true';
  const isTrue = (n: PhpNode | null | undefined) =>
    n?.kind === 'boolean' && (n.value === true || String(n.raw).toLowerCase() === 'true');
  if (permission.kind === 'arrowfunc') return isTrue(permission.body as PhpNode);
  if (permission.kind !== 'closure') return false;
  const body = ((permission.body as PhpNode | null)?.children as PhpNode[] | undefined) ?? [];
  return body.length === 1 && body[0]?.kind === 'return' && isTrue(body[0].expr as PhpNode);
}

/**
 * The name of the function a callback names (`'acme_save'`, `'Acme::save'`,
 * `array( $this, 'save' )`), lower-cased as PHP's function names are case-insensitive; undefined
 * for a closure or a callable built at run time.
 */
export function callableName(callback: PhpNode): string | undefined {
  if (callback.kind === 'string') return String(callback.value).replace(/^.*::/, '').toLowerCase();
  if (callback.kind !== 'array') return undefined;
  const last = (callback.items as PhpNode[]).at(-1);
  const value = last?.kind === 'entry' ? (last.value as PhpNode) : last;
  return value?.kind === 'string' ? String(value.value).toLowerCase() : undefined;
}

/** One endpoint of a `register_rest_route()` call: its array, route, callback and permission. */
export interface RestEndpoint {
  readonly at: PhpNode;
  /** `REST route acme/v1/items`, as a finding names it. */
  readonly where: string;
  readonly callback: PhpNode | undefined;
  readonly permission: PhpNode | undefined;
}

/**
 * The endpoints a `register_rest_route( namespace, route, args )` call registers: `args` is
 * one endpoint (an array with keys) or a list of them.
 */
export function restEndpoints(call: PhpNode): RestEndpoint[] {
  const [namespace, route, args] = call.arguments as PhpNode[];
  if (args?.kind !== 'array') return [];
  const items = args.items as PhpNode[];
  const keyed = items.some(
    (e) => e.kind === 'entry' && (e.key as PhpNode | null)?.kind === 'string',
  );
  const arrays = keyed
    ? [args]
    : items
        .map((e) => (e.kind === 'entry' ? (e.value as PhpNode) : e))
        .filter((v) => v.kind === 'array');
  const text = (n: PhpNode | undefined) => (n?.kind === 'string' ? String(n.value) : '…');
  const where = `REST route ${text(namespace)}${text(route).startsWith('/') ? '' : '/'}${text(route)}`;
  return arrays.map((at) => ({
    at,
    where,
    callback: entryValue(at, 'callback'),
    permission: entryValue(at, 'permission_callback'),
  }));
}

/**
 * The REST callbacks among endpoints, each with what its route's permission callback checks of
 * the user (the callback's own guard: it runs only for users who pass): the closures
 * themselves, and the names of the functions and methods named.
 */
export function restCallbacks(endpoints: readonly RestEndpoint[]): {
  nodes: Map<PhpNode, Guard>;
  names: Map<string, Guard>;
} {
  const nodes = new Map<PhpNode, Guard>();
  const names = new Map<string, Guard>();
  for (const { callback, permission } of endpoints) {
    if (!callback) continue;
    const guard = permissionGuard(permission);
    if (callback.kind === 'closure' || callback.kind === 'arrowfunc') nodes.set(callback, guard);
    const name = callableName(callback);
    if (name !== undefined) names.set(name, guard);
  }
  return { nodes, names };
}

/**
 * What a route's permission callback checks of the user: none when it lets everyone in (or is
 * missing), the capability it checks when written inline, and some check when it names a
 * function this walk does not follow.
 */
function permissionGuard(permission: PhpNode | undefined): Guard {
  if (!permission || letsEveryoneIn(permission)) return 'none';
  if (permission.kind !== 'closure' && permission.kind !== 'arrowfunc') return 'user';
  let guard: Guard = 'none';
  walkPhp(permission, (n) => {
    const name = callName(n);
    if (name === 'current_user_can' || name === 'user_can') guard = guardOf(n, name, guard);
    else if (name === 'is_user_logged_in' && guard === 'none') guard = 'user';
  });
  return guard;
}

/**
 * WordPress core warns (`_doing_it_wrong`) when a REST route has no permission_callback; a route
 * open to everyone is noted as a handler, whose callback must not change the site for anyone.
 */
export function checkRestRoutes(
  endpoints: readonly RestEndpoint[],
  handlers: Handler[],
  report: Report,
): void {
  for (const { at, where, callback, permission } of endpoints) {
    if (!permission)
      report(
        'AIOS.Security.RestRouteWithoutPermission',
        'error',
        'register_rest_route() without a permission_callback: anyone can call the endpoint; pass a callback that checks current_user_can() (or __return_true for public routes, said on purpose)',
        at,
      );
    if (callback && (!permission || letsEveryoneIn(permission)))
      handlers.push({ hook: where, callback, at, open: true });
  }
}

/**
 * Calls that change the site or its users in ways only a trusted user may: settings, roles and
 * capabilities, passwords, other people's posts and comments, plugins and themes. (Creating
 * content or an account is what public forms do, and is not among them.)
 */
const PRIVILEGED = new Set([
  'update_option',
  'add_option',
  'delete_option',
  'update_site_option',
  'delete_site_option',
  'update_user_meta',
  'delete_user_meta',
  'update_user_option',
  'wp_update_user',
  'wp_delete_user',
  'wp_set_password',
  'wp_set_current_user',
  'add_role',
  'remove_role',
  'wp_update_post',
  'wp_delete_post',
  'wp_trash_post',
  'wp_delete_attachment',
  'wp_delete_comment',
  'wp_set_comment_status',
  'activate_plugin',
  'deactivate_plugins',
  'delete_plugins',
  'switch_theme',
]);
/** `$user->set_role( 'administrator' )` and the like. */
const PRIVILEGED_METHODS = new Set(['set_role', 'add_role', 'add_cap', 'remove_cap']);

/** Calls that check who a visitor is: a reset key, or a user name and password. */
const CREDENTIAL_CHECKS = new Set([
  'check_password_reset_key',
  'wp_signon',
  'wp_authenticate',
  'wp_check_password',
]);
/** What a reset or login flow does once the credentials are checked. */
const AFTER_CREDENTIALS = new Set(['wp_set_password', 'wp_set_current_user']);

/** Calls that write a user's meta: the user is their first argument, the key their second. */
const USER_META_WRITES = new Set([
  'update_user_meta',
  'delete_user_meta',
  'add_user_meta',
  'update_user_option',
  'delete_user_option',
]);

/**
 * A user's own setting under a fixed key (`update_user_meta( get_current_user_id(),
 * 'acme_layout', … )`): every user may keep their preferences. Keys that hold roles and
 * capabilities are no one's own setting.
 */
function ownSetting(call: PhpNode, name: string): boolean {
  if (!USER_META_WRITES.has(name)) return false;
  const [user, key] = call.arguments as PhpNode[];
  return (
    user !== undefined &&
    callName(user) === 'get_current_user_id' &&
    key?.kind === 'string' &&
    !/(capabilities|user_level)$/i.test(String(key.value))
  );
}

/** The first privileged call in a function (`update_option()`, `->set_role()`), if any. */
export function privilegedCall(fn: PhpNode): string | undefined {
  let found: string | undefined;
  // A password set after the reset key was checked, or a user made current after their
  // credentials were, is WordPress's own reset or login flow, which a custom login form runs
  // for logged-out visitors on purpose.
  let credentialsChecked = false;
  walkPhp(fn, (n) => {
    if (found) return false;
    const name = callName(n);
    if (name && CREDENTIAL_CHECKS.has(name)) credentialsChecked = true;
    if (
      name &&
      PRIVILEGED.has(name) &&
      !(credentialsChecked && AFTER_CREDENTIALS.has(name)) &&
      !ownSetting(n, name)
    )
      found = `${name}()`;
    const method = methodCall(n);
    if (method && PRIVILEGED_METHODS.has(method[1])) found = `->${method[1]}()`;
  });
  return found;
}

/**
 * Calls that change content, settings, files or users, or send something out, beyond
 * `PRIVILEGED`: what a handler must not do for any logged-in user unchecked.
 */
const STATE_CHANGES = new Set([
  'wp_insert_post',
  'wp_insert_user',
  'wp_create_user',
  'wp_insert_comment',
  'wp_update_comment',
  'wp_insert_term',
  'wp_update_term',
  'wp_delete_term',
  'wp_set_object_terms',
  'wp_set_post_terms',
  'update_post_meta',
  'add_post_meta',
  'delete_post_meta',
  'update_term_meta',
  'delete_term_meta',
  'update_comment_meta',
  'delete_comment_meta',
  'add_user_meta',
  'set_transient',
  'delete_transient',
  'set_site_transient',
  'delete_site_transient',
  'wp_mail',
  'wp_schedule_event',
  'wp_schedule_single_event',
  'wp_unschedule_event',
  'wp_clear_scheduled_hook',
  'file_put_contents',
  'fwrite',
  'unlink',
  'rename',
  'copy',
  'mkdir',
  'rmdir',
  'move_uploaded_file',
  'wp_handle_upload',
  'media_handle_upload',
  'wp_insert_attachment',
  'wp_remote_post',
  'wp_remote_request',
]);
/** `$wpdb` methods that write. */
const WPDB_WRITES = new Set(['insert', 'update', 'delete', 'replace', 'query']);

/**
 * The first call in a function that changes something (`wp_delete_post()`, `$wpdb->update()`,
 * through any name the file gives `$wpdb`), if any.
 */
export function stateChange(fn: PhpNode, wpdb: WpdbAliases): string | undefined {
  const privileged = privilegedCall(fn);
  if (privileged) return privileged;
  let found: string | undefined;
  walkPhp(fn, (n) => {
    if (found) return false;
    const name = callName(n);
    if (name && STATE_CHANGES.has(name)) found = `${name}()`;
    const method = wpdbMethod(n, wpdb);
    if (method && WPDB_WRITES.has(method)) found = `$wpdb->${method}()`;
  });
  return found;
}

/** The function an add_action callback names, if the change holds it. */
export function resolveHandler(
  callback: PhpNode,
  functions: Map<string, PhpNode>,
): PhpNode | undefined {
  if (callback.kind === 'closure' || callback.kind === 'arrowfunc') return callback;
  const name = callableName(callback);
  return name === undefined ? undefined : functions.get(name);
}

/** Does the function call any of `names` (anywhere in its body)? */
function callsAny(fn: PhpNode, names: ReadonlySet<string>): boolean {
  let found = false;
  walkPhp(fn, (n) => {
    if (found) return false;
    const name = callName(n);
    if (name && names.has(name)) found = true;
  });
  return found;
}

const CAPABILITY_CHECKS = new Set(['current_user_can', 'user_can']);

/** Does the function check a capability (`current_user_can()`) anywhere? */
export function hasCapabilityCheck(fn: PhpNode): boolean {
  return callsAny(fn, CAPABILITY_CHECKS);
}

/**
 * Calls that check a request's signature against a shared secret or a key (`hash_equals()` of
 * an HMAC, as payment and form providers sign their webhooks): a handler that makes one knows
 * who called it, though no one is logged in.
 */
const SIGNATURE_CHECKS = new Set([
  'hash_equals',
  'openssl_verify',
  'sodium_crypto_sign_verify_detached',
]);

/** Does the function check a signature before trusting its caller (see SIGNATURE_CHECKS)? */
export function verifiesSignature(fn: PhpNode): boolean {
  return callsAny(fn, SIGNATURE_CHECKS);
}
