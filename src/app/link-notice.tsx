import { lazy, Suspense } from "react";
import { useAppStore } from "../state/store.ts";

// The wording of every problem loads only for a link that has one: most links are clean.
const LinkNoticeList = lazy(() =>
  import("./link-notice-list.tsx").then((m) => ({ default: m.LinkNoticeList })),
);

/** Says which settings of the opened link were not understood and what was used instead. */
export function LinkNotice() {
  const problems = useAppStore((s) => s.linkProblems);
  if (problems.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <LinkNoticeList problems={problems} />
    </Suspense>
  );
}
