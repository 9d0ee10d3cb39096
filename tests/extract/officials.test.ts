import { describe, expect, it } from "vitest";
import type { Official } from "../../src/record.ts";
import { extract, sentence } from "./helpers.ts";

/** name/role/country of each official, as one readable string. */
function officialsOf(text: string): string[] {
  return sentence(text).officials.map((o: Official) => [o.name, o.role ?? "", o.country ?? ""].join(" / "));
}

describe("a name after a title phrase", () => {
  it.each([
    ["قال الرئيس الصيني شي جين بينغ إن بلاده مستعدة.", "شي جين بينغ / الرئيس / CN"],
    ["التقى رئيس الوزراء العراقي محمد شياع السوداني وفدا.", "محمد شياع السوداني / رئيس الوزراء / IQ"],
    ["قال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني إن طهران ترفض.", "ناصر كنعاني / المتحدث باسم وزارة الخارجية / IR"],
    ["أكد وزير خارجية طاجيكستان سراج الدين مهر الدين، أن بلاده تدعم.", "سراج الدين مهر الدين / وزير الخارجية / TJ"],
    ["التقى نائب رئيس الوزراء وزير خارجية كازاخستان مراد نورتلو أمس.", "مراد نورتلو / وزير الخارجية / KZ"],
    ["وكان السفير الكويتي في بكين جسام الناجم، قال إن العلاقات ممتازة.", "جسام الناجم / سفير / KW"],
    ["أكد سفير دولة الكويت لدى الصين جاسم الناجم اليوم الحرص على التعاون.", "جاسم الناجم / سفير / KW"],
    ["التقى سفير الصين لدى المملكة العربية السعودية تشانغ هوا مع مسؤولين.", "تشانغ هوا / سفير / CN"],
    ["قال عضو مجلس الدولة وزير الخارجية الصيني الزائر وانغ يي هنا يوم الجمعة إن الصين مستعدة.", "وانغ يي / وزير الخارجية / CN"],
    ["قالت وزيرة الخارجية الألمانية أنالينا بيربوك إن برلين قلقة.", "أنالينا بيربوك / وزير الخارجية / DE"],
    ["أعلن رئيس الحكومة المغربية عزيز أخنوش عن برنامج.", "عزيز أخنوش / رئيس الوزراء / MA"],
    ["وأكد رئيس مجلس النواب اللبناني نبيه بري على ضرورة الحوار.", "نبيه بري / رئيس البرلمان / LB"],
    ["قال رئيس هيئة الأركان العامة للجيش الإسرائيلي هرتسي هاليفي إن الجيش مستعد.", "هرتسي هاليفي / رئيس الأركان / IL"],
    ["أشاد وزير الخارجية الكويتي عبد الله اليحيا بالعلاقات مع اليابان.", "عبد الله اليحيا / وزير الخارجية / KW"],
    ["اجتمع وزير المالية السعودي محمد الجدعان مع المستثمرين.", "محمد الجدعان / وزير المالية / SA"],
    ["قال المبعوث الأمريكي الخاص إلى سوريا جيمس جيفري إن واشنطن لن تنسحب.", "جيمس جيفري / المبعوث / US"],
    ["قال سفير الولايات المتحدة لدى العراق ألينا رومانوسكي إن واشنطن تدعم بغداد.", "ألينا رومانوسكي / سفير / US"],
    ["استقبل رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان الضيوف.", "محمد بن زايد آل نهيان / رئيس دولة / AE"],
    ["أعلن المرشد الإيراني علي خامنئي الحداد العام.", "علي خامنئي / المرشد الأعلى / IR"],
    ["وجه خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود بإرسال مساعدات.", "سلمان بن عبد العزيز آل سعود / الملك / SA"],
    ["قال الناطق باسم الحكومة المغربية مصطفى بايتاس إن الرباط ترحب.", "مصطفى بايتاس / الناطق باسم الحكومة / MA"],
    ["التقى رئيس مجلس السيادة السوداني الفريق أول ركن عبد الفتاح البرهان وفدا.", "عبد الفتاح البرهان / رئيس مجلس السيادة / SD"],
    ["أوضح عضو المكتب السياسي لحركة حماس موسى أبو مرزوق أن الحركة منفتحة.", "موسى أبو مرزوق / عضو المكتب السياسي لحركة حماس / "],
    ["قال قائد الجيش اللبناني العماد جوزيف عون إن الجيش سينتشر.", "جوزيف عون / قائد الجيش / LB"],
  ])("%s", (text, expected) => {
    expect(officialsOf(text)).toEqual([expected]);
  });
});

describe("honorifics are not part of the name", () => {
  it("الشيخ before a minister's name", () => {
    expect(officialsOf("التقى وزير الخارجية الكويتي الشيخ أحمد ناصر المحمد الصباح في العاصمة.")).toEqual([
      "أحمد ناصر المحمد الصباح / وزير الخارجية / KW",
    ]);
  });

  it("الأمير after ولي العهد", () => {
    expect(officialsOf("استقبل ولي العهد السعودي الأمير محمد بن سلمان ضيوفه.")).toEqual(["محمد بن سلمان / ولي العهد / SA"]);
  });

  it("الملك after العاهل, and الملك alone as the role", () => {
    expect(officialsOf("استقبل العاهل الأردني الملك عبد الله الثاني الوفد.")).toEqual(["عبد الله الثاني / الملك / JO"]);
    expect(officialsOf("أكد الملك عبد الله الثاني أهمية التهدئة.")).toEqual(["عبد الله الثاني / الملك / "]);
  });

  it("الشيخ after أمير قطر", () => {
    expect(officialsOf("بحث أمير قطر الشيخ تميم بن حمد آل ثاني مع ضيفه التعاون.")).toEqual(["تميم بن حمد آل ثاني / الأمير / QA"]);
  });
});

describe("roles without a country", () => {
  it("the UN Secretary-General", () => {
    expect(officialsOf("دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف إطلاق النار.")).toEqual([
      "أنطونيو غوتيريش / الأمين العام للأمم المتحدة / ",
    ]);
  });

  it("takes the country of the delegation the official heads", () => {
    expect(officialsOf("ورأس وفد الكويت مساعد وزير الخارجية لشؤون آسيا سميح حيات، بينما ترأس الجانب الآخر مسؤول.")).toEqual([
      "سميح حيات / مساعد وزير الخارجية / KW",
    ]);
  });

  it("takes the country of the ministry named in the title, not of the region the post covers", () => {
    expect(
      officialsOf("ترأس الجانب الصيني مساعد وزير الخارجية لشؤون إدارة غرب آسيا وشمال إفريقيا بوزارة الخارجية الصينية تشن وي تشينغ."),
    ).toEqual(["تشن وي تشينغ / مساعد وزير الخارجية / CN"]);
  });
});

describe("where a name ends", () => {
  it("before a time word, a preposition or punctuation", () => {
    expect(sentence("قال وزير الخارجية الصيني وانغ يي اليوم إن…").officials[0]?.name).toBe("وانغ يي");
    expect(sentence("قال وزير الخارجية الصيني وانغ يي في بكين").officials[0]?.name).toBe("وانغ يي");
    expect(sentence("التقى وزير الخارجية الصيني وانغ يي، ووزير").officials[0]?.name).toBe("وانغ يي");
  });

  it("before words such as كلا and نظيره, even with a preposition joined", () => {
    expect(officialsOf("التقى وزير الخارجية الصيني وانغ يي كلا من الوزراء.")).toEqual(["وانغ يي / وزير الخارجية / CN"]);
    expect(officialsOf("قال وزير الخارجية الصيني وانغ يي لنظيره الروسي سيرغي لافروف إن البلدين يتفقان.")).toEqual([
      "وانغ يي / وزير الخارجية / CN",
      "سيرغي لافروف / وزير الخارجية / RU",
    ]);
  });

  it("before a noun with a preposition joined", () => {
    expect(officialsOf("أدلى رئيس الوزراء البريطاني كير ستارمر بتصريحات للصحفيين.")).toEqual(["كير ستارمر / رئيس الوزراء / GB"]);
  });

  it("after the name بن or آل introduces, unless another lineage word follows", () => {
    expect(officialsOf("استقبل ولي العهد السعودي الأمير محمد بن سلمان ضيوفه.")).toEqual(["محمد بن سلمان / ولي العهد / SA"]);
  });

  it("before the object of the sentence", () => {
    expect(officialsOf("وقع وزير الطاقة الإماراتي سهيل المزروعي اتفاقية مع سيول.")).toEqual(["سهيل المزروعي / وزير الطاقة / AE"]);
    expect(officialsOf("دعا المبعوث الأممي إلى اليمن هانس غروندبرغ الأطراف اليمنية إلى الحوار.")).toEqual([
      "هانس غروندبرغ / المبعوث الأممي / ",
    ]);
    expect(officialsOf("أكد السفير الجزائري بتونس عزوز باعلال متانة العلاقات.")).toEqual(["عزوز باعلال / سفير / DZ"]);
  });

  it("but goes on through compound names", () => {
    expect(officialsOf("قال الرئيس المصري عبد الفتاح السيسي إن مصر تدعم.")).toEqual(["عبد الفتاح السيسي / الرئيس / EG"]);
    expect(officialsOf("التقى الأمين العام لجامعة الدول العربية أحمد أبو الغيط بالوزراء.")).toEqual(["أحمد أبو الغيط / الأمين العام / "]);
  });

  it("keeps a demonym that closes a name as the family name, not as a country", () => {
    const record = sentence("قال رئيس الوزراء العراقي محمد شياع السوداني إن بغداد مستعدة.");
    expect(record.countries).toEqual(["IQ"]);
  });

  it("does not take a first name أمير for the title of an emir", () => {
    expect(officialsOf("التقى وزير الخارجية الإيراني أمير عبد اللهيان نظيره العماني.")).toEqual([
      "أمير عبد اللهيان / وزير الخارجية / IR",
    ]);
  });
});

describe("a title in apposition after the name", () => {
  it("between commas", () => {
    expect(officialsOf("قال سيرغي لافروف، وزير الخارجية الروسي، إن موسكو مستعدة.")).toEqual(["سيرغي لافروف / وزير الخارجية / RU"]);
    expect(officialsOf("وقال أحمد أبو الغيط، الأمين العام لجامعة الدول العربية، إن الوضع خطير.")).toEqual([
      "أحمد أبو الغيط / الأمين العام / ",
    ]);
  });

  it("not when the words before the comma are the sentence's own nouns", () => {
    expect(officialsOf("عقد الاجتماع الطارئ، رئيس الوزراء ترأسه.")).toEqual([]);
    expect(officialsOf("وأضاف المتحدث، السفير الأمريكي، أن واشنطن تدعم.")).toEqual([]);
  });
});

describe("no name, no official", () => {
  it.each([
    "وزير الخارجية الصيني يلتقي نظرائه من كازاخستان",
    "أكد وزير الخارجية الصيني دعم بلاده للقضية الفلسطينية.",
    "أكد وزير الخارجية الصيني حرص بكين على تعزيز العلاقات.",
    "أشار إلى إعلان الرئيس الصيني أخيرا تقديم مساعدات.",
    "قال وزير الخارجية في بيان إن الحكومة ترفض القرار.",
    "قال وزير الخارجية الصيني في بكين اليوم إن الوضع مستقر.",
    "أكد رئيسا البلدين أهمية التعاون.",
    "قال مسؤول كبير إن المحادثات مستمرة.",
    "ويرافق الرئيس وفد رفيع يضم وزير الخارجية.",
  ])("%s", (text) => {
    expect(officialsOf(text)).toEqual([]);
  });
});

describe("one person, one entry in an article", () => {
  it("counts later short mentions by first or last name as the same person", () => {
    const record = extract(`عنوان
أكد سفير دولة الكويت لدى الصين جاسم الناجم اليوم الحرص على التعاون.
ونقلت السفارة عن السفير الناجم تأكيده أهمية المشاريع.
وقال الناجم إن العلاقات متميزة.`);
    expect(record.officials).toEqual([{ name: "جاسم الناجم", role: "سفير", country: "KW", mentions: 3 }]);
  });

  it("takes the role of the person named before for نظيره", () => {
    expect(officialsOf("استقبل الرئيس المصري عبد الفتاح السيسي نظيره الفلسطيني محمود عباس.")).toEqual([
      "عبد الفتاح السيسي / الرئيس / EG",
      "محمود عباس / الرئيس / PS",
    ]);
  });

  it("does not make an official of a one-word name nothing else supports", () => {
    expect(officialsOf("أكد الوزير الحرص على التعاون.")).toEqual([]);
  });

  it("accepts a one-word name that the article also uses as a subject", () => {
    expect(officialsOf("قال الرئيس أردوغان إن تركيا مستعدة. وأضاف أردوغان أن الحوار ضروري.")).toEqual(["أردوغان / الرئيس / TR"]); // the country the story is about
  });
});

describe("a name before its title, or set off by commas after it", () => {
  it.each([
    ["بحضور الدكتور مصطفى مدبولي رئيس مجلس الوزراء.", "مصطفى مدبولي / رئيس الوزراء / "],
    ["استقبل السيسي اليوم كيرياكوس ميتسوتاكيس رئيس وزراء اليونان، بقصر الاتحادية.", "كيرياكوس ميتسوتاكيس / رئيس الوزراء / GR"],
    ["استقبل الأمير محمد بن سلمان بن عبد العزيز، ولي العهد رئيس مجلس الوزراء السعودي، في الرياض.", "محمد بن سلمان بن عبد العزيز / رئيس الوزراء / SA"],
    ["أشرف الوزير الأول، نذير العرباوي، على افتتاح المعرض.", "نذير العرباوي / الوزير الأول / "],
    ["تنفيذا لتوجيهات رئيس الجمهورية، السيد عبد المجيد تبون.", "عبد المجيد تبون / رئيس الجمهورية / "],
    ["أصدر الملك مرسوما بتعيين الشيخ فواز بن محمد آل خليفة سفيرا لمملكة البحرين لدى بريطانيا.", "فواز بن محمد آل خليفة / سفير / BH"],
  ])("%s", (text, expected) => {
    expect(officialsOf(text)).toEqual([expected]);
  });

  it("strips the conjunction from a name in a list, but not from a name that begins with و", () => {
    expect(officialsOf("وحضر الاجتماع فوزي لقجع، الوزير المنتدب، ونزار بركة، وزير التجهيز والماء.").map((o) => o.split(" / ")[0])).toEqual([
      "فوزي لقجع",
      "نزار بركة",
    ]);
    expect(officialsOf("وحضر اللقاء نائب الوزير المهندس وليد بن عبدالكريم الخريجي.")[0]).toMatch(/^وليد بن عبدالكريم الخريجي/);
  });

  it("gives each of two people their role when a name stands on both sides of joined titles", () => {
    expect(officialsOf("وحضر المقابلة سمو الشيخ أحمد عبدالله الأحمد الصباح رئيس مجلس الوزراء ووزير الخارجية عبدالله علي اليحيا.")).toEqual([
      "أحمد عبدالله الأحمد الصباح / رئيس الوزراء / KW", // the ruling house's state
      "عبدالله علي اليحيا / وزير الخارجية / ",
    ]);
  });
});

describe("where a long or foreign name ends", () => {
  it.each([
    ["وقال وزير التجهيز وليد بن عبدالكريم الخريجي إن المشروع جاهز.", "وليد بن عبدالكريم الخريجي"],
    ["وقال وزير الرياضة الأمير عبد العزيز بن تركي الفيصل إن الإنجاز كبير.", "عبد العزيز بن تركي الفيصل"],
    ["وأعلن وزير الدفاع الأمريكي بيت هيغسيث إرسال حاملة طائرات.", "بيت هيغسيث"],
    ["ورحب رئيس المجلس الأوروبي أنطونيو كوستا بانتخابه.", "أنطونيو كوستا"],
    ["وأشادت وزيرة الصحة الأوغندية جين روث أسينغ وفرقها الميدانية.", "جين روث أسينغ"],
    ["وقالت رئيسة الحكومة سارة الزعفراني الزنزري إن البرنامج جاهز.", "سارة الزعفراني الزنزري"],
    ["وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن بلاده تدعم.", "ألبرتو فان كلافيرين"],
    ["والتقى ولي عهد الكويت الشيخ صباح خالد الحمد الصباح الرئيس.", "صباح خالد الحمد الصباح"],
    ["وقال محافظ جنين كمال أبو الرب إن الاحتلال هدم المنازل.", "كمال أبو الرب"],
    ["وقال المتحدث باسم المجلس الوطني لحماية الوطن العقيد أمادو عبد الرحمن إن الوقت حان.", "أمادو عبد الرحمن"],
    ["وقال رئيس الاتحاد الأفريقي لكرة القدم (كاف) باتريس موتسيبي إن المباراة رائعة.", "باتريس موتسيبي"],
  ])("%s", (text, expected) => {
    expect(officialsOf(text).map((o) => o.split(" / ")[0])).toEqual([expected]);
  });

  it("reads a demonym after بن as a name, not a country", () => {
    expect(sentence("وقال وزير الرياضة الأمير عبد العزيز بن تركي الفيصل إن الإنجاز كبير.").countries).toEqual([]);
  });
});

describe("the country of an official", () => {
  it("is the national agency's for an official it names without one, but not for a UN official", () => {
    const record = sentence("وقال وزير الخارجية عبدالله علي اليحيا إن الأمين العام للأمم المتحدة أنطونيو غوتيريش سيزور البلاد.", { source: "كونا" });
    expect(record.officials.map((o) => [o.name, o.country])).toEqual([
      ["عبدالله علي اليحيا", "KW"],
      ["أنطونيو غوتيريش", undefined],
    ]);
  });

  it("is a national newspaper's country for an official it names without one, by its name, id or web address", () => {
    for (const source of ["عكاظ", "okaz", "https://www.okaz.com.sa/news/1"]) {
      const record = sentence("وأوضح رئيس اللجنة الإعلامية عبدالعزيز بن محمد المشيطي أن الخطة جاهزة.", { source });
      expect(record.officials.map((o) => [o.name, o.country])).toEqual([["عبدالعزيز بن محمد المشيطي", "SA"]]);
    }
  });

  it("is not the outlet's in a story about another country that never names the outlet's own", () => {
    const record = extract("العراق يعلن خطة\nقال رئيس الوزراء حيدر العبادي إن العراق سيعيد الأمن إلى الأنبار، وإن بغداد ترحب بالدعم.", { source: "عكاظ" });
    expect(record.officials.map((o) => [o.name, o.country])).toEqual([["حيدر العبادي", "IQ"]]);
  });

  it("is the outlet's in a story about another country when the story names an official of the outlet's own by title", () => {
    const story = "مساعدات إلى اليمن\nوصلت إلى عدن اليمنية قافلة مساعدات جديدة بتوجيه من خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، وقال المتحدث الرسمي باسم المركز سامي الحربي إن القوافل ستتواصل إلى المحافظات اليمنية وإن الشعب اليمني يستحق الدعم.";
    expect(extract(story, { source: "عكاظ" }).officials.map((o) => [o.name, o.country])).toEqual([
      ["سلمان بن عبدالعزيز", "SA"],
      ["سامي الحربي", "SA"],
    ]);
  });

  it("is the state of a ruling house whose family name ends the name, when the title gives none", () => {
    const text = "واستقبل مستشار الأمن الوطني الشيخ طحنون بن زايد آل نهيان في الرياض الوفد.";
    expect(sentence(text, { source: "عكاظ" }).officials.map((o) => [o.name, o.country])).toEqual([["طحنون بن زايد آل نهيان", "AE"]]);
  });

  it("is the one the title names after a body's name in quotes right after the role word", () => {
    const text = "من جانبه قال زعيم «حزب الله» اللبناني حسن نصر الله إن الحزب يثق في دعم إيران.";
    expect(sentence(text, { source: "عكاظ" }).officials.map((o) => o.country)).toEqual(["LB"]);
  });

  it("is the outlet's for an organizing committee or a national federation, and none for an international agency's official", () => {
    const country = (text: string) => sentence(text, { source: "عكاظ" }).officials.map((o) => [o.name, o.country]);
    expect(country("وأوضح رئيس اللجنة المنظمة للبطولة موسى الأهدل أن البطولة نجحت.")).toEqual([["موسى الأهدل", "SA"]]);
    expect(country("وحضر نائب رئيس الاتحاد المهندس جميل بوبشيت التكريم.")).toEqual([["جميل بوبشيت", "SA"]]);
    expect(country("وقال المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي إن التفتيش مستمر.")).toEqual([["رافائيل غروسي", undefined]]);
  });

  it("is, for a title that names none, the one of the title before it in the same list, but not for the same office", () => {
    const welcome = "ووصل الوفد السعودي إلى طنجة، وكان في استقباله رئيس الحكومة المغربية عبدالإله بنكيران، ووالي الجهة محمد يعقوبي، ومدير الجمارك حسن حلو.";
    expect(sentence(welcome, { source: "عكاظ" }).officials.map((o) => [o.name, o.country])).toEqual([
      ["عبدالإله بنكيران", "MA"],
      ["محمد يعقوبي", "MA"],
      ["حسن حلو", "MA"],
    ]);
    const meeting = "وحضر الاجتماع في الرياض وزير الخارجية اليمني رياض ياسين، ووزير الخارجية عبداللطيف الزياني.";
    expect(sentence(meeting, { source: "عكاظ" }).officials.map((o) => [o.name, o.country])).toEqual([
      ["رياض ياسين", "YE"],
      ["عبداللطيف الزياني", "SA"],
    ]);
  });

  it("is the dateline's before the outlet's", () => {
    const record = sentence("وقال رئيس الوزراء حيدر العبادي إن الأمن مستتب.", { source: "عكاظ", place: "بغداد" });
    expect(record.officials.map((o) => o.country)).toEqual(["IQ"]);
  });

  it("is the dateline's when the dateline is a capital that bears its country's name", () => {
    const minister = "وقال وزير الدولة لشؤون مجلس الوزراء شريدة المعوشرجي إن المجلس وافق على القرار.";
    expect(sentence(minister, { place: "الكويت" }).officials.map((o) => o.country)).toEqual(["KW"]);
    expect(sentence(minister, { place: "الجزائر" }).officials.map((o) => o.country)).toEqual(["DZ"]);
  });

  it("reads an international body only from its whole name: a committee or a council of a country is the country's", () => {
    const national = sentence("وقال أمين عام اللجنة الوطنية لمكافحة المخدرات عبد الإله بن محمد الشريف إن الحملة نجحت.", { source: "سبق" });
    expect(national.officials.map((o) => o.country)).toEqual(["SA"]);
    const international = sentence("وقال رئيس اللجنة الدولية للصليب الأحمر بيتر ماورير إن الوضع صعب.", { source: "سبق" });
    expect(international.officials.map((o) => [o.name, o.country])).toEqual([["بيتر ماورير", undefined]]);
  });
});

describe("last words and look-alike titles", () => {
  it("keeps a family name that reads as a verb or a particle right before a comma", () => {
    expect(officialsOf("أعلن الرئيس السنغالي بشير ديوماي فاي، مساء الخميس، حل البرلمان.")[0]).toBe("بشير ديوماي فاي / الرئيس / SN");
    expect(officialsOf("وقال زعيم المعارضة ماكي سال، المقيم في الرباط، إن القرار خطير.")[0]).toMatch(/^ماكي سال \//);
  });

  it("reads الحاكم after a definite noun or a quote as 'ruling', not as a governor", () => {
    expect(officialsOf("ويتمتع حزب \"باستيف\" الحاكم بشعبية واسعة، كما يحظى الائتلاف الحاكم بدعم كبير.")).toEqual([]);
  });

  it("reads an international official's name set off by commas after a long title", () => {
    expect(officialsOf("دعت رئيسة بعثة الدعم في ليبيا، هانا تيتيه، الأطراف السياسية إلى التوافق.")).toEqual(["هانا تيتيه / رئيسة بعثة الدعم / "]);
  });

  it("reads no rank in a feminine word: مقدمة is an introduction, العقيدة a creed", () => {
    expect(officialsOf("وتابع أن السحب يشمل ثلاث سيارات، إضافة لجوائز أخرى مقدمة من الرعاة.")).toEqual([]);
    expect(officialsOf("وأكد أن العقيدة العسكرية للجيش لم تتغير.")).toEqual([]);
    expect(officialsOf("وقال المقدم نايف الحربي إن الحادث وقع فجرا.")[0]).toMatch(/^نايف الحربي \/ المقدم/);
  });

  it("gives a one-word title's holder that title, not the title in its genitive («مستشار الرئيس»)", () => {
    expect(officialsOf("وقال مستشار الرئيس الأمريكي جيك سوليفان إن المحادثات مستمرة.")).toEqual(["جيك سوليفان / مستشار / US"]);
    expect(officialsOf("وقال سفير خادم الحرمين الشريفين لدى الكويت الدكتور عبدالعزيز الفايز إن العلاقات متينة.")).toEqual(["عبدالعزيز الفايز / سفير / SA"]);
    expect(officialsOf("وقال ممثل الرئيس الفلسطيني محمود عباس إن الوفد وصل.")).toEqual(["محمود عباس / الرئيس / PS"]);
  });

  it("reads no title inside a compound name («وعبد الملك الخيبري»), and reads آبي as a name, not as أبي", () => {
    expect(officialsOf("وكان الشباب دخل المباراة بمحمد العويس، وعبد الملك الخيبري، وسعيد الدوسري، وعبد المجيد الصليهم.")).toEqual([]);
    expect(officialsOf("وتحسنت العلاقات عقب اجتماعات بين آبي والرئيس الصيني شي جين بينغ العام الماضي.")).toEqual(["شي جين بينغ / الرئيس / CN"]);
  });

  it("reads a country's name after بن and the father's name as the family's («عبدالله بن محمد السويد»)", () => {
    expect(officialsOf("وتقدم المصلين مدير عام الإدارة العامة للمجاهدين الدكتور عبدالله بن محمد السويد، ووكيل الإمارة.")[0]).toBe("عبدالله بن محمد السويد / مدير عام الإدارة العامة / ");
  });

  it("reads no rank in «المقدم من» (presented by), and ends a name before a title in the accusative («إليزابيث ملكا»)", () => {
    expect(officialsOf("ومقترح مشروع نظام الهيئة الوطنية المقدم من الدكتورة زينب أبو طالب، ومقترح مشروع آخر.")).toEqual([]);
    expect(officialsOf("وأكد العقيد في الجيش محمد الحربي أن الوضع مستقر.")[0]).toMatch(/^محمد الحربي \/ العقيد/);
    expect(officialsOf("وتوج الملك جورج السادس والد الملكة إليزابيث ملكا للبلاد بعد تنازل شقيقه.").map((o) => o.split(" / ")[0])).toContain("إليزابيث");
  });

  it("reads no name opening with ب or ل on a word of a place or an office, or on a place's name («بحي الروضة», «بينبع»)", () => {
    const names = (text: string) => officialsOf(text).map((o) => o.split(" / ")[0]);
    expect(names("وقال رئيس اللجنة الاجتماعية بحي الروضة محمد العتيبي إن الحفل ناجح.")).not.toContainEqual(expect.stringMatching(/^بحي/));
    expect(names("وقال عضو المجلس المحلي بريف دمشق إسماعيل الداراني إن القصف مستمر.")).toEqual(["إسماعيل الداراني"]);
    expect(names("وقال مدير مكتب التعليم بينبع سامر بن علي العنيني إن الدراسة تبدأ غدا.")).toEqual(["سامر بن علي العنيني"]);
  });

  it("reads no king's title in an embassy's name and keeps its country", () => {
    expect(officialsOf("وحضر القائم بأعمال سفارة خادم الحرمين الشريفين لدى فرنسا الدكتور علي القرني الحفل.")).toEqual(["علي القرني / القائم بالأعمال / SA"]);
  });

  it("reads the words right after «متحدث باسم» as the body spoken for, not the spokesman's name", () => {
    expect(officialsOf("ومن جانبه، قال متحدث باسم خفر السواحل الإيطالي: إنه لا يمكنه تأكيد الوفيات.")).toEqual([]);
    expect(officialsOf("وقال متحدث باسم خفر السواحل، ماركو باتشي، إن البحث مستمر.")).toEqual(["ماركو باتشي / متحدث باسم / "]);
  });
});
