import { registerSW } from "virtual:pwa-register";

/**
 * Links the web manifest (public/manifest.webmanifest), which makes the app installable. It is
 * linked now rather than in index.html because browsers fetch a linked manifest, and an icon,
 * while the page loads, in the way of its first paint.
 */
export function linkManifest(): void {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement("link");
  link.rel = "manifest";
  link.href = `${import.meta.env.BASE_URL}manifest.webmanifest`;
  document.head.append(link);
}

/**
 * Links the manifest, registers the service worker that keeps the app working offline, and hands
 * `onUpdate` a reload function when a new deploy is waiting. Loaded lazily, after the first paint.
 *
 * The page reloads only when that function is called, never by itself in the middle of a task:
 * the function lets the waiting version take over and reloads once it controls the page (or at
 * once, if another tab's reload already made it take over). Every tab with the offer keeps it.
 */
export function registerServiceWorker(
  onUpdate: (reload: () => void) => void,
  reloadPage: () => void = () => window.location.reload(),
): void {
  linkManifest();
  const activateWaiting = registerSW({
    onNeedRefresh: () => onUpdate(() => void reload()),
    // The plugin would reload every open tab here, as the new version takes over.
    onNeedReload: () => {},
  });

  async function reload() {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration?.waiting) {
      reloadPage();
      return;
    }
    navigator.serviceWorker.addEventListener("controllerchange", () => reloadPage(), {
      once: true,
    });
    await activateWaiting();
  }
}
