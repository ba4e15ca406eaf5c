/**
 * A generator of ledgers whose outcome cells are known in advance: each spec says how many
 * tasks a rule sent to a persona on a model, and exactly how many were accepted (signed off),
 * rejected, reverted, merged unsigned, failed or left open, how many needed a second attempt,
 * what each call cost and how long review took. Tests compute the cells, the learned routes and
 * the replay from these entries and compare them with figures derived by hand from the specs.
 */
import { GitLedgerStore } from '../../src/ledger/git-ledger-store.js';
import { steppingClock } from '../../src/core/clock.js';
import { LedgerEntry, type LedgerDraft } from '../../src/core/ledger-entry.js';

export interface CellSpec {
  readonly rule: string;
  readonly persona: string;
  readonly model: string;
  readonly tier: string;
  readonly kind: string;
  readonly size: 'S' | 'M' | 'L';
  readonly risk?: 'low' | 'medium' | 'high';
  readonly accepted: number;
  readonly rejected?: number;
  readonly reverted?: number;
  readonly unsigned?: number;
  readonly failed?: number;
  /** Delivered, no outcome yet. */
  readonly open?: number;
  /** Of the delivered tasks, how many the gates sent back once (a second attempt). */
  readonly sentBack?: number;
  /** Micro-dollars each work call costs (one call per attempt). */
  readonly callMicros?: number;
  readonly reviewMinutes?: number;
}

const CONFIG_HASH = 'c'.repeat(64);

/** Tasks in a spec. */
export function tasksOf(s: CellSpec): number {
  return (
    s.accepted +
    (s.rejected ?? 0) +
    (s.reverted ?? 0) +
    (s.unsigned ?? 0) +
    (s.failed ?? 0) +
    (s.open ?? 0)
  );
}

type Ending = 'accepted' | 'rejected' | 'reverted' | 'unsigned' | 'failed' | 'open';

/** The drafts of every task of the specs, task by task (a task's drafts together). */
export function outcomeDrafts(specs: readonly CellSpec[], prefix = 'gen'): LedgerDraft[][] {
  const out: LedgerDraft[][] = [];
  let n = 0;
  for (const s of specs) {
    const endings: Ending[] = [
      ...Array<Ending>(s.accepted).fill('accepted'),
      ...Array<Ending>(s.rejected ?? 0).fill('rejected'),
      ...Array<Ending>(s.reverted ?? 0).fill('reverted'),
      ...Array<Ending>(s.unsigned ?? 0).fill('unsigned'),
      ...Array<Ending>(s.failed ?? 0).fill('failed'),
      ...Array<Ending>(s.open ?? 0).fill('open'),
    ];
    let sentBackLeft = s.sentBack ?? 0;
    for (const ending of endings) {
      n++;
      const task = `${prefix}/repo#${n}`;
      const base = {
        task,
        work: { kind: s.kind, risk: s.risk ?? 'low', client: 'acme', size: s.size },
        rule: { id: s.rule, configHash: CONFIG_HASH },
      };
      const system = (component: string) => ({ type: 'system' as const, component });
      const drafts: LedgerDraft[] = [
        {
          ...base,
          event: 'planned',
          actor: system('router'),
          data: {
            title: `Task ${n}`,
            source: `${task}`,
            textHash: 'a'.repeat(64),
            requestedBy: 'ann',
            persona: s.persona,
            tier: s.tier,
            models: [s.model],
            gates: ['markdown-lint'],
            maxAttempts: 2,
            reason: 'generated',
            trace: [],
            estimate: { minutes: 60, source: 'config' },
          },
        },
      ];
      const micros = s.callMicros ?? 0;
      // One micro-dollar per output token: the recorded cost is usage × the stored price.
      const price = {
        model: s.model,
        inputPerMTokMicros: 0,
        outputPerMTokMicros: 1_000_000,
        cachedInputPerMTokMicros: 0,
        perSecondMicros: 0,
      };
      const call = (attempt: number, outcome: 'ok' | 'error'): LedgerDraft => ({
        ...base,
        event: 'attempt',
        actor: {
          type: 'model',
          provider: 'openai',
          model: s.model,
          modelId: s.model,
          persona: s.persona,
          tier: s.tier,
          scripted: false,
        },
        usage: { inputTokens: 0, outputTokens: micros, cachedInputTokens: 0, durationMs: 10 },
        cost: { billing: 'api', actualMicros: micros, shadowMicros: micros, price },
        data: {
          attempt,
          call: attempt,
          purpose: 'work',
          outcome,
          ...(outcome === 'ok' ? { decision: 'done' as const } : { errorClass: 'timeout' }),
        },
      });
      const gate = (attempt: number, pass: boolean): LedgerDraft => ({
        ...base,
        event: 'gate',
        actor: system('gate:markdown-lint'),
        data: {
          attempt,
          gate: 'markdown-lint',
          pass,
          findings: [],
          durationMs: 1,
          checkers: [],
          notChecked: [],
        },
      });
      if (ending === 'failed') {
        drafts.push(call(1, 'error'), {
          ...base,
          event: 'failed',
          actor: system('pipeline'),
          data: { stage: 'work', reason: 'every model of the tier failed' },
        });
        out.push(drafts);
        continue;
      }
      const twice = sentBackLeft > 0;
      if (twice) sentBackLeft--;
      drafts.push(call(1, 'ok'), gate(1, !twice));
      if (twice) drafts.push(call(2, 'ok'), gate(2, true));
      const pr = `https://example.test/pull/${n}`;
      drafts.push({
        ...base,
        event: 'delivered',
        actor: system('deliver'),
        estimate: { minutes: 60, source: 'config' },
        data: {
          branch: `aios/${n}`,
          commit: 'b'.repeat(40),
          files: ['a.md'],
          pr: { url: pr },
          attempts: twice ? 2 : 1,
          totalMicros: micros * (twice ? 2 : 1),
          shadowMicros: micros * (twice ? 2 : 1),
        },
      });
      if (ending === 'open') {
        out.push(drafts);
        continue;
      }
      if (ending !== 'unsigned')
        drafts.push({
          ...base,
          event: 'signoff',
          actor: { type: 'human', login: 'lead' },
          data: {
            login: 'lead',
            approved: true,
            counts: true,
            pr,
            ...(s.reviewMinutes !== undefined ? { reviewMinutes: s.reviewMinutes } : {}),
            approvals: { have: 1, need: 1 },
            signedOff: true,
          },
        });
      drafts.push({
        ...base,
        event: 'outcome',
        actor: { type: 'human', login: 'lead' },
        data: { outcome: ending === 'rejected' ? 'rejected' : 'accepted', by: 'lead', pr },
      });
      if (ending === 'reverted')
        drafts.push({
          ...base,
          event: 'reverted',
          actor: { type: 'human', login: 'lead' },
          data: {
            by: 'lead',
            commits: ['b'.repeat(40)],
            branch: `aios/revert-${n}`,
            commit: 'd'.repeat(40),
            pr: { url: `${pr}-revert` },
          },
        });
      out.push(drafts);
    }
  }
  return out;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Whole, schema-valid entries (ids and times in order), for tests that need no git. */
export function outcomeEntries(specs: readonly CellSpec[], prefix = 'gen'): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  let i = 0;
  const start = Date.UTC(2026, 10, 1);
  for (const drafts of outcomeDrafts(specs, prefix))
    for (const d of drafts) {
      i++;
      let id = '';
      for (let k = 0, v = i; k < 26; k++, v = Math.floor(v / 32)) id = CROCKFORD[v % 32] + id;
      entries.push(
        LedgerEntry.parse({
          schema: 'aios.ledger/v1',
          id,
          at: new Date(start + i * 1000).toISOString(),
          prev: null,
          ...d,
        }),
      );
    }
  return entries;
}

/** Write the specs' tasks onto the `aios-ledger` branch of a repository through the real store. */
export async function writeOutcomeLedger(
  repoDir: string,
  specs: readonly CellSpec[],
  prefix = 'gen',
): Promise<void> {
  const store = await GitLedgerStore.open({
    repoDir,
    branch: 'aios-ledger',
    clock: steppingClock(new Date('2026-11-02T09:00:00Z')),
  });
  for (const drafts of outcomeDrafts(specs, prefix)) for (const d of drafts) await store.append(d);
  const r = await store.flush();
  if (r.pending !== 0) throw new Error('generated ledger did not flush');
}
