import { type ReactNode, Suspense, useEffect, useRef, useState } from "react";

/** An empty box of a class's reserved height (styles.css), so nothing jumps when content arrives. */
function ReservedSpace({ className }: { className: string }) {
  return <div className={`chart-space ${className}`} aria-hidden="true" />;
}

/** Lazily loaded `children`, with their reserved space kept until they have loaded. */
export function LazySpace({ className, children }: { className: string; children: ReactNode }) {
  return <Suspense fallback={<ReservedSpace className={className} />}>{children}</Suspense>;
}

/**
 * Renders `children` once its reserved space comes within `margin` of the viewport, so heavy
 * below-the-fold parts (the charts, the decision tools) load only when someone is about to see
 * them; the space stays reserved until they have loaded.
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

  if (near) return <LazySpace className={className}>{children}</LazySpace>;
  return <div ref={ref} className={`chart-space ${className}`} aria-hidden="true" />;
}
