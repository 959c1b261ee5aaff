import { isUuid, type RequestContext } from "@psg/shared";
import { canSeeVoucher } from "./voucher.access";
import type { Voucher } from "./voucher.entity";
import { voucherLoaders } from "./voucher.loaders";

export const voucherReference = {
  __resolveReference: async (ref: Pick<Voucher, "id">, ctx: RequestContext): Promise<Voucher | null> => {
    if (!isUuid(ref.id)) return null;
    const voucher = await voucherLoaders(ctx).voucher.load(ref.id);
    return voucher && canSeeVoucher(ctx.principal, voucher) ? voucher : null;
  },
};
