import { createRequire as __aiosCreateRequire } from 'node:module'; const require = __aiosCreateRequire(import.meta.url);

// src/core/errors.ts
var AiosError = class extends Error {
  retryable;
  hint;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = new.target.name;
    this.retryable = options.retryable ?? false;
    this.hint = options.hint;
  }
};
function formatIssue(issue) {
  const where = issue.location ? `${issue.location.file}${issue.location.line ? `:${issue.location.line}` : ""}${issue.location.line && issue.location.column ? `:${issue.location.column}` : ""}` : void 0;
  const field = issue.field ? `${issue.field}: ` : "";
  return where ? `${where}: ${field}${issue.message}` : `${field}${issue.message}`;
}
var InputError = class extends AiosError {
  code = "input";
  exitCode = 2;
  issues;
  constructor(summary, issues = [], options = {}) {
    super(
      issues.length === 0 ? summary : `${summary}
${issues.map((i) => `  ${formatIssue(i)}`).join("\n")}`,
      options
    );
    this.issues = issues;
  }
};
var ModelError = class extends AiosError {
  code = "model";
  exitCode = 1;
  /** A short class for the ledger: `timeout`, `rate-limited`, `server`, `connection`, `not-found`, `invalid-answer`, `auth`, `bad-request`, `cancelled`. */
  errorClass;
  status;
  retryAfterMs;
  /** The model's raw text when the failure is about what it said; kept for the ledger, never shipped. */
  raw;
  constructor(message, details, options = {}) {
    super(message, options);
    this.errorClass = details.errorClass;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.raw = details.raw;
  }
};
var BudgetError = class extends AiosError {
  constructor(message, budget, options = {}) {
    super(message, options);
    this.budget = budget;
  }
  budget;
  code = "budget";
  exitCode = 1;
};
var GitError = class extends AiosError {
  code = "git";
  exitCode = 1;
};
var ForgeError = class extends AiosError {
  constructor(message, status, options = {}) {
    super(message, options);
    this.status = status;
  }
  status;
  code = "forge";
  exitCode = 1;
};
var PolicyError = class extends AiosError {
  code = "policy";
  exitCode = 1;
};
var SetupError = class extends AiosError {
  code = "setup";
  exitCode = 1;
};
var LedgerError = class extends AiosError {
  code = "ledger";
  exitCode = 1;
};
function describeError(error) {
  if (error instanceof AiosError) {
    return error.hint ? `${error.message}
How to fix: ${error.hint}` : error.message;
  }
  const code = error?.code;
  if (error instanceof Error && typeof code === "string" && PERMISSION_CODES.has(code)) {
    const path = error.path;
    const where = typeof path === "string" ? path : "a file AIOS needed";
    const what = code === "EROFS" ? "is on a read-only file system" : "is not writable by this user";
    return `${where} ${what} (${code}).
How to fix: run AIOS as a user who can write there, or on a copy you own.`;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
var PERMISSION_CODES = /* @__PURE__ */ new Set(["EACCES", "EPERM", "EROFS"]);
function exitCodeOf(error) {
  return error instanceof AiosError ? error.exitCode : 1;
}

export {
  AiosError,
  InputError,
  ModelError,
  BudgetError,
  GitError,
  ForgeError,
  PolicyError,
  SetupError,
  LedgerError,
  describeError,
  exitCodeOf
};
