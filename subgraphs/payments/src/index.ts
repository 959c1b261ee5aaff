export { entities as paymentsEntities, migrations as paymentsMigrations, SCHEMA as PAYMENTS_SCHEMA } from "./database";
export { buildPaymentsSchema } from "./schema";
export { startPayments } from "./service";
