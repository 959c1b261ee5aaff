import type { PartnerRef } from "../federation/partner.type";

export const partnerReference = {
  __resolveReference: (ref: Pick<PartnerRef, "id">): PartnerRef => ({ id: ref.id }),
};
