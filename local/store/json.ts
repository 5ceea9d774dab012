/** Small JSON helpers of the store. */

/**
 * The value exactly as it would arrive over the wire: plain objects only (dynalite builds some with a null
 * prototype), no `undefined` members, and no object shared with stored data or change records.
 */
export function toWireJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** JSON with object members sorted, so two values that differ only in member order compare equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) =>
    member !== null && typeof member === 'object' && !Array.isArray(member)
      ? Object.fromEntries(Object.entries(member).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : member,
  );
}
