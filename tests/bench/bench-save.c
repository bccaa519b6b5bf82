/* bench-save.c — how long saving a document takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-save DOC OUT   prints "save SECONDS", the best of three saves
 *
 * For run-benchmarks.py, next to Python's json.dump of the same file.
 */

#include "config.h"

#include "hashiya-core.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  double best = G_MAXDOUBLE;

  if (argc != 3)
    {
      g_printerr ("usage: bench-save DOC OUT\n");
      return 2;
    }
  hashiya_core_init ();
  if ((document = hashiya_document_load_file (argv[1], &error)) == NULL)
    {
      g_printerr ("bench-save: %s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < 3; i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!hashiya_document_save_file (document, argv[2], &error))
        {
          g_printerr ("bench-save: %s\n", error->message);
          return 1;
        }
      best = MIN (best, (g_get_monotonic_time () - start) / 1e6);
    }
  g_print ("save %.4f\n", best);
  return 0;
}
