/** Deleted items (deleteItem), to subscribers who could read them: see lib/item-subscription.ts. */
export const dataSource = 'none';
export { request, response } from './lib/item-subscription';
