import { createHash } from 'node:crypto';
import { CloudAssembly } from 'aws-cdk-lib/cx-api';

/** One stack of a synthesized cloud assembly, with its CloudFormation template. */
export interface AssemblyStack {
  readonly stackName: string;
  /** What the CDK CLI selects the stack by, e.g. `toyapi-staging-api` or `staging/Api`. */
  readonly hierarchicalId: string;
  /** The stack's region, `unknown-region` for an environment-agnostic stack. */
  readonly region: string;
  readonly template: unknown;
}

/** No stack of the assembly matched an environment's selector. */
export class NoStacksSelectedError extends Error {
  override readonly name = 'NoStacksSelectedError';
  constructor(
    readonly selector: string,
    readonly available: readonly string[],
  ) {
    super(`no stack in the cloud assembly matches '${selector}'; it has: ${available.join(', ') || '(none)'}`);
  }
}

/**
 * The stacks of one environment: every stack (nested stages included) whose stack name or hierarchical id
 * matches `selector`, a glob where `*` stands for any characters (e.g. `toyapi-staging-*`).
 */
export function selectStacks(assemblyDirectory: string, selector: string): AssemblyStack[] {
  const pattern = new RegExp(`^${selector.split('*').map(escapeRegExp).join('.*')}$`);
  const all = new CloudAssembly(assemblyDirectory).stacksRecursively;
  const selected = all.filter((stack) => pattern.test(stack.stackName) || pattern.test(stack.hierarchicalId));
  if (selected.length === 0) throw new NoStacksSelectedError(selector, all.map((s) => s.hierarchicalId));
  return selected.map((stack) => ({ stackName: stack.stackName, hierarchicalId: stack.hierarchicalId, region: stack.environment.region, template: stack.template }));
}

/**
 * One hash for a set of stack templates. Templates are the built artifact that matters: every asset (Lambda
 * bundle, nested template, resolver code uploaded as an asset) is referenced from them by its content hash,
 * and inline resolver code sits in them. Keys are sorted, so a template fetched back from CloudFormation
 * hashes the same as the file CDK wrote.
 */
export function templatesHash(stacks: readonly { readonly stackName: string; readonly template: unknown }[]): string {
  const hash = createHash('sha256');
  for (const stack of [...stacks].sort((a, b) => a.stackName.localeCompare(b.stackName))) {
    hash.update(`${stack.stackName}\n${canonicalJson(stack.template)}\n`);
  }
  return hash.digest('hex');
}

/** JSON with object keys in sorted order at every depth. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
