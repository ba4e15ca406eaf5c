import { onePage } from './page-ids.js';
import { describeHidden } from '../core/hidden-text.js';
import type { RebuiltPrompt } from './rebuild-prompts.js';
import { htmlPage, htmlTable } from './html-page.js';
import type { Receipt } from './receipt.js';
import { count, duration, escapeHtml, escapeMarkdown, usd } from './report-text.js';

const STATUS: Record<Receipt['status'], string> = {
  accepted: 'Accepted',
  'merged-unsigned': 'Merged without a sign-off (not counted as accepted)',
  rejected: 'Rejected',
  delivered: 'Delivered, awaiting acceptance',
  asked: 'Waiting on an answer from you',
  declined: 'Declined',
  failed: 'Stopped: could not be completed',
  cancelled: 'Stopped: cancelled by the person running it',
  'in progress': 'In progress',
};

const day = (iso: string): string => iso.slice(0, 16).replace('T', ' ');

/** A URL as a Markdown autolink; anything else (a local path) as code. */
const mdLink = (url: string): string =>
  /^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : `\`${url.replace(/`/g, '')}\``;

/** A review's minutes in words: the reviewer's own, else the kind's estimate named as one. */
function reviewEffortText(v: Receipt['reviews'][number]): string {
  if (v.reviewMinutes !== undefined) return `, ${duration(v.reviewMinutes)} of review`;
  if (v.estimatedReviewMinutes !== undefined)
    return `, ≈ ${duration(v.estimatedReviewMinutes)} of review (the kind’s estimate: no minutes were given)`;
  return ', no minutes of review recorded';
}

/** The cost lines of a receipt: label and amount, the total last. */
function costLines(r: Receipt): [string, string][] {
  const c = r.cost;
  const lines: [string, string][] = [
    [
      `Model calls (${count(c.calls)}; ${count(c.inputTokens)} tokens in, ${count(c.outputTokens)} out)`,
      usd(c.modelMicros),
    ],
  ];
  for (const s of c.seats)
    lines.push([
      `Share of the ${s.model} seat for ${s.month} (${usd(s.feeMicros)} over ${count(s.tasks)} task${s.tasks === 1 ? '' : 's'})`,
      usd(s.shareMicros),
    ]);
  const estimates = r.reviews.filter(
    (v) => v.reviewMinutes === undefined && v.estimatedReviewMinutes !== undefined,
  ).length;
  const estimated =
    estimates === 0
      ? ''
      : estimates === r.reviews.length
        ? ', the kind’s estimate'
        : ', partly the kind’s estimate';
  const unmeasured = r.reviews.filter(
    (v) => v.reviewMinutes === undefined && v.estimatedReviewMinutes === undefined,
  ).length;
  lines.push([
    `Human review (${duration(c.reviewSeconds / 60)}${estimated}${unmeasured ? `; ${count(unmeasured)} review${unmeasured === 1 ? '' : 's'} without minutes, counted as 0` : ''}${c.reviewHourlyRateMicros ? ` at ${usd(c.reviewHourlyRateMicros)}/h` : ''})`,
    usd(c.reviewMicros),
  ]);
  lines.push(['Total', usd(c.totalMicros)]);
  return lines;
}

/** Hidden text removed at intake, in words, and that no model saw it. */
function hiddenLine(r: Receipt): string {
  return `${r.hidden.map(describeHidden).join(', ')}: taken out before any model saw the task`;
}

/** Whether an allowed approver signed the delivered work off, and who. */
function signedOffText(r: Receipt): string {
  const by = r.signedOffBy;
  const partial = r.awaitingApprovals;
  return r.signedOff
    ? `yes${by ? `, by ${by.login}${by.tally ? ` (${by.tally})` : ''}` : ''}`
    : r.delivery
      ? partial?.tally
        ? `not yet: ${partial.tally}`
        : 'not yet'
      : 'nothing delivered';
}

/** Whether the work is an accepted (useful) outcome: merged after a sign-off. */
function acceptedText(r: Receipt): string {
  if (r.accepted) return 'yes';
  if (r.status === 'merged-unsigned') return 'no: merged without a sign-off';
  if (r.status === 'rejected') return 'no: rejected';
  return r.delivery ? 'not yet' : 'no';
}

function byHandLine(r: Receipt): string {
  const c = r.cost;
  if (c.byHandMinutes === undefined) return 'No by-hand estimate was recorded.';
  return `By hand, this would have taken about ${duration(c.byHandMinutes)}${c.byHandMicros && c.reviewHourlyRateMicros ? ` (≈ ${usd(c.byHandMicros)} at ${usd(c.reviewHourlyRateMicros)}/h)` : ''}.`;
}

/** The receipt as Markdown, for a PR comment, an email or a file. */
export function renderReceiptMarkdown(r: Receipt): string {
  const md = escapeMarkdown;
  const out: string[] = [`# Receipt: ${md(r.title ?? r.task)}`, ''];
  out.push(
    `- **Task:** ${md(r.task)}${r.client ? ` for ${md(r.client)}` : ''}`,
    `- **Status:** ${STATUS[r.status]}`,
    `- **Signed off:** ${signedOffText(r)} · **Accepted:** ${acceptedText(r)}`,
    `- **Dates:** ${day(r.startedAt)} to ${day(r.lastAt)} UTC`,
    '',
    '## What was asked',
    '',
    `- **Request:** ${md(r.title ?? '(no title recorded)')}`,
  );
  if (r.requestedBy) out.push(`- **Requested by:** ${md(r.requestedBy)}`);
  if (r.source) out.push(`- **Source:** ${md(r.source)}`);
  if (r.hidden.length) out.push(`- **Hidden text removed:** ${md(hiddenLine(r))}`);
  out.push(
    `- **Kind of work:** ${md(r.kind)}${r.size ? `, size ${r.size}` : ''}, ${r.risk} risk`,
    '',
  );
  out.push('## What was done', '');
  if (r.route)
    out.push(
      `- **Who:** the ${md(r.route.persona)} persona on the ${md(r.route.tier)} tier${r.route.overriddenBy ? ` (chosen by ${md(r.route.overriddenBy)})` : ''}`,
      `- **Rule:** ${md(r.route.rule)}: ${md(r.route.reason)}`,
    );
  const models = [
    ...new Set(
      r.attempts.flatMap((a) =>
        a.calls.map((c) => (c.scripted ? 'scripted answers' : `${c.model} (${c.provider})`)),
      ),
    ),
  ];
  if (models.length) out.push(`- **Models:** ${models.map(md).join(', ')}`);
  if (r.delivery)
    out.push(
      `- **Delivered:** ${r.delivery.files.map((f) => `\`${f.replace(/`/g, '')}\``).join(', ')} on branch \`${r.delivery.branch.replace(/`/g, '')}\` (${r.delivery.commit.slice(0, 10)}), ${mdLink(r.delivery.prUrl)}`,
    );
  if (r.declined) out.push(`- **Declined:** ${md(r.declined.reason)}`);
  if (r.failed) out.push(`- **Stopped** at ${r.failed.stage}: ${md(r.failed.reason)}`);
  for (const q of r.questions)
    out.push(`- **Asked you** (${day(q.at)}): ${md(q.reason)} ${q.questions.map(md).join(' ')}`);
  out.push('', '## What the checks found', '');
  if (r.attempts.length === 0) out.push('No work was attempted.');
  for (const a of r.attempts) {
    out.push(`### Attempt ${a.attempt}`, '');
    for (const g of a.gates) {
      out.push(
        `- ${g.pass ? '✔' : '✘'} ${md(g.gate)}: ${g.pass ? 'passed' : 'sent the work back'}${g.findings.length ? ` (${g.findings.length} finding${g.findings.length === 1 ? '' : 's'})` : ''}`,
      );
      for (const f of g.findings.slice(0, 10))
        out.push(
          `  - ${f.severity} ${md(f.rule)}: ${md(f.message)}${f.path ? ` (${md(f.path)}${f.line ? `:${f.line}` : ''})` : ''}`,
        );
    }
    if (a.gates.length === 0) out.push('- no checks ran on this attempt');
    out.push('');
  }
  out.push('## What it cost', '', '| item | amount |', '| --- | ---: |');
  for (const [label, amount] of costLines(r)) out.push(`| ${md(label)} | ${amount} |`);
  out.push('', byHandLine(r), '');
  out.push('## Review and approval', '');
  if (r.reviews.length === 0) out.push('No review is recorded yet.');
  for (const v of r.reviews)
    out.push(
      `- ${md(v.login)} ${v.approved ? 'approved' : 'asked for changes'} on ${day(v.at)} UTC${v.counts ? '' : ' (not an allowed approver)'}${v.approved && v.counts && v.tally ? ` (${v.tally}${v.signedOff ? ': signed off' : ', not yet signed off'})` : ''}${reviewEffortText(v)}${v.minutesToApproval === undefined ? '' : `, ${duration(v.minutesToApproval)} after the draft was opened`}`,
    );
  if (r.outcome)
    out.push(
      `- Outcome: **${r.outcome.outcome}** by ${md(r.outcome.by)} on ${day(r.outcome.at)} UTC`,
    );
  out.push('', '## AI use', '', md(r.disclosure.text), '');
  if (r.internal) {
    out.push('## Internal (not for the client)', '', `- Config hash: \`${r.internal.configHash}\``);
    for (const t of r.internal.trace)
      out.push(`- rule ${md(t.rule)}: ${t.matched ? 'fired' : 'no'} (${md(t.why)})`);
    for (const c of r.internal.calls)
      out.push(
        `- call ${c.call} ${md(c.modelId)}${c.errorClass ? `: ${md(c.errorClass)} ${md(c.error ?? '')}` : ''}${c.answerHash ? ` answer ${c.answerHash.slice(0, 12)}` : ''}${c.raw ? `\n\n  \`\`\`text\n  ${c.raw.replace(/```/g, "'''").split('\n').join('\n  ')}\n  \`\`\`` : ''}`,
      );
    out.push('');
    for (const p of r.internal.prompts ?? []) out.push(...promptMarkdown(p));
  }
  return out.join('\n');
}

/** One rebuilt prompt as Markdown: each message in a fence longer than any backtick run in it. */
function promptMarkdown(p: RebuiltPrompt): string[] {
  const md = escapeMarkdown;
  const head = `### Prompt of call ${p.call} (attempt ${p.attempt}, ${p.purpose}, ${md(p.modelId)}, persona ${md(p.persona)})`;
  if (!p.messages) return [head, '', `Not rebuilt: ${md(p.error ?? 'unknown')}`, ''];
  const out = [head, ''];
  for (const m of p.messages) {
    const fence = '`'.repeat(
      Math.max(3, ...[...m.content.matchAll(/`+/g)].map((x) => x[0].length + 1)),
    );
    out.push(`${m.role}:`, '', `${fence}text`, m.content, fence, '');
  }
  return out;
}

/** The receipt as one self-contained HTML page (inline CSS, no script, nothing fetched). */
export function renderReceiptHtml(r: Receipt): string {
  return onePage(() => receiptHtml(r));
}

function receiptHtml(r: Receipt): string {
  const h = escapeHtml;
  const parts: string[] = [];
  const figures: [string, string, string][] = [
    ['status', 'Status', STATUS[r.status]],
    ['total', 'What it cost', usd(r.cost.totalMicros)],
    [
      'by-hand',
      'By hand',
      r.cost.byHandMinutes === undefined ? 'n/a' : duration(r.cost.byHandMinutes),
    ],
    [
      'approved-by',
      'Approved by',
      [...new Set(r.reviews.filter((v) => v.approved && v.counts).map((v) => v.login))].join(
        ', ',
      ) || 'not yet',
    ],
    ['signed-off', 'Signed off', signedOffText(r)],
    ['accepted', 'Accepted', acceptedText(r)],
  ];
  parts.push(
    `<dl class="figures">${figures.map(([id, label, value]) => `<div><dt>${h(label)}</dt><dd data-figure="${id}">${h(value)}</dd></div>`).join('')}</dl>`,
  );
  const asked = [
    ['Request', r.title ?? '(no title recorded)'],
    ['Requested by', r.requestedBy ?? '–'],
    ['Source', r.source ?? '–'],
    ['Kind of work', `${r.kind}${r.size ? `, size ${r.size}` : ''}, ${r.risk} risk`],
    ['Started', `${day(r.startedAt)} UTC`],
    ...(r.hidden.length ? [['Hidden text removed', hiddenLine(r)]] : []),
  ];
  parts.push(
    `<section aria-labelledby="asked"><h2 id="asked">What was asked</h2><dl class="facts">${asked.map(([k, v]) => `<dt>${h(k ?? '')}</dt><dd>${h(v ?? '')}</dd>`).join('')}</dl></section>`,
  );
  const done: string[] = [];
  if (r.route)
    done.push(
      `<p>The <strong>${h(r.route.persona)}</strong> persona did the work on the ${h(r.route.tier)} tier, under the rule <strong>${h(r.route.rule)}</strong>: ${h(r.route.reason)}${r.route.overriddenBy ? ` (persona chosen by ${h(r.route.overriddenBy)})` : ''}</p>`,
    );
  if (r.delivery)
    done.push(
      `<p>Delivered ${r.delivery.files.map((f) => `<code>${h(f)}</code>`).join(', ')} on branch <code>${h(r.delivery.branch)}</code> (commit <code>${h(r.delivery.commit.slice(0, 10))}</code>) as a draft pull request: ${h(r.delivery.prUrl)}.</p>`,
    );
  if (r.declined) done.push(`<p>The persona declined the work: ${h(r.declined.reason)}</p>`);
  if (r.failed)
    done.push(`<p class="bad">Stopped at ${h(r.failed.stage)}: ${h(r.failed.reason)}</p>`);
  for (const q of r.questions)
    done.push(
      `<p>Asked you on ${h(day(q.at))} UTC: ${h(q.reason)}</p><ul>${q.questions.map((x) => `<li>${h(x)}</li>`).join('')}</ul>`,
    );
  const callRows = r.attempts.flatMap((a) =>
    a.calls.map((c) => ({
      cells: [
        `${a.attempt}.${c.call}`,
        c.scripted ? 'scripted answers (no model)' : `${c.model} (${c.provider})`,
        c.purpose,
        c.outcome,
        `${(c.durationMs / 1000).toFixed(1)} s`,
        `${count(c.inputTokens)} / ${count(c.outputTokens)}`,
        usd(c.actualMicros),
      ],
    })),
  );
  if (callRows.length)
    done.push(
      htmlTable({
        caption: 'Model calls, in order (attempt.call)',
        header: [
          { text: 'call' },
          { text: 'model' },
          { text: 'purpose' },
          { text: 'result' },
          { text: 'time', numeric: true },
          { text: 'tokens in / out', numeric: true },
          { text: 'cost', numeric: true },
        ],
        rows: callRows,
      }),
    );
  parts.push(
    `<section aria-labelledby="done"><h2 id="done">What was done</h2>${done.join('\n')}</section>`,
  );

  const gateRows = r.attempts.flatMap((a) =>
    a.gates.map((g) => ({
      cells: [
        String(a.attempt),
        g.gate,
        g.pass ? 'passed' : 'sent back',
        g.findings.length
          ? g.findings
              .slice(0, 10)
              .map(
                (f) =>
                  `${f.severity} ${f.rule}: ${f.message}${f.path ? ` (${f.path}${f.line ? `:${f.line}` : ''})` : ''}`,
              )
              .join(' · ')
          : 'nothing found',
      ],
    })),
  );
  parts.push(
    `<section aria-labelledby="checks"><h2 id="checks">What the checks found</h2>${
      gateRows.length
        ? htmlTable({
            caption: 'Automated checks on each attempt',
            header: [
              { text: 'attempt' },
              { text: 'check' },
              { text: 'result' },
              { text: 'findings' },
            ],
            rows: gateRows,
          })
        : '<p>No checks ran.</p>'
    }</section>`,
  );
  const lines = costLines(r);
  parts.push(
    `<section aria-labelledby="cost"><h2 id="cost">What it cost</h2>${htmlTable({
      caption: 'Cost of this task',
      header: [{ text: 'item' }, { text: 'amount', numeric: true }],
      rows: lines.map(([label, amount], i) => ({
        cells: [label, amount],
        total: i === lines.length - 1,
      })),
    })}<p data-figure="by-hand-line">${h(byHandLine(r))}</p></section>`,
  );
  const reviewRows = r.reviews.map((v) => ({
    cells: [
      v.login,
      v.approved ? 'approved' : 'asked for changes',
      `${day(v.at)} UTC`,
      v.counts ? (v.tally ? `yes (${v.tally})` : 'yes') : 'no',
      v.reviewMinutes !== undefined
        ? duration(v.reviewMinutes)
        : v.estimatedReviewMinutes !== undefined
          ? `≈ ${duration(v.estimatedReviewMinutes)} (estimate)`
          : '–',
      v.minutesToApproval === undefined ? '–' : duration(v.minutesToApproval),
    ],
  }));
  parts.push(
    `<section aria-labelledby="review"><h2 id="review">Review and approval</h2>${
      reviewRows.length
        ? htmlTable({
            caption: 'Reviews of the draft',
            header: [
              { text: 'reviewer' },
              { text: 'verdict' },
              { text: 'when' },
              { text: 'allowed approver' },
              { text: 'review time', numeric: true },
              { text: 'waited', numeric: true },
            ],
            rows: reviewRows,
          })
        : '<p>No review is recorded yet.</p>'
    }${r.outcome ? `<p>Outcome: <strong>${h(r.outcome.outcome)}</strong> by ${h(r.outcome.by)} on ${h(day(r.outcome.at))} UTC.</p>` : ''}</section>`,
  );
  parts.push(
    `<section aria-labelledby="ai-use"><h2 id="ai-use">AI use</h2><p data-figure="disclosure">${h(r.disclosure.text)}</p></section>`,
  );
  if (r.internal)
    parts.push(
      `<section aria-labelledby="internal"><h2 id="internal">Internal (not for the client)</h2><p>Config hash <code>${h(r.internal.configHash)}</code></p><ul>${r.internal.calls
        .map(
          (c) =>
            `<li>call ${c.call} ${h(c.modelId)}${c.errorClass ? `: ${h(c.errorClass)} ${h(c.error ?? '')}` : ''}${c.raw ? `<pre>${h(c.raw)}</pre>` : ''}</li>`,
        )
        .join('')}</ul>${(r.internal.prompts ?? [])
        .map(
          (p) =>
            `<h3>Prompt of call ${p.call} (attempt ${p.attempt}, ${h(p.purpose)}, ${h(p.modelId)})</h3>${p.messages ? p.messages.map((m) => `<p>${h(m.role)}:</p><pre>${h(m.content)}</pre>`).join('') : `<p>Not rebuilt: ${h(p.error ?? 'unknown')}</p>`}`,
        )
        .join('')}</section>`,
    );
  const body = `<header><h1>Receipt: ${h(r.title ?? r.task)}</h1><p class="muted">${h(r.task)}${r.client ? ` · ${h(r.client)}` : ''} · ${h(day(r.startedAt))} to ${h(day(r.lastAt))} UTC</p></header>
<main>
${parts.join('\n')}
</main>
<footer>From the AIOS ledger: every line above is an entry in the repository's append-only ledger branch.</footer>`;
  return htmlPage({ title: `Receipt: ${r.title ?? r.task}`, body });
}
