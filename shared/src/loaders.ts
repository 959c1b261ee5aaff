import DataLoader from "dataloader";

/**
 * Per-request DataLoaders: each is made on first use and lives as long as the request, so
 * every entity reference and list field costs one statement per type per request.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V, string>(batch, { cacheKeyFn: (key) => JSON.stringify(key) }) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders rows to match the requested keys (DataLoader's contract); missing keys get null. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const index = new Map(rows.map((row) => [JSON.stringify(keyOf(row)), row]));
  return keys.map((key) => index.get(JSON.stringify(key)) ?? null);
}

/** Groups rows under the requested keys, for list-valued fields. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const k = JSON.stringify(keyOf(row));
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return keys.map((key) => groups.get(JSON.stringify(key)) ?? []);
}
