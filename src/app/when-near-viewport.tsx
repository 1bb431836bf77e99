import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * Renders `children` once its reserved space comes within `margin` of the viewport, so heavy
 * below-the-fold parts (the charts) load only when someone is about to see them.
 */
export function WhenNearViewport({
  className,
  margin = "600px",
  children,
}: {
  /** Gives the placeholder its height, so nothing jumps when the content arrives. */
  className: string;
  margin?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);

  if (near) return <>{children}</>;
  return <div ref={ref} className={`chart-space ${className}`} aria-hidden="true" />;
}
