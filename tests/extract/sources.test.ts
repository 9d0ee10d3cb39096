import { describe, expect, it } from "vitest";
import { parseSources, sourceResolver, sourcesData } from "../../src/extract/sources.ts";

const resolve = sourceResolver(sourcesData(undefined));

describe("the sources data file", () => {
  it("gives the Arabic name of a scraper's id, an agency's name and a web address", () => {
    expect(resolve("skynews")?.name).toBe("سكاي نيوز عربية");
    expect(resolve("alarabia")?.name).toBe("العربية");
    expect(resolve("CNN")?.name).toBe("سي إن إن بالعربية");
    expect(resolve("BBC")?.name).toBe("بي بي سي عربي");
    expect(resolve("كونا")?.id).toBe("kuna");
    expect(resolve("https://arabic.cnn.com/middle-east/article/x")?.id).toBe("cnn");
    expect(resolve("www.skynewsarabia.com")?.id).toBe("skynews");
  });

  it("matches spellings without case, diacritics, hamza forms or spacing", () => {
    expect(resolve("Sky News Arabia")?.id).toBe("skynews");
    expect(resolve("الشَّرق الاوسط")?.id).toBe("aawsat");
  });

  it("knows nothing of a source it does not list", () => {
    expect(resolve("صحيفة محلية")).toBeUndefined();
  });

  it("refuses an entry without a Latin id or a name, saying which", () => {
    expect(() => parseSources("sources:\n  - { id: سكاي, name: x }\n")).toThrow(/id/);
    expect(() => parseSources("sources:\n  - { id: sky }\n")).toThrow(/name/);
    expect(() => parseSources("sources:\n  - { id: okaz, name: عكاظ, country: Saudi }\n")).toThrow(/country/);
  });

  it("tells the country a national outlet reports from, and none for a pan-Arab one", () => {
    expect(resolve("عكاظ")?.country).toBe("SA");
    expect(resolve("كونا")?.country).toBe("KW");
    expect(resolve("الشرق الأوسط")?.country).toBeUndefined();
    expect(parseSources("sources:\n  - { id: x, name: إكس, country: eg }\n")[0]?.country).toBe("EG");
  });
});
