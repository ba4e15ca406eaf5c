/**
 * Typed errors. Every error AIOS raises says what went wrong, where, and how to fix it,
 * carries its cause, and says whether trying again could help. Entry points catch once
 * and map `exitCode` to the process exit code (0 ok, 1 work failed, 2 bad input).
 */

/** Where in a file a problem sits, so messages can say `file:line`. */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

/** One problem found while validating input. */
export interface InputIssue {
  readonly location?: SourceLocation | undefined;
  /** Dotted field path, e.g. `rules[2].route.tier`. */
  readonly field?: string | undefined;
  readonly message: string;
}

export interface AiosErrorOptions {
  readonly cause?: unknown;
  readonly retryable?: boolean;
  readonly hint?: string | undefined;
}

/** Base of every AIOS error. */
export abstract class AiosError extends Error {
  abstract readonly code: string;
  /** 1 = the work failed; 2 = the input was bad. */
  abstract readonly exitCode: 1 | 2;
  readonly retryable: boolean;
  readonly hint: string | undefined;

  constructor(message: string, options: AiosErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.retryable = options.retryable ?? false;
    this.hint = options.hint;
  }
}

function formatIssue(issue: InputIssue): string {
  const where = issue.location
    ? `${issue.location.file}${issue.location.line ? `:${issue.location.line}` : ''}${
        issue.location.line && issue.location.column ? `:${issue.location.column}` : ''
      }`
    : undefined;
  const field = issue.field ? `${issue.field}: ` : '';
  return where ? `${where}: ${field}${issue.message}` : `${field}${issue.message}`;
}

/** Bad input from a person: config, task file, persona file, CLI arguments. Exit code 2. */
export class InputError extends AiosError {
  readonly code = 'input';
  readonly exitCode = 2 as const;
  readonly issues: readonly InputIssue[];

  constructor(summary: string, issues: readonly InputIssue[] = [], options: AiosErrorOptions = {}) {
    super(
      issues.length === 0
        ? summary
        : `${summary}\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
      options,
    );
    this.issues = issues;
  }
}

/** A model call failed. `retryable` says whether the retry layer may try again. */
export class ModelError extends AiosError {
  readonly code = 'model';
  readonly exitCode = 1 as const;
  /** A short class for the ledger: `timeout`, `rate-limited`, `server`, `connection`, `not-found`, `invalid-answer`, `auth`, `bad-request`, `cancelled`. */
  readonly errorClass: ModelErrorClass;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  /** The model's raw text when the failure is about what it said; kept for the ledger, never shipped. */
  readonly raw: string | undefined;

  constructor(
    message: string,
    details: {
      errorClass: ModelErrorClass;
      status?: number | undefined;
      retryAfterMs?: number | undefined;
      raw?: string | undefined;
    },
    options: AiosErrorOptions = {},
  ) {
    super(message, options);
    this.errorClass = details.errorClass;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.raw = details.raw;
  }
}

export type ModelErrorClass =
  | 'timeout'
  | 'rate-limited'
  | 'server'
  | 'overloaded'
  | 'connection'
  | 'not-found'
  | 'invalid-answer'
  | 'auth'
  | 'bad-request'
  | 'cancelled'
  | 'circuit-open'
  /** The answer hit the output cap (`finish_reason`/`done_reason: length`). */
  | 'truncated'
  /** The answer passed the size cap while streaming. */
  | 'too-large'
  /** The server refused a request parameter the model's config sets (`request.*`). */
  | 'unsupported-parameter'
  /** The prompt would not fit the model's context window. */
  | 'context-overflow'
  /** The model cannot be called here (its API key is not set). */
  | 'unavailable'
  /**
   * The provider's content filter withheld the answer (`finish_reason: content_filter`, as
   * Azure-hosted models such as GitHub Models give): not the model's answer, so the next model
   * of the tier is tried.
   */
  | 'content-filtered';

/** A budget would be exceeded; the call is not made. */
export class BudgetError extends AiosError {
  readonly code = 'budget';
  readonly exitCode = 1 as const;
  constructor(
    message: string,
    readonly budget: string,
    options: AiosErrorOptions = {},
  ) {
    super(message, options);
  }
}

/** Git refused or failed. Usually a repository state problem. */
export class GitError extends AiosError {
  readonly code = 'git';
  readonly exitCode = 1 as const;
}

/** The forge (GitHub, or the local stand-in) refused or failed. */
export class ForgeError extends AiosError {
  readonly code = 'forge';
  readonly exitCode = 1 as const;
  constructor(
    message: string,
    readonly status: number | undefined,
    options: AiosErrorOptions = {},
  ) {
    super(message, options);
  }
}

/** A model answer or a delivery broke policy (paths outside the allow-list, protected files, size). */
export class PolicyError extends AiosError {
  readonly code = 'policy';
  readonly exitCode = 1 as const;
}

/** The runner lacks something a step needs and could not be given it (the gates' checkers). */
export class SetupError extends AiosError {
  readonly code = 'setup';
  readonly exitCode = 1 as const;
}

/** The ledger could not be written or read, or it does not verify. */
export class LedgerError extends AiosError {
  readonly code = 'ledger';
  readonly exitCode = 1 as const;
}

/** Render any thrown value for a person: message, then the hint. */
export function describeError(error: unknown): string {
  if (error instanceof AiosError) {
    return error.hint ? `${error.message}\nHow to fix: ${error.hint}` : error.message;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof code === 'string' && PERMISSION_CODES.has(code)) {
    // A raw EACCES names a syscall; a person needs the path and what to do about it.
    const path = (error as { path?: unknown }).path;
    const where = typeof path === 'string' ? path : 'a file AIOS needed';
    const what =
      code === 'EROFS' ? 'is on a read-only file system' : 'is not writable by this user';
    return `${where} ${what} (${code}).\nHow to fix: run AIOS as a user who can write there, or on a copy you own.`;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

/** System error codes that mean "not allowed to write here". */
const PERMISSION_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

/** Exit code for any thrown value: AIOS errors know theirs; anything else is a failure (1). */
export function exitCodeOf(error: unknown): 1 | 2 {
  return error instanceof AiosError ? error.exitCode : 1;
}
