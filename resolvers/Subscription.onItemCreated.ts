/** New items (createItem), to subscribers who may read them: see lib/item-subscription.ts. */
export const dataSource = 'none';
export { request, response } from './lib/item-subscription';
