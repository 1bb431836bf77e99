/**
 * The baseline for `npm run budget` and `npm run audit`: the smallest React 19 page, built by
 * the same Vite toolchain as the app. The app's budgets are expressed relative to it.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <h1>Hello</h1>
    </StrictMode>,
  );
}
