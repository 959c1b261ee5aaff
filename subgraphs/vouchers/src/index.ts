export { entities as vouchersEntities, migrations as vouchersMigrations, SCHEMA as VOUCHERS_SCHEMA } from "./database";
export { buildVouchersSchema } from "./schema";
export { startVouchers } from "./service";
export { persistExpiries } from "./voucher/voucher.expiry";
