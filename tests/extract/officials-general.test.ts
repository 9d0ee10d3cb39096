import { describe, expect, it } from "vitest";
import { extract, officialNames, sentence } from "./helpers.ts";

/**
 * General mechanisms for officials in text no rule was tuned on: each case stands for a
 * class of errors seen first on fresh articles (word shapes at a name's edges, feminine and
 * possessive titles, appositions, honorifics and ranks, bodies named in a title).
 */
describe("where a name ends", () => {
  it.each([
    ["بحث الرئيس التركي رجب طيب أردوغان العلاقات الثنائية.", ["رجب طيب أردوغان"]],
    // a definite word and a masculine nisba after a first name are two family names
    ["قضت المحكمة برئاسة المستشار محمد السعيد الشربيني بالسجن.", ["محمد السعيد الشربيني"]],
    // a definite family name in ة (Jordanian names) before the object
    ["بحث السفير الأردني في دمشق سفيان القضاة التعاون في ضبط الحدود.", ["سفيان القضاة"]],
    // an office word without the article opens a construct after the name
    ["اتهم حاكم الإقليم أحمد هارون قوات الدعم السريع بارتكاب مجازر.", ["أحمد هارون"]],
    // ب before an office word
    ["استقبل رئيس الجمهورية قيس سعيد بقصر قرطاج الوزير.", ["قيس سعيد"]],
    // فتحي is no ف + verb
    ["استقبل المشير رئيس الأركان الفريق أحمد فتحي خليفة.", ["أحمد فتحي خليفة"]],
    // a construct in ة after two words of a name; a men's name in ة goes on
    ["حضرت رئيسة البرلمان الأوروبي روبرتا ميتسولا جلسة الافتتاح.", ["روبرتا ميتسولا"]],
    ["بحضور وزيرة المالية مشكاة سلامة الخالدي والنواب.", ["مشكاة سلامة الخالدي"]],
    // a verbal noun with a pronoun; a deputy's title after the name
    ["أبدى رئيس الوزراء المجري فيكتور أوربان تحفظه على التمويل.", ["فيكتور أوربان"]],
    ["أيدت المحكمة، برئاسة المستشار أحمد عبود نائب رئيس مجلس الدولة، القرار.", ["أحمد عبود"]],
    // a noun and its nisba far into a name; القوى (folded القوي) is no nisba
    ["دعا رئيس تيار الحكمة الوطني عمار الحكيم القوى الفائزة إلى الإسراع.", ["عمار الحكيم"]],
    // a verb with an object pronoun is no name
    ["استمع المجلس إلى شرح قدمه وزير المالية نورة الفصام حول الميزانية.", ["نورة الفصام"]],
    // a definite word behind و, or one the tagger takes for no name, opens the next part of the sentence
    ["وضمت اللجنة الأمين العام محمد طارق صادق والأعضاء: رانيا السليماني ومرام كردي.", ["محمد طارق صادق"]],
    ["وبحث الرئيس فلاديمير بوتين وأخرى من القضايا.", ["فلاديمير بوتين"]],
    // a verbal noun with the article that the tagger takes for no part of a name; a family name stays
    ["وأكد وزير الخارجية البريطاني فيليب هاموند التصدي للإرهاب.", ["فيليب هاموند"]],
    ["صرح المتحدث باسم وزارة الصحة المصرية دكتور حسام عبد الغفار لموقع “عين اليوم” بأنه توفي 21 شخصا.", ["حسام عبد الغفار"]],
    ["وقام رئيس الحزب التقدمي الاشتراكي النائب وليد جنبلاط بدفع رئيس الحكومة للتريث.", ["وليد جنبلاط"]],
    ["انتقد رئيس ولاية بونتلاند سعيد عبد الله دني المسار الانتخابي.", ["سعيد عبد الله دني"]],
    ["وقال وزير الداخلية الأمير محمد بن نايف بن عبدالعزيز الغامدي كلاما.", ["محمد بن نايف بن عبدالعزيز الغامدي"]],
  ])("%s", (text, names) => {
    expect(officialNames(text)).toEqual(names);
  });
});

describe("where a name begins", () => {
  it.each([
    // first names with the article, and names that go on after ولد
    ["استقبل الرئيس الوزير الأول الموريتاني المختار ولد اجاي، الذي يزور البلاد.", ["المختار ولد اجاي"]],
    ["أشرف الفريق أول السعيد شنقريحة، رئيس أركان الجيش الوطني الشعبي، على التمرين.", ["السعيد شنقريحة"]],
    ["حمل رسالة من الرئيس الموريتاني محمد ولد الشيخ الغزواني إلى نظيره.", ["محمد ولد الشيخ الغزواني"]],
    ["دعا النائب بيرام الداه اعبيد إلى حوار وطني.", ["بيرام الداه اعبيد"]],
    // a sentence opens with و and its verb, not with a name
    ["قال الوزير إن الأرقام جيدة. وردّ مصطفى بايتاس، الوزير المنتدب المكلف بالعلاقات مع البرلمان، بأن الحكومة ماضية.", ["مصطفى بايتاس"]],
    // a word behind و after a title is the next phrase
    ["استدعت الجزائر السفير الفرنسي وباريس تلوح بالرد.", []],
    // شيخ without the article inside a name
    // a rank before a name stands as an honorific, but not before a definite word
    ["وحضر الاجتماع رئيس هيئة الأركان العامة، الجنرال فاليري غيراسيموف.", ["فاليري غيراسيموف"]],
    ["فاز الفريق الأهلي على منافسه.", []],
    // the rules read an office's unknown words into the name; the tagger finds where it begins
    ["وحضر رئيس مجلس عمالة طنجة عبدالحميد ابرشان الحفل.", ["عبدالحميد ابرشان"]],
  ])("%s", (text, names) => {
    expect(officialNames(text)).toEqual(names);
  });
});

describe("titles", () => {
  it.each([
    // feminine of a listed title, with its adjectives
    ["استقبل الرئيس المنسقة الخاصة للأمم المتحدة لعملية السلام بالإنابة سيغريد كاغ.", ["سيغريد كاغ"]],
    // a title and a name inside the name of a body named after a person are that body's
    ["وأكد مدير جامعة الأمير سطام بن عبدالعزيز الدكتور عبدالرحمن العاصمي أن الجامعة جاهزة.", ["عبدالرحمن العاصمي"]],
    ["وقال وكيل جامعة الملك عبدالعزيز الدكتور عبدالله مهرجي إن الجامعة جاهزة.", ["عبدالله مهرجي"]],
    // أمير before a region the gazetteer knows; a leader with the plural pronoun of the group
    ["وجّه أمير جازان محمد بن ناصر بن عبدالعزيز بتوفير البيئة المناسبة.", ["محمد بن ناصر بن عبدالعزيز"]],
    ["وانتقد الجمهوريون الذين انتقد زعيمهم في مجلس الشيوخ ميتش مكونيل الاتفاق.", ["ميتش مكونيل"]],
    // a media spokesman, a treasurer, a former supervisor
    ["وأوضح عيضه الهذلي، الناطق الإعلامي بالإنابة للشؤون الصحية في محافظة الطائف، أن الحالات مستقرة.", ["عيضه الهذلي"]],
    ["وقال أمين الصندوق في النادي أحمد الجوخ إن الميزانية متوازنة.", ["أحمد الجوخ"]],
    // a senator, of a state or not
    ["وقال سيناتور ولاية فلوريدا ماركو روبيو إن الاتفاق سيئ.", ["ماركو روبيو"]],
    // "then" between a title and its name belongs to neither
    ["وهو ما أثار غضب وزير الدفاع الأمريكي آنذاك دونالد رامسفيلد.", ["دونالد رامسفيلد"]],
    ["وأكد المشرف السابق على المنتخب سلمان القريني أن اللاعبين جاهزون.", ["سلمان القريني"]],
    // religious offices
    ["دعا البطريرك الماروني الكاردينال مار بشارة بطرس الراعي إلى الحوار.", ["بشارة بطرس الراعي"]],
    ["استقبل الرئيس عون شيخ عقل طائفة الموحدين الدروز الشيخ سامي أبي المنى.", ["سامي أبي المنى"]],
    ["أعلن المفتي العام للقدس والديار الفلسطينية الشيخ محمد حسين أن الجمعة أول أيام العيد.", ["محمد حسين"]],
    // a body named after its noun: in one word, in quotes, or as a construct
    ["توقع الأمين العام لمنظمة أوبك هيثم الغيص ارتفاع الطلب.", ["هيثم الغيص"]],
    ['حذر رئيس حزب "القوات اللبنانية" سمير جعجع من الالتفاف على القرار.', ["سمير جعجع"]],
    ["من جانبه قال زعيم «حزب الله» اللبناني حسن نصر الله إن الحزب يثق في حلفائه.", ["حسن نصر الله"]],
    ["أكد رئيس ائتلاف دولة القانون نوري المالكي أن المشاركة واجب.", ["نوري المالكي"]],
    ["انتقد رئيس حزب تواصل حمادي ولد سيدي المختار الحصيلة.", ["حمادي ولد سيدي المختار"]],
    // a title with the body's pronoun
    ["أعلن الاتحاد، بقيادة أمينه العام نور الدين الطبوبي، رفضه للقانون.", ["نور الدين الطبوبي"]],
    // headed by, but only when a name follows
    ["انتقد الدبيبة الحكومة المكلفة برئاسة أسامة حماد.", ["أسامة حماد"]],
    ["هنأ الوزير اللاعبين والجهاز الفني بقيادة المدرب السويسري مارسيل كولر.", []],
    // ل before a noun and its genitive is the office's field
    ["استقبلت رئيسة المجلس الوطني لحقوق الإنسان آمنة بوعياش وفدا.", ["آمنة بوعياش"]],
    ["التقى الوفد فولكر تورك، المفوض السامي لحقوق الإنسان، الذي يزور المغرب.", ["فولكر تورك"]],
    ["قرار وزير الشباب والرياضة بحل مجلس إدارة النادي.", []],
    // a title behind ب is another person's: the name before the first title is the minister's
    ["التقى السيد بدر بن حمد البوسعيدي وزير الخارجية بالمبعوث الأممي الخاص إلى اليمن هانس غروندبرغ، وجرى بحث الأوضاع.", ["بدر بن حمد البوسعيدي", "هانس غروندبرغ"]],
    // a post in a place named after its noun; a body's name in a genitive with its adjective
    ["قال رئيس حركة حماس في قطاع غزة خليل الحية إن الحركة جاهزة.", ["خليل الحية"]],
    ["حذرت المديرة التنفيذية لبرنامج الأغذية العالمي سيندي ماكين من المجاعة.", ["سيندي ماكين"]],
    ["وحضر اللواء خبير خليل إبراهيم المنصوري، مساعد القائد العام.", ["خليل إبراهيم المنصوري"]],
    // محافظة is a governorate far more often than a governor
    ["التقى الوزير وفدا من شيوخ ووجهاء محافظة معان.", []],
  ])("%s", (text, names) => {
    expect(officialNames(text)).toEqual(names);
  });
});

describe("a name set apart from its title", () => {
  it.each([
    ["قال رئيس أرامكو السعودية وكبير إدارييها التنفيذيين، المهندس أمين الناصر، إن الشركة ماضية.", ["أمين الناصر"]],
    ["أشرف وزير المجاهدين وذوي الحقوق، العيد ربيقة، على إحياء الذكرى.", ["العيد ربيقة"]],
    ["قدمت وزيرة الشؤون الخارجية بالنيابة، السيدة فاطمة بنت خطري، عرضا حول القمة.", ["فاطمة بنت خطري"]],
    ["يرافقه محافظ البنك المركزي الإيراني (محمد رضا فرزين) في الزيارة.", ["محمد رضا فرزين"]],
    ["وكان رئيس الاتحاد الأفريقي لكرة القدم (كاف)، الجنوب أفريقي باتريس موتسيبي، قد أعلن الموعد.", ["باتريس موتسيبي"]],
    // a title after "وهو" describes the person named right before
    ["وقال سامي الخطيب وهو رئيس جمعية أهلية لحقوق المستأجرين إن القرار ظالم.", ["سامي الخطيب"]],
    // past the title's unknown words: a comma and a profession, an abbreviated honorific, quotes
    ["وأكد رئيس مهرجان القاهرة للفيلم القصير، المخرج سامي عبد الحليم، أن الدورة ناجحة.", ["سامي عبد الحليم"]],
    ["وقال المدير التنفيذي للبرنامج الوطني للمعارض م. طارق العيسى إن البرنامج سيبدأ قريبا.", ["طارق العيسى"]],
    ["وقال مدير عام مكتب الصحة بالمحافظة “صالح الحمدي” إن المستشفيات امتلأت.", ["صالح الحمدي"]],
    // past office words behind لل, a name that ends where names do; not the next office words
    ["وقال رئيس اللجنة المنظمة للبطولة كوفي مينساه إن الملاعب جاهزة.", ["كوفي مينساه"]],
    ["وأوضح المدير التنفيذي للمستشفى استشاري جراحة العظام الدكتور حامد النفيعي أن العملية نجحت.", ["حامد النفيعي"]],
    // a first name that is also a word (باسم "in the name of") opens a name the tagger reads on
    ["وقال مدير الكرة بالنادي الأهلي باسم أبو داود إن اللاعبين جاهزون.", ["باسم أبو داود"]],
    // past the comma, a name behind و is the next of a list, and a possessive speaks of another
    ["استقبل رئيس الغرفة التجارية بجدة، والمهندس سعيد الغامدي الوفد.", []],
    ["تقدم الشاه إلى الملك فاروق، ملك مصر والسودان، يطلب يد أخته الأميرة فوزية لولي العهد.", ["فاروق"]],
    // a title in construct with a body's name (رئيس جمعية …، رئيس بنك …): the person is named before it
    ["وقال سعيد باعشن رئيس جمعية التكافل الخيري إن المساعدات وصلت.", ["سعيد باعشن"]],
    ["وقال ريتشارد فيشر رئيس بنك دالاس الاحتياطي الاتحادي إن الفائدة سترتفع.", ["ريتشارد فيشر"]],
    // but برئاسة governs the name itself
    ["أعلن اتحاد الكرة برئاسة جمال علام مقاطعته القمة.", ["جمال علام"]],
  ])("%s", (text, names) => {
    expect(officialNames(text)).toEqual(names);
  });
});

describe("titles in a list", () => {
  const roles = (text: string) => sentence(text).officials.map((o) => [o.name, o.role]);

  it("read the name after a title, not the one before it that the title before read", () => {
    expect(roles("واستقبل الوزير مستشار وزير العدل التركي بصري باغجي ومدير عام السجون ودور التوقيف أنيس بيلدريم والوفد المرافق لهما.")).toEqual([
      ["بصري باغجي", "وزير العدل"],
      ["أنيس بيلدريم", "مدير عام"],
    ]);
  });

  it("read a title opened by و as the next of the list, whose name comes after it", () => {
    expect(roles("وكان في استقباله وكيل الإمارة حسن محمد البقيصي ومدير إدارة التطوير السياحي بإمارة الباحة سعيد ريحان.")).toEqual([["سعيد ريحان", "مدير إدارة"]]);
  });

  it("show a title without the conjunction that joins it to the list", () => {
    expect(roles("وحضر اللقاء وزير التعليم الدكتور عزام الدخيل والأمين العام لدارة الملك عبدالعزيز الأستاذ فهد السماري ونائب وزير الخارجية سعيد الفلاني.")).toEqual([
      ["عزام الدخيل", "وزير التعليم"],
      ["فهد السماري", "الأمين العام"],
      ["سعيد الفلاني", "نائب وزير الخارجية"],
    ]);
  });
});

describe("a list of people after a dual or plural title", () => {
  const officials = (text: string) => sentence(text).officials.map((o) => [o.name, o.role, o.country]);

  it("reads each name joined by و with the country written before it", () => {
    expect(officials("وكان الرئيسان الأمريكي باراك أوباما والتركي رجب طيب أردوغان قد تحدثا.")).toEqual([
      ["باراك أوباما", "الرئيس", "US"],
      ["رجب طيب أردوغان", "الرئيس", "TR"],
    ]);
  });

  it("gives each name the office words written before it", () => {
    expect(officials("وحضر الجلسة وزيري المالية محمد الجدعان والاقتصاد فيصل الإبراهيم.").map(([name, role]) => [name, role])).toEqual([
      ["محمد الجدعان", "وزير المالية"],
      ["فيصل الإبراهيم", "وزير الاقتصاد"],
    ]);
  });

  it("reads on past commas and honorifics, and gives one serving the person named before that person's country", () => {
    expect(officials("وعقد الرئيس اليمني عبدربه منصور هادي اجتماعا ضم مستشاريه الدكتور أحمد عبيد بن دغر، والمهندس حيدر أبوبكر العطاس، وعبدالعزيز جباري.")).toEqual([
      ["عبدربه منصور هادي", "الرئيس", "YE"],
      ["أحمد عبيد بن دغر", "مستشار", "YE"],
      ["حيدر أبوبكر العطاس", "مستشار", "YE"],
      ["عبدالعزيز جباري", "مستشار", "YE"],
    ]);
  });

  it("gives counterparts the role of the person named before and each their own country", () => {
    expect(officials("والتقى وزير الخارجية عادل الجبير نظيريه الروسي سيرغي لافروف والأمريكي جون كيري.").slice(1)).toEqual([
      ["سيرغي لافروف", "وزير الخارجية", "RU"],
      ["جون كيري", "وزير الخارجية", "US"],
    ]);
  });

  it("reads no list after a singular title", () => {
    expect(officialNames("وقال وزير المالية محمد الجدعان والاقتصاد ينمو بثبات.")).toEqual(["محمد الجدعان"]);
  });
});

describe("one person named again", () => {
  it("by a family name of two words", () => {
    const text = "احتفظ وزير الخارجية عبد الرحمن كلام الله بمنصبه. والتقى وزير الخارجية كلام الله في باريس المبعوث.";
    expect(officialNames(text)).toEqual(["عبد الرحمن كلام الله"]);
  });

  it("by the first name and the father's, or by the first and last names", () => {
    const prince = "بعث نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبدالعزيز برقية تهنئة. وأكد نائب الملك الأمير محمد بن نايف عمق العلاقات.";
    expect(officialNames(prince)).toEqual(["محمد بن نايف بن عبدالعزيز"]);
    const minister = "استقبل الأمين العام نائب الرئيس اليمني خالد محفوظ بحاح في الرياض. وأكد نائب الرئيس خالد بحاح أن الحكومة ستعود إلى عدن.";
    expect(officialNames(minister)).toEqual(["خالد محفوظ بحاح"]);
  });

  it("by one word of the name, after a rank or an honorific", () => {
    const text = "اتهم رئيس الأركان الأمريكي الجنرال مارتن ديمبسي الحكومة بخرق الاتفاق. وقال الجنرال ديمبسي إن القوات جاهزة.";
    expect(officialNames(text)).toEqual(["مارتن ديمبسي"]);
  });

  it("but not a name that goes on with another family name", () => {
    const text = "وكان الملك عبدالله بن عبدالعزيز قد افتتح المستشفى. وقال وزير الصحة الدكتور عبدالله بن عبدالعزيز الربيعة إن المستشفى جاهز.";
    expect(officialNames(text)).toEqual(["عبدالله بن عبدالعزيز", "عبدالله بن عبدالعزيز الربيعة"]);
  });

  it("but not a father named in a son's lineage", () => {
    const text = "وجه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وولي العهد الأمير محمد بن سلمان بن عبدالعزيز آل سعود بالمتابعة.";
    expect(officialNames(text)).toEqual(["سلمان بن عبدالعزيز آل سعود", "محمد بن سلمان بن عبدالعزيز آل سعود"]);
  });
});

describe("titles the role list does not name", () => {
  it.each([
    ["نفذ وكيل إمارة منطقة جازان الدكتور سعد المقرن زيارة مفاجئة للمركز.", "سعد المقرن", "وكيل إمارة منطقة جازان"],
    ["وأكد أمين سوق عكاظ الدكتور جريدي المنصوري أن السوق يكبر.", "جريدي المنصوري", "أمين سوق عكاظ"],
    ["من جهته أكد وكيل الجامعة للتطوير الدكتور عبدالفتاح مشاط أهمية المهرجان.", "عبدالفتاح مشاط", "وكيل الجامعة للتطوير"],
  ])("reads the head of an office, its words and the name after an honorific: %s", (text, name, role) => {
    expect(sentence(text).officials.map((o) => [o.name, o.role])).toEqual([[name, role]]);
  });

  it("takes no title from a head of office with no honorific and name after it", () => {
    expect(officialNames("وقال أمين معلوف إن الدكتور سمير حضر.")).not.toContain("سمير");
    expect(officialNames("زار وكيل الشركة المعرض أمس.")).toEqual([]);
  });

  it("reads no military rank in a sports story, where الفريق is the team and الرائد a club, but does in other news", () => {
    const sport = "فاز الفريق الأهلي على الرائد في مباراة الدوري\nسجل لاعب الوسط هدفين في المباراة، وقال الفريق محمد السالم إن الجماهير ساندت اللاعبين في الملعب حتى صافرة الحكم.";
    expect(extract(sport).topics).toContain("sport");
    expect(extract(sport).officials).toEqual([]);
    expect(officialNames("وقال رئيس الأركان الفريق محمد السالم إن القوات جاهزة.")).toEqual(["محمد السالم"]);
  });

  it("reads a name written as names.yaml lists it (قايد) as a name, though it folds like the title قائد", () => {
    expect(officialNames("هنأ الملك فخامة الرئيس الباجي قايد السبسي رئيس الجمهورية التونسية بالذكرى.")).toContain("الباجي قايد السبسي");
  });

  it("takes no country from a demonym that is a person's family name", () => {
    expect(sentence("وقال رئيس الوزراء محمد شياع السوداني إن الحكومة ماضية في الإصلاح.").officials).toEqual([expect.not.objectContaining({ country: "SD" })]);
  });

  it("reads a role in the accusative as the title given to the name before it, shown as the label", () => {
    const read = (text: string) => sentence(text).officials.map((o) => [o.name, o.role]);
    expect(read("واختير اندريه اندرسن رئيسا بالإنابة لشرطة المدينة بعد الاضطرابات.")).toEqual([["اندريه اندرسن", expect.stringMatching(/^رئيس بالإنابة/)]]);
    expect(officialNames("وضمت البعثة إبراهيم العيد رئيساً للوفد.")).toEqual(["إبراهيم العيد"]);
  });

  it("reads the names a plural title lists after «، هم», «كل من» or a colon", () => {
    expect(officialNames("أصدر الرئيس قرارا بتعيين ثلاثة مستشارين رئاسيين، هم حيدر أبو بكر العطاس، وأحمد عبيد بن دغر، وعبد العزيز أحمد جباري، حسبما أفادت الوكالة.")).toEqual(
      expect.arrayContaining(["حيدر أبو بكر العطاس", "أحمد عبيد بن دغر", "عبد العزيز أحمد جباري"]),
    );
  });

  it("keeps the whole of a name the officials file knows whole, though a shorter form of it is known too", () => {
    expect(officialNames("استقبل سمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح في قصر بيان اليوم الوزراء.")).toEqual(["مشعل الأحمد الجابر الصباح"]);
  });

  it("ends a name at فإن, which folds like the connector فان", () => {
    expect(officialNames("ووفقا للناطق الإعلامي لشرطة المنطقة الرائد بدر السحيباني فإن الشرطة تلقت بلاغا.")).toEqual(["بدر السحيباني"]);
  });

  it("gives no title to the name before a relative's title (زوجة الرئيس)", () => {
    expect(officialNames("فإن نجوم البوب تذكروا ميشيل أوباما، زوجة الرئيس الأميركي، وهم حزينون.")).toEqual([]);
  });

  it("reads a transliterated foreign rank as a title, not as part of the name", () => {
    expect(officialNames("كما اعتبر المتحدث العسكري اللفتنانت كولونيل بيتر لينر أن الهجوم عمل إرهابي.")).toEqual(["بيتر لينر"]);
  });

  it("reads no title words through a name up to an honorific behind و, which opens the next person", () => {
    expect(officialNames("وحضر وزير الخارجية سامح شكري والسيد عمرو موسى الحفل أمس في القاهرة.")).toEqual(["سامح شكري"]);
    expect(officialNames("حضر الاجتماع من الجانب السعودي كل من اللواء عائض سالم القحطاني والعميد عبدالله الكثيري.")).toEqual(["عائض سالم القحطاني", "عبدالله الكثيري"]);
  });

  it("reads a club's sports director as an official", () => {
    expect(officialNames("وقال المدير الرياضي ليوفنتوس فابيو باراتيتشي إن الصفقة اكتملت.")).toEqual(["فابيو باراتيتشي"]);
  });

  it("takes an officer named by rank alone for an official with the rank as the role, and a retired one for none", () => {
    const read = (text: string) => sentence(text).officials.map((o) => [o.name, o.role]);
    expect(read("ومن جهته دعا العميد سعيد بن محمد القحطاني المقيمين إلى المبادرة.")).toEqual([["سعيد بن محمد القحطاني", "العميد"]]);
    expect(read("وكان الجنرال عبد الرحمن تياني قد أطاح بالرئيس محمد بازوم.").map(([, role]) => role)).toContain("الجنرال");
    expect(officialNames("وقال الخبير العسكري العميد المتقاعد محمد الخالدي إن التنظيم يتراجع.")).toEqual([]);
  });

  it("takes القائد in a sports story for the team's captain, and for a commander in other news", () => {
    const sport = "فاز الفريق الأهلي على الرائد في مباراة الدوري\nسجل لاعب الوسط هدفين في المباراة، وقال القائد ياسر السالم إن الجماهير ساندت اللاعبين في الملعب حتى صافرة الحكم.";
    expect(extract(sport).topics).toContain("sport");
    expect(extract(sport).officials).toEqual([]);
    expect(officialNames("وقال القائد العام للقوات المسلحة ياسر السالم إن القوات جاهزة.")).toEqual(["ياسر السالم"]);
  });

  it("reads a name set off by a comma right after its title", () => {
    expect(officialNames("وقّع الطلب رئيس الوزراء الفلسطيني، رامي الحمد الله، أمس.")).toEqual(["رامي الحمد الله"]);
    expect(officialNames("وقال وزير الخارجية الأمريكي، إن المحادثات مثمرة.")).toEqual([]);
  });

  it("reads a supervisor general and a chief adviser as titles", () => {
    expect(officialNames("وقال المشرف العام على المركز الدكتور عبدالله الربيعة إن المساعدات وصلت.")).toEqual(["عبدالله الربيعة"]);
    expect(officialNames("وأكد كبير المساعدين العسكريين رونالد لويس أن الخطة جاهزة.")).toEqual(["رونالد لويس"]);
  });

  it("reads no title in the name of a place or a body named after a person", () => {
    expect(officialNames("نقل المصاب إلى مستشفى الملك فهد التخصصي في بريدة.")).toEqual([]);
    expect(officialNames("فاز الهلال في نهائي كأس الملك على الأهلي.")).toEqual([]);
    expect(officialNames("وأقيم المعرض في قلعة الملك عبدالعزيز التاريخية قرب باب الملك فهد.")).toEqual([]);
    expect(officialNames("وقعت الوزارة مذكرة تفاهم مع جامعتي الملك عبدالعزيز وجدة.")).toEqual([]);
    expect(officialNames("وتقام الفعاليات وسط متنزه الملك عبدالعزيز بـ٩ أنشطة.")).toEqual([]);
    expect(officialNames("وجاء ذلك عن طريق الرئيس التركي رجب طيب إردوغان، ونظرا لوجود جنود.")).toEqual(["رجب طيب إردوغان"]);
    expect(officialNames("وقال مدير جامعة الملك سعود الدكتور بدران العمر إن القبول بدأ.")).toEqual(["بدران العمر"]);
  });

  it("reads the deputy crown prince as one title", () => {
    expect(sentence("تلقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد اتصالا هاتفيا.").officials.map((o) => [o.name, o.role]))
      .toEqual([["محمد بن سلمان بن عبدالعزيز", "ولي ولي العهد"]]);
  });

  it("reads a role or honorific word after عبد or آل as part of the name", () => {
    expect(officialNames("وقال وزير الشؤون البلدية والقروية المهندس عبد اللطيف بن عبد الملك إن المشروع اكتمل.")).toEqual(["عبد اللطيف بن عبد الملك"]);
  });
});

/**
 * Known misses of the person tagger on a lone sentence, where a foreign name it never saw
 * stands without the rest of its article (issue 11's note). They fail today: when a tagger
 * trained on more foreign names reads them right, these tests fail and move back above.
 */
describe("compound names, known names and titles of issue 11's later batches", () => {
  it("keeps the word after عبد in a name, though the word alone reads as no name", () => {
    expect(officialNames("وصل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز إلى مدينة طنجة.")).toEqual(["سلمان بن عبد العزيز"]);
    expect(officialNames("أجرى الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد اتصالا هاتفيا.")).toEqual(["محمد بن سلمان بن عبد العزيز"]);
  });

  it("takes a name the officials file knows whole, wherever the tagger would end it", () => {
    expect(officialNames("وترأس أمير الكويت الشيخ مشعل الأحمد الجابر الصباح أعمال القمة، بمشاركة قادة ورؤساء وفود دول مجلس التعاون.")).toEqual(["مشعل الأحمد الجابر الصباح"]);
  });

  it("reads a party's leader after بزعامة", () => {
    expect(officialNames("وتقدم حزب العمال بزعامة جيريمي كوربن في الاستطلاع.")).toEqual(["جيريمي كوربن"]);
  });

  it("reads مشرف as a title before an office word, and as a name after a first name", () => {
    expect(officialNames("وقال مشرف كرة السلة تركي الهيج إن اللاعبين جاهزون.")).toEqual(["تركي الهيج"]);
    expect(officialNames("وقال الرئيس الباكستاني السابق برويز مشرف إن البلاد بخير.")).toEqual(["برويز مشرف"]);
  });

  it("takes no person from a title's own words behind ل or ب that the model reads as no name", () => {
    expect(officialNames("وقال المدير التنفيذي لسوق عكاظ إن المهرجان ناجح.")).toEqual([]);
    expect(officialNames("وقال الرئيس التنفيذي لمانشستر سيتي فيران سوريانو إن النادي مستعد.")).toEqual(["فيران سوريانو"]);
  });

  it("reads an emperor's title before the country's name", () => {
    expect(officialNames("وكان من ضيوف حفل افتتاح القناة إمبراطور النمسا فرانسوا جوزيف.")).toEqual(["فرانسوا جوزيف"]);
  });
});

describe("former misses of the person tagger on lone sentences, read since it knows given names (given-names.yaml)", () => {
  it.each([
    ["استقبل الرئيس الصومالي حسن شيخ محمود المبعوث.", ["حسن شيخ محمود"]],
    ["وقالت سفيرة الاتحاد الأوروبي بيير-كريستوف شاتزيسافاس إن المشروع مهم.", ["بيير-كريستوف شاتزيسافاس"]],
    ["طمأن محافظ البنك المركزي علي محسن العلاق المواطنين بأن الاحتياطي كاف.", ["علي محسن العلاق"]],
    // a foreign given name that begins like the article (إلهام)
    ["بحث الرئيس التركي رجب طيب أردوغان مع نظيره الأذربيجاني إلهام علييف العلاقات.", ["رجب طيب أردوغان", "إلهام علييف"]],
  ])("%s", (text, names) => {
    expect(officialNames(text)).toEqual(names);
  });
});

describe("known misses of the person tagger on lone sentences", () => {
  it.fails.each([
    // since the tagger was retrained on batches 19–22 with the rules' marks around a word and
    // the echoes of a name: a definite object read on
    ["وأعلن رئيس الوزراء الياباني شينزو آبي التعبير عن الأسف.", ["شينزو آبي"]],
  ])("%s", (text, names) => {
    expect(officialNames(text)).toEqual(names);
  });
});

describe("names the officials file knows, and titles after a connector", () => {
  it("reads a known name whole though its first word reads as a word that ends names", () => {
    expect(officialNames("عقدت اجتماعات بين الجانبين والرئيس الصيني شي جين بينغ العام الماضي.")).toEqual(["شي جين بينغ"]);
  });

  it("does not read a known name on through a preposition that folds like its last word", () => {
    expect(officialNames("وقال رئيس الوزراء الإثيوبي آبي أحمد على هامش القمة إن بلاده مستعدة.")).toEqual(["آبي أحمد"]);
  });

  it("reads a title behind و after a name that ends in a connector's look-alike (آبي)", () => {
    expect(officialNames("التقى رئيس الوزراء الياباني شينزو آبي والرئيس الصيني شي جين بينغ في بكين.")).toEqual(["شينزو آبي", "شي جين بينغ"]);
  });

  it("takes a lone family name after a title when the officials file knows it", () => {
    expect(officialNames("وأكد الرئيس السيسي من جهته أهمية التعاون.")).toEqual(["السيسي"]);
  });

  it("reads the titles of an envoy (موفد), a district head (قائم مقام) and an editor-in-chief", () => {
    expect(officialNames("وقال قائم مقام قضاء الرمادي دلف الكبيسي إن القوات استعادت الجامعة.")).toEqual(["دلف الكبيسي"]);
    expect(officialNames("وساعدها في ذلك الموفد الدولي لحل الأزمة السورية ستيفان دي ميستورا، كما فعلت موسكو.")).toEqual(["ستيفان دي ميستورا"]);
    expect(officialNames("وقال رئيس تحرير الصحيفة ماجد البسام إن العمل مستمر.")).toEqual(["ماجد البسام"]);
  });

  it("reads a district (قضاء) or a subdistrict (ناحية) and its name as the office's words", () => {
    expect(officialNames("وكان رئيس مجلس قضاء الخالدية في محافظة الأنبار علي داوود أعلن مقتل القيادي.")).toEqual(["علي داوود"]);
    expect(officialNames("وقال مدير ناحية العامرية فيصل العيساوي إن القوات تقدمت.")).toEqual(["فيصل العيساوي"]);
  });
});

describe("titles that name no office", () => {
  it.each([
    ["أعلن طيران ناس عن تكريم قائد طيار يوسف الزير وأعضاء الطاقم الجوي."], // an airline captain
    ["تكفل عضو شرف النادي فهر الطيب بعدد من التذاكر للمباراة."], // a club's honorary member
    ["بينما يتخلف عن الاجتماع عضو الشرف الداعم الأمير أحمد بن سلطان لتواجده خارج البلاد."], // nor as an office's head
    ["نوه عضو هيئة التدريس في جامعة واشنطن البروفيسور مايكو باريز بالجهود."], // a faculty member
    ["اختتمها مدير الجهاز الفني اليوناني جوريجوس دونيس بمناورة على نصف الملعب."], // a team's coach
  ])("takes no official from «%s»", (text) => {
    expect(officialNames(text)).toEqual([]);
  });
});

describe("a name the officials file knows ends where the sentence goes on", () => {
  it("ends a known one-word name before a definite word («الرئيس أوباما الديمقراطي»)", () => {
    expect(officialNames("وقال عدد من المشرعين من حزب الرئيس أوباما الديمقراطي إن الاتفاق لا يكفي.")).toEqual(["أوباما"]);
  });

  it("ends a known one-word name before a word the tagger takes for no part of a name («الرئيس أوباما ادعى»)", () => {
    expect(officialNames("الرئيس أوباما ادعى أن الاتفاق يمنع القنبلة")).toEqual(["أوباما"]);
    expect(officialNames("وزير الخارجية المصري سامح شكري سيطلع الدول الأعضاء على الخطة")).toEqual(["سامح شكري"]);
    expect(officialNames("الرئيس أوباما ضعيف ومتردد")).toEqual(["أوباما"]);
    expect(officialNames("رئيس الوزراء الإسرائيلي بنيامين نتنياهو مولت منظمات")).toEqual(["بنيامين نتنياهو"]);
    expect(officialNames("وقال ولي ولي العهد الأمير محمد بن سلمان بن عبدالعزيز إن الزيارة ناجحة.")).toEqual(["محمد بن سلمان بن عبدالعزيز"]);
  });

  it("ends a known one-word name before a word behind و («خامنئي وسليماني»)", () => {
    expect(officialNames("فيما يمثل المرشد خامنئي وسليماني رئيس الحرس ما ينقض الاتفاقية.")).toEqual(["خامنئي"]);
  });

  it("never reads a name on through و and a name the officials file knows («شكري وكيري»)", () => {
    expect(officialNames("وأشار إلى أن الاتصال بين وزير الخارجية شكري وكيري تطرق إلى القضايا.")).not.toContain("شكري وكيري تطرق");
  });

  it("keeps a name whose first word is a known one-word name of someone else («عباس عراقجي»)", () => {
    expect(officialNames("وقال وزير الخارجية الإيراني عباس عراقجي إن بلاده مستعدة.")).toEqual(["عباس عراقجي"]);
  });
});

describe("a preposition written on a name", () => {
  it("leaves out ب or ل written on a name's first word («لعمر الزهراني»)", () => {
    expect(officialNames("وتخلل الحفل كلمة لعمر الزهراني نائب رئيس المكتب التعاوني تحدث فيها عن البرنامج.")).toEqual(["عمر الزهراني"]);
  });

  it("keeps a first name that begins with ب or ل as written («بسام»، «بشار»)", () => {
    expect(officialNames("وقال وزير الثقافة بسام يوسف إن الحكومة مستعدة.")).toEqual(["بسام يوسف"]);
    expect(officialNames("وقال وزير الإعلام بشار الجعفري إن الحكومة مستعدة.")).toEqual(["بشار الجعفري"]);
  });
});

describe("a first name that is a country's", () => {
  it("reads a country's name listed as a first name too after a title that has its country («جورجيا ميلوني»)", () => {
    expect(officialNames("بينما أكدت رئيسة الوزراء الإيطالية جورجيا ميلوني أن روما تؤيد العقوبات.")).toEqual(["جورجيا ميلوني"]);
    expect(officialNames("وقال وزير الدفاع الإسرائيلي إسرائيل كاتس إن الجيش مستعد.")).toEqual(["إسرائيل كاتس"]);
  });

  it("reads a people's adjective listed as a first name (تركي) without the article after a definite word as a name", () => {
    expect(officialNames("وقال المتحدث باسم التحالف العميد تركي المالكي إن القوات اعترضت صاروخا.")).toEqual(["تركي المالكي"]);
    expect(officialNames("وقال رئيس مجلس إدارة هيئة الترفيه تركي آل الشيخ إن الموسم سيبدأ قريبا.")).toEqual(["تركي آل الشيخ"]);
    expect(officialNames("وقال وزير الخارجية التركي مولود جاويش أوغلو إن أنقرة مستعدة.")).toEqual(["مولود جاويش أوغلو"]);
  });

  it("takes a country after a title for the place it names when the sentence goes on («زار الرئيس الأمريكي إسرائيل الأسبوع الماضي»)", () => {
    expect(officialNames("وزار الرئيس الأمريكي إسرائيل الأسبوع الماضي.")).toEqual([]);
    expect(officialNames("وزار الرئيس الفرنسي تونس مرتين هذا العام.")).toEqual([]);
  });
});

describe("title words in names, and names in quotes", () => {
  it("reads a title word right after a given name as the family name when no name follows it («علي السلطان»)", () => {
    expect(officialNames("وقال مدير فرع الجمعية في الرياض الدكتور علي السلطان إن المنحة سخية.")).toEqual(["علي السلطان"]);
    expect(officialNames("وضمت اللجنة عبدالرحمن السلطان (صيدلي)، وعبدالعزيز المسعد، فيما حضر الأعضاء.")).toEqual([]);
    expect(officialNames("وأشاد بالأمير عبدالله بن مساعد بن عبدالعزيز الرئيس العام لرعاية الشباب الذي دعم الفريق.")).toEqual(["عبدالله بن مساعد بن عبدالعزيز"]);
  });

  it("reads the person in quotes after a title when the quotes open with an honorific", () => {
    expect(officialNames('وبتوجيهات من مدير المستشفى المكلف "الدكتور فيصل علي نصار"؛ تم تشكيل فريق طبي.')).toEqual(["فيصل علي نصار"]);
  });

  it("reads a listed given name that begins with ل as a name, not as ل and a word («ليوني جرين»)", () => {
    expect(officialNames("وقال ليوني جرين، المتحدث باسم الاتحاد، إننا نحتاج إلى الدعم.")).toEqual(["ليوني جرين"]);
  });

  it("begins the name where the tagger opens it when the title took its first word («سفير روسيا لدى المملكة اليغ ازيروف»)", () => {
    expect(sentence("وحضره سفير روسيا لدى المملكة اليغ ازيروف، ونائب مدير الإدارة.").officials.map((o) => [o.name, o.country])).toEqual([["اليغ ازيروف", "RU"]]);
  });

  it("reads an official the officials file knows right after a title without the article as whose the title is («مستشار خامنئي»)", () => {
    expect(officialNames("فيما قال ولايتي مستشار خامنئي: إن أمريكا تريد التفاوض.")).toEqual([]);
    expect(sentence("وقال مستشار خامنئي علي أكبر ولايتي إن أمريكا تريد التفاوض.").officials.map((o) => [o.name, o.role, o.country])).toEqual([["علي أكبر ولايتي", "مستشار", "IR"]]);
    expect(officialNames("حذر ماجد نواز، مستشار ديفيد كاميرون رئيس الوزراء البريطاني، من الخطر.")).toEqual(["ماجد نواز", "ديفيد كاميرون"]);
    expect(officialNames("وقاتلت القوات الموالية للرئيس عبد ربه منصور هادي المتمردين.")).toEqual(["عبد ربه منصور هادي"]);
    expect(officialNames("وتقاتل قوات الدعم السريع بقيادة محمد حمدان دقلو في الخرطوم.")).toEqual(["محمد حمدان دقلو"]);
  });

  it("does not read a title's words on to an honorific behind ب («آشتون كارتر بالملك سلمان»)", () => {
    expect(officialNames("وجاء ذلك لدى لقاء وزير الدفاع الأمريكي آشتون كارتر بالملك سلمان بن عبدالعزيز في جدة.")).toEqual(["آشتون كارتر", "سلمان بن عبدالعزيز"]);
  });

  it("counts one person whether عبد is written apart or joined, and a lone first name after a title as theirs", () => {
    const text = "خبر\nأطلق اسم خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود على الشارع.\nوأشاد الرئيس بالملك سلمان.\nوجاء ذلك بقيادة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود.";
    expect(extract(text).officials.map((o) => [o.name, o.mentions])).toEqual([["سلمان بن عبد العزيز آل سعود", 3]]);
  });

  it("reads a name in quotes after a title («السفير الأمريكي السابق في الرياض « جميس سميث »»)", () => {
    expect(sentence("وقال السفير الأمريكي السابق في الرياض « جميس سميث » في لقاء تلفزيوني إن الاتفاق جيد.").officials.map((o) => [o.name, o.country])).toEqual([["جميس سميث", "US"]]);
    expect(officialNames("وقال رئيس حزب «القوات اللبنانية» سمير جعجع إن الانتخابات قريبة.")).toEqual(["سمير جعجع"]);
  });

  it("reads a name on past the father's name where the rules read on («عزام بن محمد الدخيل»)", () => {
    expect(officialNames("وأكد وزير التعليم عزام بن محمد الدخيل أن العام الدراسي يبدأ غدا.")).toEqual(["عزام بن محمد الدخيل"]);
    expect(officialNames("وقال الناطق الإعلامي بشرطة منطقة مكة المكرمة المقدم عاطي بن عطية القرشي إن الجهات المختصة باشرت.")).toEqual(["عاطي بن عطية القرشي"]);
  });

  it("reads a name the officials file knows whole, though its last word is a common word elsewhere («بشارة بطرس الراعي»)", () => {
    expect(officialNames("وقال البطريرك الماروني بشارة بطرس الراعي إن لبنان يحتاج إلى رئيس.")).toEqual(["بشارة بطرس الراعي"]);
  });

  it("gives a title's head, not the genitive behind ل, as the role («المستشار السياسي للأمين العام»)", () => {
    expect(sentence("وحضر الاجتماع المستشار السياسي للأمين العام الدكتور مشاري النعيم.").officials.map((o) => [o.name, o.role])).toEqual([["مشاري النعيم", "المستشار السياسي"]]);
  });

  it("reads أمين before an office word as a title, and مسئول as مسؤول", () => {
    expect(officialNames("وأوضح أمين مجلس شباب منطقة عسير عادل آل عمر أن الملتقى سيبدأ غدا.")).toEqual(["عادل آل عمر"]);
    expect(officialNames("وعرض رئيس الجمهورية الأسبق أمين الجميل الأوضاع مع الوفد.")).toEqual(["أمين الجميل"]);
    expect(sentence("وقال مسئول الخدمات العامة حسن الشهري إن العمل مستمر.").officials.map((o) => [o.name, o.role])).toEqual([["حسن الشهري", "مسؤول"]]);
  });
});
