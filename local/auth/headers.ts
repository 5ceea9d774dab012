/**
 * HTTP headers as Node's `http` module hands them over (lower-case names, repeated headers as arrays), and
 * the two ways this folder reads them.
 */
export type HttpHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/** One header's value, looked up case-insensitively; repeated headers are joined with commas (RFC 9110 5.3). */
export function headerValue(headers: HttpHeaders, name: string): string | undefined {
  const wanted = name.toLowerCase();
  // Node lower-cases the names of HTTP headers: most lookups end here, without a pass over every name.
  const value = Object.hasOwn(headers, wanted) ? headers[wanted] : undefined;
  if (value !== undefined) return joined(value);
  for (const key in headers) {
    const other = headers[key];
    if (other !== undefined && key.toLowerCase() === wanted) return joined(other);
  }
  return undefined;
}

function joined(value: string | readonly string[]): string {
  return typeof value === 'string' ? value : value.join(',');
}

/** All headers with lower-case names and single string values, as AppSync hands them to a Lambda authorizer. */
export function flattenHeaders(headers: HttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    const value = headerValue(headers, name);
    if (value !== undefined) flat[name.toLowerCase()] = value;
  }
  return flat;
}
