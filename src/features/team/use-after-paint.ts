import { useEffect, useState } from "react";

/**
 * `compute()` worked out after the frame that shows its inputs has painted, so a click that
 * changes them paints at once; `undefined` until the first result. Pass a memoised function:
 * it runs again whenever it changes.
 */
export function useAfterPaint<T>(compute: () => T): T | undefined {
  const [result, setResult] = useState<T | undefined>(undefined);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setResult(compute()), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [compute]);
  return result;
}
