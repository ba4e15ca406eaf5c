import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  PHP_FUNCTION_KINDS,
  PHP_LEAF_KINDS,
  callName,
  functionName,
  lineOf,
  methodCall,
  parsePhpFile,
  phpChildKeys,
  phpChildren,
  walkPhp
} from "./chunk-LYLOZ7D6.js";
import {
  applyThreshold
} from "./chunk-RBWRQDAJ.js";
import "./chunk-OZ4QZEIA.js";
import {
  packageVersion
} from "./chunk-WR2FMMU4.js";
import "./chunk-WW2WXWHE.js";
import "./chunk-4KRPT4EI.js";
import "./chunk-OWSLLXUM.js";

// src/gates/wordpress-sinks.ts
var ADMIN_CAPABILITIES = /* @__PURE__ */ new Set([
  "administrator",
  "manage_options",
  "manage_network",
  "manage_network_options",
  "manage_network_users",
  "manage_network_plugins",
  "manage_network_themes",
  "manage_sites",
  "edit_users",
  "promote_users",
  "create_users",
  "delete_users",
  "activate_plugins",
  "install_plugins",
  "update_plugins",
  "edit_plugins",
  "delete_plugins",
  "install_themes",
  "update_themes",
  "edit_themes",
  "delete_themes",
  "switch_themes",
  "edit_theme_options",
  "update_core"
]);
var REQUEST_GLOBALS = /* @__PURE__ */ new Set([
  "_GET",
  "_POST",
  "_REQUEST",
  "_COOKIE",
  "_SERVER",
  "_FILES"
]);
var args = (node) => node.arguments ?? [];
var ALWAYS_SAFE = /* @__PURE__ */ new Set([
  "absint",
  "intval",
  "floatval",
  "boolval",
  "is_numeric",
  "in_array",
  "array_key_exists",
  "isset",
  "empty",
  "count",
  "wp_verify_nonce",
  "hash_equals",
  "md5",
  "sha1",
  "hash",
  "wp_hash",
  "sanitize_key",
  "wp_parse_id_list"
]);
var SAFE_FOR = {
  command: /* @__PURE__ */ new Set(["escapeshellarg"]),
  code: /* @__PURE__ */ new Set(),
  path: /* @__PURE__ */ new Set(["basename", "sanitize_file_name", "validate_file"]),
  redirect: /* @__PURE__ */ new Set(["wp_validate_redirect"]),
  request: /* @__PURE__ */ new Set(["wp_http_validate_url"]),
  // An option or meta key: any key a sanitiser lets through is still a key of the client's
  // choosing, so only an allow-list or a fixed prefix makes it safe (see below).
  setting: /* @__PURE__ */ new Set()
};
var SINK_KINDS = Object.keys(SAFE_FOR);
var SERVER_SET = /* @__PURE__ */ new Set([
  "DOCUMENT_ROOT",
  "SCRIPT_FILENAME",
  "SERVER_SOFTWARE",
  "SERVER_ADDR",
  "REMOTE_ADDR",
  "REQUEST_TIME",
  "REQUEST_TIME_FLOAT"
]);
var UPLOAD_SET = /* @__PURE__ */ new Set(["tmp_name", "size", "error"]);
function notFromClient(node) {
  if (node.kind !== "offsetlookup") return false;
  const offset = node.offset;
  if (offset?.kind !== "string") return false;
  const what = node.what;
  if (what.kind === "variable" && what.name === "_SERVER")
    return SERVER_SET.has(String(offset.value));
  return UPLOAD_SET.has(String(offset.value));
}
function requestDataIn(node, tainted, kind) {
  if (!node || PHP_LEAF_KINDS.has(node.kind)) return void 0;
  switch (node.kind) {
    case "variable": {
      const name = String(node.name);
      if (REQUEST_GLOBALS.has(name)) return `$${name}`;
      const safeFor = tainted.get(name);
      if (safeFor && !safeFor.has(kind)) return `$${name}`;
      break;
    }
    case "isset":
    case "empty":
      return void 0;
    case "cast":
      if (["int", "float", "bool"].includes(String(node.type))) return void 0;
      break;
    case "bin":
      if (node.type !== "." && node.type !== "??") return void 0;
      break;
    case "offsetlookup":
      if (notFromClient(node)) return void 0;
      return requestDataIn(node.what, tainted, kind);
    case "call": {
      const name = callName(node);
      const safe = ALWAYS_SAFE.has(name ?? "") && !(kind === "setting" && name === "sanitize_key");
      if (name && (safe || SAFE_FOR[kind].has(name))) return void 0;
      if (kind === "request" || kind === "redirect") {
        if (name && OWN_URLS.has(name)) return void 0;
        if (name === "add_query_arg") return queryArgTarget(node, tainted, kind);
      }
      break;
    }
    default:
  }
  if ((kind === "request" || kind === "redirect") && fixedOrigin(node, kind)) return void 0;
  for (const child of phpChildren(node)) {
    const found = requestDataIn(child, tainted, kind);
    if (found) return found;
  }
  return void 0;
}
var FIXED_URL = /^(?:https?:)?\/\/[^/?#\s]+[/?#]/i;
var OWN_PATH = /^\/(?![/\\])/;
var OWN_URLS = /* @__PURE__ */ new Set(["home_url", "site_url", "admin_url", "get_permalink", "rest_url"]);
function fixedOrigin(node, kind) {
  let first = node;
  for (; ; ) {
    if (first.kind === "bin" && first.type === ".") first = first.left;
    else if (first.kind === "encapsed") {
      const head = first.value[0];
      if (!head) return false;
      first = head.kind === "encapsedpart" ? head.expression : head;
    } else break;
  }
  if (first === node && node.kind !== "encapsed") return false;
  if (first.kind === "string") {
    const text = String(first.value);
    return FIXED_URL.test(text) || kind === "redirect" && OWN_PATH.test(text);
  }
  const name = callName(first);
  return name !== void 0 && OWN_URLS.has(name);
}
function queryArgTarget(node, tainted, kind) {
  const list = node.arguments ?? [];
  const url = list[0]?.kind === "array" ? list[1] : list[2];
  if (!url) return void 0;
  if (url.kind === "string" || OWN_URLS.has(callName(url) ?? "") || fixedOrigin(url, kind))
    return void 0;
  return requestDataIn(url, tainted, kind);
}
function mentionsData(node, tainted) {
  if (PHP_LEAF_KINDS.has(node.kind)) return false;
  if (node.kind === "variable") {
    const name = String(node.name);
    if (REQUEST_GLOBALS.has(name) || tainted.has(name)) return true;
  }
  return phpChildren(node).some((child) => mentionsData(child, tainted));
}
function carriedTo(node, tainted) {
  if (!mentionsData(node, tainted)) return [];
  return SINK_KINDS.filter((k) => requestDataIn(node, tainted, k));
}
function noteTaint(node, name, tainted) {
  if (node.kind === "assign") {
    const left = node.left;
    if (left.kind !== "variable" || typeof left.name !== "string") return;
    const carried = carriedTo(node.right, tainted);
    const before = node.operator === "=" ? void 0 : tainted.get(left.name);
    if (carried.length === 0 && !before) tainted.delete(left.name);
    else
      tainted.set(
        left.name,
        new Set(SINK_KINDS.filter((k) => !carried.includes(k) && (!before || before.has(k))))
      );
  } else if (tainted.size > 0 && (name !== void 0 || node.kind === "isset")) {
    const checked = allowListed(node, name);
    if (checked && tainted.has(checked)) tainted.set(checked, new Set(SINK_KINDS));
  } else if (node.kind === "foreach") {
    const carried = carriedTo(node.source, tainted);
    if (carried.length === 0) return;
    const safeFor = new Set(SINK_KINDS.filter((k) => !carried.includes(k)));
    for (const v of [node.key, node.value])
      if (v?.kind === "variable" && typeof v.name === "string") tainted.set(v.name, safeFor);
  }
}
function allowListed(node, name) {
  const variable = (n) => n?.kind === "variable" && typeof n.name === "string" ? n.name : void 0;
  if (node.kind === "isset") {
    for (const v of node.variables)
      if (v.kind === "offsetlookup") {
        const key = variable(v.offset);
        if (key) return key;
      }
    return void 0;
  }
  const list = args(node);
  if (name === "in_array" || name === "array_key_exists") return variable(list[0]);
  if (name === "preg_match") {
    const pattern = list[0];
    if (pattern?.kind !== "string") return void 0;
    const body = String(pattern.value).slice(1).replace(/[a-zA-Z]*$/, "").slice(0, -1);
    return /^\^/.test(body) && /(?<!\\)\$$|\\z$/.test(body) ? variable(list[1]) : void 0;
  }
  return void 0;
}
function leftmostText(node) {
  let first = node;
  for (; ; ) {
    if (first?.kind === "bin" && first.type === ".") first = first.left;
    else if (first?.kind === "encapsed") {
      const head = first.value[0];
      first = head?.kind === "encapsedpart" ? head.expression : head;
    } else break;
  }
  return first?.kind === "string" ? String(first.value) : void 0;
}
function fixedPrefix(callable) {
  let name = callable;
  if (callable.kind === "array") {
    const last = callable.items.at(-1);
    name = last?.kind === "entry" ? last.value : last;
  }
  if (!name || name.kind !== "bin" && name.kind !== "encapsed") return false;
  const head = leftmostText(name);
  return head !== void 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(head);
}
function ownPrefix(name) {
  return fixedPrefix(name) && !/^_?wp_?$/i.test(leftmostText(name) ?? "");
}
var COMMANDS = /* @__PURE__ */ new Set(["exec", "shell_exec", "system", "passthru", "popen", "proc_open"]);
var CALLBACKS = /* @__PURE__ */ new Set(["call_user_func", "call_user_func_array", "forward_static_call"]);
var FILES = /* @__PURE__ */ new Set([
  "file_get_contents",
  "file_put_contents",
  "fopen",
  "file",
  "readfile",
  "unlink",
  "copy",
  "rename",
  "move_uploaded_file",
  "wp_delete_file"
]);
var SETTING_NAME_ARG = /* @__PURE__ */ new Map([
  ["update_option", 0],
  ["add_option", 0],
  ["delete_option", 0],
  ["update_site_option", 0],
  ["add_site_option", 0],
  ["delete_site_option", 0],
  ["update_network_option", 1],
  ["add_network_option", 1],
  ["delete_network_option", 1],
  ["update_user_meta", 1],
  ["add_user_meta", 1],
  ["delete_user_meta", 1],
  ["update_user_option", 1],
  ["delete_user_option", 1],
  ["update_metadata", 2],
  ["add_metadata", 2],
  ["delete_metadata", 2]
]);
var REQUESTS = /* @__PURE__ */ new Set([
  "wp_remote_get",
  "wp_remote_post",
  "wp_remote_head",
  "wp_remote_request",
  "download_url",
  "curl_init"
]);
function checkSinks(node, name, tainted, report, guard = "none") {
  const guarded = guard !== "none";
  if (node.kind === "include") {
    const from = requestDataIn(node.target, tainted, "path");
    if (from)
      report(
        "AIOS.Security.FileInclusionFromInput",
        "error",
        `${node.require ? "require" : "include"} loads a file named by request data (${from}): anyone can run another PHP file or read one (../); map the input to a fixed list of files`,
        node
      );
    return;
  }
  if (node.kind === "encapsed" && node.type === "shell") {
    const from = requestDataIn(node, tainted, "command");
    report(
      "WordPress.PHP.DiscouragedPHPFunctions.system_calls_backtick",
      from ? "error" : "warning",
      from ? `A shell command built from request data (${from}): anyone can run commands on the server; avoid the shell, or pass each value through escapeshellarg()` : "Backticks run a shell command; avoid the shell where WordPress or PHP has a function for the job",
      node
    );
    return;
  }
  if (node.kind !== "call") return;
  if (name === void 0) {
    const what = node.what;
    const from = what.kind === "variable" ? requestDataIn(what, tainted, "code") : void 0;
    if (from)
      report(
        "AIOS.Security.CallableFromInput",
        "error",
        `Calls the function named by request data (${from}): anyone can call any function; map the input to a fixed list of callbacks`,
        node
      );
    return;
  }
  if (COMMANDS.has(name)) {
    const from = requestDataIn(args(node)[0], tainted, "command");
    report(
      `WordPress.PHP.DiscouragedPHPFunctions.system_calls_${name}`,
      from ? "error" : "warning",
      from ? `${name}() runs a shell command built from request data (${from}): anyone can run commands on the server; avoid the shell, or pass each value through escapeshellarg()` : `${name}() runs a shell command; avoid the shell where WordPress or PHP has a function for the job`,
      node
    );
  } else if (CALLBACKS.has(name) || name === "assert") {
    const callable = args(node)[0];
    const from = name !== "assert" && callable && fixedPrefix(callable) ? void 0 : requestDataIn(callable, tainted, "code");
    if (from)
      report(
        "AIOS.Security.CallableFromInput",
        "error",
        `${name}() is given request data (${from}) as ${name === "assert" ? "code" : "the function to call"}: anyone can run code of their choosing; map the input to a fixed list of callbacks`,
        node
      );
  } else if (name === "create_function") {
    report(
      "WordPress.PHP.RestrictedPHPFunctions.create_function_create_function",
      "error",
      "create_function() compiles a string into code (removed in PHP 8); use a closure",
      node
    );
  } else if (FILES.has(name)) {
    const path = name === "move_uploaded_file" ? args(node)[1] : args(node)[0];
    const from = requestDataIn(path, tainted, "path");
    if (from)
      report(
        "AIOS.Security.PathFromInput",
        "error",
        `${name}() is given a path or URL from request data (${from}): anyone can read, write or delete other files (../), or make the server fetch a URL; build the path from basename() or sanitize_file_name() inside a fixed folder`,
        node
      );
  } else if (name === "wp_redirect") {
    const from = requestDataIn(args(node)[0], tainted, "redirect");
    report(
      "WordPress.Security.SafeRedirect.wp_redirect_wp_redirect",
      from ? "error" : "warning",
      from ? `wp_redirect() to a location from request data (${from}) sends visitors to any site (an open redirect); use wp_safe_redirect()` : "wp_redirect() found; wp_safe_redirect() (with the allowed_redirect_hosts filter if needed) keeps redirects on allowed hosts",
      node
    );
  } else if (name === "header") {
    const head = leftmostText(args(node)[0]);
    const named = head?.includes(":") === true;
    const location = head !== void 0 && /^\s*location\s*:/i.test(head);
    const from = named && !location ? void 0 : requestDataIn(args(node)[0], tainted, "redirect");
    if (from)
      report(
        "AIOS.Security.HeaderFromInput",
        "error",
        `header() is given request data (${from}): ${location ? "a Location to any site (an open redirect)" : "a header of the client's choosing"}; use wp_safe_redirect() for redirects`,
        node
      );
  } else if (SETTING_NAME_ARG.has(name)) {
    const key = args(node)[SETTING_NAME_ARG.get(name) ?? 0];
    const from = key && ownPrefix(key) ? void 0 : requestDataIn(key, tainted, "setting");
    const option = name.endsWith("_option") && !name.includes("_user_");
    const harm = guard === "admin" ? "only administrators pass the capability check, and they may change any setting on WordPress\u2019s own screens; still, a fixed list keeps this form to the settings it owns" : guard === "user" ? `any user who passes the capability check can change ${option ? "any site setting" : "any meta of theirs, their capabilities included (wp_capabilities)"}` : option ? "anyone can change any site setting (users_can_register, default_role)" : "anyone can change any user's meta, their capabilities included (wp_capabilities)";
    if (from)
      report(
        "AIOS.Security.SettingNameFromInput",
        guard === "admin" ? "warning" : "error",
        `${name}() is given ${option ? "an option name" : "a meta key"} from request data (${from}): ${harm}; check the name against a fixed list (in_array( $name, $allowed, true )) or give it the plugin's own prefix`,
        node
      );
  } else if (REQUESTS.has(name)) {
    const from = requestDataIn(args(node)[0], tainted, "request");
    if (from)
      report(
        "AIOS.Security.RequestToInputUrl",
        guarded ? "warning" : "error",
        guarded ? `${name}() fetches a URL from request data (${from}), if only for users who pass the capability check; wp_safe_remote_get() / wp_safe_remote_post() refuse internal addresses` : `${name}() fetches a URL from request data (${from}): anyone can make the server call internal addresses (server-side request forgery); use wp_safe_remote_get() / wp_safe_remote_post()`,
        node
      );
  }
}

// src/gates/wordpress-wpdb.ts
function isWpdbItself(node) {
  if (!node) return false;
  if (node.kind === "variable") return node.name === "wpdb";
  if (node.kind !== "offsetlookup") return false;
  const what = node.what;
  const offset = node.offset;
  return what.kind === "variable" && what.name === "GLOBALS" && offset?.kind === "string" && offset.value === "wpdb";
}
function newWpdbAliases() {
  return { variables: /* @__PURE__ */ new Set(), properties: /* @__PURE__ */ new Set(["wpdb"]) };
}
function noteWpdbAlias(node, aliases) {
  if (node.kind !== "assign" || !isWpdbItself(node.right)) return;
  const left = node.left;
  if (left.kind === "variable" && typeof left.name === "string" && left.name !== "wpdb")
    aliases.variables.add(left.name);
  else if (left.kind === "propertylookup" || left.kind === "staticlookup") {
    const prop = left.offset;
    if (prop.kind === "identifier" && typeof prop.name === "string")
      aliases.properties.add(prop.name);
  }
}
function isWpdb(node, aliases) {
  if (!node) return false;
  if (isWpdbItself(node)) return true;
  if (node.kind === "variable") return aliases.variables.has(String(node.name));
  if (node.kind === "propertylookup" || node.kind === "staticlookup") {
    const prop = node.offset;
    return prop.kind === "identifier" && aliases.properties.has(String(prop.name));
  }
  return false;
}
function wpdbMethod(node, aliases) {
  if (node.kind !== "call") return void 0;
  const what = node.what;
  if (what.kind !== "propertylookup" && what.kind !== "nullsafepropertylookup") return void 0;
  const prop = what.offset;
  if (prop.kind !== "identifier" || !isWpdb(what.what, aliases)) return void 0;
  return String(prop.name).toLowerCase();
}

// src/gates/wordpress-handlers.ts
function guardOf(node, name, before) {
  const cap = node.arguments[name === "user_can" ? 1 : 0];
  if (cap?.kind === "string" && ADMIN_CAPABILITIES.has(String(cap.value).toLowerCase()))
    return "admin";
  return before === "admin" ? "admin" : "user";
}
function entryValue(arr, key) {
  for (const e of arr.items)
    if (e.kind === "entry" && e.key?.kind === "string" && e.key.value === key)
      return e.value;
  return void 0;
}
function letsEveryoneIn(permission) {
  if (permission.kind === "string")
    return String(permission.value).replace(/^\\/, "") === "__return_true";
  const isTrue = (n) => n?.kind === "boolean" && (n.value === true || String(n.raw).toLowerCase() === "true");
  if (permission.kind === "arrowfunc") return isTrue(permission.body);
  if (permission.kind !== "closure") return false;
  const body = permission.body?.children ?? [];
  return body.length === 1 && body[0]?.kind === "return" && isTrue(body[0].expr);
}
function callableName(callback) {
  if (callback.kind === "string") return String(callback.value).replace(/^.*::/, "").toLowerCase();
  if (callback.kind !== "array") return void 0;
  const last = callback.items.at(-1);
  const value = last?.kind === "entry" ? last.value : last;
  return value?.kind === "string" ? String(value.value).toLowerCase() : void 0;
}
function restEndpoints(call) {
  const [namespace, route, args2] = call.arguments;
  if (args2?.kind !== "array") return [];
  const items = args2.items;
  const keyed = items.some(
    (e) => e.kind === "entry" && e.key?.kind === "string"
  );
  const arrays = keyed ? [args2] : items.map((e) => e.kind === "entry" ? e.value : e).filter((v) => v.kind === "array");
  const text = (n) => n?.kind === "string" ? String(n.value) : "\u2026";
  const where = `REST route ${text(namespace)}${text(route).startsWith("/") ? "" : "/"}${text(route)}`;
  return arrays.map((at) => ({
    at,
    where,
    callback: entryValue(at, "callback"),
    permission: entryValue(at, "permission_callback")
  }));
}
function restCallbacks(endpoints) {
  const nodes = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  for (const { callback, permission } of endpoints) {
    if (!callback) continue;
    const guard = permissionGuard(permission);
    if (callback.kind === "closure" || callback.kind === "arrowfunc") nodes.set(callback, guard);
    const name = callableName(callback);
    if (name !== void 0) names.set(name, guard);
  }
  return { nodes, names };
}
function permissionGuard(permission) {
  if (!permission || letsEveryoneIn(permission)) return "none";
  if (permission.kind !== "closure" && permission.kind !== "arrowfunc") return "user";
  let guard = "none";
  walkPhp(permission, (n) => {
    const name = callName(n);
    if (name === "current_user_can" || name === "user_can") guard = guardOf(n, name, guard);
    else if (name === "is_user_logged_in" && guard === "none") guard = "user";
  });
  return guard;
}
function checkRestRoutes(endpoints, handlers, report) {
  for (const { at, where, callback, permission } of endpoints) {
    if (!permission)
      report(
        "AIOS.Security.RestRouteWithoutPermission",
        "error",
        "register_rest_route() without a permission_callback: anyone can call the endpoint; pass a callback that checks current_user_can() (or __return_true for public routes, said on purpose)",
        at
      );
    if (callback && (!permission || letsEveryoneIn(permission)))
      handlers.push({ hook: where, callback, at, open: true });
  }
}
var PRIVILEGED = /* @__PURE__ */ new Set([
  "update_option",
  "add_option",
  "delete_option",
  "update_site_option",
  "delete_site_option",
  "update_user_meta",
  "delete_user_meta",
  "update_user_option",
  "wp_update_user",
  "wp_delete_user",
  "wp_set_password",
  "wp_set_current_user",
  "add_role",
  "remove_role",
  "wp_update_post",
  "wp_delete_post",
  "wp_trash_post",
  "wp_delete_attachment",
  "wp_delete_comment",
  "wp_set_comment_status",
  "activate_plugin",
  "deactivate_plugins",
  "delete_plugins",
  "switch_theme"
]);
var PRIVILEGED_METHODS = /* @__PURE__ */ new Set(["set_role", "add_role", "add_cap", "remove_cap"]);
var CREDENTIAL_CHECKS = /* @__PURE__ */ new Set([
  "check_password_reset_key",
  "wp_signon",
  "wp_authenticate",
  "wp_check_password"
]);
var AFTER_CREDENTIALS = /* @__PURE__ */ new Set(["wp_set_password", "wp_set_current_user"]);
var USER_META_WRITES = /* @__PURE__ */ new Set([
  "update_user_meta",
  "delete_user_meta",
  "add_user_meta",
  "update_user_option",
  "delete_user_option"
]);
function ownSetting(call, name) {
  if (!USER_META_WRITES.has(name)) return false;
  const [user, key] = call.arguments;
  return user !== void 0 && callName(user) === "get_current_user_id" && key?.kind === "string" && !/(capabilities|user_level)$/i.test(String(key.value));
}
function privilegedCall(fn) {
  let found;
  let credentialsChecked = false;
  walkPhp(fn, (n) => {
    if (found) return false;
    const name = callName(n);
    if (name && CREDENTIAL_CHECKS.has(name)) credentialsChecked = true;
    if (name && PRIVILEGED.has(name) && !(credentialsChecked && AFTER_CREDENTIALS.has(name)) && !ownSetting(n, name))
      found = `${name}()`;
    const method = methodCall(n);
    if (method && PRIVILEGED_METHODS.has(method[1])) found = `->${method[1]}()`;
  });
  return found;
}
var STATE_CHANGES = /* @__PURE__ */ new Set([
  "wp_insert_post",
  "wp_insert_user",
  "wp_create_user",
  "wp_insert_comment",
  "wp_update_comment",
  "wp_insert_term",
  "wp_update_term",
  "wp_delete_term",
  "wp_set_object_terms",
  "wp_set_post_terms",
  "update_post_meta",
  "add_post_meta",
  "delete_post_meta",
  "update_term_meta",
  "delete_term_meta",
  "update_comment_meta",
  "delete_comment_meta",
  "add_user_meta",
  "set_transient",
  "delete_transient",
  "set_site_transient",
  "delete_site_transient",
  "wp_mail",
  "wp_schedule_event",
  "wp_schedule_single_event",
  "wp_unschedule_event",
  "wp_clear_scheduled_hook",
  "file_put_contents",
  "fwrite",
  "unlink",
  "rename",
  "copy",
  "mkdir",
  "rmdir",
  "move_uploaded_file",
  "wp_handle_upload",
  "media_handle_upload",
  "wp_insert_attachment",
  "wp_remote_post",
  "wp_remote_request"
]);
var WPDB_WRITES = /* @__PURE__ */ new Set(["insert", "update", "delete", "replace", "query"]);
function stateChange(fn, wpdb) {
  const privileged = privilegedCall(fn);
  if (privileged) return privileged;
  let found;
  walkPhp(fn, (n) => {
    if (found) return false;
    const name = callName(n);
    if (name && STATE_CHANGES.has(name)) found = `${name}()`;
    const method = wpdbMethod(n, wpdb);
    if (method && WPDB_WRITES.has(method)) found = `$wpdb->${method}()`;
  });
  return found;
}
function resolveHandler(callback, functions) {
  if (callback.kind === "closure" || callback.kind === "arrowfunc") return callback;
  const name = callableName(callback);
  return name === void 0 ? void 0 : functions.get(name);
}
function callsAny(fn, names) {
  let found = false;
  walkPhp(fn, (n) => {
    if (found) return false;
    const name = callName(n);
    if (name && names.has(name)) found = true;
  });
  return found;
}
var CAPABILITY_CHECKS = /* @__PURE__ */ new Set(["current_user_can", "user_can"]);
function hasCapabilityCheck(fn) {
  return callsAny(fn, CAPABILITY_CHECKS);
}
var SIGNATURE_CHECKS = /* @__PURE__ */ new Set([
  "hash_equals",
  "openssl_verify",
  "sodium_crypto_sign_verify_detached"
]);
function verifiesSignature(fn) {
  return callsAny(fn, SIGNATURE_CHECKS);
}

// src/gates/wordpress-theme.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";
var THEME_HEADER = /^\s*\/\*[\s\S]*?\bTheme Name\s*:/;
async function themeFolders(input) {
  const roots = input.files.filter((f) => /(^|\/)style\.css$/i.test(f.path) && THEME_HEADER.test(f.content)).map((f) => f.path.slice(0, f.path.length - "style.css".length));
  if (input.root) {
    const rootStyle = await readFile(join(input.root, "style.css"), "utf8").catch(() => "");
    if (THEME_HEADER.test(rootStyle)) roots.push("");
  }
  return (path) => /(^|\/)themes\/[^/]+\//.test(path) || roots.some((r) => path.startsWith(r));
}

// src/gates/wordpress-security-gate.ts
var ESCAPE = "WordPress.Security.EscapeOutput";
var NONCE = "WordPress.Security.NonceVerification";
var INPUT = "WordPress.Security.ValidatedSanitizedInput";
var SQL = "WordPress.DB.PreparedSQL";
var PLACEHOLDERS = "WordPress.DB.PreparedSQLPlaceholders";
var ESCAPING = /* @__PURE__ */ new Set([
  "esc_attr",
  "esc_attr__",
  "esc_attr_x",
  "esc_html",
  "esc_html__",
  "esc_html_x",
  "esc_js",
  "esc_sql",
  "esc_textarea",
  "esc_url",
  "esc_url_raw",
  "esc_xml",
  "wp_kses",
  "wp_kses_post",
  "wp_kses_data",
  "wp_kses_one_attr",
  "absint",
  "intval",
  "floatval",
  "boolval",
  "count",
  "number_format",
  "number_format_i18n",
  "json_encode",
  "wp_json_encode",
  "rawurlencode",
  "urlencode",
  "sanitize_html_class",
  "tag_escape",
  "wp_nonce_field",
  "wp_create_nonce",
  "get_avatar",
  "get_search_form",
  "get_the_id",
  "paginate_links",
  "checked",
  "selected",
  "disabled",
  "wp_readonly",
  "submit_button",
  "settings_fields",
  "do_settings_sections",
  "wp_nonce_url",
  "admin_url",
  "home_url",
  "site_url",
  "get_permalink",
  // The rest of WPCS's escaping functions (EscapingFunctionsTrait)…
  "esc_attr_e",
  "esc_html_e",
  "filter_input",
  "filter_var",
  "highlight_string",
  "like_escape",
  "sanitize_hex_color",
  "sanitize_hex_color_no_hash",
  "sanitize_key",
  "sanitize_locale_name",
  "sanitize_user_field",
  "urlencode_deep",
  "wp_kses_allowed_html",
  // …and its auto-escaped ones: WordPress escapes what they return.
  "allowed_tags",
  "bloginfo",
  "body_class",
  "calendar_week_mod",
  "category_description",
  "comment_class",
  "do_shortcode",
  "do_shortcode_tag",
  "get_archives_link",
  "get_attachment_link",
  "get_bookmark_field",
  "get_calendar",
  "get_comment_author_link",
  "get_current_blog_id",
  "get_delete_post_link",
  "get_search_query",
  "get_the_author_link",
  "get_the_author",
  "get_the_date",
  "get_the_post_thumbnail",
  "get_the_term_list",
  "post_type_archive_title",
  "readonly",
  "single_cat_title",
  "single_month_title",
  "single_post_title",
  "single_tag_title",
  "single_term_title",
  "tag_description",
  "term_description",
  "the_author",
  "the_date",
  "the_title_attribute",
  "walk_nav_menu_tree",
  "wp_dropdown_categories",
  "wp_dropdown_users",
  "wp_generate_tag_cloud",
  "wp_get_archives",
  "wp_get_attachment_image",
  "wp_get_attachment_link",
  "wp_link_pages",
  "wp_list_authors",
  "wp_list_bookmarks",
  "wp_list_categories",
  "wp_list_comments",
  "wp_login_form",
  "wp_loginout",
  "wp_nav_menu",
  "wp_register",
  "wp_tag_cloud",
  "wp_timezone_choice",
  "wp_title"
]);
var FORMATTING = /* @__PURE__ */ new Set([
  "antispambot",
  "array_fill",
  "ent2ncr",
  "implode",
  "join",
  "nl2br",
  "sprintf",
  "vsprintf",
  "wp_sprintf"
]);
var SAFE_PHP_CONSTANTS = /* @__PURE__ */ new Set([
  "PHP_EOL",
  "PHP_VERSION",
  "PHP_MAJOR_VERSION",
  "PHP_MINOR_VERSION",
  "PHP_RELEASE_VERSION",
  "PHP_VERSION_ID",
  "PHP_EXTRA_VERSION",
  "PHP_DEBUG"
]);
var SANITIZING = /* @__PURE__ */ new Set([
  "_wp_handle_upload",
  "esc_url_raw",
  "filter_input",
  "filter_var",
  "hash_equals",
  "is_email",
  "number_format",
  "sanitize_bookmark_field",
  "sanitize_bookmark",
  "sanitize_email",
  "sanitize_file_name",
  "sanitize_hex_color",
  "sanitize_hex_color_no_hash",
  "sanitize_html_class",
  "sanitize_meta",
  "sanitize_mime_type",
  "sanitize_option",
  "sanitize_sql_orderby",
  "sanitize_term_field",
  "sanitize_term",
  "sanitize_text_field",
  "sanitize_textarea_field",
  "sanitize_title",
  "sanitize_title_for_query",
  "sanitize_title_with_dashes",
  "sanitize_url",
  "sanitize_user_field",
  "sanitize_user",
  "validate_file",
  "wp_handle_sideload",
  "wp_handle_upload",
  "wp_kses_allowed_html",
  "wp_kses_data",
  "wp_kses_post",
  "wp_kses",
  "wp_parse_id_list",
  "wp_redirect",
  "wp_safe_redirect",
  "wp_sanitize_redirect",
  "wp_strip_all_tags",
  "sanitize_key",
  "absint",
  "intval",
  "floatval",
  "boolval",
  "is_numeric",
  "in_array",
  "array_search",
  "array_key_exists",
  "count",
  "sizeof",
  "doubleval",
  "wp_verify_nonce",
  "check_admin_referer",
  "check_ajax_referer"
]);
var UNSLASH_SAFE = /* @__PURE__ */ new Set([
  "absint",
  "intval",
  "floatval",
  "boolval",
  "is_numeric",
  "in_array",
  "array_search",
  "array_key_exists",
  "count",
  "sizeof",
  "doubleval",
  "wp_verify_nonce",
  "check_admin_referer",
  "check_ajax_referer",
  "sanitize_key",
  "hash_equals",
  "is_email",
  "wp_parse_id_list"
]);
var UNSLASH = /* @__PURE__ */ new Set(["wp_unslash", "stripslashes_deep", "stripslashes"]);
var ARRAY_WALKERS = /* @__PURE__ */ new Map([
  ["array_map", 0],
  ["map_deep", 1]
]);
var TYPE_TESTS = /* @__PURE__ */ new Set([
  "is_array",
  "is_bool",
  "is_callable",
  "is_countable",
  "is_double",
  "is_float",
  "is_int",
  "is_integer",
  "is_iterable",
  "is_long",
  "is_null",
  "is_numeric",
  "is_object",
  "is_real",
  "is_resource",
  "is_scalar",
  "is_string"
]);
function walkerCallback(call, name) {
  const at = ARRAY_WALKERS.get(name);
  const callback = at === void 0 ? void 0 : call.arguments?.[at];
  return callback?.kind === "string" ? String(callback.value).toLowerCase() : void 0;
}
function sanitizerOf(call, name) {
  if (name === void 0) return void 0;
  if (SANITIZING.has(name)) return name;
  const callback = walkerCallback(call, name);
  return callback !== void 0 && SANITIZING.has(callback) ? callback : void 0;
}
var NONCE_CHECKS = /* @__PURE__ */ new Set(["wp_verify_nonce", "check_admin_referer", "check_ajax_referer"]);
var WPDB_QUERY = /* @__PURE__ */ new Set(["query", "get_results", "get_row", "get_var", "get_col"]);
function superglobal(node) {
  if (node.kind !== "variable") return void 0;
  const name = String(node.name);
  return REQUEST_GLOBALS.has(name) ? name : void 0;
}
function escaped(node) {
  if (!node) return true;
  switch (node.kind) {
    case "string":
    case "number":
    case "boolean":
    case "nullkeyword":
    case "magic":
    case "nowdoc":
      return true;
    case "constref":
      return true;
    case "cast":
      return ["int", "float", "bool"].includes(String(node.type));
    case "bin":
      return node.type === "." || node.type === "??" ? escaped(node.left) && escaped(node.right) : true;
    // arithmetic and comparisons give numbers and booleans
    case "retif":
      return escaped(node.trueExpr) && escaped(node.falseExpr);
    case "encapsed":
      return node.value.every(
        (p) => p.kind === "encapsedpart" ? escaped(p.expression) : escaped(p)
      );
    case "call": {
      const name = callName(node);
      if (name === void 0) return false;
      if (ESCAPING.has(name)) return true;
      if (FORMATTING.has(name)) return node.arguments.every((a) => escaped(a));
      const callback = walkerCallback(node, name);
      return callback !== void 0 && ESCAPING.has(callback);
    }
    case "name":
      return SAFE_PHP_CONSTANTS.has(String(node.name).replace(/^\\/, ""));
    case "array":
      return node.items.every(
        (e) => escaped(e.kind === "entry" ? e.value : e)
      );
    default:
      return false;
  }
}
function add(ctx, rule, severity, message, node) {
  const line = lineOf(node);
  ctx.out.push({ rule, severity, message, path: ctx.path, ...line ? { line } : {} });
}
function flagOutput(ctx, expr) {
  add(
    ctx,
    `${ESCAPE}.OutputNotEscaped`,
    "error",
    "All output should be run through an escaping function (esc_html(), esc_attr(), esc_url(), wp_kses_post()\u2026)",
    expr
  );
}
function checkOutput(ctx, node, name) {
  if (node.kind === "echo") {
    for (const e of node.expressions) if (!escaped(e)) flagOutput(ctx, e);
  } else if (node.kind === "print") {
    if (!escaped(node.expression)) flagOutput(ctx, node);
  }
  if (name === void 0) return;
  if (name === "_e" || name === "_ex")
    add(
      ctx,
      `${ESCAPE}.UnsafePrintingFunction`,
      "error",
      `${name}() prints without escaping; use esc_html_e() or esc_attr_e()`,
      node
    );
  if (name === "printf" || name === "vprintf") {
    const args2 = node.arguments;
    if (!escaped(args2[0]) || args2.slice(1).some((a) => !escaped(a))) flagOutput(ctx, node);
  }
}
var URL_ATTRIBUTE = /(?<![\w:-])(?:href|src|action|formaction|poster|cite|xlink:href)\s*=\s*["']?$/i;
var TEXT_ESCAPES = /* @__PURE__ */ new Set(["esc_attr", "esc_html"]);
function lastOperand(node) {
  let last = node;
  while (last?.kind === "bin" && last.type === ".") last = last.right;
  return last;
}
function trailingText(node) {
  const last = lastOperand(node);
  return last?.kind === "string" || last?.kind === "inline" ? String(last.value) : void 0;
}
function leadingOperand(node) {
  let first = node;
  while (first.kind === "bin" && first.type === ".") first = first.left;
  return first;
}
function checkUrlContext(ctx, node, parents, scope) {
  const judge = (value) => {
    const call = leadingOperand(value);
    const name = callName(call);
    if (!name || !TEXT_ESCAPES.has(name)) return;
    const from = requestDataIn(call.arguments[0], scope.tainted, "redirect");
    add(
      ctx,
      "AIOS.Security.UrlEscapedAsText",
      from ? "error" : "warning",
      `${name}() escapes a URL attribute as text: it keeps javascript: URLs${from ? ` (here from request data, ${from})` : ""}, which run script when followed; escape URLs with esc_url()`,
      call
    );
  };
  if (node.kind === "echo" || node.kind === "print") {
    const parent = parents[parents.length - 1];
    const siblings = parent?.children ?? [];
    const before = siblings[siblings.indexOf(node) - 1];
    if (before?.kind === "inline" && URL_ATTRIBUTE.test(String(before.value)))
      for (const e of node.kind === "echo" ? node.expressions : [node.expression])
        judge(e);
  }
  if (node.kind === "bin" && node.type === ".") {
    const text = trailingText(node.left);
    if (text !== void 0 && URL_ATTRIBUTE.test(text)) judge(node.right);
  }
}
function checkInput(ctx, node, parents, scope) {
  const global = superglobal(node);
  if (!global) return;
  let unslashed = false;
  let coalesced = false;
  let child = node;
  for (let i = parents.length - 1; i >= 0; i--) {
    const p = parents[i];
    if (p.kind === "bin" && p.type === "??" && p.left === child) coalesced = true;
    if (p.kind === "assign" && p.operator === "??=" && p.left === child) coalesced = true;
    child = p;
    if (p.kind === "isset" || p.kind === "empty") return;
    if (p.kind === "cast" && ["int", "float", "bool"].includes(String(p.type))) return;
    if (p.kind === "bin" && ["===", "!==", "==", "!="].includes(String(p.type))) return;
    if (p.kind === "unset") return;
    const name = callName(p);
    if (name && UNSLASH.has(name)) {
      unslashed = true;
      continue;
    }
    if (name && TYPE_TESTS.has(name)) return;
    const sanitizer = sanitizerOf(p, name);
    if (sanitizer) {
      if (!unslashed && !UNSLASH_SAFE.has(sanitizer) && global !== "_FILES" && global !== "_SERVER")
        add(
          ctx,
          `${INPUT}.MissingUnslash`,
          "warning",
          `$${global} data not unslashed before sanitization; use wp_unslash() inside ${name}()`,
          node
        );
      break;
    }
    if (name || p.kind === "assign" || p.kind === "echo" || p.kind === "return" || PHP_FUNCTION_KINDS.has(p.kind) || p.kind === "expressionstatement") {
      if (!(name && ["isset", "empty"].includes(name)))
        add(
          ctx,
          `${INPUT}.InputNotSanitized`,
          "error",
          `Detected usage of a non-sanitized input variable: $${global}; use sanitize_text_field( wp_unslash( \u2026 ) ), absint() or similar`,
          node
        );
      break;
    }
  }
  if (global === "_POST" || global === "_GET" || global === "_REQUEST") {
    scope.reads.push({ node, global, validated: coalesced });
  }
}
var TYPE_CHECKS = /* @__PURE__ */ new Set([
  "wp_check_filetype",
  "wp_check_filetype_and_ext",
  "wp_get_image_mime",
  "exif_imagetype",
  "getimagesize",
  "finfo_file",
  "mime_content_type",
  "pathinfo"
]);
function fixedExtension(destination) {
  let last = lastOperand(destination);
  if (last?.kind === "encapsed") {
    const tail = last.value.at(-1);
    last = tail?.kind === "encapsedpart" ? tail.expression : tail;
  }
  return last?.kind === "string" && /\.[a-z0-9]{1,5}$/i.test(String(last.value));
}
function sqlSafe(node, scope, wpdb) {
  if (!node) return true;
  switch (node.kind) {
    case "string":
    case "nowdoc":
    case "number":
      return true;
    case "cast":
      return ["int", "float"].includes(String(node.type));
    case "propertylookup":
      return isWpdb(node.what, wpdb);
    case "variable":
      return scope.preparedVars.has(String(node.name));
    case "bin":
      return node.type === "." ? sqlSafe(node.left, scope, wpdb) && sqlSafe(node.right, scope, wpdb) : true;
    case "encapsed":
      return node.value.every(
        (p) => sqlSafe(p.kind === "encapsedpart" ? p.expression : p, scope, wpdb)
      );
    case "call": {
      if (wpdbMethod(node, wpdb) === "prepare") return true;
      const name = callName(node);
      return name === "absint" || name === "intval" || name === "esc_sql";
    }
    default:
      return false;
  }
}
function checkSql(ctx, node, scope) {
  const method = wpdbMethod(node, ctx.wpdb);
  if (!method) return;
  const args2 = node.arguments;
  if (WPDB_QUERY.has(method) && !sqlSafe(args2[0], scope, ctx.wpdb)) {
    add(
      ctx,
      `${SQL}.NotPrepared`,
      "error",
      `Use placeholders and $wpdb->prepare(); $wpdb->${method}() is given SQL built from variables`,
      node
    );
  }
  if (method === "prepare") {
    const q = args2[0];
    if (!q) return;
    if ((q.kind === "encapsed" || q.kind === "bin") && !sqlSafeLiteral(q, ctx.wpdb)) {
      add(
        ctx,
        `${SQL}.InterpolatedNotPrepared`,
        "error",
        "Variables are interpolated into the query given to $wpdb->prepare(); use placeholders",
        q
      );
      return;
    }
    const text = literalText(q);
    if (text === void 0) return;
    const sql = text.replace(/%%/g, "");
    const placeholders = [...sql.matchAll(/%(?:\d+\$)?[sdfFi]/g)].length;
    const replacements = args2.slice(1);
    const spread = replacements.some((a) => a.kind === "variadic" || a.kind === "array");
    if (/'%(?:\d+\$)?s'|"%(?:\d+\$)?s"/.test(sql))
      add(
        ctx,
        `${PLACEHOLDERS}.QuotedSimplePlaceholder`,
        "warning",
        "Simple placeholders should not be quoted in the query string; $wpdb->prepare() quotes them",
        q
      );
    if (placeholders === 0)
      add(
        ctx,
        `${PLACEHOLDERS}.UnnecessaryPrepare`,
        "warning",
        "$wpdb->prepare() is called on a query without placeholders",
        q
      );
    else if (!spread && placeholders !== replacements.length)
      add(
        ctx,
        `${PLACEHOLDERS}.ReplacementsWrongNumber`,
        "error",
        `The query has ${placeholders} placeholder(s) but ${replacements.length} replacement(s) are passed`,
        node
      );
  }
}
function literalText(node) {
  if (node.kind === "string" || node.kind === "nowdoc") return String(node.value);
  if (node.kind === "propertylookup") return "";
  if (node.kind === "encapsedpart") return literalText(node.expression);
  if (node.kind === "encapsed") {
    const parts = node.value.map(literalText);
    return parts.every((p) => p !== void 0) ? parts.join("") : void 0;
  }
  if (node.kind === "bin" && node.type === ".") {
    const l = literalText(node.left);
    const r = literalText(node.right);
    return l !== void 0 && r !== void 0 ? l + r : void 0;
  }
  return void 0;
}
function sqlSafeLiteral(node, wpdb) {
  if (node.kind === "string" || node.kind === "nowdoc") return true;
  if (node.kind === "propertylookup") return isWpdb(node.what, wpdb);
  if (node.kind === "encapsed")
    return node.value.every(
      (p) => sqlSafeLiteral(p.kind === "encapsedpart" ? p.expression : p, wpdb)
    );
  if (node.kind === "bin" && node.type === ".")
    return sqlSafeLiteral(node.left, wpdb) && sqlSafeLiteral(node.right, wpdb);
  return placeholderList(node);
}
function placeholderList(node) {
  if (callName(node) !== "implode" && callName(node) !== "join") return false;
  const [glue, pieces] = node.arguments;
  if (glue?.kind !== "string" || !pieces || callName(pieces) !== "array_fill") return false;
  const fill = pieces.arguments[2];
  return fill?.kind === "string" && /^%(?:\d+\$)?[sdfFi]$/.test(String(fill.value));
}
function isGuard(stmt) {
  let found = false;
  walkPhp(stmt, (n) => {
    const name = callName(n);
    if (name === "defined") {
      const arg = n.arguments[0];
      if (arg?.kind === "string" && ["ABSPATH", "WPINC"].includes(String(arg.value))) found = true;
    }
  });
  return found && (stmt.kind === "expressionstatement" || stmt.kind === "if");
}
var DECLARATIONS = /* @__PURE__ */ new Set([
  "class",
  "interface",
  "trait",
  "function",
  "usegroup",
  "declare",
  "enum",
  "constantstatement",
  "noop"
]);
function checkDirectAccess(ctx, program) {
  const statements = program.children.flatMap(
    (s) => s.kind === "namespace" ? s.children : [s]
  );
  for (const s of statements) {
    if (isGuard(s)) return;
    if (DECLARATIONS.has(s.kind)) continue;
    if (s.kind === "inline" && !String(s.value).trim()) continue;
    add(
      ctx,
      "PluginCheck.Security.DirectFileAccess",
      "error",
      "Code runs when the file is loaded directly; start it with defined( 'ABSPATH' ) || exit;",
      s
    );
    return;
  }
}
function walked(value) {
  if (typeof value !== "object" || value === null) return false;
  const kind = value.kind;
  return typeof kind === "string" && !PHP_LEAF_KINDS.has(kind);
}
function prepass(program) {
  const wpdb = newWpdbAliases();
  const routes = /* @__PURE__ */ new Map();
  walkPhp(program, (n) => {
    noteWpdbAlias(n, wpdb);
    if (callName(n) === "register_rest_route") routes.set(n, restEndpoints(n));
  });
  return { wpdb, routes };
}
function checkFile(ctx, program, routes, handlers, functions, inTheme = false) {
  if (!inTheme) checkDirectAccess(ctx, program);
  const rest = restCallbacks([...routes.values()].flat());
  const report = (rule, severity, message, at) => add(ctx, rule, severity, message, at);
  const scopes = [];
  const newScope = (node) => ({
    node,
    reads: [],
    nonce: false,
    capability: "none",
    validated: false,
    preparedVars: /* @__PURE__ */ new Set(),
    uploads: [],
    typeChecked: false,
    tainted: /* @__PURE__ */ new Map()
  });
  const top = newScope(program);
  const all = [top];
  const scopeOf = () => scopes[scopes.length - 1] ?? top;
  const visit = (node, parents) => {
    const isFn = PHP_FUNCTION_KINDS.has(node.kind);
    if (isFn) {
      const s = newScope(node);
      scopes.push(s);
      all.push(s);
      const name2 = functionName(node);
      if (name2) functions.set(name2, node);
      const routeGuard = rest.nodes.get(node) ?? (name2 === void 0 ? void 0 : rest.names.get(name2));
      if (routeGuard !== void 0) {
        const request = node.arguments?.[0];
        const variable = request?.name?.name;
        if (typeof variable === "string") s.tainted.set(variable, /* @__PURE__ */ new Set());
        s.capability = routeGuard;
      }
    }
    const scope = scopeOf();
    const name = callName(node);
    if (name && NONCE_CHECKS.has(name)) scope.nonce = true;
    if (name === "current_user_can" || name === "user_can")
      scope.capability = guardOf(node, name, scope.capability);
    if (node.kind === "isset" || node.kind === "empty" || name === "array_key_exists")
      scope.validated = true;
    if (node.kind === "assign" && node.left.kind === "variable") {
      if (wpdbMethod(node.right, ctx.wpdb) === "prepare")
        scope.preparedVars.add(String(node.left.name));
    }
    checkOutput(ctx, node, name);
    checkUrlContext(ctx, node, parents, scope);
    checkInput(ctx, node, parents, scope);
    checkSql(ctx, node, scope);
    if (node.kind === "eval")
      add(
        ctx,
        "Squiz.PHP.Eval.Discouraged",
        "error",
        "eval() is discouraged: it runs arbitrary code",
        node
      );
    if (name === "extract")
      add(
        ctx,
        "WordPress.PHP.DontExtract.extract_extract",
        "error",
        "extract() creates variables from data; assign them explicitly",
        node
      );
    if (name === "unserialize") {
      const fromInput = requestDataIn(node.arguments[0], scope.tainted, "code");
      add(
        ctx,
        "WordPress.PHP.DiscouragedPHPFunctions.serialize_unserialize",
        fromInput ? "error" : "warning",
        fromInput ? `unserialize() of request data (${fromInput}) lets anyone instantiate objects (object injection); use json_decode()` : "unserialize() can instantiate objects from data (object injection); use json_decode()",
        node
      );
    }
    if (name && TYPE_CHECKS.has(name)) scope.typeChecked = true;
    if (name === "move_uploaded_file" && !fixedExtension(node.arguments[1]))
      scope.uploads.push(node);
    checkSinks(node, name, scope.tainted, report, scope.capability);
    noteTaint(node, name, scope.tainted);
    if (name === "add_action") {
      const [hook, callback] = node.arguments;
      const value = hook?.kind === "string" ? String(hook.value) : "";
      if (callback && /^(wp_ajax_|admin_post_)nopriv_/.test(value))
        handlers.push({ hook: value, callback, at: node, open: true });
      else if (callback && /^(wp_ajax_|admin_post_)/.test(value))
        handlers.push({ hook: value, callback, at: node });
    }
    const endpoints = routes.get(node);
    if (endpoints) checkRestRoutes(endpoints, handlers, report);
    parents.push(node);
    for (const key of phpChildKeys(node.kind, node)) {
      const value = node[key];
      if (value === null || typeof value !== "object") continue;
      if (Array.isArray(value)) {
        for (const c of value) if (walked(c)) visit(c, parents);
      } else if (walked(value)) visit(value, parents);
    }
    parents.pop();
    if (isFn) scopes.pop();
  };
  visit(program, []);
  const fileChecksTypes = all.some((s) => s.typeChecked);
  for (const s of all) {
    const upload = s.typeChecked ? void 0 : s.uploads[0];
    if (upload)
      add(
        ctx,
        "AIOS.Security.UploadWithoutTypeCheck",
        fileChecksTypes ? "warning" : "error",
        `move_uploaded_file() keeps the uploaded file's own extension without checking its type${fileChecksTypes ? " in this function (another function of the file checks one: make sure it is this upload)" : ""}: anyone who can upload can place a .php file and run it; check it with wp_check_filetype_and_ext() against the allowed types, or use wp_handle_upload()`,
        upload
      );
    for (const r of s.reads) {
      if (s.nonce) break;
      const post = r.global === "_POST";
      add(
        ctx,
        `${NONCE}.${post ? "Missing" : "Recommended"}`,
        post ? "error" : "warning",
        `Processing form data without nonce verification ($${r.global}); call check_admin_referer(), check_ajax_referer() or wp_verify_nonce() first`,
        r.node
      );
      break;
    }
    const unchecked = s.validated ? void 0 : s.reads.find((r) => !r.validated);
    if (unchecked)
      add(
        ctx,
        `${INPUT}.InputNotValidated`,
        "warning",
        `$${unchecked.global} is read without checking it exists (isset(), empty() or ??)`,
        unchecked.node
      );
  }
  return all;
}
function createWordPressSecurityGate() {
  return {
    id: "wordpress-security",
    description: "WordPress security on the PHP syntax tree (WPCS sniff names)",
    async run(input) {
      const started = performance.now();
      const findings = [];
      const handlers = [];
      const functions = /* @__PURE__ */ new Map();
      const inTheme = await themeFolders(input);
      for (const f of input.files.filter((f2) => /\.php$/i.test(f2.path))) {
        const parsed = await parsePhpFile(f);
        if ("error" in parsed) {
          findings.push(parsed.error);
          continue;
        }
        const { wpdb, routes } = prepass(parsed.ast);
        const ctx = { path: f.path, out: findings, wpdb };
        const mine = [];
        checkFile(ctx, parsed.ast, routes, mine, functions, inTheme(f.path));
        handlers.push(...mine.map((handler) => ({ ctx, handler })));
      }
      for (const { ctx, handler } of handlers) {
        const fn = resolveHandler(handler.callback, functions);
        if (handler.open) {
          const call = fn && !hasCapabilityCheck(fn) && !verifiesSignature(fn) ? privilegedCall(fn) : void 0;
          if (fn && call)
            add(
              ctx,
              "AIOS.Security.OpenHandlerChangesSite",
              "error",
              `the ${handler.hook} handler calls ${call} for anyone, logged in or not: register it for logged-in users only (wp_ajax_, a permission_callback) and check current_user_can() before acting`,
              fn
            );
        } else if (!fn)
          add(
            ctx,
            "AIOS.Security.HandlerNotFound",
            "info",
            `the ${handler.hook} handler is not in this change, so its capability check was not verified`,
            handler.at
          );
        else if (!hasCapabilityCheck(fn)) {
          const change = stateChange(fn, ctx.wpdb);
          add(
            ctx,
            "AIOS.Security.HandlerWithoutCapability",
            change ? "error" : "warning",
            change ? `the ${handler.hook} handler calls ${change} for any logged-in user, a subscriber included: check current_user_can() before acting` : `the ${handler.hook} handler answers any logged-in user, a subscriber included, with no capability check: fine for data every user may see, otherwise check current_user_can()`,
            fn
          );
        }
      }
      const judged = applyThreshold(findings, input.settings, input.risk);
      return {
        gate: "wordpress-security",
        pass: !judged.some((f) => f.severity === "error"),
        findings: judged,
        durationMs: Math.round(performance.now() - started),
        checkers: [{ name: "php-parser", version: packageVersion("php-parser") }]
      };
    }
  };
}
export {
  createWordPressSecurityGate
};
