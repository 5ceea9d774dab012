/** Changed items (updateItem), to subscribers who may read them as they are now: see lib/item-subscription.ts. */
export const dataSource = 'none';
export { request, response } from './lib/item-subscription';
