export { buildVouchersSchema } from "./schema";
export { startVouchers } from "./service";
