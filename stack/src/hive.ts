import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Hive Gateway lives in hive/ with a package.json and lock file of its own: its ~500 MB
 * install stays out of the root `npm ci` and happens the first time something needs it.
 */
export const HIVE_DIR = join(__dirname, "..", "..", "hive");
const CLI = join(HIVE_DIR, "node_modules", "@graphql-hive", "gateway", "dist", "bin.js");
const CONFIG = join(HIVE_DIR, "gateway.config.ts");
const LOCK = join(HIVE_DIR, ".installing");

const pinnedVersion = (): string =>
  (JSON.parse(readFileSync(join(HIVE_DIR, "package.json"), "utf8")) as { dependencies: Record<string, string> }).dependencies[
    "@graphql-hive/gateway"
  ];

const installedVersion = (): string | undefined => {
  const manifest = join(HIVE_DIR, "node_modules", "@graphql-hive", "gateway", "package.json");
  if (!existsSync(manifest) || !existsSync(CLI)) return undefined;
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
};

/** Runs a command to its end; rejects with its last output lines when it fails. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-8_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (exit ${code}):\n${output}`)),
    );
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Another process (a second test worker) may be installing: the lock is a directory, made
 * atomically; a lock older than 15 minutes is left over from a killed install.
 */
async function withInstallLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 15 * 60_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(1_000);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

let ensuring: Promise<string> | undefined;

/**
 * The path of Hive Gateway's CLI (a Node script), installing hive/ with `npm ci` first when
 * it is missing or not the pinned version. Takes a minute or two the first time.
 */
export function ensureHiveGateway(): Promise<string> {
  ensuring ??= (async () => {
    if (installedVersion() === pinnedVersion()) return CLI;
    return withInstallLock(async () => {
      if (installedVersion() === pinnedVersion()) return CLI; // the other worker installed it
      // npm's own variables from an enclosing `npm test` would redirect this install
      const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
      const started = Date.now();
      process.stderr.write("Installing Hive Gateway into hive/ (first use only; a minute or two)\n");
      await run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], HIVE_DIR, env);
      process.stderr.write(`Hive Gateway installed in ${Math.round((Date.now() - started) / 1000)} s\n`);
      const installed = installedVersion();
      if (installed !== pinnedVersion()) {
        throw new Error(`hive/ installed @graphql-hive/gateway ${installed ?? "nothing"}, expected ${pinnedVersion()}`);
      }
      return CLI;
    });
  })();
  ensuring.catch(() => {
    ensuring = undefined;
  });
  return ensuring;
}

export interface RunningHiveGateway {
  url: string;
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok;
  } catch {
    return false;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/**
 * Hive Gateway serving `supergraphPath` on 127.0.0.1:`port` with hive/gateway.config.ts
 * (the configuration the README gives). `env` adds to this process's environment: the
 * subgraph URLs (PARTNERS_URL, ...), INTERNAL_SECRET, limits. Resolves once it answers
 * its health check; rejects with its output if it exits first or is not up in 60 s.
 */
export async function startHiveGateway(options: {
  supergraphPath: string;
  port: number;
  env?: NodeJS.ProcessEnv;
}): Promise<RunningHiveGateway> {
  const cli = await ensureHiveGateway();
  const { HOST: _host, PORT: _port, ...inherited } = process.env; // the CLI reads these: the flags below decide
  const child = spawn(
    process.execPath,
    [cli, "supergraph", options.supergraphPath, "--config-path", CONFIG, "--host", "127.0.0.1", "--port", String(options.port)],
    { cwd: HIVE_DIR, env: { ...inherited, ...options.env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-8_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const base = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 60_000;
  while (!(await answers(`${base}/healthcheck`))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Hive Gateway exited (${child.exitCode ?? child.signalCode}) before serving:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`Hive Gateway did not answer on ${base} within 60 s:\n${output}`);
    }
    await sleep(200);
  }
  return { url: `${base}/graphql`, stop: () => stopChild(child) };
}
