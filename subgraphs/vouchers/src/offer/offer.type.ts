import { ConnectionType } from "@psg/shared";
import { Field, ID, InputType } from "type-graphql";
import { VoucherOffer } from "../voucher/voucher-offer.entity";

@InputType({ description: "A voucher to hand to a partner directly, and the partner." })
export class OfferVoucherInput {
  @Field(() => ID, { description: "An assigned, unexpired voucher of the caller's customer." })
  voucherId: string;

  @Field({ description: "The Microsoft Partner Network id of the partner the voucher is offered to." })
  partnerMpnId: string;
}

export const VoucherOfferConnection = ConnectionType("VoucherOffer", VoucherOffer);
