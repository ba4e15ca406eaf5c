import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  neutralise
} from "./chunk-7DYZ5OKU.js";
import {
  describeHidden
} from "./chunk-OJX3CLAV.js";

// src/core/sanitize.ts
var ZERO_WIDTH = /[\u00AD\u200B-\u200D\u2060-\u2064\uFEFF]/g;
var BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
var TAGS = /[\u{E0000}-\u{E007F}]/gu;
function sanitizeUntrusted(input) {
  const hidden = [];
  let text = input.replace(/\r\n/g, "\n");
  const comments = text.match(/<!--[\s\S]*?(-->|$)/g);
  if (comments) {
    hidden.push({
      kind: "html-comment",
      count: comments.length,
      characters: comments.reduce((n, c) => n + c.length, 0)
    });
    text = text.replace(/<!--[\s\S]*?(-->|$)/g, "");
  }
  for (const [kind, pattern] of [
    ["zero-width", ZERO_WIDTH],
    ["bidi-control", BIDI],
    ["unicode-tag", TAGS]
  ]) {
    const found = text.match(pattern)?.length ?? 0;
    if (found > 0) {
      hidden.push({ kind, count: found, characters: found });
      text = text.replace(pattern, "");
    }
  }
  let titles = 0;
  let titleChars = 0;
  const dropTitle = (head, title) => {
    titles++;
    titleChars += title.length - 2;
    return head;
  };
  text = text.replace(
    /(\]\(\s*<?[^\s)>]+>?)\s+("[^"]*"|'[^']*'|\([^)]*\))\s*\)/g,
    (_m, head, title) => `${dropTitle(head, title)})`
  );
  text = text.replace(
    /^(\s{0,3}\[[^\]]+\]:\s*\S+)\s+("[^"]*"|'[^']*'|\([^)]*\))\s*$/gm,
    (_m, head, title) => dropTitle(head, title)
  );
  if (titles > 0)
    hidden.push({ kind: "link-title", count: titles, characters: Math.max(titles, titleChars) });
  return { text, removed: hidden.map(describeHidden), hidden };
}
function neutralizeForGitHub(text, allowedHosts = ["github.com"], max) {
  return neutralise(text, { allowedHosts, max });
}

export {
  sanitizeUntrusted,
  neutralizeForGitHub
};
