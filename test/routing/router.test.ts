import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { buildTask } from '../../src/pipeline/intake.js';
import { route } from '../../src/routing/router.js';

const loaded = await loadConfig();

function task(labels: string[], extra: Partial<Parameters<typeof buildTask>[0]> = {}) {
  return buildTask({
    id: 'acme/site#7',
    source: { type: 'file', path: 't.md', repo: 'site' },
    title: 'T',
    body: 'Body',
    labels,
    requestedBy: 'ann',
    receivedAt: new Date('2026-11-01T00:00:00Z'),
    ...extra,
  });
}

describe('route', () => {
  it('picks the first matching rule and explains the others', () => {
    const d = route({
      task: task(['aios', 'blog']),
      config: loaded.config,
      configHash: loaded.hash,
    });
    expect(d.type).toBe('route');
    if (d.type !== 'route') return;
    expect(d.plan.rule.id).toBe('writing-in-voice');
    expect(d.plan).toMatchObject({
      persona: 'editor',
      tier: 'premium',
      kind: 'writing',
      maxAttempts: 2,
    });
    // Without persona lanes the gates are the kind's and the rule's as shipped, each once.
    const kindGates = loaded.config.kinds.writing?.gates ?? [];
    const rule = loaded.config.rules.find((r) => r.id === 'writing-in-voice');
    expect(kindGates).toContain('markdown-lint');
    expect(d.plan.gates).toEqual([...new Set([...kindGates, ...(rule?.route.gates ?? [])])]);
    // fallback: none keeps only the tier's first model
    expect(d.plan.models).toEqual(['premium-gpt']);
    // Every rule of the shipped config is in the trace, in order.
    expect(d.plan.trace.map((t) => t.rule)).toEqual(loaded.config.rules.map((r) => r.id));
    expect(d.plan.trace.slice(0, 4).map((t) => [t.rule, t.matched])).toEqual([
      ['wordpress-plugin-hardening', false],
      ['content-audit-local', false],
      ['writing-in-voice', true],
      ['accessibility-review', false],
    ]);
    expect(d.plan.trace[0]?.why).toBe('kind is writing, rule wants code-hardening');
    expect(d.plan.trace[1]?.why).toBe('kind is writing, rule wants content-audit');
    expect(d.plan.trace[3]?.why).toMatch(/not reached/);
    // Every rule after the one that fired says why it did not.
    for (const t of d.plan.trace.slice(3)) {
      expect(t.matched, t.rule).toBe(false);
      expect(t.why, t.rule).toMatch(/not reached/);
    }
    expect(d.plan.byHand).toEqual({ minutes: 120, source: 'config kinds.writing.byHandMinutes.M' });
  });

  it('needs every condition of a rule: hardening without the wordpress label matches no rule and asks', () => {
    const d = route({ task: task(['hardening']), config: loaded.config, configHash: loaded.hash });
    expect(d.type).toBe('ask');
    if (d.type !== 'ask') return;
    expect(d.reason).toBe('no routing rule matches this code-hardening task');
    expect(d.trace[0]).toEqual({
      rule: 'wordpress-plugin-hardening',
      matched: false,
      why: 'no label among wordpress',
    });
  });

  it('asks when no kind, or more than one kind, matches the labels', () => {
    const none = route({
      task: task(['question']),
      config: loaded.config,
      configHash: loaded.hash,
    });
    expect(none).toMatchObject({
      type: 'ask',
      reason: 'no kind of work matches the labels [question]',
    });
    const two = route({
      task: task(['blog', 'a11y']),
      config: loaded.config,
      configHash: loaded.hash,
    });
    expect(two).toMatchObject({
      type: 'ask',
      reason: 'the labels match more than one kind of work: writing, accessibility',
    });
  });

  it('asks about a kind the config does not define, naming the closest one it does', () => {
    const d = route({
      task: task([], { kind: 'copyedit' }),
      config: loaded.config,
      configHash: loaded.hash,
    });
    expect(d).toMatchObject({
      type: 'ask',
      reason: 'the task names kind "copyedit", which the config does not define',
    });
    expect(d.type === 'ask' && d.questions[0]).toMatch(
      /^Which kind of work is this\? Did you mean "copy-editing"\? Known kinds: /,
    );
  });

  it('names the kind label a misspelt label is close to, and leaves the intake labels alone', () => {
    const ask = (labels: string[]) => {
      const d = route({ task: task(labels), config: loaded.config, configHash: loaded.hash });
      return d.type === 'ask' ? d.questions[0] : undefined;
    };
    expect(ask(['aios', 'contnet-audit'])).toMatch(
      /^Which kind of work is this\? Did you mean the label "content-audit" \(not "contnet-audit"\)\? Add one label for it: /,
    );
    expect(ask(['aios', 'aios:needs-human', 'question'])).toMatch(
      /^Which kind of work is this\? Add one label for it: /,
    );
  });

  it('uses an explicit kind and minutes estimate, and records a human override', () => {
    const d = route({
      task: task([], { kind: 'content-audit', estimate: 200 }),
      config: loaded.config,
      configHash: loaded.hash,
      personaOverride: { persona: 'editor', by: 'ann' },
    });
    if (d.type !== 'route') throw new Error('expected a route');
    expect(d.plan).toMatchObject({
      rule: { id: 'content-audit-local' },
      persona: 'editor',
      overriddenBy: 'ann',
      size: 'L',
      byHand: { minutes: 200, source: 'task estimate (minutes)' },
    });
  });

  it('matches rules on paths named in the task', () => {
    const config = structuredClone(loaded.config);
    config.rules.unshift({
      id: 'plugin-paths',
      reason: 'r',
      when: { paths: ['wp-content/plugins/**'] },
      route: { persona: 'wordpress-expert', tier: 'flat', maxAttempts: 1, fallback: 'any' },
      risk: 'high',
    });
    const hit = route({
      task: task(['blog'], { body: 'Look at `wp-content/plugins/x/x.php` please' }),
      config,
      configHash: 'h',
    });
    expect(hit.type === 'route' && hit.plan.rule.id).toBe('plugin-paths');
    const miss = route({
      task: task(['blog'], { body: 'Look at posts/a.md' }),
      config,
      configHash: 'h',
    });
    expect(miss.type === 'route' && miss.plan.trace[0]?.why).toBe(
      'no named path matches wp-content/plugins/**',
    );
  });
});
