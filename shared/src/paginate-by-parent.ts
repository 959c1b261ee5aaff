import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { type Connection, checkPageSize, decodeCursor, toConnection } from "./pagination";

export interface ParentPageKey {
  parentId: string;
  first: number;
  after?: string | null;
}

const cursorValue = (value: unknown): string | number =>
  value instanceof Date ? value.toISOString() : (value as string | number);

/**
 * One page of a connection for each of many parents (e.g. Partner.consultants for every
 * partner of a list), like paginate() but batched: two statements for all parents (the
 * pages, ranked per parent with ROW_NUMBER(), and the totals) per distinct `first`/`after`
 * pair — usually one. Ordered by `sortProperty`, then id. `where` narrows the rows (both
 * the pages and the totals): it receives a function that binds a value and returns its
 * placeholder, and returns an SQL condition on the table's columns.
 */
export async function paginateByParent<T extends ObjectLiteral & { id: string }>(
  db: EntityManager,
  target: EntityTarget<T>,
  parentProperty: keyof T & string,
  sortProperty: keyof T & string,
  keys: readonly ParentPageKey[],
  where?: (bind: (value: unknown) => string) => string,
): Promise<Connection<T>[]> {
  const metadata = db.connection.getMetadata(target);
  const columnOf = (property: string) => {
    const found = metadata.findColumnWithPropertyName(property);
    if (!found) throw new Error(`${metadata.name} has no column ${property}`);
    return `"${found.databaseName}"`;
  };
  const parent = columnOf(parentProperty);
  const sort = columnOf(sortProperty);
  const table = `"${metadata.schema ?? "public"}"."${metadata.tableName}"`;
  const columns = metadata.columns.map((c) => `"${c.databaseName}" AS "${c.propertyName}"`).join(", ");

  const groups = new Map<string, { first: number; after: string | null; parents: string[] }>();
  const groupOf = (key: ParentPageKey) => JSON.stringify([key.first, key.after ?? null]);
  for (const key of keys) {
    checkPageSize(key.first);
    const group = groups.get(groupOf(key)) ?? { first: key.first, after: key.after ?? null, parents: [] };
    group.parents.push(key.parentId);
    groups.set(groupOf(key), group);
  }

  const results = new Map<string, Connection<T>>();
  for (const [groupKey, group] of groups) {
    const params: unknown[] = [group.parents, group.first + 1];
    const bind = (value: unknown): string => `$${params.push(value)}`;
    let cursorFilter = "";
    if (group.after) {
      const [value, id] = decodeCursor(group.after, 2);
      cursorFilter = `AND (${sort}, "id") > (${bind(value)}, ${bind(id)})`;
    }
    const filter = where ? `AND (${where(bind)})` : "";
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT * FROM (
         SELECT ${columns}, ROW_NUMBER() OVER (PARTITION BY ${parent} ORDER BY ${sort}, "id") AS "__rank"
         FROM ${table} WHERE ${parent} = ANY($1) ${cursorFilter} ${filter}
       ) ranked WHERE "__rank" <= $2 ORDER BY "__rank"`,
      params,
    );
    const totalParams: unknown[] = [group.parents];
    const totalFilter = where ? `AND (${where((value) => `$${totalParams.push(value)}`)})` : "";
    const totals: { parent: string; total: string }[] = await db.query(
      `SELECT ${parent} AS "parent", COUNT(*) AS "total" FROM ${table} WHERE ${parent} = ANY($1) ${totalFilter} GROUP BY ${parent}`,
      totalParams,
    );
    const nodes = new Map<string, T[]>();
    for (const row of rows) {
      const node = {} as Record<string, unknown>;
      for (const column of metadata.columns) {
        node[column.propertyName] = db.connection.driver.prepareHydratedValue(row[column.propertyName], column);
      }
      const entity = db.create(target, node as T);
      const list = nodes.get(String(entity[parentProperty])) ?? [];
      list.push(entity);
      nodes.set(String(entity[parentProperty]), list);
    }
    const totalOf = new Map(totals.map((t) => [String(t.parent), Number(t.total)]));
    for (const parentId of group.parents) {
      results.set(
        JSON.stringify([parentId, groupKey]),
        toConnection(nodes.get(parentId) ?? [], group.first, totalOf.get(parentId) ?? 0, (n) => [
          cursorValue(n[sortProperty]),
          n.id,
        ]),
      );
    }
  }
  return keys.map((key) => results.get(JSON.stringify([key.parentId, groupOf(key)])) as Connection<T>);
}
