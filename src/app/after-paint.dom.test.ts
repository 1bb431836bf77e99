import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterPaint, framePainted, PAINT_REPORT_TIMEOUT_MS } from "./after-paint.ts";

/** A stand-in for the browser's PerformanceObserver that tests feed entries by hand. */
class FakeObserver {
  static supportedEntryTypes = ["largest-contentful-paint", "first-input"];
  static live: FakeObserver[] = [];
  observed: unknown[] = [];
  disconnected = false;
  constructor(private readonly report: (list: { getEntries(): { startTime: number }[] }) => void) {
    FakeObserver.live.push(this);
  }
  observe(options: unknown) {
    this.observed.push(options);
  }
  disconnect() {
    this.disconnected = true;
  }
  emit(...startTimes: number[]) {
    if (!this.disconnected)
      this.report({ getEntries: () => startTimes.map((startTime) => ({ startTime })) });
  }
}

let now = 1000;
let firstInputs: unknown[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  FakeObserver.live = [];
  now = 1000;
  firstInputs = [];
  vi.spyOn(performance, "now").mockImplementation(() => now);
  vi.spyOn(performance, "getEntriesByType").mockImplementation((type) =>
    type === "first-input" ? (firstInputs as PerformanceEntryList) : [],
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("afterPaint while the browser reports largest contentful paints", () => {
  beforeEach(() => vi.stubGlobal("PerformanceObserver", FakeObserver));

  it("waits for a paint report made after the call, ignoring earlier ones", () => {
    const callback = vi.fn();
    afterPaint(callback);
    const [observer] = FakeObserver.live;
    expect(observer?.observed).toEqual([{ type: "largest-contentful-paint", buffered: true }]);

    vi.advanceTimersByTime(50); // several frames: not enough on their own
    observer?.emit(400); // the prerendered page's paint, from before the call
    expect(callback).not.toHaveBeenCalled();

    observer?.emit(1016);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(observer?.disconnected).toBe(true);
    vi.advanceTimersByTime(PAINT_REPORT_TIMEOUT_MS);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it("goes on without a report after the timeout", () => {
    const callback = vi.fn();
    afterPaint(callback);
    vi.advanceTimersByTime(PAINT_REPORT_TIMEOUT_MS - 1);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(FakeObserver.live[0]?.disconnected).toBe(true);
  });

  it("does not wait for reports once the user has interacted (browsers stop sending them)", () => {
    firstInputs = [{ name: "pointerdown" }];
    const callback = vi.fn();
    afterPaint(callback);
    expect(FakeObserver.live).toEqual([]);
    vi.advanceTimersByTime(20);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it("never calls back once cancelled", () => {
    const callback = vi.fn();
    const cancel = afterPaint(callback);
    cancel();
    FakeObserver.live[0]?.emit(2000);
    vi.advanceTimersByTime(PAINT_REPORT_TIMEOUT_MS * 2);
    expect(callback).not.toHaveBeenCalled();
    expect(FakeObserver.live[0]?.disconnected).toBe(true);
  });
});

describe("afterPaint without paint reports", () => {
  it("calls back after the next frame, not before", () => {
    vi.stubGlobal("PerformanceObserver", undefined);
    const callback = vi.fn();
    afterPaint(callback);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(callback).toHaveBeenCalledTimes(1);
  });
});

describe("framePainted", () => {
  it("resolves on the second animation frame, once the first has been drawn", async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) =>
      frames.push(callback),
    );
    let done = false;
    const painted = framePainted().then(() => {
      done = true;
    });
    expect(frames).toHaveLength(1);
    frames.shift()?.(16);
    await Promise.resolve();
    expect(done).toBe(false);
    expect(frames).toHaveLength(1);
    frames.shift()?.(32);
    await painted;
    expect(done).toBe(true);
  });
});
