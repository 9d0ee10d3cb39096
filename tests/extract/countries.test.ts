import { describe, expect, it } from "vitest";
import { countryName, isCountryCode } from "../../src/extract/countries.ts";
import { extract, knowledge, sentence } from "./helpers.ts";

const countriesOf = (text: string) => sentence(text).countries;

describe("country names", () => {
  it("knows every ISO 3166-1 country by its Arabic name from i18n-iso-countries", () => {
    expect(countriesOf("زار الوفد بوروندي ثم سورينام ثم ليختنشتاين.")).toEqual(["BI", "SR", "LI"]);
  });

  it("finds a name behind conjunctions and prepositions", () => {
    expect(countriesOf("بين الصين والكويت وبالهند وللسعودية ولمصر.")).toEqual(["CN", "KW", "IN", "SA", "EG"]);
  });

  it("knows variant spellings and long forms", () => {
    expect(countriesOf("قازاقستان وكازاخستان")).toEqual(["KZ"]);
    expect(countriesOf("أمريكا وأميركا والولايات المتحدة الأمريكية")).toEqual(["US"]);
    expect(countriesOf("بريطانيا والمملكة المتحدة")).toEqual(["GB"]);
    expect(countriesOf("الإمارات العربية المتحدة ودولة الإمارات")).toEqual(["AE"]);
    expect(countriesOf("المملكة العربية السعودية")).toEqual(["SA"]);
    expect(countriesOf("جمهورية مصر العربية")).toEqual(["EG"]);
  });

  it("takes the longest name, so South Sudan is not Sudan and Belarus is not Russia", () => {
    expect(countriesOf("وصل إلى جنوب السودان")).toEqual(["SS"]);
    expect(countriesOf("وصل إلى روسيا البيضاء")).toEqual(["BY"]);
    expect(countriesOf("الكونغو الديمقراطية وجنوب أفريقيا وغينيا الاستوائية")).toEqual(["CD", "ZA", "GQ"]);
  });

  it("reads Arabic-script names with diacritics the same as without", () => {
    expect(countriesOf("سَلطنةُ عُمان")).toEqual(["OM"]);
  });
});

describe("demonyms", () => {
  it("finds every regular form of a demonym, with and without the article", () => {
    for (const form of ["الصيني", "الصينية", "الصينيين", "الصينيون", "صيني", "صينية", "والصينيات"]) {
      expect(countriesOf(`أشاد الوفد بالجانب ${form} أمس`), form).toEqual(["CN"]);
    }
  });

  it("knows both spellings of American and the Kazakh forms", () => {
    expect(countriesOf("الأمريكي والأميركية")).toEqual(["US"]);
    expect(countriesOf("الوفد القازاقي والجانب الكازاخستاني")).toEqual(["KZ"]);
  });

  it("knows irregular plurals", () => {
    expect(countriesOf("الأفغان والأتراك والمغاربة والروس والألمان")).toEqual(["AF", "TR", "MA", "RU", "DE"]);
  });

  it("finds the country in a news agency's name", () => {
    expect(countriesOf("قالت وكالة الأنباء الكويتية إن الوزير وصل.")).toEqual(["KW"]);
  });
});

describe("look-alikes that are not countries", () => {
  it("an organisation with a country or city word in its name", () => {
    expect(countriesOf("نظمت منظمة شانغهاي للتعاون قمتها في أستانا.")).toEqual([]);
    expect(countriesOf("قالت دول مجلس التعاون الخليجي إن الأمن أولوية.")).toEqual([]);
    expect(countriesOf("أكدت جامعة الدول العربية دعمها.")).toEqual([]);
  });

  it("Arab as an adjective and the Arab states", () => {
    expect(countriesOf("القمة العربية والدول العربية والعالم العربي")).toEqual([]);
  });

  it("a language: after اللغة, or joined to ب, or after a preposition", () => {
    expect(countriesOf("يتحدث الطلاب اللغة الصينية بطلاقة.")).toEqual([]);
    expect(countriesOf("صدر الكتاب بالفرنسية.")).toEqual([]);
    expect(countriesOf("نشر الكتاب باللغة العربية وترجم إلى الفرنسية.")).toEqual([]);
    expect(countriesOf("تعلم الإنجليزية في المدرسة.")).toEqual([]);
  });

  it("continents and regions named after a country", () => {
    expect(countriesOf("تتوسع الشركات في أمريكا اللاتينية وأمريكا الجنوبية وأفريقيا وأوروبا وآسيا.")).toEqual([]);
    expect(countriesOf("زار وفد دول المغرب العربي.")).toEqual([]);
    expect(countriesOf("عبرت السفن المحيط الهندي وبحر الصين الجنوبي.")).toEqual([]);
  });

  it("common words that contain or equal a country's name", () => {
    expect(countriesOf("ارتفعت أرباح مصرف الرافدين.")).toEqual([]);
    expect(countriesOf("يؤدي المسلمون صلاة المغرب.")).toEqual([]);
    expect(countriesOf("ارتفع نصف قطر الدائرة.")).toEqual([]);
    expect(countriesOf("يعاني القطاع من عجز مالي كبير ودعم مالي.")).toEqual([]);
    expect(countriesOf("افتتحت مدرسة بنين جديدة.")).toEqual([]);
  });

  it("a first name after an honorific, even when it is also a demonym", () => {
    expect(countriesOf("قال الأمير تركي الفيصل إن المنطقة تمر بمرحلة صعبة.")).toEqual([]);
  });

  it("Hungarian and Romanian look-alikes: the course of a river, a Roman theatre", () => {
    expect(countriesOf("تغير مجرى النهر قرب المسرح الروماني.")).toEqual([]);
  });

  it("an adjective that means insisting, the Children of Israel, an Arab country as قطر", () => {
    expect(countriesOf("قال الوزير إنه مصر على موقفه.")).toEqual([]);
    expect(countriesOf("تروي القصة تاريخ بني إسرائيل في كل قطر عربي.")).toEqual([]);
    expect(countriesOf("حصلت مصر على قرض جديد.")).toEqual(["EG"]);
  });

  it("a city alone does not add its country", () => {
    expect(countriesOf("وصل الوفد إلى بكين ثم دبي ثم واشنطن.")).toEqual([]);
  });
});

describe("words that name a country only with a cue", () => {
  it("مالي after في, شمال, جمهورية or in a list of countries", () => {
    expect(countriesOf("قتل جنود في هجوم شمال مالي.")).toEqual(["ML"]);
    expect(countriesOf("أعلنت جمهورية مالي الحداد.")).toEqual(["ML"]);
    expect(countriesOf("تشمل المجموعة النيجر ومالي وبوركينا فاسو.")).toEqual(["NE", "ML", "BF"]);
  });

  it("qatar, bahrain, yemen and others stand alone", () => {
    expect(countriesOf("قطر تستضيف البطولة والبحرين واليمن وتشاد وجيبوتي وكوبا.")).toEqual(["QA", "BH", "YE", "TD", "DJ", "CU"]);
  });
});

describe("عمان: the Sultanate or the Jordanian capital", () => {
  it("is Oman when named as the Sultanate or by its people", () => {
    expect(countriesOf("أكدت سلطنة عمان دعمها للحوار.")).toEqual(["OM"]);
    expect(countriesOf("عاد الوزير بعد لقاء مسؤولين عمانيين.")).toEqual(["OM"]);
  });

  it("is Amman after العاصمة الأردنية", () => {
    expect(countriesOf("تظاهر آلاف في العاصمة الأردنية عمان.")).toEqual(["JO"]);
  });

  it("is Amman when written with its shadda", () => {
    expect(countriesOf("افتتح في عمّان معرض الكتاب.")).toEqual([]);
  });

  it("is Amman in a story about Jordan that never names the Sultanate", () => {
    expect(countriesOf("استقبل العاهل الأردني في عمان وزير الخارجية.")).toEqual(["JO"]);
  });

  it("is Oman in a story about Jordan that also names the Sultanate", () => {
    expect(countriesOf("وقع الأردن في عمان اتفاقا مع سلطنة عمان.").sort()).toEqual(["JO", "OM"]);
  });

  it("is Oman by default", () => {
    expect(countriesOf("قال مصدر في عمان إن المفاوضات مستمرة.")).toEqual(["OM"]);
  });
});

describe("salience", () => {
  it("puts countries of the title first, in the title's order, then the lede's, then by frequency", () => {
    const record = extract(`اليابان والهند توقعان اتفاقا
أعلنت فرنسا وألمانيا دعمهما للاتفاق.
وقالت ألمانيا إن الاتفاق مهم. وأضافت ألمانيا أنه تاريخي. وأيدت روسيا وروسيا وروسيا ذلك.`);
    expect(record.countries).toEqual(["JP", "IN", "DE", "FR", "RU"]);
  });

  it("does not count a family name that is also a demonym", () => {
    expect(countriesOf("قال رئيس الوزراء العراقي محمد شياع السوداني إن بغداد مستعدة.")).toEqual(["IQ"]);
  });
});

describe("countryName", () => {
  it("gives the Arabic name from i18n-iso-countries", () => {
    expect(countryName("CN")).toBe("الصين");
    expect(countryName("kw")).toBe("الكويت");
  });

  it("prefers the usual name set in data/countries.yaml", () => {
    expect(countryName("US")).toBe("الولايات المتحدة");
    expect(countryName("GB")).toBe("بريطانيا");
    expect(countryName("OM")).toBe("سلطنة عمان");
  });

  it("falls back to the code for an unknown one", () => {
    expect(countryName("ZZ")).toBe("ZZ");
    expect(isCountryCode("ZZ")).toBe(false);
  });

  it("is also on the compiled knowledge, where a user's override counts", () => {
    expect(knowledge().countryName("TW")).toBe("تايوان");
  });
});
