import { startTransition, useEffect, useState } from "react";

/**
 * `value` once it has stayed the same for `delay` ms after the next paint (the first value at
 * once), applied in a transition. Costly views (charts, the leader insight) catch up this way
 * instead of delaying the paint of the key press or click that changed the value.
 */
export function useSettledValue<T>(value: T, delay: number, onSettle?: () => void): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame, then a task: the change that caused this paints before any catching up starts.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(
        () =>
          startTransition(() => {
            // In the same transition, so anything it asks for commits together with the value.
            onSettle?.();
            setSettled(value);
          }),
        delay,
      );
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, settled, delay, onSettle]);
  return settled;
}
