/**
 * Hidden markers: HTML comments AIOS writes into what it posts (a PR body, an issue comment),
 * invisible when rendered, so it can find its own text again. One pair of helpers writes and
 * reads each kind; nothing else spells the comment out.
 */

/** The marker in a PR body naming the task the PR delivers. */
export function writeTaskMarker(taskId: string): string {
  return `<!-- aios:task ${taskId} -->`;
}

/** The one spelling of the task marker, read back (global: a body may hold more than one). */
const TASK_MARKER = /<!-- aios:task (\S+) -->/g;

/** The task a PR body's marker names, if it has one. */
export function readTaskMarker(body: string | null | undefined): string | undefined {
  return readTaskMarkers(body)[0];
}

/**
 * Every task the markers in a body name, in order. A body can hold model text, so a marker can
 * be planted: callers treat these as where to look, never as proof.
 */
export function readTaskMarkers(body: string | null | undefined): string[] {
  return [...(body ?? '').matchAll(TASK_MARKER)].flatMap((m) => (m[1] ? [m[1]] : []));
}

/** The marker that starts a comment AIOS keeps up to date (`aios:ask`, `aios:delivered`, …). */
export function writeCommentMarker(name: string): string {
  return `<!-- ${name} -->`;
}

/** True when a comment body starts with the named marker: the comment is AIOS's own of that name. */
export function hasCommentMarker(body: string | null | undefined, name: string): boolean {
  return (body ?? '').startsWith(writeCommentMarker(name));
}
