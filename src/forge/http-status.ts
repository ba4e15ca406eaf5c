/** The HTTP status of an error from Octokit (`RequestError.status`), when it has one. */
export function statusOf(error: unknown): number | undefined {
  const status =
    error && typeof error === 'object' ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : undefined;
}
