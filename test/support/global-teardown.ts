export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __psgPostgres?: { stop(): Promise<void> } }).__psgPostgres;
  await server?.stop();
}
