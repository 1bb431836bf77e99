import { type ReactNode, useEffect, useState } from "react";

/**
 * Shows `fallback` for the first frame and `children` right after it has been painted, so what
 * is already on screen paints before a lazily loaded view starts downloading.
 */
export function AfterFirstPaint({
  fallback,
  children,
}: {
  fallback: ReactNode;
  children: ReactNode;
}) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return <>{painted ? children : fallback}</>;
}
