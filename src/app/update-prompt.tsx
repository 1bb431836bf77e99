import { useEffect, useState } from "react";
import { afterPaint } from "./after-paint.ts";

/**
 * Starts the service worker once the first screen is painted (its code loads only then) and,
 * when a new version is waiting, offers to reload: the link keeps the state, so nothing is lost.
 * The status region is there, empty, from the start, so screen readers announce the offer.
 */
export function UpdatePrompt() {
  const [reload, setReload] = useState<(() => void) | null>(null);
  useEffect(
    () =>
      afterPaint(() => {
        import("./service-worker.ts")
          .then(({ registerServiceWorker }) =>
            registerServiceWorker((next) => setReload(() => next)),
          )
          .catch(() => {
            // Without its chunk the page works as before, only not offline.
          });
      }),
    [],
  );
  return (
    <div role="status">
      {reload ? (
        <div className="update-notice">
          <p>A new version is available.</p>
          <button type="button" className="primary" onClick={reload}>
            Reload
          </button>
        </div>
      ) : null}
    </div>
  );
}
