import { ArgsType, type ClassType, Directive, Field, Int, ObjectType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { DomainError } from "./errors";

export const MAX_PAGE_SIZE = 100;

@Directive("@shareable")
@ObjectType({ description: "Where a page of a connection stands." })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: `At most ${MAX_PAGE_SIZE}.` })
  first: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type named `${name}Connection` with edges of `${name}Edge`. */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
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

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

type CursorValue = string | number;

export const encodeCursor = (values: CursorValue[]): string => Buffer.from(JSON.stringify(values)).toString("base64url");

export function decodeCursor(cursor: string, length: number): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(values) && values.length === length && values.every((v) => ["string", "number"].includes(typeof v))) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError("BAD_USER_INPUT", "The cursor in `after` is not one this API gave out.");
}

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new DomainError("BAD_USER_INPUT", `first must be from 1 to ${MAX_PAGE_SIZE}, got ${first}.`);
  }
}

const cursorValue = (value: unknown): CursorValue => (value instanceof Date ? value.toISOString() : (value as CursorValue));

/**
 * Keyset pagination over `qb`, ordered by `sortProperty` then `id` (both ascending).
 * Two statements: the page (one row more than asked, to know if another page follows)
 * and the total.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  sortProperty: keyof T & string,
): Promise<Connection<T>> {
  checkPageSize(args.first);
  const alias = qb.alias;
  const totalCount = await qb.clone().getCount();
  const page = qb.clone().orderBy(`${alias}.${sortProperty}`, "ASC").addOrderBy(`${alias}.id`, "ASC");
  if (args.after) {
    const [value, id] = decodeCursor(args.after, 2);
    page.andWhere(`(${alias}.${sortProperty}, ${alias}.id) > (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  const rows = await page.take(args.first + 1).getMany();
  return toConnection(rows, args.first, totalCount, (row) => [cursorValue(row[sortProperty]), row.id]);
}

export function toConnection<T>(rows: T[], first: number, totalCount: number, keyOf: (row: T) => CursorValue[]): Connection<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
