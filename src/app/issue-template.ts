import { stringify } from 'yaml';
import type { AiosConfig } from '../config/config-schema.js';

export const ISSUE_TEMPLATE_PATH = '.github/ISSUE_TEMPLATE/aios-task.yml';

/**
 * The GitHub issue form for AIOS work. Its field labels are the headings GitHub renders in
 * the issue body (`### Kind`, `### Client`, `### Estimate`), which classification reads
 * (routing/classify-task.ts); the Kind options are the config's kinds, by id. Syntax:
 * https://docs.github.com/en/communities/using-templates-to-encourage-useful-issues-and-pull-requests/syntax-for-issue-forms
 */
export function renderIssueTemplate(config: Pick<AiosConfig, 'kinds' | 'intake'>): string {
  const kinds = Object.keys(config.kinds);
  const form = {
    name: 'AIOS task',
    description: 'Work for AIOS: routed by the written rules, delivered as a draft PR.',
    title: '[aios] ',
    labels: [config.intake.label],
    body: [
      {
        type: 'markdown',
        attributes: {
          value:
            'Say what needs doing. The fields below decide the route; leave one empty and AIOS reads labels and the paths you name.',
        },
      },
      {
        type: 'dropdown',
        id: 'kind',
        attributes: {
          label: 'Kind',
          description: 'The kind of work (kinds in .github/aios.yml).',
          options: kinds,
        },
        validations: { required: false },
      },
      {
        type: 'input',
        id: 'client',
        attributes: { label: 'Client', description: 'Who the work is for.' },
        validations: { required: false },
      },
      {
        type: 'input',
        id: 'estimate',
        attributes: {
          label: 'Estimate',
          description: 'What it would take by hand: S, M, L, or minutes (90, 90m, 1.5h).',
        },
        validations: { required: false },
      },
      {
        type: 'textarea',
        id: 'task',
        attributes: {
          label: 'Task',
          description: 'What to do, and the files or pages it concerns.',
        },
        validations: { required: true },
      },
    ],
  };
  return `# Written by \`aios init\` from the kinds in .github/aios.yml.\n${stringify(form)}`;
}
