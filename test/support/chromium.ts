import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's Chromium, which the browser tests drive. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Installs Debian's Chromium when it is missing and this run may (root, apt-get): the browser
 * CORS test needs it. Without it that test's checks run over HTTP only.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM) || process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) return;
  process.stderr.write("Installing Debian's chromium for the browser tests...\n");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "ignore", env, timeout: 300_000 });
  const install =
    update.status === 0
      ? spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "ignore", env, timeout: 600_000 })
      : update;
  if (install.status !== 0) process.stderr.write("chromium could not be installed; the CORS test runs over HTTP only\n");
}
