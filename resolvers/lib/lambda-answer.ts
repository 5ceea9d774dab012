import type { Problem } from './problems';

/**
 * What ToyApi's Lambda data sources return: the data, or a problem the resolver raises with its own
 * errorType (a thrown error would reach the resolver only as `Lambda:Unhandled`).
 */
export type LambdaAnswer<T> = { readonly data: T } | { readonly error: Problem };
