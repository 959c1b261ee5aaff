import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { type Connection, type CursorValue, keyOfRow, type PageArgs, pageOf, toPage, withLazyTotal } from "./pagination";

export interface ParentPageKey extends PageArgs {
  parentId: string;
}

/** Binds a value as a statement parameter and returns its placeholder. */
export type Bind = (value: unknown) => string;

/**
 * A filter on the table's columns. Several conditions are alternatives (OR) that must not
 * overlap: each is read as its own ordered index range and the ranges are merged, so an
 * OR costs the page, not the parent's history.
 */
export type ParentFilter = (bind: Bind) => string | string[];

const compareKeys = (a: CursorValue[], b: CursorValue[]): number => {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
};

/** The SQL text and parameters of one batch of parent pages (exported for EXPLAIN tests). */
export interface ParentPageSql {
  pages: { text: string; params: unknown[] };
  totals: { text: string; params: unknown[] };
}

interface Columns {
  table: string;
  parent: string;
  parentType: string;
  sort: string;
  /** The sort column's name in the select list. */
  sortAlias: string;
  select: string;
}

function columnsOf<T extends ObjectLiteral>(
  db: EntityManager,
  target: EntityTarget<T>,
  parentProperty: string,
  sortProperty: string,
) {
  const metadata = db.connection.getMetadata(target);
  const columnOf = (property: string) => {
    const found = metadata.findColumnWithPropertyName(property);
    if (!found) throw new Error(`${metadata.name} has no column ${property}`);
    return found;
  };
  const parentColumn = columnOf(parentProperty);
  const columns: Columns = {
    table: `"${metadata.schema ?? "public"}"."${metadata.tableName}"`,
    parent: `"${parentColumn.databaseName}"`,
    parentType: String(parentColumn.type),
    sort: `"${columnOf(sortProperty).databaseName}"`,
    sortAlias: sortProperty,
    select: metadata.columns.map((c) => `"${c.databaseName}" AS "${c.propertyName}"`).join(", "),
  };
  return { metadata, columns };
}

/**
 * The statements behind paginateByParent: for every parent (a LATERAL join over the ids, or
 * the one id bound as a value)
 * the index range of its rows after/before the cursors, read in order and cut at size + 1,
 * one range per alternative of the filter, merged; and, only when read, the totals.
 */
export function parentPageSql(columns: Columns, parentIds: string[], args: PageArgs, where?: ParentFilter): ParentPageSql {
  const request = pageOf(args);
  const { table, parent, parentType, sort, sortAlias, select } = columns;
  // one parent (the usual case) is bound as a value, so the planner weighs that parent's own
  // row count (a partner with 8,000 vouchers or with 30) instead of an average
  const single = parentIds.length === 1;
  const parentValue = single ? `$1::${parentType}` : `"parent"."id"`;
  const params: unknown[] = [single ? parentIds[0] : parentIds, request.size + 1];
  const bind: Bind = (value) => `$${params.push(value)}`;
  const bounds: string[] = [];
  if (request.after) bounds.push(`AND (${sort}, "id") > (${bind(request.after[0])}, ${bind(request.after[1])})`);
  if (request.before) bounds.push(`AND (${sort}, "id") < (${bind(request.before[0])}, ${bind(request.before[1])})`);
  const filter = where?.(bind);
  const branches = filter === undefined ? [""] : (Array.isArray(filter) ? filter : [filter]).map((c) => `AND (${c})`);
  const direction = request.backward ? "DESC" : "ASC";
  const range = (condition: string) =>
    `SELECT ${select} FROM ${table} WHERE ${parent} = ${parentValue} ${bounds.join(" ")} ${condition}
     ORDER BY ${sort} ${direction}, "id" ${direction} LIMIT $2`;
  const page =
    branches.length === 1
      ? range(branches[0])
      : `SELECT * FROM (${branches.map((b) => `(${range(b)})`).join(" UNION ALL ")}) "merged"
         ORDER BY "merged"."${sortAlias}" ${direction}, "merged"."id" ${direction} LIMIT $2`;
  const totalParams: unknown[] = [single ? parentIds[0] : parentIds];
  const totalFilter = where?.((value) => `$${totalParams.push(value)}`);
  const totalCondition =
    totalFilter === undefined
      ? ""
      : `AND (${(Array.isArray(totalFilter) ? totalFilter : [totalFilter]).map((c) => `(${c})`).join(" OR ")})`;
  return {
    pages: {
      text: single
        ? page
        : `SELECT "page".* FROM unnest($1::${parentType}[]) AS "parent"("id") CROSS JOIN LATERAL (${page}) "page"`,
      params,
    },
    totals: {
      text: `SELECT ${parent} AS "parent", COUNT(*) AS "total" FROM ${table} WHERE ${parent} = ${single ? `$1::${parentType}` : "ANY($1)"} ${totalCondition} GROUP BY ${parent}`,
      params: totalParams,
    },
  };
}

/**
 * One page of a connection for each of many parents (e.g. Partner.consultants for every
 * partner of a list), like paginate() but batched: one statement for all parents' pages
 * per distinct page (first/after/last/before, usually one), each page read by keyset from
 * an index on (parent, sort, id) so it costs its own rows only; the totals, one statement
 * for all parents, only when a client reads totalCount. Ordered by `sortProperty`, then id.
 */
export async function paginateByParent<T extends ObjectLiteral & { id: string }>(
  db: EntityManager,
  target: EntityTarget<T>,
  parentProperty: keyof T & string,
  sortProperty: keyof T & string,
  keys: readonly ParentPageKey[],
  where?: ParentFilter,
): Promise<Connection<T>[]> {
  const { metadata, columns } = columnsOf(db, target, parentProperty, sortProperty);
  const groups = new Map<string, { args: PageArgs; parents: string[] }>();
  const groupOf = (key: ParentPageKey) =>
    JSON.stringify([key.first ?? null, key.after ?? null, key.last ?? null, key.before ?? null]);
  for (const key of keys) {
    pageOf(key); // refuse bad arguments before any statement
    const group = groups.get(groupOf(key)) ?? { args: key, parents: [] };
    group.parents.push(key.parentId);
    groups.set(groupOf(key), group);
  }

  const keyOf = keyOfRow<T>(sortProperty);
  const results = new Map<string, Connection<T>>();
  for (const [groupKey, group] of groups) {
    const parents = [...new Set(group.parents)];
    const request = pageOf(group.args);
    const sql = parentPageSql(columns, parents, group.args, where);
    const rows: Record<string, unknown>[] = await db.query(sql.pages.text, sql.pages.params);
    let totals: Promise<Map<string, number>> | undefined;
    const totalOf = (parentId: string) => {
      totals ??= db
        .query(sql.totals.text, sql.totals.params)
        .then((found: { parent: string; total: string }[]) => new Map(found.map((t) => [String(t.parent), Number(t.total)])));
      return totals.then((map) => map.get(parentId) ?? 0);
    };
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
    const sign = request.backward ? -1 : 1;
    for (const parentId of parents) {
      const list = (nodes.get(parentId) ?? []).sort((a, b) => sign * compareKeys(keyOf(a), keyOf(b)));
      results.set(
        JSON.stringify([parentId, groupKey]),
        withLazyTotal(toPage(list, request, keyOf), () => totalOf(parentId)),
      );
    }
  }
  return keys.map((key) => results.get(JSON.stringify([key.parentId, groupOf(key)])) as Connection<T>);
}

/** The statements paginateByParent sends for `parentIds` (for EXPLAIN in tests). */
export function paginateByParentSql<T extends ObjectLiteral & { id: string }>(
  db: EntityManager,
  target: EntityTarget<T>,
  parentProperty: keyof T & string,
  sortProperty: keyof T & string,
  parentIds: string[],
  args: PageArgs,
  where?: ParentFilter,
): ParentPageSql {
  return parentPageSql(columnsOf(db, target, parentProperty, sortProperty).columns, parentIds, args, where);
}
