import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);
import {
  neutralise
} from "./chunk-7DYZ5OKU.js";
import {
  Slug
} from "./chunk-WW2WXWHE.js";

// src/jobs/slash-command.ts
function parseSlashCommand(body) {
  const line = commandLine(body);
  if (!line) return void 0;
  const match = /^\s*\/aios\s+(\S+)\s*([\s\S]*)$/.exec(line);
  const verb = match?.[1]?.toLowerCase();
  const rest = (match?.[2] ?? "").trim();
  switch (verb) {
    case "retry":
      return { ok: true, command: { type: "retry" } };
    case "cost":
      return { ok: true, command: { type: "cost" } };
    case "stop":
      return { ok: true, command: { type: "stop" } };
    case "revert":
      return {
        ok: true,
        command: { type: "revert", ...rest ? { reason: rest.slice(0, 500) } : {} }
      };
    case "answer": {
      const after = body.replace(/\r\n/g, "\n").slice(body.replace(/\r\n/g, "\n").indexOf(line) + line.length).trim();
      const text = [rest, after].filter(Boolean).join("\n").trim();
      return text ? { ok: true, command: { type: "answer", text: text.slice(0, 8e3) } } : { ok: false, error: "`/aios answer` needs the answer after it." };
    }
    case "signoff": {
      const minutes = parseReviewMinutes(rest.split(/\s+/)[0] ?? "");
      return minutes === void 0 ? {
        ok: false,
        error: "`/aios signoff` needs the minutes the review took, e.g. `/aios signoff 20m` or `/aios signoff 1h30m`."
      } : { ok: true, command: { type: "signoff", minutes } };
    }
    case "route": {
      const persona = Slug.safeParse(rest.split(/\s+/)[0] ?? "");
      return persona.success ? { ok: true, command: { type: "route", persona: persona.data } } : { ok: false, error: "`/aios route` needs a persona id, e.g. `/aios route editor`." };
    }
    default:
      return {
        ok: false,
        // The verb is the commenter's text, posted back: neutralised like any other.
        error: `Unknown command ${neutralise(`/aios ${verb ?? ""}`, { as: "code", max: 60 })}. Commands: retry, answer <text>, route <persona>, cost, stop, signoff <minutes>, revert [reason].`
      };
  }
}
function parseReviewMinutes(text) {
  const m = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)(?:m|min|mins)?)?$/i.exec(text.trim());
  if (!m || m[1] === void 0 && m[2] === void 0) return void 0;
  const minutes = Math.round(Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0));
  return Number.isFinite(minutes) && minutes <= 40 * 60 ? minutes : void 0;
}
function commandLine(body) {
  let fence;
  let inComment = false;
  for (const line of body.replace(/\r\n?/g, "\n").split("\n")) {
    if (inComment) {
      if (line.includes("-->")) inComment = false;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (open && open[0] === fence[0] && open.length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line))
        fence = void 0;
      continue;
    }
    if (open) {
      fence = open;
      continue;
    }
    if (/^ {0,3}<!--/.test(line) && !line.includes("-->")) {
      inComment = true;
      continue;
    }
    if (/^ {0,3}\/aios\b/.test(line)) return line;
  }
  return void 0;
}

export {
  parseSlashCommand
};
