import { request } from "node:http";
import { INTERNAL_SECRET_HEADER } from "@psg/shared";
import { type ServiceProcess, stackEnv, startServiceProcess, startTestStack, type TestStack } from "@psg/testing";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const CREATE_CUSTOMER = "mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id name } }";

/**
 * A POST whose body arrives in two halves: the request is in flight from the first half on,
 * and stays so until `finish()` sends the rest, however long the test waits in between.
 */
function slowPost(url: string, headers: Record<string, string>, body: string) {
  const bytes = Buffer.from(body);
  let finish!: () => void;
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(url, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(bytes.length), ...headers },
    });
    req.on("response", (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.write(bytes.subarray(0, bytes.length / 2));
    req.flushHeaders();
    finish = () => req.end(bytes.subarray(bytes.length / 2));
  });
  return { answer, finish: () => finish() };
}

const customerBody = (i: number) =>
  JSON.stringify({
    query: CREATE_CUSTOMER,
    variables: {
      input: { name: `Drained ${i} ${Date.now()}`, country: "DE", saCoverageEnd: "2040-01-01", planningDays: 10 },
    },
  });

const refusesNewConnections = async (service: ServiceProcess): Promise<boolean> =>
  fetch(`http://127.0.0.1:${service.port}/health`).then(
    () => false,
    () => true,
  );

/** Ten requests in flight, SIGTERM, then the requests complete: every one answers, and the process exits 0. */
async function drainsTen(service: ServiceProcess, headers: Record<string, string>): Promise<void> {
  const inFlight = Array.from({ length: 10 }, (_, i) => slowPost(service.url, headers, customerBody(i)));
  await new Promise((r) => setTimeout(r, 300));
  service.child.kill("SIGTERM");
  const deadline = Date.now() + 10_000;
  while (!(await refusesNewConnections(service)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(await refusesNewConnections(service)).toBe(true);
  expect(service.child.exitCode).toBeNull();

  for (const request of inFlight) request.finish();
  const answers = await Promise.all(inFlight.map((r) => r.answer));
  for (const [i, answer] of answers.entries()) {
    const body = JSON.parse(answer.body) as { data?: { createCustomer: { name: string } }; errors?: unknown };
    expect({ status: answer.status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    expect(body.data?.createCustomer.name).toMatch(new RegExp(`^Drained ${i} `));
  }
  expect(await service.exited).toEqual({ code: 0, signal: null });
}

it("a subgraph process given SIGTERM finishes every request in flight, then exits", async () => {
  const vouchers = await startServiceProcess("vouchers", stackEnv(stack));
  try {
    await drainsTen(vouchers, { authorization: `Bearer ${stack.operatorKey}`, [INTERNAL_SECRET_HEADER]: stack.internalSecret });
  } finally {
    await vouchers.kill();
  }
});

it("a gateway process given SIGTERM finishes every request in flight, then exits", async () => {
  const gateway = await startServiceProcess("gateway", { ...stackEnv(stack), RATE_LIMIT_PER_MINUTE: "0" });
  try {
    await drainsTen(gateway, { authorization: `Bearer ${stack.operatorKey}` });
  } finally {
    await gateway.kill();
  }
});
