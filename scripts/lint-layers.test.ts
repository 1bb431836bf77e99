import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** biome.json enforces the import layers (README "How it is built"): each case is linted at its path in a scratch copy of the config (Biome reports nothing for stdin). */
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIOME = join(ROOT, "node_modules/.bin/biome");

const DOMAIN = "noRestrictedImports: domain is pure";
const STATE = "noRestrictedImports: state sits under the UI";
const COMPONENTS = "noRestrictedImports: components are shared UI";
const OTHER_FEATURE = "noRestrictedImports: a feature never imports another feature";
const APP = "noRestrictedImports: features sit under app";
const TESTS = "noRestrictedImports: scripts and bench import nothing from tests";
const CYCLE = "noImportCycles";

const CASES: [path: string, specifier: string, expected: string | null][] = [
  ["src/domain/imports-store.ts", "../state/store.ts", DOMAIN],
  ["src/domain/imports-react.ts", "react", DOMAIN],
  ["src/domain/imports-table.ts", "@tanstack/react-table", DOMAIN],
  ["src/state/imports-feature.ts", "../features/questionnaire/quiz-view.tsx", STATE],
  ["src/components/imports-feature.tsx", "../features/share/copy-link.tsx", COMPONENTS],
  ["src/features/matrix/imports-compare.ts", "../compare/compare-rows.ts", OTHER_FEATURE],
  ["src/features/results/imports-app.ts", "../../app/app.tsx", APP],
  ["scripts/imports-tests.ts", "../tests/e2e/find-chromium.ts", TESTS],
  ["bench/imports-tests.ts", "../tests/e2e/find-chromium.ts", TESTS],
  ["src/domain/cycle-a.ts", "./cycle-b.ts", CYCLE],
  ["src/domain/cycle-b.ts", "./cycle-a.ts", CYCLE],
  ["src/domain/uses-zod.ts", "zod", null],
  ["src/domain/uses-domain.ts", "./scoring.ts", null],
  ["src/features/matrix/uses-domain.ts", "../../domain/scoring.ts", null],
  ["src/features/matrix/uses-state.ts", "../../state/store.ts", null],
  ["src/features/matrix/uses-components.tsx", "../../components/checkbox-group.tsx", null],
  ["src/features/matrix/uses-own-folder.ts", "./matrix-rows.ts", null],
  ["src/app/uses-feature.tsx", "../features/matrix/matrix-view.tsx", null],
];

const found = new Map<string, string[]>();
let scratch = "";

beforeAll(() => {
  scratch = realpathSync(mkdtempSync(join(tmpdir(), "lint-layers-")));
  copyFileSync(join(ROOT, "biome.json"), join(scratch, "biome.json"));
  for (const [path, specifier] of CASES) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), `import { x } from "${specifier}";\nexport { x };\n`);
  }
  const { stdout } = spawnSync(
    BIOME,
    [
      "lint",
      "--vcs-enabled=false",
      "--reporter=github",
      "--max-diagnostics=none",
      "--only=style/noRestrictedImports",
      "--only=suspicious/noImportCycles",
      ".",
    ],
    { cwd: scratch, encoding: "utf8" },
  );
  for (const [, rule, file, message] of stdout.matchAll(
    /title=lint\/\w+\/(\w+),file=([^,]+),.*?::(.*)/g,
  )) {
    const path = relative(scratch, file ?? "");
    found.set(path, [...(found.get(path) ?? []), `${rule}: ${message}`]);
  }
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("import layers in biome.json", () => {
  it.each(CASES)("%s importing %s", (path, _specifier, expected) => {
    expect(found.get(path) ?? []).toEqual(
      expected === null ? [] : [expect.stringMatching(`^${expected}`)],
    );
  });
});
