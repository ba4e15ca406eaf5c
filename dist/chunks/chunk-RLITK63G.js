import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

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
function neutralizeForGitHub(text, allowedHosts = ["github.com"]) {
  return text.replace(/(^|[^\w`])@([A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\/[A-Za-z0-9_.-]+)?)/g, "$1`@$2`").replace(
    /\b(close[sd]?|fix(e[sd])?|resolve[sd]?)(\s*:?\s+)((?:[\w.-]+\/[\w.-]+)?#\d+)/gi,
    "$1$3`$4`"
  ).replace(
    /https?:\/\/([^\s/)>\]]+)[^\s)>\]]*/g,
    (url, host) => allowedHosts.some((h) => host === h || host.endsWith(`.${h}`)) ? url : `\`${url.replace(/^https?:\/\//, "")}\``
  );
}

export {
  sanitizeUntrusted,
  neutralizeForGitHub
};
