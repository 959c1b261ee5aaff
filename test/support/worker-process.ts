import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import type { TestStack } from "./stack";

const REGISTER = join(__dirname, "register-ts.js");
const WORKER_MAIN = join(__dirname, "..", "..", "subgraphs", "events", "src", "worker", "main.ts");

/** A real worker process (`npm run start:worker`, from sources) on the stack's database. */
export function spawnWorker(stack: TestStack, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ["-r", REGISTER, WORKER_MAIN], {
    env: { ...process.env, ...stack.envOf("events"), LOG_LEVEL: "error", ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

/** Stops a worker process (SIGKILL: no goodbye) and waits until it is gone. */
export async function killWorker(worker: ChildProcess, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    worker.once("exit", () => resolve());
    worker.kill(signal);
  });
}
