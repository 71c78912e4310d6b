/** The two keys the API uses instead of the master key: what each may do (Meilisearch's own key actions). */
export const MEILI_KEY_SCOPES = {
  /** The relay, reindex and reconcile: documents, indexes, settings and tasks; never keys, dumps or snapshots. */
  indexing: {
    uid: '6f0c6a4e-2b1e-4c8e-9a53-6a1f7f3c0b01',
    name: 'crossroads-indexing',
    actions: ['documents.*', 'indexes.*', 'settings.*', 'tasks.*', 'stats.get', 'search', 'version'],
  },
  /** The `search` and `suggest` queries: search only. */
  search: {
    uid: '6f0c6a4e-2b1e-4c8e-9a53-6a1f7f3c0b02',
    name: 'crossroads-search',
    actions: ['search'],
  },
} as const;

export interface ScopedMeiliKeys {
  indexingKey: string;
  searchKey: string;
}

/**
 * Creates (or finds again, by their fixed uids) the indexing and search keys with the master key, which is used
 * for nothing else: the API never holds it.
 */
export async function ensureScopedKeys(url: string, masterKey: string): Promise<ScopedMeiliKeys> {
  const headers = { authorization: `Bearer ${masterKey}`, 'content-type': 'application/json' };
  const keyOf = async (scope: (typeof MEILI_KEY_SCOPES)[keyof typeof MEILI_KEY_SCOPES]): Promise<string> => {
    const created = await fetch(`${url}/keys`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...scope, indexes: ['*'], expiresAt: null }),
    });
    if (created.ok) return ((await created.json()) as { key: string }).key;
    const existing = await fetch(`${url}/keys/${scope.uid}`, { headers });
    if (!existing.ok)
      throw new Error(`Meilisearch refused to create the ${scope.name} key (${created.status})`);
    return ((await existing.json()) as { key: string }).key;
  };
  return {
    indexingKey: await keyOf(MEILI_KEY_SCOPES.indexing),
    searchKey: await keyOf(MEILI_KEY_SCOPES.search),
  };
}
