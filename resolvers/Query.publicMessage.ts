import type { Message } from '../generated/graphql';

export const dataSource = 'none';

export function request() {
  return { payload: null };
}

/** The same words for every caller: the API key, users, developer keys and IAM. */
export function response(): Message {
  return { message: 'Hello from ToyApi! This message is public.', userId: null };
}
