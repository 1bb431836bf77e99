import { type RenderOptions, render } from "@testing-library/react";
import type { ReactElement, ReactNode } from "react";
import { catalogueOf } from "../domain/catalogue.ts";
import type { Dataset } from "../domain/types.ts";
import { CatalogueContext, DatasetContext } from "../state/dataset-context.ts";
import { FIXTURE_DATASET } from "./fixtures.ts";

/** Provides a dataset (the fixture by default) and its catalogue, as the app does once loaded. */
export function DataProviders({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  return (
    <CatalogueContext value={catalogueOf(dataset)}>
      <DatasetContext value={dataset}>{children}</DatasetContext>
    </CatalogueContext>
  );
}

/** Renders `ui` with a dataset, like Testing Library's `render`. */
export function renderWithData(
  ui: ReactElement,
  dataset: Dataset = FIXTURE_DATASET,
  options?: Omit<RenderOptions, "wrapper">,
) {
  return render(ui, {
    ...options,
    wrapper: ({ children }) => <DataProviders dataset={dataset}>{children}</DataProviders>,
  });
}
