import { diff, ChangeType, CriticalityLevel, DiffRule, type Change } from '@graphql-inspector/core';
import type { LocalDate } from '@js-joda/core';
import type { GraphQLSchema } from 'graphql';
import { buildAppSyncSchema } from '../../local/api/schema';
import { removalVerdict, type RemovalVerdict } from './removal-date';
import { deprecatedElements, elementsAt, referencesTo, type DeprecatableElement } from './schema-elements';

/** One change between the released schema and the current one, with why the gate lets it through or not. */
export interface JudgedChange {
  readonly change: Change;
  readonly verdict: 'blocked' | 'allowed-removal' | 'dangerous' | 'safe';
  /** Why a breaking change is blocked or allowed; absent for dangerous and safe changes. */
  readonly explanation?: string;
}

/** A deprecation in the current schema, as the policy reads it. */
export interface DeprecationStatus {
  readonly coordinate: string;
  readonly reason: string;
  readonly removal: RemovalVerdict;
}

export interface SchemaGateResult {
  readonly changes: readonly JudgedChange[];
  readonly deprecations: readonly DeprecationStatus[];
  /** False when a change is blocked or a deprecation does not state a valid removal date. */
  readonly passed: boolean;
}

export interface SchemaGateInput {
  /** SDL of the last released schema (AppSync's scalars and directives implicit). */
  readonly releasedSdl: string;
  /** SDL of the schema about to be released. */
  readonly currentSdl: string;
  /** The day the check runs (UTC). */
  readonly today: LocalDate;
}

/**
 * The schema-evolution gate: every change from the released schema to the current one, judged. A breaking
 * change passes only when what it removes or changes was deprecated, in the RELEASED schema, with a
 * removal date that has passed; everything else that breaks clients is blocked. Every deprecation must name
 * its removal date, or it could never be removed.
 */
export async function checkSchemaEvolution(input: SchemaGateInput): Promise<SchemaGateResult> {
  const released = buildAppSyncSchema(input.releasedSdl);
  const current = buildAppSyncSchema(input.currentSdl);
  // simplifyChanges reports an added type once, not once more for each of its fields.
  const changes = (await diff(released, current, [DiffRule.simplifyChanges])).map((change) => judge(change, released, input.today));
  const deprecations = deprecatedElements(current).map(({ coordinate, deprecationReason }) => ({
    coordinate,
    reason: deprecationReason ?? '',
    removal: removalVerdict(deprecationReason ?? '', input.today),
  }));
  const passed =
    changes.every((c) => c.verdict !== 'blocked') &&
    deprecations.every((d) => d.removal.kind === 'pending' || d.removal.kind === 'expired');
  return { changes, deprecations, passed };
}

function judge(change: Change, released: GraphQLSchema, today: LocalDate): JudgedChange {
  switch (change.criticality.level) {
    case CriticalityLevel.NonBreaking:
      return { change, verdict: 'safe' };
    case CriticalityLevel.Dangerous:
      return { change, verdict: 'dangerous' };
    case CriticalityLevel.Breaking: {
      const { allowed, explanation } =
        change.type === ChangeType.TypeRemoved && change.path
          ? judgeTypeRemoval(released, change.path, today)
          : judgeElementChange(change.path ? elementsAt(released, change.path) : [], today);
      return { change, verdict: allowed ? 'allowed-removal' : 'blocked', explanation };
    }
  }
}

interface Judgement {
  readonly allowed: boolean;
  readonly explanation: string;
}

/** A breaking change to a field, argument, input field or enum value: allowed when it (or its field) expired. */
function judgeElementChange(elements: readonly DeprecatableElement[], today: LocalDate): Judgement {
  const deprecated = elements.filter((e) => e.deprecationReason != null);
  const expired = deprecated.find((e) => removalVerdict(e.deprecationReason!, today).kind === 'expired');
  if (expired) return { allowed: true, explanation: expiredExplanation(expired, today) };
  if (deprecated.length === 0) {
    return {
      allowed: false,
      explanation: `${elements[0] ? `\`${elements[0].coordinate}\` is` : 'what changed is'} not deprecated in the released schema: deprecate it first (see docs/schema-evolution.md).`,
    };
  }
  return { allowed: false, explanation: notYetExplanation(deprecated[0], today) };
}

/** A removed type breaks no client when every use of it was itself deprecated and past its removal date. */
function judgeTypeRemoval(released: GraphQLSchema, typeName: string, today: LocalDate): Judgement {
  const blocking = referencesTo(released, typeName).filter(
    (ref) => !('deprecationReason' in ref) || ref.deprecationReason == null || removalVerdict(ref.deprecationReason, today).kind !== 'expired',
  );
  if (blocking.length === 0) {
    return { allowed: true, explanation: `every use of \`${typeName}\` in the released schema was deprecated and is past its removal date.` };
  }
  const listed = blocking.slice(0, 3).map((ref) => `\`${ref.coordinate}\` (${ref.kind})`).join(', ');
  return { allowed: false, explanation: `\`${typeName}\` is still used by ${listed}${blocking.length > 3 ? ', …' : ''} without an expired deprecation.` };
}

function expiredExplanation(element: DeprecatableElement, today: LocalDate): string {
  const verdict = removalVerdict(element.deprecationReason!, today);
  const date = verdict.kind === 'expired' ? verdict.date.toString() : '';
  return `\`${element.coordinate}\` was deprecated ("${element.deprecationReason}") and its removal date ${date} has passed.`;
}

function notYetExplanation(element: DeprecatableElement, today: LocalDate): string {
  const verdict = removalVerdict(element.deprecationReason!, today);
  const base = `\`${element.coordinate}\` is deprecated ("${element.deprecationReason}")`;
  switch (verdict.kind) {
    case 'pending':
      return `${base}, but its removal date ${verdict.date.toString()} has not passed yet.`;
    case 'invalid-date':
      return `${base}, but "${verdict.text}" is not a valid date.`;
    default:
      return `${base} without a removal date ("Removal after YYYY-MM-DD."), so it cannot be removed.`;
  }
}
