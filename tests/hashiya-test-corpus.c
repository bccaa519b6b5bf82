/* hashiya-test-corpus.c — corpora of generated Arabic news, for the
 * tests and the benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Deterministic from a seed: sentences made of the 3+3 story's actors,
 * each written in the ways Arabic news writes them (hamza or not, with
 * tashkeel or tatweel, after و ل ب ف and the article, ى for ي, ه for ة),
 * verbs and circumstances, and now and then a paragraph of the bundled
 * article, an emoji or a flag. Some documents have CRLF line breaks,
 * some a byte order mark; most are .hashiya with the catalogue's matches
 * accepted and metadata (title, outlet, a date over two years, address,
 * tags); some stay plain texts.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "hashiya-test-corpus.h"

static const char * const parties[] = {
  "أذربيجان", "اذربيجان", "آذربيجان", "أذَرْبيجان", "أذربيـجان", "تركيا", "تُركيا", "إيران", "ايران", "روسيا",
  "أرمينيا", "ارمينيا", "أرمينية", "جورجيا", "باكو", "يريفان", "طهران", "موسكو", "أنقرة", "انقره", "تبليسي",
  "الكرملين", "الرئيس الأذربيجاني إلهام علييف", "الرئيس التركي رجب طيب أردوغان", "بوتين", "الرئيس الروسي",
  "وزير الخارجية الروسي سيرجي لافروف", "وزير الخارجية التركي هاكان فيدان", "باشينيان", "رئيس وزراء أرمينيا",
  "عبد اللهيان", "وزير الخارجية الإيراني", "بيراموف", "ميرزويان", "الغرب", "أرمن كاراباخ",
};

static const char * const clitics[] = { "", "", "", "و", "ل", "ب", "ف", "وب", "ول", "ك" };

static const char * const verbs[] = {
  "اتهمت", "استضافت", "أكّدت", "رحبت بموقف", "وقّعت اتفاقًا مع", "ناقشت مع", "دعت", "انتقدت", "التقت",
  "هدّدت", "دعمت", "أدانت", "رفضت مقترح", "استقبلت وفدًا من", "تفاوضت مع", "حذّرت",
};

static const char * const adjectives[] = {
  "الأذربيجانية", "الأذربيجانيَّة", "الاذربيجانيه", "التركية", "التركيه", "الإيرانية", "الروسية", "الأرمينية",
  "الجورجية", "الأذربيجاني", "التركي",
};

static const char * const nouns[] = {
  "القوات المسلحة", "وزارة الخارجية", "وزاره الخارجيه", "الحكومة", "الدبلوماسية", "السفارة", "المناورات",
  "العاصمة", "الوفد", "الشركات",
};

static const char * const tails[] = {
  "في إطار صيغة 3 + 3", "خلال الاجتماع الثاني في طهران", "بشأن ممر زنغزور", "حول اتفاق السلام",
  "في مستشفى العاصمة", "في مستشفي المدينة", "على هامش القمة 😀", "بحضور وزراء الخارجية", "في الدعوى المرفوعة",
  "في الدعوي المرفوعة", "بشأن قره باغ", "في ناغورنو كاراباخ", "قرب نخجوان 🇦🇿", "بعد مناورات «مصطفى كمال أتاتورك 2023»",
  "وسط توتر متصاعد", "ضمن منصة 3+3", "على حدود جنوب القوقاز", "في المؤتمر الصحفي المشترك",
};

static const char * const sources[] = {
  "الجزيرة", "العربية", "سكاي نيوز عربية", "الشرق الأوسط", "آر تي عربي", "الأناضول", "إرنا", "أذرتاج",
};

static const char * const tags[] = { "3+3", "القوقاز", "كاراباخ", "طاقة", "حدود", "دبلوماسية" };

static const char *
pick (GRand              *rand,
      const char * const *list,
      guint               n)
{
  return list[g_rand_int_range (rand, 0, (gint32) n)];
}

#define PICK(rand, list) pick ((rand), (list), G_N_ELEMENTS (list))

static void
append_party (GString *out,
              GRand   *rand)
{
  g_string_append (out, PICK (rand, clitics));
  g_string_append (out, PICK (rand, parties));
}

/* One sentence: a party, a verb, another party, maybe a third, and a
 * circumstance. */
static void
append_sentence (GString *out,
                 GRand   *rand)
{
  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      g_string_append_printf (out, "%s %s ", PICK (rand, verbs), PICK (rand, parties));
      append_party (out, rand);
      break;
    case 1:
      g_string_append_printf (out, "%s %s %s ", PICK (rand, nouns), PICK (rand, adjectives), PICK (rand, verbs));
      append_party (out, rand);
      break;
    case 2:
      g_string_append_printf (out, "%s %s ", PICK (rand, parties), PICK (rand, verbs));
      append_party (out, rand);
      g_string_append (out, " و");
      g_string_append (out, PICK (rand, parties));
      break;
    default:
      g_string_append_printf (out, "قالت %s إن %s ", PICK (rand, parties), PICK (rand, parties));
      g_string_append (out, PICK (rand, verbs));
      g_string_append_c (out, ' ');
      append_party (out, rand);
      break;
    }
  g_string_append_printf (out, " %s", PICK (rand, tails));
  if (g_rand_boolean (rand))
    {
      g_string_append (out, " بحضور ");
      append_party (out, rand);
    }
  g_string_append (out, g_rand_int_range (rand, 0, 5) == 0 ? "، " : ". ");
}

/**
 * hashiya_test_generate_text:
 * @bytes: about how many bytes
 *
 * Returns: (transfer full): paragraphs of generated news, "\n" between
 *   them
 */
char *
hashiya_test_generate_text (GRand *rand,
                            gsize  bytes)
{
  g_autoptr(GBytes) sample = hashiya_core_get_sample ();
  g_autofree char *article = g_strndup (g_bytes_get_data (sample, NULL), g_bytes_get_size (sample));
  g_auto(GStrv) paragraphs = g_strsplit (article, "\n", -1);
  guint n_paragraphs = g_strv_length (paragraphs);
  GString *out = g_string_sized_new (bytes + 512);

  while (out->len < bytes)
    {
      if (g_rand_int_range (rand, 0, 6) == 0)
        {
          const char *paragraph = paragraphs[g_rand_int_range (rand, 0, (gint32) n_paragraphs)];

          if (paragraph[0] != '\0')
            g_string_append_printf (out, "%s\n", paragraph);
          continue;
        }
      for (guint s = g_rand_int_range (rand, 2, 6); s > 0; s--)
        append_sentence (out, rand);
      out->str[out->len - 1] = '\n';
    }
  return g_string_free (out, FALSE);
}

static void
set_metadata (HashiyaDocument *document,
              GRand           *rand,
              guint            i,
              guint            n)
{
  g_autoptr(HashiyaMetadata) metadata = hashiya_metadata_new ();
  g_autoptr(GDateTime) first = g_date_time_new_utc (2023, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) day = g_date_time_add_days (first, (gint) ((guint64) i * 730 / MAX (n, 1)));
  g_autoptr(GError) error = NULL;

  metadata->title = g_strdup_printf ("%s %s", PICK (rand, parties), PICK (rand, tails));
  metadata->source = g_strdup (PICK (rand, sources));
  metadata->date = g_date_time_format (day, "%Y-%m-%d");
  metadata->url = g_strdup_printf ("https://news.example/%u", i);
  g_strfreev (metadata->tags);
  metadata->tags = g_new0 (char *, 3);
  metadata->tags[0] = g_strdup (PICK (rand, tags));
  if (!hashiya_document_set_metadata (document, metadata, &error))
    g_error ("%s", error->message);
}

/**
 * hashiya_test_generate_corpus:
 * @folder: where the corpus is made (a corpus.json and the documents,
 *   a hundred a subfolder)
 * @document_bytes: about how many bytes of text each document has
 *
 * Returns: (transfer full) (element-type utf8): the documents' paths,
 *   relative to @folder
 */
GPtrArray *
hashiya_test_generate_corpus (const char *folder,
                              guint       n_documents,
                              gsize       document_bytes,
                              guint32     seed)
{
  g_autoptr(GFile) dir = g_file_new_for_path (folder);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GError) error = NULL;
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  corpus = hashiya_corpus_create (dir, "news", catalog, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < n_documents; i++)
    {
      g_autofree char *body = hashiya_test_generate_text (rand, document_bytes);
      g_autofree char *sub = g_strdup_printf ("%03u", i / 100);
      g_autofree char *sub_path = g_build_filename (folder, sub, NULL);
      gboolean crlf = i % 5 == 1;
      gboolean bom = i % 7 == 3;
      gboolean plain = i % HASHIYA_TEST_CORPUS_TEXT_EVERY == 5;
      g_autofree char *name = g_strdup_printf ("%s/%05u.%s", sub, i, plain ? "txt" : "hashiya");
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(GString) text = g_string_new (bom ? "\xEF\xBB\xBF" : "");

      g_mkdir_with_parents (sub_path, 0755);
      for (const char *p = body; *p != '\0'; p++)
        {
          if (*p == '\n' && crlf)
            g_string_append_c (text, '\r');
          g_string_append_c (text, *p);
        }

      if (plain)
        {
          if (!g_file_set_contents (path, text->str, (gssize) text->len, &error))
            g_error ("%s", error->message);
        }
      else
        {
          g_autoptr(HashiyaText) content = hashiya_text_new (text->str, text->len, &error);
          g_autoptr(HashiyaDocument) document = NULL;

          g_assert_no_error (error);
          document = hashiya_document_new (content, catalog);
          hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_ACCEPTED);
          if (i % 3 == 0)
            hashiya_document_suggest_relations (document, HASHIYA_MENTION_STATUS_SUGGESTED);
          set_metadata (document, rand, i, n_documents);
          if (!hashiya_document_save_file (document, path, &error))
            g_error ("%s", error->message);
        }
      g_ptr_array_add (paths, g_steal_pointer (&name));
    }
  return paths;
}
