import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerEntry } from '../../src/core/ledger-entry.js';
import { runBin } from '../support/run-bin.js';
import { runCli } from '../support/run-cli.js';
import { writeFixtureLedger } from '../ledger/fixture-ledger.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aios-export-'));
  await simpleGit(dir).init(['--initial-branch=main', '--quiet']);
  await writeFixtureLedger(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Split RFC 4180 CSV into rows of fields (quotes, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

type Attr = { key: string; value: Record<string, unknown> };
interface Span {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: Attr[];
  events?: { name: string; timeUnixNano: string; attributes: Attr[] }[];
  status?: { code: number; message?: string };
}
const attr = (s: { attributes: Attr[] }, key: string): unknown => {
  const v = s.attributes.find((a) => a.key === key)?.value;
  return v ? Object.values(v)[0] : undefined;
};

describe('aios ledger export', () => {
  it('writes JSON Lines: every entry as validated, filterable by client and time', async () => {
    const all = await runBin(['ledger', 'export', '--format', 'jsonl', '--repo', dir]);
    expect(all.code, all.stderr).toBe(0);
    const lines = all.stdout.trim().split('\n');
    expect(lines).toHaveLength(38);
    for (const l of lines) expect(LedgerEntry.safeParse(JSON.parse(l)).success).toBe(true);
    const globex = await runCli([
      'ledger',
      'export',
      '--format',
      'jsonl',
      '--repo',
      dir,
      '--client',
      'globex',
      '--since',
      '2026-12',
    ]);
    expect(globex.stdout.trim().split('\n')).toHaveLength(10);
  });

  it('writes CSV a spreadsheet opens: one row per entry, money as exact dollars', async () => {
    const file = join(dir, 'ledger.csv');
    const r = await runCli([
      'ledger',
      'export',
      '--format',
      'csv',
      '--repo',
      dir,
      '--output',
      file,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const rows = parseCsv(await readFile(file, 'utf8'));
    expect(rows).toHaveLength(39);
    const header = rows[0] as string[];
    expect(rows.every((x) => x.length === header.length)).toBe(true);
    const col = (name: string) => header.indexOf(name);
    const calls = rows.filter((x) => x[col('event')] === 'attempt');
    expect(calls).toHaveLength(9);
    const first = calls.find((x) => x[col('task')] === 'acme/site#1');
    expect(first?.[col('actual_usd')]).toBe('0.006250');
    expect(first?.[col('model')]).toBe('gpt-5');
    const failed = calls.find((x) => x[col('result')] === 'error');
    expect(failed?.[col('detail')]).toBe('timeout');
  });

  it('writes OpenTelemetry traces (OTLP/JSON) with the GenAI attributes', async () => {
    const r = await runCli(['ledger', 'export', '--format', 'otel', '--repo', dir]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      resourceSpans: {
        resource: { attributes: Attr[] };
        scopeSpans: { scope: { name: string }; spans: Span[] }[];
      }[];
    };
    const rs = doc.resourceSpans[0];
    expect(attr(rs?.resource as { attributes: Attr[] }, 'service.name')).toBe('aios');
    expect(rs?.scopeSpans[0]?.scope.name).toBe('aios.ledger');
    const spans = rs?.scopeSpans[0]?.spans ?? [];
    // 8 tasks, 9 model calls, 6 gate verdicts.
    expect(spans).toHaveLength(8 + 9 + 6);
    for (const s of spans) {
      expect(s.traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(s.spanId).toMatch(/^[0-9a-f]{16}$/);
      expect(BigInt(s.endTimeUnixNano) >= BigInt(s.startTimeUnixNano)).toBe(true);
    }
    expect(new Set(spans.map((s) => s.spanId)).size).toBe(spans.length);
    const roots = spans.filter((s) => !s.parentSpanId);
    expect(roots).toHaveLength(8);
    expect(new Set(roots.map((s) => s.traceId)).size).toBe(8);

    const root1 = roots.find((s) => attr(s, 'aios.task') === 'acme/site#1') as Span;
    expect(root1.name).toBe('invoke_agent editor');
    expect(attr(root1, 'gen_ai.operation.name')).toBe('invoke_agent');
    expect(attr(root1, 'gen_ai.agent.name')).toBe('editor');
    expect(attr(root1, 'gen_ai.conversation.id')).toBe('acme/site#1');
    expect(attr(root1, 'aios.cost.actual_micros')).toBe('18750');
    expect(root1.events?.map((e) => e.name)).toEqual([
      'aios.planned',
      'aios.delivered',
      'aios.signoff',
      'aios.outcome',
    ]);
    const chats = spans.filter((s) => s.traceId === root1.traceId && s.name === 'chat gpt-5');
    expect(chats).toHaveLength(2);
    const chat = chats[0] as Span;
    expect(chat.kind).toBe(3); // CLIENT
    expect(chat.parentSpanId).toBe(root1.spanId);
    expect(attr(chat, 'gen_ai.operation.name')).toBe('chat');
    expect(attr(chat, 'gen_ai.provider.name')).toBe('openai');
    expect(attr(chat, 'gen_ai.request.model')).toBe('gpt-5');
    expect(attr(chat, 'gen_ai.usage.input_tokens')).toBe('1000');
    expect(attr(chat, 'gen_ai.usage.output_tokens')).toBe('500');
    expect(attr(chat, 'aios.cost.actual_micros')).toBe('6250');

    const local = spans.filter((s) => s.name === 'chat llama3.1:8b');
    const failed = local.find((s) => s.status?.code === 2) as Span;
    expect(attr(failed, 'error.type')).toBe('timeout');
    expect(attr(failed, 'gen_ai.provider.name')).toBe('ollama');
    expect(BigInt(failed.endTimeUnixNano) - BigInt(failed.startTimeUnixNano)).toBe(30_000_000_000n);
    const scripted = spans.find((s) => s.name === 'chat scripted') as Span;
    expect(attr(scripted, 'gen_ai.provider.name')).toBe('aios.scripted');
    expect(roots.find((s) => attr(s, 'aios.task') === 'acme/site#6')?.name).toBe(
      'aios.task acme/site#6',
    );
    const gates = spans.filter((s) => s.name === 'aios.gate markdown-lint');
    expect(gates.map((g) => attr(g, 'aios.gate.pass')).filter((p) => p === false)).toHaveLength(1);
  });

  it('refuses an unknown format, naming the choices', async () => {
    const r = await runCli(['ledger', 'export', '--format', 'xml', '--repo', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Use one of: jsonl, csv, otel/);
  });
});
