import type { AiosConfig } from './config-schema.js';
import { learnCandidates } from './learn-policy.js';
import { costsMoreThan } from './model-cost.js';

/** One problem of a rule's `learn`, at a config path. */
export interface LearnProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

/**
 * What `aios config check` (and every run, through `assertConfigSound`) says of each rule's
 * `learn` beyond the schema: a clause on a high-risk rule can never act; each `cheaper` name
 * must cost no more than the rule's own model (else it is no downgrade) and run on a tier the
 * risk policy allows for every risk the clause names.
 */
export function learnProblems(config: AiosConfig): LearnProblem[] {
  const problems: LearnProblem[] = [];
  config.rules.forEach((rule, i) => {
    const learn = rule.learn;
    if (!learn) return;
    if (rule.risk === 'high')
      problems.push({
        path: ['rules', i, 'learn'],
        message: `rule ${rule.id} is high risk, and a learned downgrade never applies to high-risk work: remove learn`,
      });
    const ownId = config.tiers[rule.route.tier]?.models[0];
    const own = ownId === undefined ? undefined : config.models[ownId];
    learn.cheaper.forEach((name, j) => {
      const [candidate] = learnCandidates([name], config);
      if (!candidate) return; // unknown names are schema errors already
      const path = ['rules', i, 'learn', 'cheaper', j];
      const model = config.models[candidate.model];
      if (own && model && costsMoreThan(model, own))
        problems.push({
          path,
          message: `"${name}" (${candidate.model}) costs more than the rule's own model ${ownId}: learn only moves work to a cheaper model`,
        });
      if (candidate.model === ownId && candidate.tier === rule.route.tier)
        problems.push({
          path,
          message: `"${name}" is the rule's own model and tier: nothing to learn`,
        });
      for (const risk of learn.risks) {
        const allowed = config.risk.levels[risk].tiers;
        if (allowed && !allowed.includes(candidate.tier))
          problems.push({
            path,
            message: `"${name}" runs on tier ${candidate.tier}, which risk.levels.${risk}.tiers does not allow (${allowed.join(', ')})`,
          });
      }
    });
  });
  return problems;
}
