import type { Plan } from '../core/plan.js';
import type { Task } from '../core/task.js';
import type { WorkFile } from '../gates/gate.js';

/** Everything needed to put finished work in front of a human. */
export interface Delivery {
  readonly task: Task;
  readonly plan: Plan;
  /** `aios/issue-12` on GitHub, `aios/<task-key>` locally. */
  readonly branch: string;
  readonly files: readonly WorkFile[];
  readonly commitMessage: string;
  readonly pr: { readonly title: string; readonly body: string };
  /** Reviewers to request (the approvers the rule names). */
  readonly reviewers: readonly string[];
  readonly time: Date;
}

export interface DeliveryResult {
  readonly branch: string;
  readonly commit: string;
  /** True when this run made a new commit; false when the branch already held this work. */
  readonly committed: boolean;
  readonly pr: {
    readonly number?: number | undefined;
    readonly url: string;
    readonly created: boolean;
  };
}

export interface HumanQuestion {
  readonly task: Task;
  readonly stage: 'plan' | 'work' | 'gate';
  readonly reason: string;
  readonly questions: readonly string[];
}

/**
 * The forge port: where work arrives from and where results go back. GitHub implements it
 * with branches, draft PRs, comments and labels; the local forge with a branch in a local
 * repository and the draft PR written as a file.
 */
export interface Forge {
  readonly kind: 'local' | 'github';
  /** Commit the files to the task branch and open or update its draft PR. Idempotent. */
  deliver(delivery: Delivery): Promise<DeliveryResult>;
  /** Stop and ask a person (a comment plus the needs-human label on GitHub). */
  ask(question: HumanQuestion): Promise<{ url: string }>;
}
