export { buildPaymentsSchema } from "./schema";
export { startPayments } from "./service";
