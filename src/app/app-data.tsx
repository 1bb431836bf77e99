import type { ReactNode } from "react";
import type { Catalogue } from "../domain/catalogue.ts";
import type { Dataset } from "../domain/types.ts";
import { CatalogueContext, DatasetContext } from "../state/dataset-context.ts";

/** Gives every view the catalogue at once and the dataset when a view first needs it. */
export function AppData({
  catalogue,
  loadDataset,
  children,
}: {
  catalogue: Catalogue;
  /** Starts loading the dataset on first call; every call returns the same promise. */
  loadDataset: () => Promise<Dataset>;
  children?: ReactNode;
}) {
  return (
    <CatalogueContext value={catalogue}>
      <DatasetContext value={loadDataset}>{children}</DatasetContext>
    </CatalogueContext>
  );
}
