/* test-relation-matcher.c — the relation catalogue, its file, and the
 * relations suggested from Arabic wording
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"

/* Scoring */

/* "paragraph|type|source|target", the two actors in order for a mutual
 * type: what scores count, once per paragraph. */
static char *
triple_key (HashiyaRelationCatalog *relations,
            guint                   paragraph,
            const char             *type,
            const char             *source,
            const char             *target)
{
  HashiyaRelationType *relation_type = hashiya_relation_catalog_lookup (relations, type);

  g_assert_nonnull (relation_type);
  if (hashiya_relation_type_get_mutual (relation_type) && strcmp (source, target) > 0)
    {
      const char *swap = source;

      source = target;
      target = swap;
    }
  return g_strdup_printf ("%u|%s|%s|%s", paragraph, type, source, target);
}

static guint
paragraph_of (HashiyaText *text,
              guint        offset)
{
  guint line = 0, column = 0;

  hashiya_text_offset_to_line (text, offset, &line, &column);
  return line;
}


/* Sentences of news the matcher has never seen, with the actors of
 * tests/data/news-catalog.json, and the relations a reader finds in
 * them: "type source>target", then "future", "hypothetical", "negated"
 * or "mode=…" when the relation must say so, "nomode" when it must say
 * none. A mutual type's two ends may come either way round. */
static const struct
{
  const char *text;
  const char *expected;
} news[] = {
  /* VSO, a proclitic on the verb. */
  { "وتتهم إسرائيل حركة حماس بخرق الهدنة.", "accuse israel>hamas" },
  { "وتتهم كييف موسكو بشن هجمات على المدنيين.", "accuse ukraine>russia" },
  /* A verb with a pronoun object names no second party. */
  { "واتهمها الرئيس الأوكراني بالكذب.", "" },
  /* Hosting, talks between two others. */
  { "فاستضافت الدوحة محادثات بين الولايات المتحدة وحركة حماس.",
    "consult qatar>usa mode=host; consult qatar>hamas mode=host; consult usa>hamas" },
  { "استضافت القاهرة، الأحد، اجتماعا لوزراء خارجية الأردن والسعودية وقطر.",
    "consult egypt>jordan mode=host; consult egypt>saudi-arabia mode=host; consult egypt>qatar mode=host" },
  /* سـ on the verb: future. */
  { "ستستضيف الرياض قمة مجموعة العشرين العام المقبل.", "consult saudi-arabia>g20 future mode=host" },
  /* Negation, participation in a forum. */
  { "لم تشارك فرنسا في قمة مجموعة بريكس.", "consult france>brics negated mode=multilateral" },
  /* قد before a present verb: hypothetical; a gap between verb and object. */
  { "وقد تفرض الولايات المتحدة عقوبات جديدة على إيران.", "sanction usa>iran hypothetical" },
  { "فرض الاتحاد الأوروبي عقوبات جديدة على روسيا بسبب الحرب في أوكرانيا.", "sanction eu>russia" },
  /* و + ل + the article on a trigger, the genitive after a noun as its source. */
  { "وللدعم العسكري الأمريكي لأوكرانيا دور حاسم في صمودها.", "aid usa>ukraine mode=military" },
  /* A title with the name after it is one party; the call is the request. */
  { "دعا الرئيس الفرنسي إيمانويل ماكرون إسرائيل إلى وقف إطلاق النار في غزة.", "request macron>israel" },
  { "رفضت حماس المقترح الإسرائيلي لتبادل الأسرى.", "reject hamas>israel" },
  /* What a threat is about did not happen. */
  { "هدد الحوثيون باستهداف السفن الأمريكية في البحر الأحمر.", "threaten houthis>usa" },
  { "واستدعت وزارة الخارجية المصرية السفير الإسرائيلي في القاهرة احتجاجا على الغارات.",
    "protest egypt-mfa>israel" },
  { "حشدت روسيا قواتها على الحدود مع أوكرانيا.", "mobilize russia>ukraine" },
  { "اعتقلت السلطات الإيرانية مواطنة فرنسية بتهمة التجسس.", "coerce iran>france" },
  /* VSO and SVO attacks. */
  { "قصفت روسيا منشآت الطاقة الأوكرانية ليلة الأحد.", "assault russia>ukraine" },
  { "الجيش الإسرائيلي يقصف مواقع لحركة حماس في غزة.", "assault israeli-army>hamas" },
  { "أفرجت إيران عن مواطنة فرنسية بعد أشهر من الاحتجاز.", "retreat iran>france" },
  { "وافقت حماس على المقترح المصري لوقف إطلاق النار.", "concede hamas>egypt" },
  { "أشاد وزير الخارجية الأمريكي بالدور القطري في الوساطة.", "support blinken>qatar" },
  /* A nominal sentence, with مستعدة: future. */
  { "تركيا مستعدة للتعاون مع أوكرانيا في مجال الطاقة.", "cooperate turkey>ukraine future" },
  { "وبحث الرئيس المصري هاتفيا مع نظيره الفرنسي تطورات الأوضاع.", "consult sisi>france mode=phone" },
  /* A noun's genitive is its subject when a preposition names the other party. */
  { "أعلنت مصر عن زيارة الرئيس الفرنسي المرتقبة إلى القاهرة.", "consult macron>egypt future mode=visit" },
  { "وسوف يزور وزير الخارجية الروسي سيرغي لافروف أنقرة الأسبوع المقبل.",
    "consult lavrov>turkey future mode=visit" },
  /* Coordinated parties, each pair. */
  { "توصلت إسرائيل وحماس إلى اتفاق لوقف إطلاق النار بوساطة قطرية.", "agree israel>hamas" },
  { "واتفقت روسيا والصين على تعزيز التعاون العسكري بينهما.", "agree russia>china" },
  { "أجرت القوات المصرية والسعودية مناورات مشتركة في البحر الأحمر.",
    "cooperate egypt>saudi-arabia mode=military" },
  { "وأجرى الرئيسان الروسي والصيني محادثات استمرت ساعتين.", "consult russia>china" },
  /* A negated relation. */
  { "ولا تقيم السعودية علاقات دبلوماسية مع إسرائيل.", "cooperate saudi-arabia>israel negated mode=diplomatic" },
  /* Hoping: hypothetical, across أن. */
  { "وتأمل فرنسا أن تستضيف محادثات بين روسيا وأوكرانيا.", "consult russia>ukraine hypothetical" },
  /* A relative clause is said of its antecedent; the main verb's subject
   * is found across it. */
  { "واشنطن، التي تقدم دعما عسكريا لكييف، حذرت موسكو من التصعيد.",
    "aid usa>ukraine mode=military; threaten usa>russia" },
  /* بمشاركة without a forum: the participants with each other. */
  { "وعقد في الرياض اجتماع بمشاركة مصر والأردن وقطر.",
    "consult egypt>jordan mode=multilateral; consult egypt>qatar mode=multilateral; "
    "consult jordan>qatar mode=multilateral" },
  { "التقى وزير الخارجية الأمريكي أنتوني بلينكن مع ولي العهد السعودي في الرياض.",
    "consult blinken>saudi-arabia" },
  { "وتنوي فرنسا إرسال مساعدات إلى أوكرانيا.", "aid france>ukraine future" },
  { "ويمكن أن تشارك الصين في قمة مجموعة العشرين.", "consult china>g20 hypothetical mode=multilateral" },
  /* A name is no trigger: مجلس التعاون الخليجي. */
  { "ورحب مجلس التعاون الخليجي بالاتفاق بين السعودية وإيران.",
    "support gcc>saudi-arabia; support gcc>iran; agree saudi-arabia>iran" },
  /* Who condemns the attacks of whom: the subject of a relative clause. */
  { "وأدانت الخارجية المصرية الهجمات التي تشنها جماعة الحوثي على السفن.", "accuse egypt>houthis" },
  /* A clause after "، و" with no subject of its own shares the one before. */
  { "ولم تعترف الولايات المتحدة بالنتائج، وهددت بفرض عقوبات على طهران.", "threaten usa>iran" },
  { "انتقدت حماس الموقف الأمريكي، واتهمت واشنطن بالانحياز لإسرائيل.", "accuse hamas>usa" },
  /* A subject that is no mention ("الدول الغربية") is no reason to take
   * the object for it; what an accusation is about did not happen. */
  { "وتتهم الدول الغربية روسيا بشن حرب عدوانية على أوكرانيا، في حين تتهم موسكو حلف شمال الأطلسي بالتوسع.",
    "accuse russia>nato" },
  /* A mediator with each party; an offer is hypothetical. */
  { "وكانت أنقرة قد عرضت التوسط بين موسكو وكييف.",
    "consult turkey>russia hypothetical mode=third-party; consult turkey>ukraine hypothetical mode=third-party" },
  { "وتلعب قطر دورا محوريا في الوساطة بين إسرائيل وحماس، بالتنسيق مع مصر.",
    "consult qatar>israel mode=third-party; consult qatar>hamas mode=third-party; cooperate qatar>egypt" },
  /* A state's adjective after a noun is its subject. */
  { "وتسبب القصف الإسرائيلي على الأردن في سقوط ضحايا.", "assault israel>jordan" },
  { "وأدانت مصر الهجوم الإسرائيلي على غزة.", "accuse egypt>israel" },
  /* The participants come when the summit does. */
  { "وتستعد الصين لاستضافة قمة مجموعة بريكس في العام المقبل، بمشاركة روسيا وإيران.",
    "consult china>brics future mode=host; consult russia>brics future mode=multilateral; "
    "consult iran>brics future mode=multilateral" },
  /* A headline's speaker before a colon. */
  { "قطر والسعودية: دعم كامل للشعب السوداني وللمبادرة الفرنسية.",
    "support qatar>sudan; support qatar>france; support saudi-arabia>sudan; support saudi-arabia>france" },
  /* What a mediation is about may come; what a pledge is about is to
   * come, from who pledges. */
  { "وتحاول مصر التوسط لوقف إطلاق النار بين إسرائيل وحماس.",
    "consult egypt>israel hypothetical mode=third-party; consult egypt>hamas hypothetical mode=third-party; "
    "concede israel>hamas hypothetical; concede hamas>israel hypothetical" },
  { "وتعهدت فرنسا بتقديم الدعم العسكري لأوكرانيا.", "agree france>ukraine; aid france>ukraine future mode=military" },
  /* A word right after a preposition is a noun, whatever a verb with a
   * pronoun would look like: إدانتها, not أدانت + ـها. */
  { "وأعربت مصر عن إدانتها للهجوم الإسرائيلي على غزة.", "accuse egypt>israel" },
  /* A verbal noun by its pattern, with a pronoun. */
  { "وبدأت القوات الروسية انسحابها من كييف.", "retreat russia>ukraine" },
  /* A noun with the accusative's alef. */
  { "وفرض الاتحاد الأوروبي حظرا على تصدير الأسلحة إلى إيران.", "sanction eu>iran" },
  /* A person named after their title, after a party inside the title,
   * and after a title that is no party. */
  { "واتهم قائد الجيش السوداني الفريق أول عبد الفتاح البرهان الإمارات بدعم قوات الدعم السريع.",
    "accuse burhan>uae" },
  { "استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة.",
    "consult sisi>blinken mode=host" },
  { "استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان، في الرياض، الرئيس الأوكراني فولوديمير زيلينسكي.",
    "consult faisal-bin-farhan>zelensky mode=host" },
  /* An aside after a preposition between two commas. */
  { "ودعت مصر والأردن، في بيان مشترك، إسرائيل إلى وقف التصعيد.", "request egypt>israel; request jordan>israel" },
  /* In a city is where, not whom. */
  { "والتقى وزير الخارجية الأمريكي بمدينة الرياض نظيره القطري.", "consult blinken>qatar" },
  /* What an agreement is about, between its parties, to come. */
  { "ووقعت مصر والأردن في القاهرة مذكرة تفاهم للتعاون في مجال الطاقة.",
    "agree egypt>jordan; cooperate egypt>jordan future mode=economic" },
  /* The subject of what is said is a pronoun on أن. */
  { "وأعلنت الصين أنها ستقدم قرضا جديدا لمصر.", "aid china>egypt future" },
  /* A verb in a relative clause whose pronoun is its antecedent. */
  { "ولم تشارك قطر في قمة مجموعة العشرين التي استضافتها الرياض.",
    "consult qatar>g20 negated mode=multilateral; consult saudi-arabia>g20 mode=host" },
  /* A noun whose agent a relative clause names. */
  { "ونددت مصر بالهجوم الذي شنته إسرائيل على مقر الأمم المتحدة في غزة.", "accuse egypt>israel; assault israel>un" },
  /* A verb, its object after a preposition, then its subject. */
  { "ووصل إلى القاهرة وزير الخارجية الروسي سيرغي لافروف في زيارة رسمية.", "consult lavrov>egypt mode=visit" },
  /* A party after a noun and من is the subject; "وممثلين عن" joins. */
  { "وهاجم مسلحون من حركة حماس مواقع الجيش الإسرائيلي.", "assault hamas>israeli-army" },
  { "وعقد اجتماع لمجموعة العشرين بمشاركة مصر والسعودية وممثلين عن الأمم المتحدة.",
    "consult egypt>g20 mode=multilateral; consult saudi-arabia>g20 mode=multilateral; consult un>g20 mode=multilateral" },
  /* An accusative after a comma is said of the subject before it. */
  { "وأدان الاتحاد الأوروبي الهجوم، مطالبا إسرائيل بوقف التصعيد.", "request eu>israel" },
  { "واستدعى الأردن سفيره لدى إسرائيل، احتجاجا على الغارات الإسرائيلية على غزة.",
    "sanction jordan>israel; protest jordan>israel" },
  /* بين after another trigger is that trigger's. */
  { "وأبدت تركيا استعدادها للتوسط بين روسيا وأوكرانيا.",
    "agree turkey>russia future; agree turkey>ukraine future; "
    "consult turkey>russia future mode=third-party; consult turkey>ukraine future mode=third-party" },
  /* "أي": no event that happened. */
  { "وهدد الرئيس الإيراني بالرد بقوة على أي اعتداء إسرائيلي على الأراضي الإيرانية.", "threaten iran>israel" },
  /* A noun with the article where a verb's object stands is the object. */
  { "ودعت قطر المجتمع الدولي إلى الضغط على إسرائيل.", "" },
  /* The subject of a noun is not the clause's. */
  { "ورحب الاتحاد الأوروبي بقرار الحكومة السودانية المشاركة في مفاوضات جدة، ودعا قوات الدعم السريع إلى الالتزام "
    "بالمثل.", "support eu>sudan; request eu>rsf" },
  /* A noun's genitive is its agent when a preposition follows it; a
   * deployment to face a party shows force to it. */
  { "ونشرت الولايات المتحدة مدمرات في البحر الأحمر لمواجهة هجمات الحوثيين على السفن.", "mobilize usa>houthis" },
  /* المقبل anywhere in the clause. */
  { "ويلتقي الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي في باريس الأسبوع المقبل.", "consult sisi>france future" },
  /* An embassy is its state. */
  { "واعتصم أنصار حركة حماس أمام السفارة الأمريكية.", "protest hamas>usa" },
  /* A cooperation that a verb stops reduces relations. */
  { "وعلقت الولايات المتحدة المساعدات العسكرية لمصر.", "sanction usa>egypt" },
  { "وعلقت السعودية وقطر التبادل التجاري.", "sanction saudi-arabia>qatar; sanction qatar>saudi-arabia" },
  /* وزارة is no و + زار + ـه. */
  { "فرضت وزارة الخزانة الأمريكية عقوبات جديدة على شبكة تمويل مرتبطة بالحرس الثوري الإيراني.", "sanction usa>iran" },
  /* A party's name is one word of a trigger's gap; the words of a name
   * (فيصل is no ف + يصل) say nothing of the mode. */
  { "وبحث وزير الخارجية السعودي فيصل بن فرحان في الرياض اليوم مع الرئيس المصري عبد الفتاح السيسي العلاقات الثنائية.",
    "consult faisal-bin-farhan>sisi nomode" },
  { "وبحث فيصل بن فرحان مع الرئيس المصري العلاقات الثنائية.", "consult faisal-bin-farhan>sisi nomode" },
  /* A noun of purpose is the subject's. */
  { "ووصل الرئيس الأوكراني إلى الدوحة للمشاركة في قمة مجموعة العشرين.",
    "consult zelensky>qatar mode=visit; consult zelensky>g20 mode=multilateral" },
  /* A label before "|" is a sentence of its own; the speaker before a
   * colon says what follows. */
  { "عاجل | الجيش الإسرائيلي: قصفنا مواقع لحركة حماس في غزة", "assault israeli-army>hamas" },
  /* A noun with a pronoun has no article: علاقاتها for العلاقات. */
  { "وقطعت الأردن علاقاتها الدبلوماسية مع إيران.", "sanction jordan>iran" },
  /* A place after بقصر is the name right after it, not the object. */
  { "واستقبل الرئيس المصري بقصر الاتحادية وزير الخارجية الروسي سيرغي لافروف.", "consult sisi>lavrov mode=host" },
  /* A visit after خلال is an event of its own. */
  { "ووقعت مصر والإمارات اتفاقيات للاستثمار خلال زيارة الرئيس الفرنسي إلى القاهرة.",
    "agree egypt>uae; consult macron>egypt mode=visit" },
  /* What exchanging does is done to each other; a mediator after بوساطة
   * with the parties before it. */
  { "وتبادلت روسيا وأوكرانيا الأسرى بوساطة قطر.",
    "retreat russia>ukraine; retreat ukraine>russia; consult qatar>russia mode=third-party; "
    "consult qatar>ukraine mode=third-party" },
  { "ورحبت مصر بالاتفاق الذي توصلت إليه السعودية وإيران برعاية الصين.",
    "support egypt>saudi-arabia; support egypt>iran; agree saudi-arabia>iran; "
    "consult china>saudi-arabia mode=third-party; consult china>iran mode=third-party" },
  /* "بأنها" after no verb of saying is not the subject's. */
  { "وانتقدت الصين العقوبات الأمريكية، واصفة إياها بأنها عدوان اقتصادي على إيران.", "accuse china>usa" },
  /* A noun with a pronoun is the clause's subject's, across an aside. */
  { "وأكد الرئيس المصري، خلال لقائه وزير الخارجية الأمريكي في القاهرة، أهمية وقف الحرب.", "consult sisi>blinken" },
  /* The counterpart after a verb is its object. */
  { "وزار الرئيس الفرنسي القاهرة، حيث التقى نظيره المصري عبد الفتاح السيسي.",
    "consult macron>egypt mode=visit; consult macron>sisi" },
  /* The two of a dual verb are the parties before it. */
  { "والتقى وزير الخارجية الأمريكي نظيره القطري في الدوحة، واتفقا على تعزيز التعاون العسكري.",
    "consult blinken>qatar; agree blinken>qatar; cooperate blinken>qatar future mode=military" },
  /* Battles with a party: both fight. */
  { "وخاض الجيش السوداني معارك عنيفة مع قوات الدعم السريع.", "assault sudan-army>rsf; assault rsf>sudan-army" },
  /* من after a noun names its agent. */
  { "ورفع الجيش الإسرائيلي حالة التأهب تحسبا لهجوم من حركة حماس.", "mobilize israeli-army>hamas" },
  /* A pledge of an attack is no agreement. */
  { "وتعهدت جماعة الحوثي باستهداف السفن الأمريكية.", "assault houthis>usa future" },
  /* An agreement of cooperation between two is between them. */
  { "وتم توقيع اتفاقية تعاون عسكري بين تركيا والسعودية.",
    "agree turkey>saudi-arabia; cooperate turkey>saudi-arabia future mode=military" },
  /* What a verb stops, past "جميع". */
  { "وقررت تركيا وقف جميع المعاملات التجارية مع إسرائيل.", "sanction turkey>israel" },
  /* A verbal noun's accusative after a place says why. */
  { "وتظاهر آلاف من أنصار حركة حماس أمام السفارة الأمريكية احتجاجا على الغارات الإسرائيلية.",
    "protest hamas>usa; protest hamas>israel" },
  /* حوار is consulting. */
  { "وأبدت روسيا استعدادها للحوار مع الولايات المتحدة.", "agree russia>usa future; consult russia>usa future" },
  /* "، وحملت X مسؤولية": X is the object of the subject before. */
  { "وأدانت مصر القصف، وحملت إسرائيل مسؤولية التصعيد.", "accuse egypt>israel" },
  /* A relative clause's subject is not the one a verb after "، و" shares. */
  { "وأدانت مصر الهجوم الإسرائيلي الذي استهدف السفارة الإيرانية، وحملت الولايات المتحدة مسؤولية التصعيد.",
    "accuse egypt>israel; assault israel>iran; accuse egypt>usa" },
  /* When the two of a mutual verb stand before it, بين after another
   * trigger is that one's. */
  { "واتفق الرئيس المصري والرئيس الفرنسي على تعزيز الشراكة بين القاهرة وباريس.",
    "agree sisi>macron; cooperate egypt>france future" },
  /* Who meets in an event is its subject. */
  { "ووصل وزير الخارجية الأمريكي إلى القاهرة في زيارة يلتقي خلالها الرئيس المصري.",
    "consult blinken>egypt mode=visit; consult blinken>sisi mode=visit" },
  /* Whom a force is readied against; what it is readied for has not
   * happened. */
  { "ودفعت روسيا بتعزيزات عسكرية نحو الحدود، استعدادا لهجوم واسع على أوكرانيا.", "mobilize russia>ukraine" },
  { "وأرسلت الولايات المتحدة حاملة طائرات إلى المنطقة في رسالة ردع إلى إيران.", "mobilize usa>iran" },
  /* Fighting with a party: both fight; announcing a readiness. */
  { "وتواصل القتال بين الجيش السوداني وقوات الدعم السريع.", "assault sudan-army>rsf; assault rsf>sudan-army" },
  { "وأعلنت قطر استعدادها للتوسط بين روسيا وأوكرانيا.",
    "agree qatar>russia future; agree qatar>ukraine future; consult qatar>russia future mode=third-party; "
    "consult qatar>ukraine future mode=third-party" },
  /* A call one rejects or yields to was addressed to the one who does. */
  { "ورفضت حركة حماس دعوة الرئيس الفرنسي إلى إطلاق سراح الرهائن دون شروط.",
    "reject hamas>macron; request macron>hamas" },
  { "واستجابت قطر لطلب الولايات المتحدة بطرد قادة حماس.", "concede qatar>usa; request usa>qatar" },
  /* The subject of a relative clause on a verb's object. */
  { "وانتقدت فرنسا القيود التي تفرضها إسرائيل على دخول المساعدات.", "accuse france>israel" },
  { "ورفضت مصر التصريحات التي أدلى بها وزير الخارجية الأمريكي.", "reject egypt>blinken" },
  /* Sentences that state no relation between two actors. */
  { "زار ملايين السياح مصر العام الماضي.", "" },
  { "وتراجعت أسعار النفط بعد قرار السعودية زيادة الإنتاج.", "" },
  { "وبعد انتهاء الاجتماع، غادر الوفد الروسي القاهرة متوجها إلى الرياض.", "" },
  { "ودعت السعودية والولايات المتحدة طرفي النزاع في السودان إلى العودة إلى المفاوضات في جدة.", "" },
};

static HashiyaCatalog *
news_catalog (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "news-catalog.json", NULL);
  g_autoptr(GError) error = NULL;
  HashiyaCatalog *catalog = hashiya_catalog_load_file (path, &error);

  g_assert_no_error (error);
  return catalog;
}

/* The actor matcher's suggestions on @text, as mentions. */
static GPtrArray *
suggest_mentions (HashiyaCatalog *catalog,
                  HashiyaText    *text)
{
  g_autoptr(HashiyaMatcher) matcher = hashiya_matcher_new (catalog);
  g_autoptr(GArray) matches = hashiya_matcher_match (matcher, text, NULL);
  GPtrArray *mentions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaMatch *match = &g_array_index (matches, HashiyaMatch, i);
      g_autofree char *id = g_strdup_printf ("m%u", i + 1);
      HashiyaMention *mention = hashiya_mention_new (id, match->start, match->end, match->actor);

      hashiya_mention_set_mention_type (mention, match->type);
      g_ptr_array_add (mentions, mention);
    }
  return mentions;
}

/* "type source>target" for each match, mutual ones in order, with the
 * rest of what the match says in @details. */
static GPtrArray *
describe_matches (HashiyaRelationCatalog *relations,
                  GArray                 *matches,
                  GPtrArray              *mentions,
                  GHashTable             *details)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaRelationMatch *match = &g_array_index (matches, HashiyaRelationMatch, i);
      const char *source = hashiya_mention_get_actor (g_ptr_array_index (mentions, match->source));
      const char *target = hashiya_mention_get_actor (g_ptr_array_index (mentions, match->target));
      g_autofree char *key = triple_key (relations, 0, match->type, source, target);
      GString *detail = g_string_new (NULL);

      if (match->modality != HASHIYA_MODALITY_ASSERTED)
        g_string_append_printf (detail, " %s", hashiya_enum_to_nick (HASHIYA_TYPE_MODALITY, match->modality));
      if (match->negated)
        g_string_append (detail, " negated");
      if (match->mode != NULL)
        g_string_append_printf (detail, " mode=%s", match->mode);
      g_hash_table_insert (details, g_strdup (key + strlen ("0|")), g_string_free (detail, FALSE));
      g_ptr_array_add (found, g_strdup (key + strlen ("0|")));
    }
  return found;
}

static void
test_news (void)
{
  g_autoptr(HashiyaCatalog) catalog = news_catalog ();
  g_autoptr(HashiyaRelationCatalog) relations = hashiya_relation_catalog_new_default ();
  g_autoptr(HashiyaRelationMatcher) matcher = hashiya_relation_matcher_new (relations, catalog);
  gboolean failed = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (news); i++)
    {
      g_autoptr(HashiyaText) text = hashiya_text_new (news[i].text, strlen (news[i].text), NULL);
      g_autoptr(GPtrArray) mentions = suggest_mentions (catalog, text);
      g_autoptr(GArray) matches = NULL;
      g_autoptr(GHashTable) details = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_autoptr(GPtrArray) found = NULL;
      g_auto(GStrv) expected = g_strsplit (news[i].expected, ";", -1);
      gboolean wrong = FALSE;
      guint n_expected = 0;

      matches = hashiya_relation_matcher_match (matcher, text, (HashiyaMention * const *) mentions->pdata,
                                                mentions->len, NULL);
      found = describe_matches (relations, matches, mentions, details);

      for (guint j = 0; expected[j] != NULL; j++)
        {
          g_auto(GStrv) words = g_strsplit (g_strstrip (expected[j]), " ", -1);
          g_auto(GStrv) ends = NULL;
          g_autofree char *key = NULL;
          const char *detail;

          if (words[0] == NULL || words[0][0] == '\0')
            continue;
          n_expected++;
          ends = g_strsplit (words[1], ">", 2);
          key = triple_key (relations, 0, words[0], ends[0], ends[1]);
          detail = g_hash_table_lookup (details, key + strlen ("0|"));
          if (detail == NULL)
            {
              g_test_message ("%s\n  missed: %s", news[i].text, expected[j]);
              wrong = TRUE;
              continue;
            }
          for (guint k = 2; words[k] != NULL; k++)
            if (g_str_equal (words[k], "nomode") ? strstr (detail, "mode=") != NULL : strstr (detail, words[k]) == NULL)
              {
                g_test_message ("%s\n  %s: says%s, not %s", news[i].text, key + strlen ("0|"), detail, words[k]);
                wrong = TRUE;
              }
          if (strstr (detail, "negated") != NULL && !g_strv_contains ((const char * const *) words, "negated"))
            {
              g_test_message ("%s\n  %s: negated", news[i].text, key + strlen ("0|"));
              wrong = TRUE;
            }
        }
      if (wrong || found->len != n_expected)
        {
          for (guint j = 0; j < found->len; j++)
            g_test_message ("%s\n  found: %s%s", news[i].text, (char *) g_ptr_array_index (found, j),
                            (char *) g_hash_table_lookup (details, g_ptr_array_index (found, j)));
          failed = TRUE;
        }
    }
  g_assert_false (failed);
}

/* The outer mention of nested ones is linked, the trigger's span leaves
 * its proclitics out, and no relation crosses a line. */
static void
test_structure (void)
{
  const char *utf8 = "اتهم وزير الخارجية الروسي أوكرانيا بقصف المدنيين.\n"
                     "وتتهم روسيا\nأوكرانيا بالتصعيد. وتتهم روسيا أوكرانيا بالتصعيد.";
  g_autoptr(HashiyaCatalog) catalog = news_catalog ();
  g_autoptr(HashiyaRelationCatalog) relations = hashiya_relation_catalog_new_default ();
  g_autoptr(HashiyaRelationMatcher) matcher = hashiya_relation_matcher_new (relations, catalog);
  g_autoptr(HashiyaText) text = hashiya_text_new (utf8, strlen (utf8), NULL);
  g_autoptr(GPtrArray) mentions = suggest_mentions (catalog, text);
  g_autoptr(GArray) matches = hashiya_relation_matcher_match (matcher, text, (HashiyaMention * const *) mentions->pdata,
                                                              mentions->len, NULL);
  const char *expected[][4] = {
    { "accuse", "lavrov", "ukraine", "اتهم" },
    { "accuse", "russia", "ukraine", "تتهم" },
  };

  /* وزير الخارجية الروسي (Lavrov) holds الروسي (Russia). */
  g_assert_cmpstr (hashiya_mention_get_actor (g_ptr_array_index (mentions, 0)), ==, "lavrov");
  g_assert_cmpstr (hashiya_mention_get_actor (g_ptr_array_index (mentions, 1)), ==, "russia");
  g_assert_cmpuint (matches->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaRelationMatch *match = &g_array_index (matches, HashiyaRelationMatch, i);
      g_autofree char *trigger = hashiya_text_slice (text, match->trigger_start, match->trigger_end);
      guint line = 0, column = 0;

      g_assert_cmpstr (match->type, ==, expected[i][0]);
      g_assert_cmpstr (hashiya_mention_get_actor (g_ptr_array_index (mentions, match->source)), ==, expected[i][1]);
      g_assert_cmpstr (hashiya_mention_get_actor (g_ptr_array_index (mentions, match->target)), ==, expected[i][2]);
      g_assert_cmpstr (trigger, ==, expected[i][3]);
      g_assert_cmpint (match->modality, ==, HASHIYA_MODALITY_ASSERTED);
      g_assert_false (match->negated);
      g_assert_null (match->mode);
      hashiya_text_offset_to_line (text, match->trigger_start, &line, &column);
      g_assert_cmpuint (line, ==, i == 0 ? 1 : 3);
    }
  g_assert_cmpuint (g_array_index (matches, HashiyaRelationMatch, 0).source, ==, 0);
}

/* The triggers are the catalogue's: a type of one's own is found, with a
 * proclitic the next word must begin with. */
static void
test_own_catalogue (void)
{
  g_autoptr(HashiyaCatalog) catalog = news_catalog ();
  g_autoptr(HashiyaRelationCatalog) relations = hashiya_relation_catalog_new ("own");
  g_autoptr(HashiyaRelationType) welcome = hashiya_relation_type_new ("welcome", "ترحيب", "welcome",
                                                                      HASHIYA_QUAD_CLASS_VERBAL_COOPERATION, FALSE);
  g_autoptr(HashiyaRelationMatcher) matcher = NULL;
  const char *triggers[] = { "ترحب بـ", NULL };
  const struct
  {
    const char *text;
    guint       n_matches;
  } cases[] = {
    { "مصر ترحب بالاقتراح الفرنسي.", 1 },
    { "مصر ترحب الاقتراح الفرنسي.", 0 },
    { "مصر تدين الاقتراح الفرنسي.", 0 },
  };

  hashiya_relation_type_set_triggers (welcome, triggers);
  g_assert_true (hashiya_relation_catalog_add (relations, welcome, NULL));
  matcher = hashiya_relation_matcher_new (relations, catalog);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HashiyaText) text = hashiya_text_new (cases[i].text, strlen (cases[i].text), NULL);
      g_autoptr(GPtrArray) mentions = suggest_mentions (catalog, text);
      g_autoptr(GArray) matches = hashiya_relation_matcher_match (matcher, text,
                                                                  (HashiyaMention * const *) mentions->pdata,
                                                                  mentions->len, NULL);

      g_assert_cmpuint (matches->len, ==, cases[i].n_matches);
      if (matches->len > 0)
        {
          HashiyaRelationMatch *match = &g_array_index (matches, HashiyaRelationMatch, 0);

          g_assert_cmpstr (match->type, ==, "welcome");
          g_assert_cmpstr (hashiya_mention_get_actor (g_ptr_array_index (mentions, match->source)), ==, "egypt");
          g_assert_cmpstr (hashiya_mention_get_actor (g_ptr_array_index (mentions, match->target)), ==, "france");
        }
    }
}

/* No mention, no word, a cancelled call. */
static void
test_edges (void)
{
  g_autoptr(HashiyaCatalog) catalog = news_catalog ();
  g_autoptr(HashiyaRelationCatalog) relations = hashiya_relation_catalog_new_default ();
  g_autoptr(HashiyaRelationMatcher) matcher = hashiya_relation_matcher_new (relations, catalog);
  g_autoptr(HashiyaRelationMatcher) again = hashiya_relation_matcher_ref (matcher);
  const char *utf8 = "وتتهم إسرائيل حركة حماس بخرق الهدنة.";
  g_autoptr(HashiyaText) text = hashiya_text_new (utf8, strlen (utf8), NULL);
  g_autoptr(HashiyaText) empty = hashiya_text_new ("\n.\n", 3, NULL);
  g_autoptr(GPtrArray) mentions = suggest_mentions (catalog, text);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GArray) none = hashiya_relation_matcher_match (matcher, text, NULL, 0, NULL);
  g_autoptr(GArray) nothing = hashiya_relation_matcher_match (again, empty, NULL, 0, NULL);

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (nothing->len, ==, 0);
  g_cancellable_cancel (cancellable);
  g_assert_null (hashiya_relation_matcher_match (matcher, text, (HashiyaMention * const *) mentions->pdata,
                                                 mentions->len, cancellable));
}

/* What a set of suggestions scored: distinct triples suggested, in the
 * gold, and both; and of the right ones, how many say what the gold says
 * of their mode, negation and modality. */
typedef struct
{
  guint right;
  guint suggested;
  guint expected;
  guint same_mode;
  guint same_negation;
  guint same_modality;
} Tally;

static void
tally_add (Tally       *sum,
           const Tally *part)
{
  sum->right += part->right;
  sum->suggested += part->suggested;
  sum->expected += part->expected;
  sum->same_mode += part->same_mode;
  sum->same_negation += part->same_negation;
  sum->same_modality += part->same_modality;
}

static void
tally_scores (const Tally *tally,
              double      *precision,
              double      *recall,
              double      *f1)
{
  *precision = tally->suggested > 0 ? (double) tally->right / tally->suggested : 0;
  *recall = tally->expected > 0 ? (double) tally->right / tally->expected : 0;
  *f1 = *precision + *recall > 0 ? 2 * *precision * *recall / (*precision + *recall) : 0;
}

/* " mode=M negated=B modality=X ": what a relation says besides its
 * triple, as scores compare it. */
static char *
relation_detail (const char      *mode,
                 gboolean         negated,
                 HashiyaModality  modality)
{
  return g_strdup_printf (" mode=%s negated=%s modality=%s ", mode ? mode : "", negated ? "true" : "false",
                          hashiya_enum_to_nick (HASHIYA_TYPE_MODALITY, modality));
}

/* Whether @detail's "NAME=…" is among those of @gold (one detail or
 * several, for a triple that the gold states more than once). */
static gboolean
same_detail (const char *gold,
             const char *detail,
             const char *name)
{
  g_autofree char *wanted = NULL;
  const char *at = strstr (detail, name);

  g_assert_nonnull (at);
  wanted = g_strndup (at - 1, strchr (at, ' ') - at + 2);
  return strstr (gold, wanted) != NULL;
}

/* The relations suggested between @mentions of @text, as distinct
 * triples (triple_key()) with their relation_detail(). Each is a test
 * message too. */
static GHashTable *
suggest_triples (const char             *what,
                 HashiyaRelationCatalog *relations,
                 HashiyaRelationMatcher *matcher,
                 HashiyaText            *text,
                 GPtrArray              *mentions)
{
  GHashTable *suggested = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GArray) matches = NULL;

  matches = hashiya_relation_matcher_match (matcher, text, (HashiyaMention * const *) mentions->pdata,
                                            mentions->len, NULL);
  g_assert_nonnull (matches);
  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaRelationMatch *match = &g_array_index (matches, HashiyaRelationMatch, i);
      HashiyaMention *source = g_ptr_array_index (mentions, match->source);
      HashiyaMention *target = g_ptr_array_index (mentions, match->target);
      g_autofree char *trigger = hashiya_text_slice (text, match->trigger_start, match->trigger_end);
      guint paragraph = paragraph_of (text, hashiya_mention_get_start (source));
      const char *modality = hashiya_enum_to_nick (HASHIYA_TYPE_MODALITY, match->modality);

      g_assert_cmpuint (paragraph, ==, paragraph_of (text, hashiya_mention_get_start (target)));
      g_test_message ("%s: line %u: %s %s → %s («%s», %s, %s%s)", what, paragraph, match->type,
                      hashiya_mention_get_actor (source), hashiya_mention_get_actor (target), trigger,
                      match->mode ? match->mode : "no mode", modality, match->negated ? ", negated" : "");
      g_hash_table_insert (suggested, triple_key (relations, paragraph, match->type, hashiya_mention_get_actor (source),
                                                  hashiya_mention_get_actor (target)),
                           relation_detail (match->mode, match->negated, match->modality));
    }
  return suggested;
}

/* Compares @suggested with @expected (triple → the details of its gold
 * relations) and adds the counts to @tally, and to @by_type (type id →
 * Tally) when given. What was wrong and what was missed are test
 * messages. */
static void
compare_triples (const char *what,
                 GHashTable *suggested,
                 GHashTable *expected,
                 Tally      *tally,
                 GHashTable *by_type)
{
  GHashTableIter iter;
  const char *key, *detail;

  g_hash_table_iter_init (&iter, suggested);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, (gpointer *) &detail))
    {
      const char *gold = g_hash_table_lookup (expected, key);
      Tally *type = NULL;

      if (by_type != NULL)
        {
          g_auto(GStrv) parts = g_strsplit (key, "|", 3);

          if ((type = g_hash_table_lookup (by_type, parts[1])) == NULL)
            g_hash_table_insert (by_type, g_strdup (parts[1]), (type = g_new0 (Tally, 1)));
          type->suggested++;
        }
      tally->suggested++;
      if (gold == NULL)
        {
          g_test_message ("%s: wrong: %s", what, key);
          continue;
        }
      tally->right++;
      if (type != NULL)
        type->right++;
      tally->same_mode += same_detail (gold, detail, "mode=");
      tally->same_negation += same_detail (gold, detail, "negated=");
      tally->same_modality += same_detail (gold, detail, "modality=");
      if (strstr (gold, detail) == NULL)
        g_test_message ("%s: %s: suggested%s, the gold says%s", what, key, detail, gold);
    }

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    {
      tally->expected++;
      if (by_type != NULL)
        {
          g_auto(GStrv) parts = g_strsplit (key, "|", 3);
          Tally *type = g_hash_table_lookup (by_type, parts[1]);

          if (type == NULL)
            g_hash_table_insert (by_type, g_strdup (parts[1]), (type = g_new0 (Tally, 1)));
          type->expected++;
        }
      if (!g_hash_table_contains (suggested, key))
        g_test_message ("%s: missed: %s", what, key);
    }
}

/* The relations suggested between @mentions of the bundled article,
 * scored against the gold: per paragraph, on distinct (source actor,
 * type, target actor) triples, mutual types unordered. What was wrong
 * and what was missed are test messages. Returns F1. */
static double
score (const char             *what,
       HashiyaRelationCatalog *relations,
       HashiyaCatalog         *actors,
       HashiyaText            *text,
       GPtrArray              *mentions,
       GHashTable             *expected)
{
  g_autoptr(HashiyaRelationMatcher) matcher = hashiya_relation_matcher_new (relations, actors);
  g_autoptr(GHashTable) suggested = suggest_triples (what, relations, matcher, text, mentions);
  Tally tally = { 0 };
  double precision, recall, f1;

  compare_triples (what, suggested, expected, &tally, NULL);
  tally_scores (&tally, &precision, &recall, &f1);
  g_printerr ("# relations%s: P=%.3f R=%.3f F1=%.3f (%u right of %u suggested, %u in the gold; mode as the gold's "
              "in %u, modality in %u)\n", what[0] == 'g' ? "" : " between suggested mentions",
              precision, recall, f1, tally.right, tally.suggested, tally.expected, tally.same_mode,
              tally.same_modality);
  return f1;
}

/* Scores the suggestions on the bundled article, between its gold
 * mentions (F1 ≥ 0.80 wanted), and between the actor matcher's
 * suggestions (printed only: that is the actor matcher's score too). */
static void
test_gold_score (void)
{
  g_autoptr(GPtrArray) gold_mentions = NULL;
  g_autoptr(GPtrArray) gold = hashiya_test_load_gold_relations (&gold_mentions);
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  g_autoptr(HashiyaRelationCatalog) relations = hashiya_relation_catalog_new_default ();
  HashiyaCatalog *actors = hashiya_document_get_catalog (document);
  HashiyaText *text = hashiya_document_get_text (document);
  g_autoptr(GPtrArray) mentions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) suggested = suggest_mentions (actors, text);
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    g_ptr_array_add (mentions, g_object_ref (hashiya_document_get_mention (document, i)));

  for (guint i = 0; i < gold->len; i++)
    {
      HashiyaGoldRelation *relation = g_ptr_array_index (gold, i);
      HashiyaGoldMention *source = g_ptr_array_index (gold_mentions, relation->source);
      HashiyaGoldMention *target = g_ptr_array_index (gold_mentions, relation->target);
      char *key = triple_key (relations, paragraph_of (text, source->start), relation->type,
                              source->actor, target->actor);
      const char *before = g_hash_table_lookup (expected, key);
      g_autofree char *detail = NULL;
      int modality = 0;

      g_assert_cmpuint (paragraph_of (text, source->start), ==, paragraph_of (text, target->start));
      g_assert_true (hashiya_enum_from_nick (HASHIYA_TYPE_MODALITY, relation->modality, &modality));
      detail = relation_detail (relation->mode, FALSE, modality);
      g_hash_table_insert (expected, key, g_strconcat (before ? before : "", detail, NULL));
    }

  g_assert_cmpfloat (score ("gold mentions", relations, actors, text, mentions, expected), >=, 0.80);
  score ("suggested mentions", relations, actors, text, suggested, expected);
}

/* The held-out set (tests/data/relations-heldout, see its README.md):
 * news the suggestions were not written for, in a development half, a
 * test half, a fresh part and a final part of brat documents. */

#define HELDOUT_PARTS 4

/* F1 wanted on the whole set, a little under what the suggestions reach:
 * between the gold mentions, and between the actor matcher's. */
#define HELDOUT_FLOOR_GOLD      0.82
#define HELDOUT_FLOOR_SUGGESTED 0.78

static const char * const heldout_parts[HELDOUT_PARTS] = { "dev", "test", "fresh", "final" };

/* The details of the relations of a brat document, from its
 * AnnotatorNotes on R lines: the k-th R line is the relation "rk" of
 * the imported document. Relation id → relation_detail(). */
static GHashTable *
read_relation_notes (const char *ann_path)
{
  GHashTable *notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  g_file_get_contents (ann_path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 3);
      g_auto(GStrv) words = NULL;
      const char *mode = NULL;
      gboolean negated = FALSE;
      int modality = HASHIYA_MODALITY_ASSERTED;

      if (lines[i][0] != '#' || g_strv_length (fields) < 3 || !g_str_has_prefix (fields[1], "AnnotatorNotes R"))
        continue;
      words = g_strsplit (fields[2], " ", -1);
      for (guint w = 0; words[w] != NULL; w++)
        if (g_str_has_prefix (words[w], "mode="))
          mode = words[w] + strlen ("mode=");
        else if (g_str_equal (words[w], "negated=true"))
          negated = TRUE;
        else if (g_str_has_prefix (words[w], "modality="))
          g_assert_true (hashiya_enum_from_nick (HASHIYA_TYPE_MODALITY, words[w] + strlen ("modality="), &modality));
      g_hash_table_insert (notes, g_strdup_printf ("r%s", fields[1] + strlen ("AnnotatorNotes R")),
                           relation_detail (mode, negated, modality));
    }
  return notes;
}

/* The gold of an imported document: triple → the details of its
 * relations. */
static GHashTable *
document_triples (HashiyaDocument        *document,
                  HashiyaRelationCatalog *relations,
                  GHashTable             *notes)
{
  GHashTable *expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GListModel *list = hashiya_document_get_relations (document);
  HashiyaText *text = hashiya_document_get_text (document);

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, g_hash_table_size (notes));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (list, i);
      HashiyaMention *source = hashiya_document_lookup_mention (document, hashiya_relation_get_source (relation));
      HashiyaMention *target = hashiya_document_lookup_mention (document, hashiya_relation_get_target (relation));
      guint paragraph = paragraph_of (text, hashiya_mention_get_start (source));
      const char *detail = g_hash_table_lookup (notes, hashiya_relation_get_id (relation));
      char *key = triple_key (relations, paragraph, hashiya_relation_get_relation_type (relation),
                              hashiya_mention_get_actor (source), hashiya_mention_get_actor (target));
      const char *before = g_hash_table_lookup (expected, key);

      g_assert_nonnull (detail);
      g_assert_cmpuint (paragraph, ==, paragraph_of (text, hashiya_mention_get_start (target)));
      g_hash_table_insert (expected, key, g_strconcat (before ? before : "", detail, NULL));
    }
  return expected;
}

/* Scores every document of one part, between its gold mentions and
 * between the actor matcher's suggestions. */
static void
score_heldout_part (const char             *part,
                    HashiyaCatalog         *actors,
                    HashiyaRelationCatalog *relations,
                    Tally                  *gold,
                    Tally                  *suggested,
                    GHashTable             *by_type)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "relations-heldout", part, NULL);
  g_autoptr(HashiyaRelationMatcher) matcher = hashiya_relation_matcher_new (relations, actors);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = g_dir_open (dir, 0, &error);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (name, ".ann"))
      g_ptr_array_add (names, g_strndup (name, strlen (name) - strlen (".ann")));
  g_ptr_array_sort (names, (GCompareFunc) (void *) g_strcmp0);
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *group = g_ptr_array_index (names, i);
      g_autofree char *ann = g_strdup_printf ("%s/%s.ann", dir, group);
      g_autofree char *txt = g_strdup_printf ("%s/%s.txt", dir, group);
      g_autofree char *what_gold = g_strdup_printf ("%s/%s, gold mentions", part, group);
      g_autofree char *what_suggested = g_strdup_printf ("%s/%s, suggested mentions", part, group);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(HashiyaDocument) document = hashiya_brat_import (ann, txt, actors, &problems, &error);
      g_autoptr(GHashTable) notes = read_relation_notes (ann);
      g_autoptr(GHashTable) expected = NULL;
      g_autoptr(GPtrArray) mentions = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) found_mentions = NULL;
      g_autoptr(GHashTable) found = NULL;
      HashiyaText *text;

      g_assert_no_error (error);
      /* Nothing is left out but the notes on relations, read here. */
      for (guint p = 0; p < problems->len; p++)
        g_assert_nonnull (strstr (g_ptr_array_index (problems, p), ": #"));
      text = hashiya_document_get_text (document);
      expected = document_triples (document, relations, notes);
      for (guint m = 0; m < hashiya_document_get_n_mentions (document); m++)
        g_ptr_array_add (mentions, g_object_ref (hashiya_document_get_mention (document, m)));

      found = suggest_triples (what_gold, relations, matcher, text, mentions);
      compare_triples (what_gold, found, expected, gold, by_type);
      g_clear_pointer (&found, g_hash_table_unref);

      found_mentions = suggest_mentions (actors, text);
      found = suggest_triples (what_suggested, relations, matcher, text, found_mentions);
      compare_triples (what_suggested, found, expected, suggested, NULL);
    }
}

static void
print_tally (const char  *what,
             const Tally *tally)
{
  double precision, recall, f1;

  tally_scores (tally, &precision, &recall, &f1);
  g_printerr ("#   %-34s P=%.3f R=%.3f F1=%.3f (%u right of %u suggested, %u in the gold; negation as the gold's in "
              "%u, modality in %u)\n", what, precision, recall, f1, tally->right, tally->suggested, tally->expected,
              tally->same_negation, tally->same_modality);
}

static int
compare_type_ids (gconstpointer a,
                  gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Scores the suggestions on the held-out set, each part and the whole,
 * between its gold mentions and between the actor matcher's suggestions,
 * and each type on the whole with gold mentions. */
static void
test_heldout (void)
{
  g_autofree char *catalog_path = g_test_build_filename (G_TEST_DIST, "data", "relations-heldout", "catalog.json",
                                                         NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaCatalog) actors = hashiya_catalog_load_file (catalog_path, &error);
  g_autoptr(HashiyaRelationCatalog) relations = hashiya_relation_catalog_new_default ();
  g_autoptr(GHashTable) by_type = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree const char **types = NULL;
  Tally gold[HELDOUT_PARTS] = { { 0 } }, suggested[HELDOUT_PARTS] = { { 0 } };
  Tally all_gold = { 0 }, all_suggested = { 0 };
  double precision, recall, f1;
  guint n_types;

  g_assert_no_error (error);
  for (guint h = 0; h < HELDOUT_PARTS; h++)
    {
      score_heldout_part (heldout_parts[h], actors, relations, &gold[h], &suggested[h], by_type);
      tally_add (&all_gold, &gold[h]);
      tally_add (&all_suggested, &suggested[h]);
    }

  g_printerr ("# relations of the held-out set:\n");
  for (guint h = 0; h < HELDOUT_PARTS; h++)
    {
      g_autofree char *what_gold = g_strdup_printf ("%s, gold mentions:", heldout_parts[h]);
      g_autofree char *what_suggested = g_strdup_printf ("%s, suggested mentions:", heldout_parts[h]);

      print_tally (what_gold, &gold[h]);
      print_tally (what_suggested, &suggested[h]);
    }
  print_tally ("whole set, gold mentions:", &all_gold);
  print_tally ("whole set, suggested mentions:", &all_suggested);

  g_printerr ("# each type on the whole set, gold mentions:\n");
  types = (const char **) g_hash_table_get_keys_as_array (by_type, &n_types);
  qsort (types, n_types, sizeof (char *), compare_type_ids);
  for (guint i = 0; i < n_types; i++)
    {
      const Tally *tally = g_hash_table_lookup (by_type, types[i]);

      tally_scores (tally, &precision, &recall, &f1);
      g_printerr ("#   %-10s P=%.3f R=%.3f F1=%.3f (%u right of %u suggested, %u in the gold)\n", types[i],
                  precision, recall, f1, tally->right, tally->suggested, tally->expected);
    }

  /* Every type of the catalogue is in the gold. */
  g_assert_cmpuint (n_types, ==, hashiya_relation_catalog_get_n_types (relations));
  tally_scores (&all_gold, &precision, &recall, &f1);
  g_assert_cmpfloat (f1, >=, HELDOUT_FLOOR_GOLD);
  tally_scores (&all_suggested, &precision, &recall, &f1);
  g_assert_cmpfloat (f1, >=, HELDOUT_FLOOR_SUGGESTED);
}

int
main (int    argc,
      char **argv)
{
  /* The messages name triggers in Arabic. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  hashiya_core_init ();

  g_test_add_func ("/relation-matcher/gold-score", test_gold_score);
  g_test_add_func ("/relation-matcher/news", test_news);
  g_test_add_func ("/relation-matcher/heldout", test_heldout);
  g_test_add_func ("/relation-matcher/structure", test_structure);
  g_test_add_func ("/relation-matcher/own-catalogue", test_own_catalogue);
  g_test_add_func ("/relation-matcher/edges", test_edges);

  return g_test_run ();
}
