import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { UpdatePrompt } from "./update-prompt.tsx";

const registerServiceWorker = vi.hoisted(() => vi.fn());
vi.mock("./service-worker.ts", () => ({ registerServiceWorker }));

describe("UpdatePrompt", () => {
  it("starts the service worker after the first paint and offers a waiting version", async () => {
    const user = userEvent.setup();
    render(<UpdatePrompt />);
    const region = screen.getByRole("status");
    expect(region).toBeEmptyDOMElement();
    expect(registerServiceWorker).not.toHaveBeenCalled();

    await vi.waitFor(() => expect(registerServiceWorker).toHaveBeenCalledTimes(1));
    expect(region).toBeEmptyDOMElement();

    const reload = vi.fn();
    const offer = registerServiceWorker.mock.calls[0]?.[0] as (reload: () => void) => void;
    act(() => offer(reload));
    expect(region).toHaveTextContent("A new version is available.");
    expect(reload).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Reload" }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
