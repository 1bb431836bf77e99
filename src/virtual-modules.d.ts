/// <reference types="vite-plugin-pwa/vanillajs" />

declare module "virtual:framework-fit/dataset" {
  /** The validated dataset the app was built with. */
  const dataset: import("./domain/types.ts").Dataset;
  export default dataset;
}

declare module "virtual:framework-fit/catalogue" {
  /** The dataset's criteria labels, languages and framework ids, for the first screen. */
  const catalogue: import("./domain/catalogue.ts").Catalogue;
  export default catalogue;
}
