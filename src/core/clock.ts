import { monotonicFactory } from 'ulid';

/** Time and ids, behind a port so tests and benchmarks can fix them. */
export interface Clock {
  now(): Date;
  /** A time-sortable unique id (ULID): entries sort by it in the order they were made. */
  newId(): string;
}

/** The real clock. ULIDs are monotonic within a process, so ids made in one millisecond still sort. */
export function systemClock(): Clock {
  const ulid = monotonicFactory();
  return { now: () => new Date(), newId: () => ulid() };
}

/** A clock that starts at `start` and advances `stepMs` on each reading: deterministic tests. */
export function steppingClock(start: Date, stepMs = 1000): Clock {
  let t = start.getTime();
  const ulid = monotonicFactory(() => 0.5);
  return {
    now: () => {
      const d = new Date(t);
      t += stepMs;
      return d;
    },
    newId: () => ulid(t),
  };
}
