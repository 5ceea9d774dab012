import type { Node } from 'constructs';
import { InvalidConfigError } from '../errors';

/**
 * Features that cost money beyond the free tier. Each is CDK context, off unless turned on for one
 * deploy: `npx cdk deploy -c waf=true …` (docs/deploy.md lists what each costs).
 */
export const COST_FLAG_NAMES = ['customDomain', 'waf', 'cache', 'tracing'] as const;
export type CostFlagName = (typeof COST_FLAG_NAMES)[number];
export type CostFlags = Readonly<Record<CostFlagName, boolean>>;

export const ALL_FLAGS_OFF: CostFlags = { customDomain: false, waf: false, cache: false, tracing: false };

/**
 * Reads the cost flags from CDK context. `-c flag=true` arrives as the string 'true', cdk.json and tests
 * give booleans; anything else is refused rather than read as off.
 */
export function readCostFlags(node: Node): CostFlags {
  const problems: string[] = [];
  const flags = { ...ALL_FLAGS_OFF };
  for (const name of COST_FLAG_NAMES) {
    const value: unknown = node.tryGetContext(name);
    if (value === undefined || value === false || value === 'false') continue;
    if (value === true || value === 'true') flags[name] = true;
    else problems.push(`context '${name}' must be true or false, not '${String(value)}' (e.g. -c ${name}=true)`);
  }
  if (problems.length > 0) throw new InvalidConfigError(problems);
  return flags;
}

