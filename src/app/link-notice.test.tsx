import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { decodeShareUrl } from "../state/share-url.ts";
import { loadShareState, resetAppStore } from "../state/store.ts";
import { LinkNotice } from "./link-notice.tsx";

beforeEach(resetAppStore);

describe("LinkNotice", () => {
  it("names each setting that was not understood, as text, and can be dismissed", async () => {
    const { state, problems } = decodeShareUrl(
      "?performance=99&lang=klingon&view=%3Cb%3Ebold%3C%2Fb%3E",
    );
    loadShareState(state, problems);
    const user = userEvent.setup();
    const { container } = render(<LinkNotice />);
    const notice = screen.getByRole("status");
    expect(notice).toHaveTextContent("Some settings in this link were not understood");
    expect(notice).toHaveTextContent(/performance/);
    expect(notice).toHaveTextContent(/klingon/);
    expect(notice).toHaveTextContent(/<b>bold<\/b>/);
    expect(container.querySelector("b")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("stays hidden for a clean link", () => {
    render(<LinkNotice />);
    expect(screen.queryByRole("status")).toBeNull();
  });
});
