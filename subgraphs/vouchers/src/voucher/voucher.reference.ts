import { idOrNull, type RequestContext } from "@psg/shared";
import { canSeeVoucher } from "./voucher.access";
import type { Voucher } from "./voucher.entity";
import { voucherLoaders } from "./voucher.loaders";

/** A voucher the caller may see, by id; null for any other. */
export async function visibleVoucher(ctx: RequestContext, id: string): Promise<Voucher | null> {
  const known = idOrNull(id);
  const voucher = known ? await voucherLoaders(ctx).voucher.load(known) : null;
  return voucher && canSeeVoucher(ctx.principal, voucher) ? voucher : null;
}

export const voucherReference = {
  __resolveReference: (ref: Pick<Voucher, "id">, ctx: RequestContext): Promise<Voucher | null> => visibleVoucher(ctx, ref.id),
};
