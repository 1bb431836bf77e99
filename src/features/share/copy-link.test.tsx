import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { resetAppStore, setWeight, toggleLanguage } from "../../state/store.ts";
import { FIXTURE_DATASET, NEWCOMER_SPEC, withFramework } from "../../testing/fixtures.ts";
import { renderWithData } from "../../testing/render-with-data.tsx";
import { CopyLink } from "./copy-link.tsx";

beforeEach(resetAppStore);

/** Replaces the clipboard (after userEvent.setup(), which installs its own). */
function mockClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
}

describe("CopyLink", () => {
  it("copies the link to the current state and says so until the state changes", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn((_text: string) => Promise.resolve());
    mockClipboard(writeText);
    renderWithData(<CopyLink />);
    act(() => setWeight("realtime", 5));
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(writeText).toHaveBeenCalledOnce();
    expect(new URL(writeText.mock.calls[0]?.[0] ?? "").searchParams.get("realtime")).toBe("5");
    expect(screen.getByRole("status")).toHaveTextContent("Link copied");
    act(() => setWeight("realtime", 4));
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
  });

  it("puts a language that only a newly added framework uses into the link", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn((_text: string) => Promise.resolve());
    mockClipboard(writeText);
    renderWithData(<CopyLink />, withFramework(FIXTURE_DATASET, NEWCOMER_SPEC));
    act(() => toggleLanguage("gleam"));
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(new URL(writeText.mock.calls[0]?.[0] ?? "").searchParams.get("lang")).toBe("gleam");
  });

  it("shows the link selected for copying by hand when the clipboard refuses", async () => {
    const user = userEvent.setup();
    mockClipboard(() => Promise.reject(new DOMException("Denied", "NotAllowedError")));
    renderWithData(<CopyLink />);
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    const field = await screen.findByRole("textbox", { name: "Link to these results" });
    expect((field as HTMLInputElement).value).toMatch(/^http:\/\/localhost(:\d+)?\/\?v=1/);
    expect(screen.getByRole("status")).toHaveTextContent(/Copying was blocked/);
  });
});
