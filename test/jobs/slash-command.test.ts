import { describe, expect, it } from 'vitest';
import { parseSlashCommand } from '../../src/jobs/slash-command.js';

describe('parseSlashCommand', () => {
  it('reads each command', () => {
    expect(parseSlashCommand('/aios retry')).toEqual({ ok: true, command: { type: 'retry' } });
    expect(parseSlashCommand('Thanks!\n/aios cost')).toEqual({
      ok: true,
      command: { type: 'cost' },
    });
    expect(parseSlashCommand('/aios stop')).toEqual({ ok: true, command: { type: 'stop' } });
    expect(parseSlashCommand('/aios route editor')).toEqual({
      ok: true,
      command: { type: 'route', persona: 'editor' },
    });
    expect(parseSlashCommand('/aios revert')).toEqual({ ok: true, command: { type: 'revert' } });
    expect(parseSlashCommand('/aios revert broke the pricing page')).toEqual({
      ok: true,
      command: { type: 'revert', reason: 'broke the pricing page' },
    });
    expect(parseSlashCommand('/aios answer New clients.\nAnd returning ones.')).toEqual({
      ok: true,
      command: { type: 'answer', text: 'New clients.\nAnd returning ones.' },
    });
  });

  it('reads a reviewer’s minutes from `/aios signoff`, and refuses what is not a duration', () => {
    for (const [text, minutes] of [
      ['20m', 20],
      ['20', 20],
      ['45min', 45],
      ['1h', 60],
      ['1h30m', 90],
      ['1.5h', 90],
    ] as const)
      expect(parseSlashCommand(`Looks right.\n/aios signoff ${text}`), text).toEqual({
        ok: true,
        command: { type: 'signoff', minutes },
      });
    for (const text of ['', 'soon', '-5m', '20s', '3d', '100h'])
      expect(parseSlashCommand(`/aios signoff ${text}`), text).toMatchObject({
        ok: false,
        error: expect.stringMatching(/needs the minutes the review took/) as unknown,
      });
  });

  it('ignores comments without a command, including mentions mid-line', () => {
    expect(parseSlashCommand('Looks good')).toBeUndefined();
    expect(parseSlashCommand('please run /aios retry later')).toBeUndefined();
  });

  it('does not obey /aios lines in code blocks, quotes or HTML comments', () => {
    for (const body of [
      'To stop it, write:\n```\n/aios stop\n```',
      '~~~md\n/aios retry\n~~~',
      'Example:\n\n    /aios stop',
      '> /aios stop',
      '<!--\n/aios stop\n-->',
    ])
      expect(parseSlashCommand(body), body).toBeUndefined();
    expect(parseSlashCommand('```\n/aios stop\n```\n/aios cost')).toEqual({
      ok: true,
      command: { type: 'cost' },
    });
  });

  it('explains what is wrong with a malformed command', () => {
    expect(parseSlashCommand('/aios answer')).toEqual({
      ok: false,
      error: '`/aios answer` needs the answer after it.',
    });
    expect(parseSlashCommand('/aios route ../etc')).toMatchObject({ ok: false });
    expect(parseSlashCommand('/aios dance')).toMatchObject({
      ok: false,
      error: expect.stringContaining('Commands: retry'),
    });
  });
});
