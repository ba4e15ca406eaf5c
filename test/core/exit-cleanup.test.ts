import type { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { cleanUpAtExit, cleanUpNow } from '../../src/core/exit-cleanup.js';

describe('cleanUpAtExit / cleanUpNow', () => {
  it('holds one exit listener while tasks wait, runs each once, and leaves no listener', () => {
    const events: EventEmitter = process;
    cleanUpNow(); // tasks another test left waiting in this worker
    const before = events.listenerCount('exit');
    const ran: string[] = [];
    cleanUpAtExit(() => ran.push('a'));
    cleanUpAtExit(() => ran.push('b'));
    expect(events.listenerCount('exit')).toBe(before + 1);
    cleanUpNow();
    expect(ran).toEqual(['a', 'b']);
    expect(events.listenerCount('exit')).toBe(before);
    cleanUpNow();
    expect(ran).toEqual(['a', 'b']);
    cleanUpAtExit(() => ran.push('c'));
    expect(events.listenerCount('exit')).toBe(before + 1);
    cleanUpNow();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(events.listenerCount('exit')).toBe(before);
  });
});
