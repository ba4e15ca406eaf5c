import { neutralise } from '../core/neutralise.js';
import { Slug } from '../core/work.js';

/** A command a person wrote in a comment. Only people with write access are heard. */
export type SlashCommand =
  | { readonly type: 'retry' }
  | { readonly type: 'answer'; readonly text: string }
  | { readonly type: 'route'; readonly persona: string }
  | { readonly type: 'cost' }
  | { readonly type: 'stop' }
  /** Roll delivered work back (an approver only): a revert opened as a draft PR. */
  | { readonly type: 'revert'; readonly reason?: string | undefined }
  /** A reviewer's own minutes of review, given in an approving review's text. */
  | { readonly type: 'signoff'; readonly minutes: number };

export type ParsedCommand =
  { ok: true; command: SlashCommand } | { ok: false; error: string } | undefined;

/**
 * Find an `/aios …` command at the start of a line of a comment. Returns undefined when the
 * comment has none (most comments), or an error when it has one AIOS cannot read.
 */
export function parseSlashCommand(body: string): ParsedCommand {
  const line = commandLine(body);
  if (!line) return undefined;
  const match = /^\s*\/aios\s+(\S+)\s*([\s\S]*)$/.exec(line);
  const verb = match?.[1]?.toLowerCase();
  const rest = (match?.[2] ?? '').trim();
  switch (verb) {
    case 'retry':
      return { ok: true, command: { type: 'retry' } };
    case 'cost':
      return { ok: true, command: { type: 'cost' } };
    case 'stop':
      return { ok: true, command: { type: 'stop' } };
    case 'revert':
      return {
        ok: true,
        command: { type: 'revert', ...(rest ? { reason: rest.slice(0, 500) } : {}) },
      };
    case 'answer': {
      // The answer may run on over the following lines of the comment.
      const after = body
        .replace(/\r\n/g, '\n')
        .slice(body.replace(/\r\n/g, '\n').indexOf(line) + line.length)
        .trim();
      const text = [rest, after].filter(Boolean).join('\n').trim();
      return text
        ? { ok: true, command: { type: 'answer', text: text.slice(0, 8000) } }
        : { ok: false, error: '`/aios answer` needs the answer after it.' };
    }
    case 'signoff': {
      const minutes = parseReviewMinutes(rest.split(/\s+/)[0] ?? '');
      return minutes === undefined
        ? {
            ok: false,
            error:
              '`/aios signoff` needs the minutes the review took, e.g. `/aios signoff 20m` or `/aios signoff 1h30m`.',
          }
        : { ok: true, command: { type: 'signoff', minutes } };
    }
    case 'route': {
      const persona = Slug.safeParse(rest.split(/\s+/)[0] ?? '');
      return persona.success
        ? { ok: true, command: { type: 'route', persona: persona.data } }
        : { ok: false, error: '`/aios route` needs a persona id, e.g. `/aios route editor`.' };
    }
    default:
      return {
        ok: false,
        // The verb is the commenter's text, posted back: neutralised like any other.
        error: `Unknown command ${neutralise(`/aios ${verb ?? ''}`, { as: 'code', max: 60 })}. Commands: retry, answer <text>, route <persona>, cost, stop, signoff <minutes>, revert [reason].`,
      };
  }
}

/**
 * Minutes of review from `20m`, `20`, `1h`, `1h30m`, `1.5h` or `45min`; undefined for anything
 * else. A review longer than a working week is taken as a typo, not a figure to bill.
 */
export function parseReviewMinutes(text: string): number | undefined {
  const m = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)(?:m|min|mins)?)?$/i.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const minutes = Math.round(Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0));
  return Number.isFinite(minutes) && minutes <= 40 * 60 ? minutes : undefined;
}

/**
 * The first line that is a command as a reader sees it: `/aios` at the start of a paragraph
 * line (at most three spaces in), not inside a fenced or indented code block, a block quote
 * or an HTML comment. A quoted or code-formatted `/aios stop` is an example, not an order.
 */
function commandLine(body: string): string | undefined {
  let fence: string | undefined;
  let inComment = false;
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (
        open &&
        open[0] === fence[0] &&
        open.length >= fence.length &&
        /^ {0,3}[`~]+\s*$/.test(line)
      )
        fence = undefined;
      continue;
    }
    if (open) {
      fence = open;
      continue;
    }
    if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) {
      inComment = true;
      continue;
    }
    if (/^ {0,3}\/aios\b/.test(line)) return line;
  }
  return undefined;
}
