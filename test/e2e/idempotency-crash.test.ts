import { freePort, graphqlRequest } from "@psg/shared";
import {
  createCustomer,
  remainingDays,
  type ServiceProcess,
  stackEnv,
  startServiceProcess,
  startTestStack,
  type TestStack,
} from "@psg/testing";

/**
 * "A client that retries with its key after any error or timeout never performs a write
 * twice": a stream of keyed writes goes through a real gateway process to a real vouchers
 * process, which is SIGKILLed in the middle and started again; every write that failed is
 * retried with its own key, and each write is then found exactly once.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const CREATE = `mutation ($input: CreateVoucherInput!) { createVoucher(input: $input) { id } }`;
const WRITES = 40;

type Answer = { data?: { createVoucher: { id: string } } | null; errors?: { extensions?: { code?: string } }[] };

it("SIGKILL of the vouchers subgraph during keyed writes: after retries with their keys, each write happened exactly once", async () => {
  const customer = await createCustomer(stack, { planningDays: WRITES + 10 });
  const vouchersPort = await freePort();
  const env = stackEnv(stack);
  let vouchers: ServiceProcess = await startServiceProcess("vouchers", env, { port: vouchersPort });
  const gateway = await startServiceProcess("gateway", {
    ...env,
    VOUCHERS_URL: `http://127.0.0.1:${vouchersPort}/graphql`,
    RATE_LIMIT_PER_MINUTE: "0",
  });
  try {
    const write = (i: number): Promise<Answer> =>
      graphqlRequest<{ createVoucher: { id: string } }>(
        gateway.url,
        CREATE,
        {
          input: {
            customerId: customer.customerId,
            offeringCode: "DDPS",
            serviceLevelDays: 1,
            assigneeName: `Writer ${i}`,
            assigneeEmail: "writer@example.com",
          },
        },
        { authorization: `Bearer ${customer.keys.benefitsAdmin}`, "idempotency-key": `crash-write-${i}` },
      ).catch((): Answer => ({ errors: [{ extensions: { code: "NETWORK" } }] }));

    // four writers at a time; the subgraph dies once a quarter of the writes have been sent
    const answers = new Map<number, Answer>();
    let next = 0;
    let killed: Promise<void> | undefined;
    const writer = async () => {
      while (next < WRITES) {
        const i = next++;
        if (i === WRITES / 4) killed = vouchers.kill();
        answers.set(i, await write(i));
      }
    };
    await Promise.all([writer(), writer(), writer(), writer()]);
    await killed;
    const failed = [...answers].filter(([, a]) => a.errors?.length).map(([i]) => i);
    expect(failed.length).toBeGreaterThan(0); // the crash did cut writes

    vouchers = await startServiceProcess("vouchers", env, { port: vouchersPort });
    for (const i of failed) {
      let answer = await write(i);
      for (let attempt = 0; answer.errors?.length && attempt < 20; attempt++) {
        await new Promise((r) => setTimeout(r, 250));
        answer = await write(i);
      }
      expect(answer.errors).toBeUndefined();
      answers.set(i, answer);
    }

    const ids = [...answers.values()].map((a) => a.data?.createVoucher.id);
    expect(new Set(ids).size).toBe(WRITES);
    const rows = (await stack.services.vouchers.db?.query(`SELECT "id" FROM "vouchers"."vouchers" WHERE "customer_id" = $1`, [
      customer.customerId,
    ])) as { id: string }[];
    expect(rows).toHaveLength(WRITES);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(ids));
    expect(await remainingDays(stack, customer)).toBe(10);
  } finally {
    await gateway.kill();
    await vouchers.kill();
  }
}, 180_000);
