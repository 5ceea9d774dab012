import { DateTimeParseException, LocalDate } from '@js-joda/core';

/**
 * The one place the deprecation policy's date format lives: a `@deprecated` reason names the day after
 * which the element may be removed, as `Removal after YYYY-MM-DD.` (ISO date, UTC), e.g.
 * `@deprecated(reason: "Use ownerId. Removal after 2027-06-30.")`.
 */
export const REMOVAL_DATE_PATTERN = /\bRemoval after (\d{4}-\d{2}-\d{2})\b/;

/** What a deprecation reason allows on a given day. */
export type RemovalVerdict =
  | { readonly kind: 'no-date' }
  | { readonly kind: 'invalid-date'; readonly text: string }
  | { readonly kind: 'pending'; readonly date: LocalDate }
  | { readonly kind: 'expired'; readonly date: LocalDate };

/** The removal date in a deprecation reason; `expired` once `today` is after it. */
export function removalVerdict(reason: string, today: LocalDate): RemovalVerdict {
  const match = REMOVAL_DATE_PATTERN.exec(reason);
  if (!match) return { kind: 'no-date' };
  let date: LocalDate;
  try {
    date = LocalDate.parse(match[1]);
  } catch (error) {
    if (error instanceof DateTimeParseException) return { kind: 'invalid-date', text: match[1] };
    throw error;
  }
  return today.isAfter(date) ? { kind: 'expired', date } : { kind: 'pending', date };
}
