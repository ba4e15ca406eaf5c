/** The login comments made with the workflow's job token carry. */
export const JOB_TOKEN_LOGIN = 'github-actions[bot]';

/**
 * Whether a comment is one AIOS wrote and may update: its marker opens the body AND its author
 * is AIOS's own bot (the job token's, or the GitHub App's when deliver uses an App token).
 * Anyone can type a marker; an outsider's comment carrying one is never edited.
 */
export function isOwnComment(
  comment: { body?: string | null; user?: { login: string; type?: string } | null },
  tag: string,
  botLogin: string = JOB_TOKEN_LOGIN,
): boolean {
  return (
    (comment.body ?? '').startsWith(tag) &&
    comment.user?.type === 'Bot' &&
    comment.user.login.toLowerCase() === botLogin.toLowerCase()
  );
}
