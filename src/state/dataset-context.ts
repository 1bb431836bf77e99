import { createContext, use } from "react";
import type { Catalogue } from "../domain/catalogue.ts";
import type { Dataset } from "../domain/types.ts";

/** The dataset the views rank: given directly (tests), or a loader that always returns one promise. */
export type DatasetSource = Dataset | (() => Promise<Dataset>);

export const DatasetContext = createContext<DatasetSource | null>(null);

/** The catalogue the first screen needs before the dataset arrives. */
export const CatalogueContext = createContext<Catalogue | null>(null);

/** The loaded dataset as published, without the user's scores or options; suspends while it loads. */
export function usePublishedDataset(): Dataset {
  const source = use(DatasetContext);
  if (source === null) throw new Error("useDataset needs a DatasetContext provider");
  return typeof source === "function" ? use(source()) : source;
}

/** Criteria labels, languages and framework ids: from the dataset when given, else the catalogue. */
export function useCatalogue(): Catalogue {
  const source = use(DatasetContext);
  const catalogue = use(CatalogueContext);
  if (source !== null && typeof source !== "function") return source;
  if (catalogue === null) throw new Error("useCatalogue needs a CatalogueContext provider");
  return catalogue;
}
