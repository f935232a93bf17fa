interface ProxyLike {
  id: string;
  status: string;
  principal: { id: string; name: string };
  holder?: { id: string; name: string } | null;
}

export interface HolderProxies<T extends ProxyLike> {
  key: string;
  /** Null: the blank proxies, for the chair. */
  name: string | null;
  /** Proxies in force. */
  given: number;
  proxies: T[];
}

/** Proxies grouped by holder, most held first; cancelled ones left out, declined ones kept (the secretary follows them up). */
export function proxiesByHolder<T extends ProxyLike>(proxies: readonly T[]): HolderProxies<T>[] {
  const groups = new Map<string, HolderProxies<T>>();
  for (const proxy of proxies) {
    if (proxy.status === 'cancelled') continue;
    const key = proxy.holder?.id ?? 'blank';
    const group = groups.get(key) ?? { key, name: proxy.holder?.name ?? null, given: 0, proxies: [] };
    group.proxies.push(proxy);
    if (proxy.status === 'given') group.given += 1;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.given - a.given || (a.name ?? '').localeCompare(b.name ?? ''));
}
