import { type Connection, checkPageSize, DomainError, decodeCursor, type RequestContext, toConnection } from "@psg/shared";
import { Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { audienceOf } from "./event.access";
import { StoredEvent } from "./event.entity";
import { Event, EventConnection, EventsArgs } from "./event.type";

export const toEvent = (row: StoredEvent): Event => ({
  id: row.id,
  type: row.type,
  occurredAt: row.occurredAt,
  subjectId: row.subjectId,
  subjectType: row.subjectType,
  data: row.data,
});

@Resolver(() => Event)
export class EventResolver {
  @Authorized()
  @Query(() => EventConnection, {
    description:
      "The caller's organisation's events (operators: all), oldest first. A cursor stays valid: `after` resumes exactly where a page ended.",
  })
  async events(@Args() args: EventsArgs, @Ctx() ctx: RequestContext): Promise<Connection<Event>> {
    checkPageSize(args.first);
    const audience = audienceOf(ctx.principal);
    const qb = ctx.db.getRepository(StoredEvent).createQueryBuilder("e");
    if (audience !== null) qb.andWhere("e.audiences @> ARRAY[:audience]::text[]", { audience });
    if (args.types?.length) qb.andWhere("e.type = ANY(:types)", { types: args.types });
    if (args.subjectId) qb.andWhere("e.subjectId = :subjectId", { subjectId: args.subjectId });
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [position] = decodeCursor(args.after, 1);
      if (typeof position !== "string" || !/^\d{1,19}$/.test(position)) {
        throw new DomainError("BAD_USER_INPUT", "The cursor in `after` is not one this API gave out.");
      }
      qb.andWhere("e.position > :position", { position });
    }
    const rows = await qb
      .orderBy("e.position", "ASC")
      .take(args.first + 1)
      .getMany();
    const connection = toConnection(rows, args.first, totalCount, (row) => [row.position]);
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: toEvent(edge.node) })) };
  }
}
