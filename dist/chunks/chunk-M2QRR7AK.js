import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  pathsNamedIn
} from "./chunk-QNGC6G24.js";
import {
  require_picomatch
} from "./chunk-7KYRHF44.js";
import {
  Size
} from "./chunk-WW2WXWHE.js";
import {
  __toESM
} from "./chunk-OWSLLXUM.js";

// src/routing/compiled-globs.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var compiled = /* @__PURE__ */ new WeakMap();
function globMatcher(globs) {
  let isMatch = compiled.get(globs);
  if (!isMatch) {
    isMatch = (0, import_picomatch.default)([...globs], { dot: true });
    compiled.set(globs, isMatch);
  }
  return isMatch;
}

// src/routing/compiled-rules.ts
var cache = /* @__PURE__ */ new WeakMap();
function compiledRouting(config) {
  let compiled2 = cache.get(config);
  if (!compiled2) {
    const kindsByLabel = /* @__PURE__ */ new Map();
    const kindOrder = /* @__PURE__ */ new Map();
    Object.entries(config.kinds).forEach(([id, kind], i) => {
      kindOrder.set(id, i);
      for (const label of kind.labels) {
        const key = label.toLowerCase();
        const list = kindsByLabel.get(key) ?? [];
        if (!list.includes(id)) list.push(id);
        kindsByLabel.set(key, list);
      }
    });
    compiled2 = {
      rules: config.rules.map((rule) => {
        const w = rule.when;
        return {
          rule,
          kinds: w.kinds && new Set(w.kinds),
          labels: w.labels && new Set(w.labels.map((l) => l.toLowerCase())),
          clients: w.clients && new Set(w.clients),
          sizes: w.sizes && new Set(w.sizes),
          paths: w.paths && globMatcher(w.paths),
          wants: {
            kinds: w.kinds?.join(" or ") ?? "",
            labels: w.labels?.join(", ") ?? "",
            clients: w.clients?.join(" or ") ?? "",
            sizes: w.sizes?.join(" or ") ?? "",
            paths: w.paths?.join(", ") ?? ""
          }
        };
      }),
      kindsByLabel,
      kindOrder,
      kindsWithPaths: Object.values(config.kinds).some((k) => k.paths.length > 0)
    };
    cache.set(config, compiled2);
  }
  return compiled2;
}

// src/routing/classify-task.ts
var FORM_SECTION = /^###[ \t]+(.+?)[ \t]*\r?\n([\s\S]*?)(?=^###[ \t]|(?![\s\S]))/gm;
function issueFormFields(body) {
  const fields = /* @__PURE__ */ new Map();
  if (!body.includes("###")) return fields;
  for (const m of body.matchAll(FORM_SECTION)) {
    const heading = (m[1] ?? "").trim().toLowerCase();
    const value = (m[2] ?? "").trim();
    if (!heading || !value || value === "_No response_") continue;
    if (!fields.has(heading)) fields.set(heading, value);
  }
  return fields;
}
function parseEstimate(text) {
  const t = text.trim();
  const size = Size.safeParse(t.toUpperCase());
  if (size.success) return size.data;
  const m = /^(?:(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\s*(\d+)\s*(?:m|min|mins|minutes?)|(\d+(?:\.\d+)?)\s*(m|min|mins|minutes?|h|hrs?|hours?)?)$/i.exec(
    t
  );
  if (!m) return void 0;
  const minutes = m[1] !== void 0 ? Math.round(Number(m[1]) * 60 + Number(m[2])) : Math.round(/^h/i.test(m[4] ?? "") ? Number(m[3]) * 60 : Number(m[3]));
  return minutes > 0 ? minutes : void 0;
}
function labelValue(labels, prefix) {
  for (const label of labels) {
    const m = /^([\w-]+)\s*[:/=]\s*(.+)$/.exec(label.trim());
    if (m && m[1]?.toLowerCase() === prefix && m[2]) return m[2].trim();
  }
  return void 0;
}
function kindNamed(value, config) {
  const v = value.trim().toLowerCase();
  const byId = Object.keys(config.kinds).find((id) => id.toLowerCase() === v);
  if (byId) return byId;
  const head = /^([\w-]+)/.exec(v)?.[1];
  const byHead = Object.keys(config.kinds).find((id) => id.toLowerCase() === head);
  if (byHead) return byHead;
  const byLabel = compiledRouting(config).kindsByLabel.get(v);
  return byLabel?.length === 1 ? byLabel[0] : void 0;
}
function kindsByPaths(paths, config) {
  let best = 0;
  let kinds = [];
  for (const [id, kind] of Object.entries(config.kinds)) {
    if (!kind.paths.length) continue;
    const isMatch = globMatcher(kind.paths);
    const n = paths.filter((p) => isMatch(p)).length;
    if (n === 0 || n < best) continue;
    if (n > best) kinds = [];
    best = n;
    kinds.push(id);
  }
  return kinds;
}
function classifyTask(task, config) {
  const form = issueFormFields(task.body);
  const notes = [];
  let kind;
  let kindSource = "default";
  let candidates = [];
  const consider = (source, found) => {
    if (kind || found.length === 0) return;
    const narrowed = candidates.length ? found.filter((k) => candidates.includes(k)) : [...found];
    if (narrowed.length === 1) {
      kind = narrowed[0];
      kindSource = source;
      notes.push(`kind ${kind} from ${source}`);
    } else if (narrowed.length > 1) {
      candidates = narrowed;
      notes.push(`${source} name more than one kind: ${narrowed.join(", ")}`);
    } else notes.push(`${source} name ${found.join(", ")}, none of ${candidates.join(", ")}`);
  };
  if (task.kind) consider("task", [task.kind]);
  const { kindsByLabel, kindOrder } = compiledRouting(config);
  const byLabels = /* @__PURE__ */ new Set();
  for (const label of task.labels)
    for (const k of kindsByLabel.get(label.toLowerCase()) ?? []) byLabels.add(k);
  consider(
    "labels",
    [...byLabels].sort((x, y) => (kindOrder.get(x) ?? 0) - (kindOrder.get(y) ?? 0))
  );
  const formKind = form.get("kind");
  if (formKind) {
    const named = kindNamed(formKind, config);
    if (named) consider("issue-form", [named]);
    else notes.push(`issue-form Kind "${formKind}" is not a kind of the config`);
  }
  if (!kind && compiledRouting(config).kindsWithPaths)
    consider("paths", kindsByPaths(pathsNamedIn(`${task.title}
${task.body}`), config));
  if (kind) candidates = [kind];
  let client;
  let clientSource = "default";
  const formClient = form.get("client");
  const labelClient = labelValue(task.labels, "client");
  if (task.client) [client, clientSource] = [task.client, "task"];
  else if (labelClient) [client, clientSource] = [labelClient, "labels"];
  else if (formClient) [client, clientSource] = [formClient.split("\n")[0]?.trim(), "issue-form"];
  let estimate;
  let estimateSource = "default";
  const fromLabel = parseOr(labelValue(task.labels, "estimate")) ?? parseOr(labelValue(task.labels, "size"));
  const fromForm = parseOr(form.get("estimate")) ?? parseOr(form.get("size"));
  if (task.estimate !== void 0) [estimate, estimateSource] = [task.estimate, "task"];
  else if (fromLabel !== void 0) [estimate, estimateSource] = [fromLabel, "labels"];
  else if (fromForm !== void 0) [estimate, estimateSource] = [fromForm, "issue-form"];
  return {
    kind,
    candidates,
    client,
    estimate,
    sources: { kind: kindSource, client: clientSource, estimate: estimateSource },
    notes
  };
}
function parseOr(text) {
  return text === void 0 ? void 0 : parseEstimate(text);
}

export {
  globMatcher,
  compiledRouting,
  parseEstimate,
  classifyTask
};
