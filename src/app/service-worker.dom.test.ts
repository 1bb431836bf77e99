import type { RegisterSWOptions } from "virtual:pwa-register";
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from "vitest";
import { registerServiceWorker } from "./service-worker.ts";

const registerSW = vi.hoisted(() => vi.fn());
vi.mock("virtual:pwa-register", () => ({ registerSW }));

/** The browser's service worker container, with a registration whose waiting worker tests set. */
const container = Object.assign(new EventTarget(), {
  waiting: null as object | null,
  getRegistration: async () => ({ waiting: container.waiting }),
});

let activateWaiting: Mock<() => Promise<void>>;
let reloadPage: Mock<() => void>;
let onUpdate: Mock<(reload: () => void) => void>;

/** Registers, and returns the options the page gave the plugin's registerSW. */
function register(): RegisterSWOptions {
  registerServiceWorker(onUpdate, reloadPage);
  expect(registerSW).toHaveBeenCalledTimes(1);
  return registerSW.mock.calls[0]?.[0] as RegisterSWOptions;
}

/** The reload function the page was handed with the offer of a new version. */
function offeredReload(): () => void {
  expect(onUpdate).toHaveBeenCalledTimes(1);
  const reload = onUpdate.mock.calls[0]?.[0];
  if (!reload) throw new Error("no reload was offered");
  return reload;
}

beforeEach(() => {
  activateWaiting = vi.fn(async () => {});
  reloadPage = vi.fn();
  onUpdate = vi.fn();
  registerSW.mockReset().mockReturnValue(activateWaiting);
  container.waiting = {};
  Object.defineProperty(navigator, "serviceWorker", { value: container, configurable: true });
});

afterEach(() => {
  Reflect.deleteProperty(navigator, "serviceWorker");
  for (const link of document.querySelectorAll('link[rel="manifest"]')) link.remove();
});

describe("registerServiceWorker", () => {
  it("links the web manifest once", () => {
    expect(document.querySelector('link[rel="manifest"]')).toBeNull();
    register();
    registerServiceWorker(onUpdate, reloadPage);
    const links = document.head.querySelectorAll('link[rel="manifest"]');
    expect([...links].map((link) => link.getAttribute("href"))).toEqual(["/manifest.webmanifest"]);
  });

  it("offers a reload only once a new version is waiting", () => {
    const options = register();
    expect(onUpdate).not.toHaveBeenCalled();
    options.onNeedRefresh?.();
    expect(offeredReload()).toEqual(expect.any(Function));
    expect(activateWaiting).not.toHaveBeenCalled();
    expect(reloadPage).not.toHaveBeenCalled();
  });

  it("lets the waiting version take over when asked, and reloads once it controls the page", async () => {
    register().onNeedRefresh?.();
    offeredReload()();
    await vi.waitFor(() => expect(activateWaiting).toHaveBeenCalledTimes(1));
    expect(reloadPage).not.toHaveBeenCalled();
    container.dispatchEvent(new Event("controllerchange"));
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });

  it("does not reload when the new version takes over unasked (another tab's reload)", () => {
    const options = register();
    options.onNeedRefresh?.();
    // Given, the plugin calls this instead of reloading the page itself.
    expect(options.onNeedReload).toEqual(expect.any(Function));
    options.onNeedReload?.();
    container.dispatchEvent(new Event("controllerchange"));
    expect(reloadPage).not.toHaveBeenCalled();
  });

  it("reloads at once when the new version already took over from another tab", async () => {
    register().onNeedRefresh?.();
    container.waiting = null;
    offeredReload()();
    await vi.waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1));
    expect(activateWaiting).not.toHaveBeenCalled();
  });
});
