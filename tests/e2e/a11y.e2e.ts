import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type OpenOptions, useBrowser } from "./browser.ts";
import { waitForSettled } from "./settle.ts";

const WEIGHTS =
  "v=1&performance=3&scalability=3&realtime=2&orm=3&learning=3&productivity=3&ecosystem=4&security=4&flexibility=2";
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const MAX_TAB_STOPS = 40;
const MIN_TARGET = 24;

interface ViewCase {
  name: string;
  path: string;
  /** Selector of the view's content, waited for before checking. */
  ready: string;
  /** Whether the view draws charts whose figures are waited for. */
  charts: boolean;
}

const VIEWS: ViewCase[] = [
  { name: "quiz", path: "", ready: "fieldset legend", charts: false },
  {
    name: "results",
    path: `?${WEIGHTS}&view=results`,
    ready: 'ol[aria-label="Ranking"] > li',
    charts: true,
  },
  {
    // Two frameworks chosen for compare, so the compare tray is on the page too.
    name: "matrix",
    path: `?${WEIGHTS}&view=matrix&compare=django,flask`,
    // A table on wide screens, a card per framework on phones.
    ready: "main table, main .matrix-cards",
    charts: false,
  },
  {
    name: "compare",
    path: `?${WEIGHTS}&view=compare&compare=django,rails,phoenix`,
    // A table on a wide screen, the rows stacked on a phone.
    ready: "main table, main .compare-stack",
    charts: true,
  },
];

/** Each view is checked in both colour schemes, and on the narrowest phone (WCAG 1.4.10). */
const SETTINGS: { label: string; options: OpenOptions }[] = [
  { label: "light", options: { colorScheme: "light" } },
  { label: "dark", options: { colorScheme: "dark" } },
  {
    label: "light, 320 px wide",
    options: { colorScheme: "light", viewport: { width: 320, height: 720 } },
  },
];

/** Waits for the view's content and, where it has charts, for every one of them to be drawn. */
async function waitForView(page: Page, view: ViewCase): Promise<void> {
  await page.locator(view.ready).first().waitFor();
  if (view.charts) {
    // Charts below the fold load when scrolled near: bring their reserved space into view.
    // In one step in the page, once there: the placeholder is replaced by its chart as it loads.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const space = document.querySelector(".chart-space, figure");
          space?.scrollIntoView();
          return space !== null;
        }),
      )
      .toBe(true);
    const figures = page.locator("figure");
    await figures.first().waitFor({ timeout: 15_000 });
    await expect
      .poll(
        () =>
          figures.evaluateAll(
            (all) => all.filter((figure) => !figure.querySelector("svg.recharts-surface")).length,
          ),
        { timeout: 15_000, message: "charts without a drawing" },
      )
      .toBe(0);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  // Colours are measured at rest: no lazy chunk still arriving, no transition running.
  await waitForSettled(page);
}

/** Shows every chart's data table, so its table and scroll region are checked too. */
async function expandDataTables(page: Page): Promise<void> {
  const collapsed = page.locator('button.chart-table-toggle[aria-expanded="false"]');
  const count = await collapsed.count();
  for (let i = 0; i < count; i++) await collapsed.first().click();
  await expect.poll(() => collapsed.count()).toBe(0);
}

/** One line per violation and failing node, with what to fix. */
function describeViolations(
  violations: Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"],
): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ")}`,
        )
        .join("\n");
      return `${v.id} (${v.impact ?? "no impact"}): ${v.help}\n  ${v.helpUrl}\n${nodes}`;
    })
    .join("\n\n");
}

interface FocusStop {
  label: string;
  indicator: boolean;
}

/** Tabs through up to `limit` stops and records whether each shows a focus indicator. */
async function tabThrough(page: Page, limit: number): Promise<FocusStop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: FocusStop[] = [];
  const seen = new Set<unknown>();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
      const path = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        path.unshift(
          `${node.tagName.toLowerCase()}:${[...(node.parentElement?.children ?? [])].indexOf(node)}`,
        );
      }
      const name =
        el.getAttribute("aria-label") ??
        (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null) ??
        el.textContent ??
        "";
      return {
        key: path.join(">"),
        label: `${el.tagName.toLowerCase()}: ${name.trim().slice(0, 60)}`,
        indicator: outline || shadow,
      };
    });
    if (!stop) continue;
    if (seen.has(stop.key)) break;
    seen.add(stop.key);
    stops.push({ label: stop.label, indicator: stop.indicator });
  }
  return stops;
}

/** Controls in the main content smaller than 24x24 CSS px (inline links in text are exempt). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = document.querySelectorAll<HTMLElement>(
      "main button, main input:not([type=hidden]), main select, main textarea, main a[href], main [role=button], main [tabindex]:not([tabindex='-1'])",
    );
    const small: string[] = [];
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered
      if (el.closest(".visually-hidden")) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none") continue;
      // WCAG 2.5.8: a link inside a sentence takes its size from the line of text.
      const inline = el.tagName === "A" && style.display === "inline";
      // A checkbox or radio inside its label is enlarged by the label.
      const label = el instanceof HTMLInputElement ? el.closest("label") : null;
      const target = label ? label.getBoundingClientRect() : box;
      if (inline) continue;
      if (target.width + 0.5 < min || target.height + 0.5 < min) {
        const name = el.getAttribute("aria-label") ?? el.textContent?.trim() ?? el.tagName;
        small.push(
          `${el.tagName.toLowerCase()} "${name.slice(0, 40)}" ${Math.round(target.width)}x${Math.round(target.height)}`,
        );
      }
    }
    return small;
  }, MIN_TARGET);
}

describe("accessibility (axe-core: WCAG 2.2 A and AA, and best practices)", () => {
  const { open } = useBrowser();

  for (const view of VIEWS) {
    for (const setting of SETTINGS) {
      it(`has no violations in the ${view.name} view, ${setting.label}`, async () => {
        const page = await open(view.path, setting.options);
        await waitForView(page, view);
        if (view.charts) await expandDataTables(page);
        const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(violations, describeViolations(violations)).toEqual([]);
      });
    }
  }
});

describe("keyboard focus, target size and motion", () => {
  const { open } = useBrowser();

  for (const view of VIEWS) {
    it(`shows a focus indicator on every stop in the ${view.name} view`, async () => {
      const page = await open(view.path);
      await waitForView(page, view);
      const stops = await tabThrough(page, MAX_TAB_STOPS);
      expect(stops.length).toBeGreaterThan(2);
      const missing = stops.filter((s) => !s.indicator).map((s) => s.label);
      expect(missing, `focused without a visible indicator:\n${missing.join("\n")}`).toEqual([]);
    });

    it(`has controls of at least 24x24 px in the ${view.name} view`, async () => {
      const page = await open(view.path);
      await waitForView(page, view);
      const small = await smallTargets(page);
      expect(small, `targets under ${MIN_TARGET}x${MIN_TARGET} px:\n${small.join("\n")}`).toEqual(
        [],
      );
    });
  }

  it("runs no transition or animation longer than 0.01 s with reduced motion", async () => {
    const page = await open(`?${WEIGHTS}&view=results`, { reducedMotion: "reduce" });
    await waitForView(page, VIEWS[1] as ViewCase);
    const slow = await page.evaluate(() => {
      const seconds = (value: string) =>
        Math.max(
          0,
          ...value.split(",").map((part) => {
            const v = part.trim();
            return v.endsWith("ms") ? Number.parseFloat(v) / 1000 : Number.parseFloat(v) || 0;
          }),
        );
      const sample = [
        ...document.querySelectorAll<HTMLElement>(
          "button, input, a, .card, .bar > span, .rank-item, figure, svg, svg *",
        ),
      ].slice(0, 400);
      const found: string[] = [];
      for (const el of sample) {
        const style = getComputedStyle(el);
        const transition =
          style.transitionProperty === "none" ? 0 : seconds(style.transitionDuration);
        const animation = style.animationName === "none" ? 0 : seconds(style.animationDuration);
        if (transition > 0.01 || animation > 0.01) {
          found.push(
            `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}: transition ${style.transitionDuration}, animation ${style.animationDuration}`,
          );
        }
      }
      const running = document
        .getAnimations()
        .filter((a) => {
          const timing = a.effect?.getComputedTiming();
          return a.playState === "running" && Number(timing?.duration ?? 0) > 10;
        })
        .map((a) => `${a.constructor.name} ${String(a.effect?.getComputedTiming().duration)} ms`);
      return { found, running, sampled: sample.length };
    });
    expect(slow.sampled).toBeGreaterThan(10);
    expect(slow.found, slow.found.join("\n")).toEqual([]);
    expect(slow.running, slow.running.join("\n")).toEqual([]);
  });
});
