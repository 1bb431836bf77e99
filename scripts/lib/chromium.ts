/**
 * Starts a headless Chromium with a DevTools port for Lighthouse to connect to (what
 * chrome-launcher does, minus the dependency). The port is picked by Chromium itself
 * (`--remote-debugging-port=0`) and read back from DevToolsActivePort, so there is no race.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** chrome-launcher's defaults for quiet, repeatable runs, plus container-friendly flags. */
export const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--no-default-browser-check",
  "--disable-default-apps",
  "--disable-extensions",
  "--disable-component-extensions-with-background-pages",
  "--disable-client-side-phishing-detection",
  "--disable-background-timer-throttling",
  "--disable-backgrounding-occluded-windows",
  "--disable-renderer-backgrounding",
  "--disable-ipc-flooding-protection",
  "--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,CalculateNativeWinOcclusion,InterestFeedContentSuggestions,CertificateTransparencyComponentUpdater,AutofillServerCommunication,PrivacySandboxSettings4",
  "--metrics-recording-only",
  "--mute-audio",
  "--password-store=basic",
  "--use-mock-keychain",
];

export interface RunningChromium {
  /** The DevTools port (pass it to Lighthouse as `{ port }`). */
  port: number;
  pid: number | undefined;
  /** Stops this Chromium (SIGTERM, then SIGKILL after a grace period) and removes its profile. */
  close(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once("exit", () => done()));
}

export async function launchChromium(
  executablePath: string,
  { timeoutMs = 30_000, extraFlags = [] as string[] } = {},
): Promise<RunningChromium> {
  const profile = await mkdtemp(join(tmpdir(), "framework-fit-chromium-"));
  const child = spawn(
    executablePath,
    [
      ...CHROMIUM_FLAGS,
      ...extraFlags,
      "--remote-debugging-address=127.0.0.1",
      "--remote-debugging-port=0",
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const spawnError = new Promise<never>((_, fail) => child.once("error", fail));
  spawnError.catch(() => {});

  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timedOut = await Promise.race([
        exited(child).then(() => false),
        sleep(5_000).then(() => true),
      ]);
      if (timedOut) child.kill("SIGKILL");
      await exited(child);
    }
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
  };

  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `Chromium exited early (${child.exitCode ?? child.signalCode}):\n${stderr}`,
        );
      }
      const port = await readFile(join(profile, "DevToolsActivePort"), "utf8")
        .then((text) => Number(text.split("\n")[0]))
        .catch(() => 0);
      if (port > 0) {
        const ready = await fetch(`http://127.0.0.1:${port}/json/version`)
          .then((response) => response.ok)
          .catch(() => false);
        if (ready) return { port, pid: child.pid, close };
      }
      if (Date.now() > deadline) throw new Error(`Chromium did not open DevTools:\n${stderr}`);
      await Promise.race([sleep(100), spawnError]);
    }
  } catch (error) {
    await close();
    throw error;
  }
}
