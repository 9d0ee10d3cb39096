import { describe, expect, it } from "vitest";
import { loadSettings } from "../../src/config/settings.ts";
import { formatSummary } from "../../src/cli/summary.ts";
import type { BuildResult } from "../../src/build/build-site.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";

const result: BuildResult = {
  report: { filesRead: 5, skipped: [], converted: [], problems: [], rejected: [], superseded: [], timings: { render: 1000 } },
  articles: 5,
  pagesWritten: 80,
  pagesReused: 0,
  pagesIndexed: 5,
};

describe("the build summary", () => {
  it("warns when the site's address is missing, saying what the site lacks and how to give it", () => {
    const summary = formatSummary(result, loadSettings(PROJECT_ROOT, {}));
    expect(summary).toMatch(/warning: no site URL .*no sitemap.*no canonical links.*feeds.*--site-url/);
  });

  it("says nothing of it when the address is given", () => {
    expect(formatSummary(result, loadSettings(PROJECT_ROOT, { siteUrl: "https://example.org" }))).not.toMatch(/site URL/);
  });
});
