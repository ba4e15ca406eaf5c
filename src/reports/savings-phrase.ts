import { count, usd } from './report-text.js';

/**
 * Savings said the way a client reads them: what the same calls would have cost at the premium
 * model, what AIOS spent, and how the two compare in plain words ("75% less", "2.4 times as
 * much", "less than 1% of that"), never a percentage of a zero or a negative "less".
 */
export function compareWithPremium(options: {
  /** Model calls + flat-rate seats, micro-dollars. */
  readonly spentMicros: number;
  /** The same calls' tokens at the premium model's price, micro-dollars. */
  readonly premiumMicros: number;
  readonly premiumModel: string;
  /** Calls that were priced (scripted calls are not). */
  readonly calls: number;
}): string {
  const { spentMicros: spent, premiumMicros: premium, premiumModel: model } = options;
  const calls = `${count(options.calls)} call${options.calls === 1 ? '' : 's'}`;
  if (premium <= 0)
    return spent <= 0
      ? `no model call was priced here: nothing was spent on models or seats, and there is nothing to compare with ${model}`
      : `AIOS spent ${usd(spent)} on models and seats; no call here could be priced at ${model} to compare`;
  const would = `the same ${calls} at ${model} would have cost ${usd(premium)}`;
  if (spent <= 0) return `${would}; AIOS spent nothing on models and seats`;
  return `${would}; AIOS spent ${usd(spent)} on models and seats, ${relation(spent, premium)}`;
}

/** How `spent` compares with `premium` (both positive), in words. */
export function relation(spent: number, premium: number): string {
  if (spent === premium) return 'the same';
  const ratio = spent / premium;
  if (ratio < 1) {
    const less = Math.round((1 - ratio) * 100);
    return less >= 100 || ratio < 0.01
      ? 'less than 1% of that'
      : less < 1
        ? 'about the same'
        : `${less}% less`;
  }
  if (ratio < 2) {
    const more = Math.round((ratio - 1) * 100);
    return more < 1 ? 'about the same' : `${more}% more`;
  }
  const times = ratio < 10 ? ratio.toFixed(1) : count(Math.round(ratio));
  return `${times} times as much`;
}

/** The headline value and label of savings: money saved, or how much more was spent. */
export function savingsHeadline(
  savingsMicros: number | null,
  premiumModel: string | undefined,
): { label: string; value: string } {
  const against = premiumModel ?? 'a premium model';
  if (savingsMicros === null) return { label: `Saved against ${against}`, value: 'n/a' };
  return savingsMicros < 0
    ? { label: `Spent more than ${against} would have`, value: `${usd(-savingsMicros)} more` }
    : { label: `Saved against ${against}`, value: usd(savingsMicros) };
}
