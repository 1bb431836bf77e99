import { type ReactNode, useEffect, useState } from "react";
import { afterPaint } from "./after-paint.ts";

/**
 * Shows `fallback` first and `children` once that first rendering is on screen, so what is
 * already there paints before a lazily loaded view starts downloading.
 */
export function AfterFirstPaint({
  fallback,
  children,
}: {
  fallback: ReactNode;
  children: ReactNode;
}) {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterPaint(() => setPainted(true)), []);
  return <>{painted ? children : fallback}</>;
}
