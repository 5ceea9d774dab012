import { actionsFiles } from '../../../scripts/github/actions-files';

describe('actionsFiles', () => {
  const capture = (env: NodeJS.ProcessEnv) => {
    const appended: [string, string][] = [];
    const printed: string[] = [];
    const files = actionsFiles({ env, append: (file, text) => appended.push([file, text]), out: (t) => printed.push(t), delimiter: () => 'EOF_1' });
    return { files, appended, printed };
  };

  it('writes outputs as name=value, and multi-line values in the heredoc form GitHub documents', () => {
    const { files, appended } = capture({ GITHUB_OUTPUT: '/o' });
    files.setOutputs({ route: 'release', stacks: 'a\nb' });
    expect(appended).toEqual([['/o', 'route=release\nstacks<<EOF_1\na\nb\nEOF_1\n']]);
  });

  it('appends the job summary, or prints it outside GitHub Actions', () => {
    const inActions = capture({ GITHUB_STEP_SUMMARY: '/s' });
    inActions.files.appendSummary('## Hello\n\n');
    expect(inActions.appended).toEqual([['/s', '## Hello\n']]);
    const local = capture({});
    local.files.setOutputs({ route: 'dev' });
    local.files.appendSummary('## Hello');
    expect(local.appended).toEqual([]);
    expect(local.printed).toEqual(['## Hello\n']);
  });
});
