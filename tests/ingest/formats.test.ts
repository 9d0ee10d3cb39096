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

describe("HTML pages whose headings name the site", () => {
  it("take the story's headline, not the logo's <h1> or the <title>'s site name", () => {
    const html = `<html><head><title>وكالة الأنباء الكويتية - كونا</title></head><body>
<h1 class="site-title"><a href="/">بوابة الأخبار</a></h1>
<table><tr><td class="NewsTitle"><b>وزير الخارجية يستقبل سفير اليابان</b></td></tr>
<tr><td class="NewsBody">قال الوزير إن الاجتماع كان مثمرا.<br><br>وأضاف أن البلدين اتفقا على التعاون.<br><br>وتابع أن اللجنة المشتركة ستجتمع قريبا.</td></tr></table></body></html>`;
    expect(ingestFile("k.html", encode(html)).draft).toMatchObject({ title: "وزير الخارجية يستقبل سفير اليابان", titleDerived: false });
  });

  it("read a story whose every paragraph sits in a box of its own, and drop link boxes between them", () => {
    const html = `<html><body><main><h1>لبنان: الجيش ينتشر في الجنوب</h1>
<div class="text-block"><p>بدأ الجيش اللبناني الانتشار في عدد من البلدات الحدودية في جنوب البلاد.</p></div>
<div class="text-block"><p>وقال مصدر عسكري إن الوحدات ستتسلم المواقع تدريجيا خلال ستين يوما.</p></div>
<div class="more-on"><h2>اقرأ أيضا</h2><ul><li><a href="/1">ما هي بنود اتفاق وقف إطلاق النار؟</a></li><li><a href="/2">النازحون يعودون إلى قرى الجنوب</a></li></ul></div>
<div class="text-block"><p>وأضاف المصدر أن الجيش بحاجة إلى دعم دولي.</p></div></main></body></html>`;
    expect(ingestFile("b.html", encode(html)).draft!.paragraphs).toEqual([
      "بدأ الجيش اللبناني الانتشار في عدد من البلدات الحدودية في جنوب البلاد.",
      "وقال مصدر عسكري إن الوحدات ستتسلم المواقع تدريجيا خلال ستين يوما.",
      "وأضاف المصدر أن الجيش بحاجة إلى دعم دولي.",
    ]);
  });

  it("read the date a page prints in an element named for it when its markup states none", () => {
    const html = `<html><body><div class="top">الثلاثاء 3 ديسمبر 2024</div><h1>الحكومة تصادق على قانون المالية</h1>
<span class="date-post">الإثنين 2 دجنبر 2024 - 10:20</span><span class="updated-date">آخر تحديث: 3 دجنبر 2024</span>
<div class="content"><p>صادق مجلس الحكومة اليوم على مشروع قانون المالية.</p><p>وأوضح الناطق الرسمي أن المشروع يتوقع نموا.</p></div></body></html>`;
    expect(ingestFile("h.html", encode(html)).draft!.date).toBe("2024-12-02T10:20");
  });
});

describe("plain text with a site's banner and a headline in two parts", () => {
  it("take the headline joined by «..», not the banner, and read an outlet credited in quotes", () => {
    const text = ["الراي | محليات", "مجلس الوزراء يقر القانون.. والوزير: لا زيادة في الأسعار", "الكويت - «الراي»", "وافق مجلس الوزراء في اجتماعه الأسبوعي على مشروع القانون."].join("\n");
    expect(ingestFile("a.txt", encode(text)).draft).toMatchObject({
      title: "مجلس الوزراء يقر القانون.. والوزير: لا زيادة في الأسعار",
      source: "الراي",
      place: "الكويت",
      paragraphs: ["وافق مجلس الوزراء في اجتماعه الأسبوعي على مشروع القانون."],
    });
  });
});

describe("credit lines of outlets the archive does not know", () => {
  it.each([
    ["بروكسل - يورونيوز", "بروكسل", "يورونيوز"],
    ["الرباط - Le360", "الرباط", "Le360"],
    ["نواكشوط - صحراء ميديا", "نواكشوط", "صحراء ميديا"],
  ])("%s above the story gives place and source, and is no paragraph", (line, place, source) => {
    const text = ["قمة بروكسل تعد بحزمة عقوبات جديدة على موسكو", line, "أعلنت رئيسة المفوضية الأوروبية أن المفوضية ستقترح حزمة جديدة."].join("\n");
    expect(ingestFile("a.txt", encode(text)).draft).toMatchObject({
      place,
      source,
      paragraphs: ["أعلنت رئيسة المفوضية الأوروبية أن المفوضية ستقترح حزمة جديدة."],
    });
  });
});

describe("headlines among a page's short lines", () => {
  it.each([
    [["صحيفة العرب الأولى", "ترامب يهدد إيران", "نشر في: 2/12/2024", "قال الرئيس الأمريكي إن بلاده لن تسمح لإيران بامتلاك سلاح نووي."], "ترامب يهدد إيران"],
    [["صحيفة العرب الأولى", "السعودية وفرنسا توقعان اتفاقيات في الطاقة", "قال الوزير إن الاتفاقيات تفتح مرحلة جديدة."], "السعودية وفرنسا توقعان اتفاقيات في الطاقة"],
    [["البنك المركزي يثبت أسعار الفائدة للمرة السادسة", "القرار يأتي في ظل تباطؤ معدلات التضخم وترقب لقرارات الفيدرالي", "كتب - محمد سمير", "2-12-2024", "قررت لجنة السياسة النقدية الإبقاء على أسعار الفائدة."], "البنك المركزي يثبت أسعار الفائدة للمرة السادسة"],
  ])("%j: the headline is the title", (lines, title) => {
    expect(ingestFile("a.txt", encode(lines.join("\n"))).draft!.title).toBe(title);
  });
});
