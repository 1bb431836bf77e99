import { Component, createContext, createRef, type ReactNode } from "react";

/** How long an item slides to its new place: short, so quick key presses rarely overlap. */
const SLIDE_MS = 140;
/** Items marked with this attribute slide; nested ones slide relative to their marked parent. */
const ITEM = "[data-flip]";

/** Where each measured item's box was, from the top of the window. */
type Tops = Map<Element, { top: number; bottom: number }>;

/** The slide each item is in, if any, so a new one can replace it. */
const slides = new WeakMap<Element, Animation>();

interface FlipGroupProps {
  className: string;
  /** When any of these differ from the last render, items that moved slide (compared by identity). */
  watch: readonly unknown[];
  /** When this differs from the last render the layout changed on purpose: nothing slides. */
  layoutKey: unknown;
  children: ReactNode;
}

/**
 * For a part of the group that re-renders on its own (not through the group's parent): called in
 * the same update, it makes the group measure before that update commits, so what it pushes
 * slides too. Null outside a group.
 */
export const FlipRequestContext = createContext<(() => void) | null>(null);

const canSlide = () =>
  typeof Element.prototype.animate === "function" &&
  !window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;

const changed = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length !== b.length || a.some((value, i) => !Object.is(value, b[i]));

/** The marked item an item moves with, if any. */
const parentItem = (item: Element, container: Element) => {
  const parent = item.parentElement?.closest(ITEM);
  return parent && container.contains(parent) ? parent : null;
};

const onScreen = (box: { top: number; bottom: number }) =>
  box.bottom > 0 && box.top < window.innerHeight;

/**
 * Where the marked items are. Items nested in a parent off screen are left out: they cannot
 * shift anything the reader sees, and measuring them would lay out cards the browser skips.
 */
function measure(container: Element): Tops {
  const tops: Tops = new Map();
  for (const item of container.querySelectorAll(ITEM)) {
    const parent = parentItem(item, container);
    const parentBox = parent ? tops.get(parent) : undefined;
    if (parent && !(parentBox && onScreen(parentBox))) continue;
    const { top, bottom } = item.getBoundingClientRect();
    tops.set(item, { top, bottom });
  }
  return tops;
}

/**
 * Starts each moved item at its old place and slides it to its new one. An item off screen
 * both before and after simply takes its place: a slide nobody sees would only cost frames.
 */
function slide(container: Element, before: Tops): void {
  const items = [...container.querySelectorAll<HTMLElement>(ITEM)].filter((i) => before.has(i));
  for (const item of items) slides.get(item)?.cancel();
  const after: Tops = new Map(
    items.map((item) => {
      const { top, bottom } = item.getBoundingClientRect();
      return [item, { top, bottom }];
    }),
  );
  for (const item of items) {
    const was = before.get(item);
    const now = after.get(item);
    if (!was || !now || !(onScreen(was) || onScreen(now))) continue;
    let offset = was.top - now.top;
    const parent = parentItem(item, container);
    if (parent) {
      const parentWas = before.get(parent);
      const parentNow = after.get(parent);
      if (!parentWas || !parentNow) continue;
      offset -= parentWas.top - parentNow.top;
    }
    if (Math.abs(offset) < 1) continue;
    slides.set(
      item,
      item.animate([{ transform: `translateY(${offset}px)` }, { transform: "none" }], {
        duration: SLIDE_MS,
        easing: "ease-out",
      }),
    );
  }
}

/**
 * A block whose `data-flip` items slide from where they were to where a re-render puts them
 * (FLIP), instead of jumping: a re-ordered ranking, or cards pushed down by a longer text.
 * Browsers do not count a move made good by a transform as a layout shift. With reduced motion
 * the items simply take their new places.
 */
export class FlipGroup extends Component<FlipGroupProps> {
  private readonly box = createRef<HTMLDivElement>();
  private requested = false;
  /**
   * Where the items were last painted: measured at the first update in a task, before it changes
   * anything, and kept for the task's other updates, which may have moved them already.
   */
  private painted: { time: CSSNumberish | null; tops: Tops } | null = null;
  /** Re-renders only the group itself: its children are the same elements, so React skips them. */
  private readonly request = () => {
    this.requested = true;
    this.forceUpdate();
  };

  private topsAsPainted(container: Element): Tops {
    // The document timeline's time moves on between tasks, never within one.
    const time = document.timeline?.currentTime ?? null;
    if (!this.painted || this.painted.time !== time)
      this.painted = { time, tops: measure(container) };
    return this.painted.tops;
  }

  override getSnapshotBeforeUpdate(previous: FlipGroupProps): Tops | null {
    const container = this.box.current;
    const requested = this.requested;
    this.requested = false;
    if (!container || !canSlide()) return null;
    const tops = this.topsAsPainted(container);
    if (previous.layoutKey !== this.props.layoutKey) return null;
    return requested || changed(previous.watch, this.props.watch) ? tops : null;
  }

  override componentDidUpdate(_props: FlipGroupProps, _state: unknown, before: Tops | null) {
    // Measuring the new places lays the page out now rather than at the next frame: no extra
    // work, and that frame already shows each item on its way.
    const container = this.box.current;
    if (container && before) slide(container, before);
  }

  override render() {
    return (
      <FlipRequestContext value={this.request}>
        <div ref={this.box} className={this.props.className}>
          {this.props.children}
        </div>
      </FlipRequestContext>
    );
  }
}
