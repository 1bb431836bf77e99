import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ViewErrorBoundary } from "./view-error-boundary.tsx";

function Broken(): never {
  throw new Error('framework "alpha", scores.orm.value: must be a whole number from 1 to 5');
}

describe("ViewErrorBoundary", () => {
  it("shows what failed and a way back instead of a blank page", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const onBack = vi.fn();
    const user = userEvent.setup();
    render(
      <ViewErrorBoundary viewName="Results" onBack={onBack}>
        <Broken />
      </ViewErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("The Results view could not be shown");
    expect(screen.getByText(/scores\.orm\.value/)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Back to the quiz" }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it("renders its children when nothing fails", () => {
    render(
      <ViewErrorBoundary viewName="Results" onBack={() => {}}>
        <p>Fine</p>
      </ViewErrorBoundary>,
    );
    expect(screen.getByText("Fine")).toBeVisible();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
