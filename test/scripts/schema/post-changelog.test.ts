import { postChangelog } from '../../../scripts/schema/post-changelog';
import { actionsFiles } from '../../../scripts/github/actions-files';
import { recordedGitHub } from '../recorded-github';

const REPO = '/repos/toyapi-dev/toyapi';
const ENV = { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'toyapi-dev/toyapi', PR_NUMBER: '15', GITHUB_STEP_SUMMARY: '/s' };
const CHANGELOG = '<!-- schema-evolution-gate -->\n## Schema changes against the released schema\n\n✅ 1 change(s), none that breaks clients.\n';

describe('posting the schema changelog', () => {
  it('updates the comment an earlier push left on the pull request, and writes the job summary', async () => {
    const { http, requests } = recordedGitHub({
      [`GET ${REPO}/issues/15/comments?per_page=100&page=1`]: { status: 200, fixture: 'issue-comments-15.json' },
      [`PATCH ${REPO}/issues/comments/3500000020`]: { status: 200, fixture: 'update-comment.json' },
    });
    const summary: string[] = [];
    const files = actionsFiles({ env: ENV, append: (_f, text) => summary.push(text) });
    expect(await postChangelog({ env: ENV, changelog: CHANGELOG, http, files })).toBe('updated');
    expect(requests.at(-1)).toEqual({ method: 'PATCH', path: `${REPO}/issues/comments/3500000020`, body: { body: CHANGELOG } });
    expect(summary).toEqual([CHANGELOG]);
  });

  it('creates the comment on the first push, and leaves an identical one alone', async () => {
    const { http, requests } = recordedGitHub({
      [`GET ${REPO}/issues/12/comments?per_page=100&page=1`]: { status: 200, fixture: 'issue-comments-12.json' },
      [`POST ${REPO}/issues/12/comments`]: { status: 201, fixture: 'create-comment.json' },
      [`GET ${REPO}/issues/15/comments?per_page=100&page=1`]: { status: 200, fixture: 'issue-comments-15.json' },
    });
    const files = actionsFiles({ env: {}, out: () => undefined });
    expect(await postChangelog({ env: { ...ENV, PR_NUMBER: '12' }, changelog: CHANGELOG, http, files })).toBe('created');
    expect(requests.at(-1)).toEqual({ method: 'POST', path: `${REPO}/issues/12/comments`, body: { body: CHANGELOG } });
    const same = '<!-- schema-evolution-gate -->\n## Schema changes against the released schema\n\n✅ No changes.\n';
    expect(await postChangelog({ env: ENV, changelog: same, http, files })).toBe('unchanged');
  });
});
