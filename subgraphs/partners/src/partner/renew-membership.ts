import { type RequestContext, recordChange, requireId } from "@psg/shared";
import { partnerMissing } from "./partner.access";
import { Partner } from "./partner.entity";
import { checkMembershipDates } from "./partner.rules";
import type { RenewMembershipInput } from "./partner.type";

/** Sets a new last day of a partner's membership, which still ends no earlier than it starts. */
export function renewMembership(ctx: RequestContext, input: RenewMembershipInput): Promise<Partner> {
  const id = requireId(input.partnerId, partnerMissing);
  return ctx.db.transaction(async (manager) => {
    const before = (await manager.findOne(Partner, { where: { id }, lock: { mode: "pessimistic_write" } })) ?? partnerMissing();
    checkMembershipDates({ membershipStart: before.membershipStart, membershipEnd: input.membershipEnd });
    const saved = await manager.save(
      manager.merge(Partner, manager.create(Partner, { ...before }), { membershipEnd: input.membershipEnd }),
    );
    await recordChange(ctx, manager, {
      resource: "partner",
      id,
      action: "membership_renewed",
      before: { membershipEnd: before.membershipEnd },
      after: { membershipEnd: saved.membershipEnd },
    });
    return saved;
  });
}
