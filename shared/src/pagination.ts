import { ArgsType, type ClassType, Directive, Field, Int, ObjectType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { DomainError } from "./errors";

export const MAX_PAGE_SIZE = 100;

@Directive("@shareable")
@ObjectType({ description: "Where a page of a connection stands (Relay's PageInfo)." })
export class PageInfo {
  @Field({ description: "More items follow the page's last one (after endCursor)." })
  hasNextPage: boolean;

  @Field({
    description: "Items come before the page's first one (before startCursor). Paging forward, true whenever `after` was given.",
  })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the page's first item; null on an empty page." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the page's last item; null on an empty page." })
  endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page forward: this many items (1 to ${MAX_PAGE_SIZE}) after \`after\`.` })
  first: number;

  @Field(() => String, { nullable: true, description: "Only items after this cursor (an endCursor or an edge's cursor)." })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Page backward: the last this many items (1 to ${MAX_PAGE_SIZE}) before \`before\`; when given, \`first\` is not used.`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Only items before this cursor (a startCursor or an edge's cursor)." })
  before?: string | null;
}

/** A connection's total is computed only when a client reads it. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number | Promise<number>;
}

/** A Relay connection type named `${name}Connection` with edges of `${name}Edge`. */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field({ description: "Pass it as `after` or `before` to page from this item." })
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: "How many items match, on every page together (counted only when asked for)." })
    totalCount: number;
  }
  return ConnectionClass;
}

export type CursorValue = string | number;

export const encodeCursor = (values: CursorValue[]): string => Buffer.from(JSON.stringify(values)).toString("base64url");

export function decodeCursor(cursor: string, length: number, argument = "after"): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(values) && values.length === length && values.every((v) => ["string", "number"].includes(typeof v))) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError("BAD_USER_INPUT", `The cursor in \`${argument}\` is not one this API gave out.`);
}

export function checkPageSize(size: number, argument = "first"): void {
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new DomainError("BAD_USER_INPUT", `${argument} must be from 1 to ${MAX_PAGE_SIZE}, got ${size}.`);
  }
}

/** The paging arguments of a connection field, as clients send them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A checked page: its size, its direction, and the keys (sort value, id) it lies between. */
export interface PageRequest {
  size: number;
  backward: boolean;
  after: CursorValue[] | null;
  before: CursorValue[] | null;
}

/** Checks paging arguments: `last` pages backward and wins over `first`; cursors must be ours. */
export function pageOf(args: PageArgs): PageRequest {
  const backward = args.last !== undefined && args.last !== null;
  const size = backward ? (args.last as number) : (args.first ?? 20);
  checkPageSize(size, backward ? "last" : "first");
  return {
    size,
    backward,
    after: args.after ? decodeCursor(args.after, 2, "after") : null,
    before: args.before ? decodeCursor(args.before, 2, "before") : null,
  };
}

/** Only the paging arguments, so two fields with equal pages share one batch. */
export const pageArgsOf = (args: PageArgs): PageArgs => ({
  first: args.first ?? null,
  after: args.after ?? null,
  last: args.last ?? null,
  before: args.before ?? null,
});

const cursorValue = (value: unknown): CursorValue => (value instanceof Date ? value.toISOString() : (value as CursorValue));

/** The cursor key of a row: its sort value, then its id. */
export const keyOfRow =
  <T extends { id: string }>(sortProperty: keyof T & string) =>
  (row: T): CursorValue[] => [cursorValue(row[sortProperty]), row.id];

/** Gives `connection` a totalCount that runs `count` on first read, once. */
export function withLazyTotal<T>(connection: Omit<Connection<T>, "totalCount">, count: () => Promise<number>): Connection<T> {
  let total: Promise<number> | undefined;
  Object.defineProperty(connection, "totalCount", {
    enumerable: true,
    get: () => {
      total ??= count();
      return total;
    },
  });
  return connection as Connection<T>;
}

/**
 * Keyset pagination over `qb`, ordered by `sortProperty` then `id` (ascending; a backward
 * page reads the index the other way and is turned round). One statement for the page
 * (one row more than asked, to know whether more follow); the total only when read.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  sortProperty: keyof T & string,
): Promise<Connection<T>> {
  const request = pageOf(args);
  const alias = qb.alias;
  const direction = request.backward ? "DESC" : "ASC";
  const page = qb.clone().orderBy(`${alias}.${sortProperty}`, direction).addOrderBy(`${alias}.id`, direction);
  if (request.after) {
    page.andWhere(`(${alias}.${sortProperty}, ${alias}.id) > (:afterValue, :afterId)`, {
      afterValue: request.after[0],
      afterId: request.after[1],
    });
  }
  if (request.before) {
    page.andWhere(`(${alias}.${sortProperty}, ${alias}.id) < (:beforeValue, :beforeId)`, {
      beforeValue: request.before[0],
      beforeId: request.before[1],
    });
  }
  const rows = await page.take(request.size + 1).getMany();
  const count = qb.clone();
  return withLazyTotal(toPage(rows, request, keyOfRow<T>(sortProperty)), () => count.getCount());
}

/**
 * A page from rows read in the page's direction, one more than its size when more follow.
 * Paging forward, items before the page exist whenever it starts after a cursor; paging
 * backward, items after it exist whenever it ends before one.
 */
export function toPage<T>(rows: T[], request: PageRequest, keyOf: (row: T) => CursorValue[]): Omit<Connection<T>, "totalCount"> {
  const more = rows.length > request.size;
  const nodes = rows.slice(0, request.size);
  if (request.backward) nodes.reverse();
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: request.backward ? request.before !== null : more,
      hasPreviousPage: request.backward ? more : request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A forward page of `first` items from `rows` (one more when more follow), with a known total. */
export function toConnection<T>(rows: T[], first: number, totalCount: number, keyOf: (row: T) => CursorValue[]): Connection<T> {
  return { ...toPage(rows, { size: first, backward: false, after: null, before: null }, keyOf), totalCount };
}

/** A connection with nothing in it. */
export const emptyConnection = <T>(): Connection<T> => ({
  edges: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  totalCount: 0,
});
