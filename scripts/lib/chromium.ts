/**
 * Which Chromium the browser tests, benchmarks, screenshots and Lighthouse use, and how they
 * start it. Always a system Chromium (never a download); one list of flags for every launcher;
 * chrome-launcher for tools that connect to a DevTools port (Lighthouse).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { launch } from "chrome-launcher";

/**
 * The flags every launcher adds to its own defaults (Playwright's and chrome-launcher's already
 * keep Chromium quiet): run as root in a container, without a GPU, with no traffic of its own.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Playwright picks the headless mode itself; chrome-launcher needs it spelled out. */
const HEADLESS_FLAG = "--headless=new";

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

export interface RunningChromium {
  /** The DevTools port (pass it to Lighthouse as `{ port }`). */
  port: number;
  pid: number;
  /** Stops this Chromium and removes its temporary profile. */
  close(): Promise<void>;
}

const POLL_MS = 100;

/** Starts a headless Chromium with a DevTools port on 127.0.0.1, through chrome-launcher. */
export async function launchChromium(
  chromePath: string = findChromium(),
  { timeoutMs = 30_000, extraFlags = [] as readonly string[] } = {},
): Promise<RunningChromium> {
  const chrome = await launch({
    chromePath,
    chromeFlags: [HEADLESS_FLAG, ...CHROMIUM_FLAGS, ...extraFlags],
    // The caller cleans up on a signal; chrome-launcher's own handler would exit before it could.
    handleSIGINT: false,
    logLevel: "error",
    connectionPollInterval: POLL_MS,
    maxConnectionRetries: Math.ceil(timeoutMs / POLL_MS),
  });
  const child = chrome.process;
  const exited = new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once("exit", () => done());
  });
  return {
    port: chrome.port,
    pid: chrome.pid,
    close: async () => {
      chrome.kill();
      await exited;
    },
  };
}
