import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-4KRPT4EI.js";

// src/core/hidden-text.ts
var HiddenKind = external_exports.enum([
  "html-comment",
  "zero-width",
  "bidi-control",
  "unicode-tag",
  "link-title"
]);
var HiddenText = external_exports.object({
  kind: HiddenKind,
  /** Pieces removed: comments, titles, or single characters. */
  count: external_exports.number().int().positive(),
  /** Characters removed in all (UTF-16 code units for comments and titles, code points otherwise). */
  characters: external_exports.number().int().positive()
}).strict();
var NAMES = {
  "html-comment": ["HTML comment", "HTML comments"],
  "zero-width": ["zero-width character", "zero-width characters"],
  "bidi-control": ["bidirectional control character", "bidirectional control characters"],
  "unicode-tag": ["invisible Unicode tag character", "invisible Unicode tag characters"],
  "link-title": ["link title", "link titles"]
};
function describeHidden(h) {
  const [one, many] = NAMES[h.kind];
  const what = `${h.count} ${h.count === 1 ? one : many}`;
  return h.kind === "html-comment" || h.kind === "link-title" ? `${what} (${h.characters} character${h.characters === 1 ? "" : "s"})` : what;
}
function mergeHidden(...lists) {
  const by = /* @__PURE__ */ new Map();
  for (const h of lists.flat()) {
    const seen = by.get(h.kind);
    by.set(
      h.kind,
      seen ? { kind: h.kind, count: seen.count + h.count, characters: seen.characters + h.characters } : { ...h }
    );
  }
  return HiddenKind.options.flatMap((k) => {
    const h = by.get(k);
    return h ? [h] : [];
  });
}

export {
  HiddenText,
  describeHidden,
  mergeHidden
};
