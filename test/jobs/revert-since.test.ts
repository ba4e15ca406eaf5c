import { describe, expect, it } from 'vitest';
import { sinceLastRevert } from '../../src/jobs/revert-request.js';

describe('a revert after a revert and a new delivery', () => {
  it('undoes only what was delivered since the last revert', () => {
    const d1 = { id: '01A', commit: 'c1' };
    const d2 = { id: '01C', commit: 'c2' };
    const history = [
      { event: 'delivered', id: '01A' },
      { event: 'reverted', id: '01B' },
      { event: 'delivered', id: '01C' },
    ];
    expect(sinceLastRevert({ delivered: [d1, d2], history })).toEqual([d2]);
    expect(sinceLastRevert({ delivered: [d1, d2], history: history.slice(0, 1) })).toEqual([
      d1,
      d2,
    ]);
  });
});
