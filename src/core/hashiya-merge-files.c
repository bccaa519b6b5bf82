/* hashiya-merge-files.c — the three .hashiya files of git's merge driver,
 * read, merged and the result written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-merge"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-error.h"
#include "hashiya-format.h"
#include "hashiya-merge-files.h"
#include "hashiya-merge-private.h"

enum { BASE, OURS, THEIRS };

static HashiyaDocument *
read_version (const char  *path,
              const char  *display_name,
              GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", display_name, local_error->message);
      return NULL;
    }
  /* A .hashiya is a JSON object: say so of anything else, before the
   * JSON parser's words on its first character. */
  if (length == 0 || contents[strspn (contents, " \t\r\n")] != '{')
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: not a .hashiya file: it is not a JSON object"), display_name);
      return NULL;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return hashiya_format_read (bytes, display_name, error);
}

/* One of the three files, read on a thread of its own. */
typedef struct
{
  const char      *path;
  char            *display_name;
  HashiyaDocument *document;
  GError          *error;
} Version;

static gpointer
read_version_thread (gpointer data)
{
  Version *version = data;

  version->document = read_version (version->path, version->display_name, &version->error);
  return NULL;
}

static void
version_clear (Version *version)
{
  g_free (version->display_name);
  g_clear_object (&version->document);
  g_clear_error (&version->error);
}

/**
 * hashiya_merge_files:
 * @base_path: the version both came from (git's %O)
 * @ours_path: one side (git's %A), where the result is written
 * @theirs_path: the other side (git's %B)
 * @name: (nullable): how messages name the file (git's %P)
 *
 * Merges three .hashiya files as hashiya_merge_documents() does, and
 * writes the result over @ours_path at once (a new file renamed over it).
 * On an error nothing is written.
 *
 * Returns: (transfer full): the merged document, whose conflicts say
 *   whether the merge is done
 */
HashiyaDocument *
hashiya_merge_files (const char  *base_path,
                     const char  *ours_path,
                     const char  *theirs_path,
                     const char  *name,
                     GError     **error)
{
  Version versions[3] = { { base_path, NULL, NULL, NULL }, { ours_path, NULL, NULL, NULL },
                          { theirs_path, NULL, NULL, NULL } };
  GThread *threads[2];
  g_autoptr(HashiyaDocument) merged = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (base_path != NULL && ours_path != NULL && theirs_path != NULL, NULL);

  /* Git's copies have names of its own: say which version of which file. */
  versions[BASE].display_name = g_strdup_printf (_("%s (the common version)"), name != NULL ? name : base_path);
  versions[OURS].display_name = g_strdup_printf (_("%s (ours)"), name != NULL ? name : ours_path);
  versions[THEIRS].display_name = g_strdup_printf (_("%s (theirs)"), name != NULL ? name : theirs_path);
  /* The three at once: most of the time is reading them. */
  threads[0] = g_thread_new ("hashiya-merge-base", read_version_thread, &versions[BASE]);
  threads[1] = g_thread_new ("hashiya-merge-theirs", read_version_thread, &versions[THEIRS]);
  read_version_thread (&versions[OURS]);
  g_thread_join (threads[0]);
  g_thread_join (threads[1]);
  for (int side = BASE; side <= THEIRS; side++)
    if (versions[side].document == NULL)
      {
        g_propagate_error (error, g_steal_pointer (&versions[side].error));
        for (int i = BASE; i <= THEIRS; i++)
          version_clear (&versions[i]);
        return NULL;
      }

  merged = _hashiya_merge_documents (versions[BASE].document, versions[OURS].document, versions[THEIRS].document,
                                     TRUE, &local_error);
  for (int side = BASE; side <= THEIRS; side++)
    version_clear (&versions[side]);
  if (merged == NULL)
    {
      g_set_error (error, HASHIYA_ERROR, local_error->code, "%s: %s", name != NULL ? name : ours_path,
                   local_error->message);
      return NULL;
    }

  bytes = hashiya_format_write (merged);
  data = g_bytes_get_data (bytes, &size);
  if (!g_file_set_contents_full (ours_path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0666, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&merged);
}
