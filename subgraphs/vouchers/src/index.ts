export { buildVouchersSchema } from "./schema";
export { startVouchers } from "./service";
export { persistExpiries } from "./voucher/voucher.expiry";
