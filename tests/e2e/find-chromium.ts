import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const KNOWN_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

const HOW_TO_GET_ONE =
  "No Chromium found. Set CHROME_PATH to a Chromium or Chrome binary, or install one " +
  "(Debian/Ubuntu: `sudo apt-get install chromium`). Browsers are never downloaded by these tests.";

const isDebian = () => existsSync("/etc/debian_version");
const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** Finds a system Chromium: CHROME_PATH, then the usual paths; installs Debian's package as root. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist. ${HOW_TO_GET_ONE}`);
  }
  const found = KNOWN_PATHS.find((path) => existsSync(path));
  if (found) return found;
  if (isDebian() && isRoot()) {
    installDebianChromium();
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(HOW_TO_GET_ONE);
}

function installDebianChromium(): void {
  const release = readFileSync("/etc/debian_version", "utf8").trim();
  process.stderr.write(`Installing Debian's chromium package (Debian ${release})...\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "chromium"], { stdio: "inherit", env });
}
