import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_DIFF_CHARACTERS, main, renderDiffSummary } from '../../../scripts/deploy/diff-summary';
import { actionsFiles } from '../../../scripts/github/actions-files';

/** What `cdk diff` printed, colours and all, for one changed resolver. */
const OUTPUT = readFileSync(path.join(__dirname, '../fixtures/aws/cdk-diff-output.txt'), 'utf8');

describe('the cdk diff job summary', () => {
  it('strips colours and names the environment and the number of stacks that differ', () => {
    expect(renderDiffSummary('staging', OUTPUT)).toBe(
      [
        '<details open><summary><strong>cdk diff: staging</strong> (1 stack(s) with differences)</summary>',
        '',
        '```text',
        'Stack toyapi-staging-api',
        'Resources',
        '[~] AWS::AppSync::Resolver Resolvers/Query.item ',
        ' └─ [~] Code',
        '     - old',
        '     + new',
        '',
        '',
        '✨  Number of stacks with differences: 1',
        '```',
        '',
        '</details>',
      ].join('\n'),
    );
  });

  it('cuts a diff too long for a job summary, saying so', () => {
    const summary = renderDiffSummary('prod', 'x'.repeat(MAX_DIFF_CHARACTERS + 10));
    expect(summary).toContain('… (cut: the whole diff is in the job log)');
    expect(summary.length).toBeLessThan(MAX_DIFF_CHARACTERS + 300);
  });

  it('appends the section to the job summary from the saved output file', () => {
    const appended: string[] = [];
    main(['--environment', 'dev', 'cdk-diff.txt'], actionsFiles({ env: { GITHUB_STEP_SUMMARY: '/s' }, append: (_f, t) => appended.push(t) }), () => OUTPUT);
    expect(appended[0]).toContain('<strong>cdk diff: dev</strong>');
  });
});
