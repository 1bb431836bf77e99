import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser.ts";
import { waitForSettled } from "./settle.ts";

/** A4 is 210 × 297 mm; print.css sets 12 mm margins. In CSS pixels, 96 to the inch. */
const MM = 96 / 25.4;
const PAGE_WIDTH = Math.floor((210 - 24) * MM);

const WEIGHTS =
  "performance=4&scalability=4&realtime=5&orm=3&learning=2&productivity=3&ecosystem=3&security=3&flexibility=2";

/** A link to each view that prints, as people share them, and what shows that it has drawn. */
const VIEWS = {
  results: {
    link: `?v=1&${WEIGHTS}&view=results&compare=django,rails&score=django.realtime.5`,
    ready: 'ol[aria-label="Ranking"] > li',
  },
  matrix: {
    link: `?v=1&${WEIGHTS}&view=matrix&sort=realtime:desc`,
    ready: "table.matrix-table tbody tr",
  },
  compare: {
    link: `?v=1&${WEIGHTS}&view=compare&compare=django,rails,phoenix,laravel`,
    ready: "table.compare-table tbody tr",
  },
  team: {
    link: "?v=1&view=team&m=543233422.python-ruby.Ana&m=335244231..Ben",
    ready: 'ol[aria-label="Team ranking"] > li',
  },
  about: { link: `?v=1&${WEIGHTS}&view=about`, ready: ".criterion-rubric" },
} as const;

type ViewName = keyof typeof VIEWS;

/** Counts the pages of a PDF: its page objects ("/Type /Page", not the "/Pages" tree). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

/** Relative luminance (WCAG) of every given CSS colour, read back from a canvas pixel. */
const LUMINANCE_SCRIPT = `
  window.__luminance = (color) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, 1, 1);
    context.fillStyle = color;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    const channel = (v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
`;

describe("printing each view", () => {
  const { open } = useBrowser();

  /** Opens a view in dark mode at the width of an A4 page's content, then switches to print. */
  async function openForPrint(view: ViewName, storedTheme = false): Promise<Page> {
    const page = await open(VIEWS[view].link, {
      viewport: { width: PAGE_WIDTH, height: 1000 },
      colorScheme: "dark",
      beforeNavigate: async (p) => {
        if (storedTheme) {
          await p.addInitScript(() => localStorage.setItem("framework-fit:theme", "dark"));
        }
      },
    });
    await page.locator(VIEWS[view].ready).first().waitFor();
    await waitForSettled(page);
    await page.evaluate(LUMINANCE_SCRIPT);
    // On screen the page is dark: what follows is print's doing.
    expect(await bodyLuminance(page)).toBeLessThan(0.1);
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    return page;
  }

  function bodyLuminance(page: Page): Promise<number> {
    return page.evaluate(() => {
      const luminance = (window as any).__luminance as (color: string) => number;
      return luminance(getComputedStyle(document.body).backgroundColor);
    });
  }

  /** Buttons, fields, menus and navigation a reader could see on the page. */
  function visibleControls(page: Page): Promise<string[]> {
    return page.evaluate(() =>
      [
        ...document.querySelectorAll(
          "button, input, select, textarea, nav, [role=button], [role=slider], .skip-link",
        ),
      ]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          const shown = element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
          return shown && box.width > 0 && box.height > 0;
        })
        .map((element) => `${element.tagName.toLowerCase()} "${element.textContent?.trim()}"`),
    );
  }

  /** Visible text whose colour has less than 4.5:1 contrast against the white page. */
  function faintText(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const luminance = (window as any).__luminance as (color: string) => number;
      const faint: string[] = [];
      for (const element of document.querySelectorAll("#root *")) {
        const ownText = [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
        );
        if (!ownText || !element.checkVisibility({ checkVisibilityCSS: true })) continue;
        const contrast = 1.05 / (luminance(getComputedStyle(element).color) + 0.05);
        if (contrast < 4.5) faint.push(`${element.tagName} "${element.textContent?.trim()}"`);
      }
      return faint.slice(0, 5);
    });
  }

  /** Tables, or cells in them, wider than the page or than the box that holds them. */
  function overflowingTables(page: Page, pageWidth: number): Promise<string[]> {
    return page.evaluate((width) => {
      const problems: string[] = [];
      if (document.documentElement.scrollWidth > width) {
        problems.push(`the page is ${document.documentElement.scrollWidth}px wide`);
      }
      for (const table of document.querySelectorAll("main table")) {
        if (!table.checkVisibility()) continue;
        const name = table.querySelector("caption")?.textContent?.trim() ?? table.className;
        const box = table.parentElement;
        if (table.getBoundingClientRect().right > width + 0.5) {
          problems.push(`"${name}" ends at ${table.getBoundingClientRect().right}px`);
        }
        if (box && box.scrollWidth > box.clientWidth + 1) {
          problems.push(`"${name}" is ${box.scrollWidth}px in a ${box.clientWidth}px box`);
        }
        for (const cell of table.querySelectorAll("th, td")) {
          if (cell.scrollWidth > cell.clientWidth + 1) {
            problems.push(`a cell of "${name}" overflows: "${cell.textContent?.trim()}"`);
          }
        }
      }
      return problems.slice(0, 5);
    }, pageWidth);
  }

  async function expectPrintable(page: Page): Promise<void> {
    expect(await visibleControls(page)).toEqual([]);
    expect(await bodyLuminance(page)).toBeGreaterThan(0.95);
    expect(await faintText(page)).toEqual([]);
    expect(await overflowingTables(page, PAGE_WIDTH)).toEqual([]);
  }

  it.each(Object.keys(VIEWS) as ViewName[])(
    "prints %s without controls, dark on white, within the page width",
    async (view) => {
      const page = await openForPrint(view);
      await expectPrintable(page);
      // Content stays: the view's own heading and its main list or table.
      await expect(page.locator("main h2").first().isVisible()).resolves.toBe(true);
      await expect(page.locator(VIEWS[view].ready).first().isVisible()).resolves.toBe(true);
    },
  );

  it("prints every team member's name and the team's weights", async () => {
    const page = await openForPrint("team");
    for (const name of ["Ana", "Ben"]) {
      const shown = page.locator(".team-member-name", { hasText: name });
      await expect(shown.isVisible()).resolves.toBe(true);
    }
    await expect(page.locator("table.team-table").isVisible()).resolves.toBe(true);
  });

  it("prints results in the light palette when dark mode was chosen in the app, with bars in ink", async () => {
    const page = await openForPrint("results", true);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await expectPrintable(page);
    const items = page.locator('ol[aria-label="Ranking"] > li');
    const count = await items.count();
    for (let i = 0; i < count; i += 1) {
      await expect(items.nth(i).isVisible()).resolves.toBe(true);
    }
    const bars = await page.evaluate(() => {
      const luminance = (window as any).__luminance as (color: string) => number;
      const drawn = ".why-bars .bar > span, .glance-bar > span";
      return [...document.querySelectorAll(drawn)].map((bar) => {
        const style = getComputedStyle(bar);
        return {
          shown: bar.checkVisibility({ checkVisibilityCSS: true }),
          width: bar.getBoundingClientRect().width,
          exact: style.printColorAdjust,
          ink: luminance(style.backgroundColor),
        };
      });
    });
    // A bar on each card and one on each line of the glance.
    expect(bars.length).toBeGreaterThanOrEqual(2 * count);
    for (const bar of bars) {
      expect(bar).toMatchObject({ shown: true, exact: "exact" });
      expect(bar.width).toBeGreaterThan(0);
      expect(bar.ink).toBeLessThan(0.3);
    }
  });

  it("marks the best of each compare row with a word in a border, not with colour alone", async () => {
    const page = await openForPrint("compare");
    const badges = page.locator(".compare-table td.best .best-badge");
    expect(await badges.count()).toBeGreaterThan(0);
    const marks = await badges.evaluateAll((elements) =>
      elements.map((badge) => {
        const style = getComputedStyle(badge);
        const cell = getComputedStyle(badge.closest("td") as Element);
        return {
          text: badge.textContent,
          shown: badge.checkVisibility({ checkVisibilityCSS: true }),
          border: style.borderTopStyle,
          cellEdge: Number.parseFloat(cell.borderLeftWidth),
        };
      }),
    );
    for (const mark of marks) {
      expect(mark).toMatchObject({ text: "Best", shown: true, border: "solid" });
      expect(mark.cellEdge).toBeGreaterThanOrEqual(2);
    }
  });

  it("fits the results' top five, with their reasons, on two A4 pages", async () => {
    const page = await openForPrint("results");
    const topFive = page.locator('ol[aria-label="Ranking"] > li').filter({ visible: true });
    for (let i = 0; i < 5; i += 1) {
      const item = topFive.nth(i);
      await expect(item.locator(".why").first().isVisible()).resolves.toBe(true);
      await expect(item.locator(".why-bars li").first().isVisible()).resolves.toBe(true);
    }
    const whole = await page.pdf({ format: "A4", preferCSSPageSize: true });
    // The same print with everything after the fifth framework left out: what precedes the
    // sixth must fit on two pages.
    await page.evaluate(() => {
      const ranking = document.querySelector('ol[aria-label="Ranking"]');
      const hide = (element: Element) => {
        (element as HTMLElement).style.display = "none";
      };
      for (const item of [...(ranking?.children ?? [])].slice(5)) hide(item);
      let next = ranking?.nextElementSibling;
      for (; next; next = next.nextElementSibling) hide(next);
      const side = document.querySelector(".results-side");
      if (side) hide(side);
    });
    expect(await topFive.count()).toBe(5);
    const firstFive = await page.pdf({ format: "A4", preferCSSPageSize: true });
    expect(pdfPageCount(firstFive)).toBeGreaterThanOrEqual(1);
    expect(pdfPageCount(firstFive)).toBeLessThanOrEqual(2);
    expect(pdfPageCount(whole)).toBeGreaterThanOrEqual(pdfPageCount(firstFive));
  });
});
