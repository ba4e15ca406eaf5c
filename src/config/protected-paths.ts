/**
 * Paths no persona may write, whatever its lane: the workflow and git internals, secrets, and
 * the files that steer agents or the supply chain (instructions read by coding agents, code
 * owners, git attributes and submodules, the package manifest, editor and container settings).
 * A model that can write these can change what runs, who reviews, or what the next agent does.
 */
export const DEFAULT_PROTECTED_PATHS: readonly string[] = [
  '.github/**',
  '.git/**',
  '**/.env',
  '**/.env.*',
  '**/AGENTS.md',
  '**/CLAUDE.md',
  '**/copilot-instructions.md',
  '**/*.prompt.md',
  '**/.cursorrules',
  '**/CODEOWNERS',
  '**/.gitattributes',
  '**/.gitmodules',
  '**/package.json',
  '.devcontainer/**',
  '.vscode/**',
];

/** Whether the person who started the work may also be its counting approver, per risk. */
export const DEFAULT_REQUESTER_MAY_APPROVE = { low: true, medium: true, high: false } as const;
