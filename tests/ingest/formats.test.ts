import { describe, expect, it } from "vitest";
import { ingestFile } from "../../src/ingest/index.ts";

const encode = (text: string) => new TextEncoder().encode(text);

describe("Markdown articles", () => {
  it("take title, date, source and place from front matter, and keep the person's values", () => {
    const text = `---
title: عنوان صححه محرر
date: 2024-12-05
source: كونا
countries: [KW, CN]
---

# عنوان صححه محرر

الكويت - 5 - 12 (كونا) -- أكد السفير أهمية تعزيز التعاون.

وأضاف أن البلدين *يعملان* معا على [مشاريع](https://example.org) كبرى.
`;
    const { draft, problems } = ingestFile("2024/k.md", encode(text));
    expect(problems).toEqual([]);
    expect(draft).toMatchObject({ title: "عنوان صححه محرر", titleDerived: false, date: "2024-12-05", source: "كونا", place: "الكويت" });
    expect(draft!.frontMatter).toEqual({ title: "عنوان صححه محرر", date: "2024-12-05", source: "كونا", countries: ["KW", "CN"] });
    expect(draft!.paragraphs).toEqual([
      "الكويت - 5 - 12 (كونا) -- أكد السفير أهمية تعزيز التعاون.",
      "وأضاف أن البلدين يعملان معا على مشاريع كبرى.",
    ]);
  });

  it("without front matter: a leading heading is the headline", () => {
    const { draft } = ingestFile("a.markdown", encode("## الصين تدعو إلى الحوار\n\nقال المتحدث\nباسم الخارجية إن الحوار هو الحل.\n"));
    expect(draft).toMatchObject({ title: "الصين تدعو إلى الحوار", paragraphs: ["قال المتحدث باسم الخارجية إن الحوار هو الحل."], frontMatter: {} });
  });

  it("warns about a front matter date it cannot read, and ignores it", () => {
    const { draft, problems } = ingestFile("a.md", encode("---\ndate: قريبا\n---\nقال الوزير إن الاجتماع كان مثمرا.\n"));
    expect(draft?.date).toBeUndefined();
    expect(problems).toMatchObject([{ file: "a.md", severity: "warning", message: expect.stringMatching(/date/) }]);
  });
});

describe("HTML pages", () => {
  const page = `<!doctype html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8"><title>الصين والكويت تبحثان التعاون | موقع الأخبار</title>
<meta property="article:published_time" content="2024-12-02T10:20:00+08:00">
<script>var tracking = "مشاركة";</script><style>p { color: red }</style>
</head><body>
<header><nav><a href="/">الرئيسية</a> &gt;&gt; <a href="/world">دولي</a></nav><div class="logo">موقع الأخبار</div></header>
<main>
<article>
<h1>الصين والكويت تبحثان&nbsp;التعاون</h1>
<div class="share-buttons"><a>فيسبوك</a><a>تويتر</a></div>
<div class="article-body">
<p>بكين 2 ديسمبر 2024 (شينخوا) بحث وزير الخارجية الصيني مع نظيره الكويتي <b>سبل</b> تعزيز التعاون.</p>
<p>وأكد الجانبان أهمية العلاقات
الثنائية بين البلدين.</p>
<figure><img src="x.jpg"><figcaption>صورة من الاجتماع</figcaption></figure>
<p>وقال الوزير إن &laquo;المرحلة المقبلة&raquo; ستشهد مزيدا من التعاون.</p>
</div>
<section class="related-posts"><h3>أخبار ذات صلة</h3><ul><li>خبر آخر</li></ul></section>
</article>
</main>
<aside><h3>الأكثر قراءة</h3><p>خبر شائع جدا في الموقع لا علاقة له بالقصة.</p></aside>
<footer><p>جميع الحقوق محفوظة © 2024</p></footer>
</body></html>`;

  it("keep headline and story text, not navigation, scripts, widgets or footers", () => {
    const { draft, problems } = ingestFile("pages/a.html", encode(page));
    expect(problems).toEqual([]);
    expect(draft).toMatchObject({
      title: "الصين والكويت تبحثان التعاون",
      date: "2024-12-02T10:20",
      source: "شينخوا",
      place: "بكين",
    });
    expect(draft!.paragraphs).toEqual([
      "بكين 2 ديسمبر 2024 (شينخوا) بحث وزير الخارجية الصيني مع نظيره الكويتي سبل تعزيز التعاون.",
      "وأكد الجانبان أهمية العلاقات الثنائية بين البلدين.",
      "وقال الوزير إن «المرحلة المقبلة» ستشهد مزيدا من التعاون.",
    ]);
  });

  it("without an h1 take the longest part of <title>, and read <br> as line breaks", () => {
    const html = `<html><head><title>موقع الأخبار - الصين والكويت تبحثان التعاون</title></head>
<body><div id="content">قال الوزير إن الاجتماع كان مثمرا.<br><br>وأضاف أن البلدين اتفقا على التعاون.</div></body></html>`;
    const { draft } = ingestFile("b.htm", encode(html));
    expect(draft).toMatchObject({
      title: "الصين والكويت تبحثان التعاون",
      paragraphs: ["قال الوزير إن الاجتماع كان مثمرا.", "وأضاف أن البلدين اتفقا على التعاون."],
    });
    expect(draft!.date).toBeUndefined();
  });

  it("read the publication date from JSON-LD", () => {
    const html = `<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-01-05"}]}</script></head>
<body><article><h1>عنوان</h1><p>قال الوزير إن الاجتماع كان مثمرا.</p></article></body></html>`;
    expect(ingestFile("c.html", encode(html)).draft?.date).toBe("2025-01-05");
  });
});

describe("Markdown bodies that annotate writes", () => {
  it("read back as the very paragraphs they were written from", async () => {
    const { markdownBody } = await import("../../src/ingest/markdown-body.ts");
    const paragraphs = [
      "1. البند الأول من الاتفاق ينص على التعاون.",
      "# ليس عنوانا بل فقرة تبدأ بعلامة.",
      "- قائمة؟ لا، فقرة.",
      "> اقتباس؟ لا.",
      "نص فيه *نجوم* و_شرطات_ و`رموز` و[أقواس](رابط) و<b>وسوم</b> و&amp; و\\ شرطة مائلة.",
      "الرقم 3 * 4 = 12 صحيح.",
    ];
    const { draft } = ingestFile("a.md", encode(`# العنوان\n\n${markdownBody(paragraphs)}`));
    expect(draft!.paragraphs).toEqual(paragraphs);
  });
});

describe("plain text", () => {
  it("is one paragraph per line, as scraped news comes", () => {
    const { draft } = ingestFile("a.txt", encode("العنوان هنا\nالسطر الأول من الخبر.\nالسطر الثاني من الخبر.\n"));
    expect(draft!.paragraphs).toEqual(["السطر الأول من الخبر.", "السطر الثاني من الخبر."]);
  });

  it("wrapped at a fixed width has its paragraphs joined back", () => {
    const text = [
      "الصين والكويت توقعان اتفاقية للتعاون",
      "",
      "قال وزير الخارجية الصيني وانغ يي اليوم إن بلاده",
      "مستعدة للعمل مع الكويت لتعزيز التنمية المستمرة",
      "للعلاقات الثنائية بين البلدين.",
      "",
      "وأضاف أن البلدين أقاما صداقة متينة خلال الخمسين",
      "عاما الماضية.",
    ].join("\n");
    const { draft } = ingestFile("a.txt", encode(text));
    expect(draft).toMatchObject({
      title: "الصين والكويت توقعان اتفاقية للتعاون",
      paragraphs: [
        "قال وزير الخارجية الصيني وانغ يي اليوم إن بلاده مستعدة للعمل مع الكويت لتعزيز التنمية المستمرة للعلاقات الثنائية بين البلدين.",
        "وأضاف أن البلدين أقاما صداقة متينة خلال الخمسين عاما الماضية.",
      ],
    });
  });

  it("drops a list of other stories' headlines under a related-news line at the end", () => {
    const text = ["العنوان هنا", "الفقرة الأولى من الخبر.", "الفقرة الأخيرة من الخبر.", "اقرأ أيضا", "خبر آخر عن الصين", "خبر ثالث عن الكويت", "مشاركة :"].join("\n");
    expect(ingestFile("a.txt", encode(text)).draft!.paragraphs).toEqual(["الفقرة الأولى من الخبر.", "الفقرة الأخيرة من الخبر."]);
  });
});

describe("HTML pages built unusually", () => {
  it("keep the story when a <form> wraps the whole page or its box has a furniture-like class", () => {
    const html = `<html><body><form id="form1"><nav>الرئيسية | دولي</nav>
<div class="post has-sidebar"><h1>الصين والكويت تبحثان التعاون</h1>
<p>قال وزير الخارجية الصيني إن بلاده مستعدة للعمل مع الكويت لتعزيز العلاقات الثنائية.</p>
<p>وأضاف أن البلدين أقاما صداقة متينة خلال الخمسين عاما الماضية.</p></div>
<div class="sidebar"><p>الأكثر قراءة</p></div></form></body></html>`;
    const { draft } = ingestFile("d.html", encode(html));
    expect(draft).toMatchObject({
      title: "الصين والكويت تبحثان التعاون",
      paragraphs: [
        "قال وزير الخارجية الصيني إن بلاده مستعدة للعمل مع الكويت لتعزيز العلاقات الثنائية.",
        "وأضاف أن البلدين أقاما صداقة متينة خلال الخمسين عاما الماضية.",
      ],
    });
  });
});
