import type { JudgedChange, SchemaGateResult } from './gate';

/** The marker that lets CI find and update its own changelog comment on a pull request. */
export const CHANGELOG_MARKER = '<!-- schema-evolution-gate -->';

const SECTIONS: readonly { readonly verdict: JudgedChange['verdict']; readonly title: string }[] = [
  { verdict: 'blocked', title: 'Breaking: blocked' },
  { verdict: 'allowed-removal', title: 'Breaking: allowed (deprecation expired)' },
  { verdict: 'dangerous', title: 'Dangerous: review before merging' },
  { verdict: 'safe', title: 'Safe' },
];

/** The gate's result as a Markdown changelog, for the terminal, the job summary and the pull request. */
export function renderChangelog(result: SchemaGateResult): string {
  const lines = [CHANGELOG_MARKER, '## Schema changes against the released schema', '', headline(result), ''];
  for (const { verdict, title } of SECTIONS) {
    const inSection = result.changes.filter((c) => c.verdict === verdict);
    if (inSection.length === 0) continue;
    lines.push(`### ${title} (${inSection.length})`, '');
    for (const judged of inSection) lines.push(`- ${changeLine(judged)}`);
    lines.push('');
  }
  const undated = result.deprecations.filter((d) => d.removal.kind === 'no-date' || d.removal.kind === 'invalid-date');
  if (undated.length > 0) {
    lines.push(`### Deprecations without a valid removal date (${undated.length})`, '');
    for (const d of undated) lines.push(`- \`${d.coordinate}\`: "${d.reason}" needs \`Removal after YYYY-MM-DD.\``);
    lines.push('');
  }
  const due = result.deprecations.filter((d) => d.removal.kind === 'expired');
  if (due.length > 0) {
    lines.push(`### Deprecations past their removal date, ready to remove (${due.length})`, '');
    for (const d of due) lines.push(`- \`${d.coordinate}\`: "${d.reason}"`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function headline(result: SchemaGateResult): string {
  const blocked = result.changes.filter((c) => c.verdict === 'blocked').length;
  if (result.passed) {
    return result.changes.length === 0 ? '✅ No changes.' : `✅ ${result.changes.length} change(s), none that breaks clients.`;
  }
  return blocked > 0
    ? `❌ ${blocked} breaking change(s) block this change. See docs/schema-evolution.md for how to evolve the schema.`
    : '❌ Every deprecation must state its removal date.';
}

function changeLine({ change, explanation }: JudgedChange): string {
  // graphql-inspector quotes names with ''; Markdown code spans read better.
  const message = change.message.replace(/'([^']+)'/g, '`$1`');
  return explanation ? `${message}: ${explanation}` : message;
}
