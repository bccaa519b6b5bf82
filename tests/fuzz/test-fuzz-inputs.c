/* test-fuzz-inputs.c — every seed and every saved crasher, again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the fuzz targets on tests/fuzz/corpus and tests/fuzz/regressions
 * in every build, so that a crash a fuzzer once found stays fixed.
 */

#include "config.h"

#include "hashiya-core.h"
#include "hashiya-fuzz-targets.h"

typedef struct
{
  const char        *name;
  HashiyaFuzzTarget  target;
} Target;

static const Target targets[] = {
  { "hashiya", hashiya_fuzz_hashiya },
  { "catalog", hashiya_fuzz_catalog },
  { "text", hashiya_fuzz_text },
  { "matcher", hashiya_fuzz_matcher },
  { "brat", hashiya_fuzz_brat },
  { "w3c", hashiya_fuzz_w3c },
  { "jsonl", hashiya_fuzz_jsonl },
  { "conll", hashiya_fuzz_conll },
  { "relation-catalog", hashiya_fuzz_relation_catalog },
  { "relations", hashiya_fuzz_relations },
  { "search", hashiya_fuzz_search },
  { "csv", hashiya_fuzz_csv },
};

static guint
run_folder (const Target *target,
            const char   *folder)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fuzz", folder, target->name, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (name[0] == '.' || !g_file_get_contents (file, &contents, &length, NULL))
        continue;
      g_test_message ("%s: %s", target->name, name);
      target->target ((const guint8 *) contents, length);
      n++;
    }
  return n;
}

static void
test_inputs (gconstpointer data)
{
  const Target *target = data;
  guint seeds = run_folder (target, "corpus");

  run_folder (target, "regressions");
  g_assert_cmpuint (seeds, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  hashiya_core_init ();

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *path = g_strdup_printf ("/fuzz-inputs/%s", targets[i].name);
      g_test_add_data_func (path, &targets[i], test_inputs);
    }

  return g_test_run ();
}
