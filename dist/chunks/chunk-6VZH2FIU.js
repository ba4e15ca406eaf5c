import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  neutralise
} from "./chunk-7DYZ5OKU.js";

// src/core/sanitize.ts
var INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
var TAGS = /[\u{E0000}-\u{E007F}]/gu;
function sanitizeUntrusted(input) {
  const removed = [];
  let text = input.replace(/\r\n/g, "\n");
  const comments = text.match(/<!--[\s\S]*?(-->|$)/g);
  if (comments) {
    removed.push(`${comments.length} HTML comment(s)`);
    text = text.replace(/<!--[\s\S]*?(-->|$)/g, "");
  }
  const invisible = text.match(INVISIBLE)?.length ?? 0;
  const tags = text.match(TAGS)?.length ?? 0;
  if (invisible + tags > 0) {
    removed.push(`${invisible + tags} invisible character(s)`);
    text = text.replace(INVISIBLE, "").replace(TAGS, "");
  }
  let titles = 0;
  text = text.replace(
    /(\]\(\s*<?[^\s)>]+>?)\s+("[^"]*"|'[^']*'|\([^)]*\))\s*\)/g,
    (_m, head) => {
      titles++;
      return `${head})`;
    }
  );
  text = text.replace(
    /^(\s{0,3}\[[^\]]+\]:\s*\S+)\s+("[^"]*"|'[^']*'|\([^)]*\))\s*$/gm,
    (_m, head) => {
      titles++;
      return head;
    }
  );
  if (titles > 0) removed.push(`${titles} link title(s)`);
  return { text, removed };
}
function neutralizeForGitHub(text, allowedHosts = ["github.com"], max) {
  return neutralise(text, { allowedHosts, max });
}

export {
  sanitizeUntrusted,
  neutralizeForGitHub
};
