import { DataSource } from 'typeorm';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
export const ANOTHER_ACCOUNT = 'another account';

/**
 * Whatever a domain's export lets slip, no other account's id leaves the server in a member's export (a STAFF
 * id is the first step to forging a STAFF token): each one is replaced by ANOTHER_ACCOUNT.
 */
export async function hideOtherAccounts<T>(dataSource: DataSource, userId: string, exported: T): Promise<T> {
  const text = JSON.stringify(exported);
  const uuids = [...new Set(text.match(UUID) ?? [])].map((id) => id.toLowerCase());
  if (uuids.length === 0) return exported;
  const others = (await dataSource.query(`SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND id <> $2`, [
    uuids,
    userId,
  ])) as { id: string }[];
  if (others.length === 0) return exported;
  const hidden = new Set(others.map((row) => row.id));
  return JSON.parse(text.replace(UUID, (id) => (hidden.has(id.toLowerCase()) ? ANOTHER_ACCOUNT : id))) as T;
}
