import DataLoader from 'dataloader';

const loadersByRequest = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A DataLoader that lives as long as one request: nested lists (a member's
 * representatives, a mandate's handover) are fetched in one query per request, not one
 * per row. `name` must include everything the batch depends on (the organisation).
 */
export function requestLoader<K, V>(request: object, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let loaders = loadersByRequest.get(request);
  if (!loaders) {
    loaders = new Map();
    loadersByRequest.set(request, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>((keys) => batch(keys));
    loaders.set(name, loader);
  }
  return loader;
}
