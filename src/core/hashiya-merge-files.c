/* hashiya-merge-files.c — the merge of three .hashiya files, as git's
 * merge driver runs it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-merge"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-document-conflicts.h"
#include "hashiya-error.h"
#include "hashiya-format.h"
#include "hashiya-merge-private.h"

/* One of the three files, read on a thread of its own. */
typedef struct
{
  const char      *path;
  char            *display_name;
  GBytes          *bytes;
  HashiyaDocument *document;
  GError          *error;
} Version;

static GBytes *
read_bytes (const char  *path,
            const char  *display_name,
            GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", display_name, local_error->message);
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static HashiyaDocument *
read_document (GBytes      *bytes,
               const char  *display_name,
               GError     **error)
{
  gsize length, i = 0;
  const char *contents = g_bytes_get_data (bytes, &length);

  /* A .hashiya is a JSON object: say so of anything else, before the
   * JSON parser's words on its first character. */
  while (i < length && strchr (" \t\r\n", contents[i]) != NULL && contents[i] != '\0')
    i++;
  if (i == length || contents[i] != '{')
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: not a .hashiya file: it is not a JSON object"), display_name);
      return NULL;
    }
  return hashiya_format_read (bytes, display_name, error);
}

static gpointer
read_version_thread (gpointer data)
{
  Version *version = data;

  if (version->bytes == NULL)
    version->bytes = read_bytes (version->path, version->display_name, &version->error);
  if (version->bytes != NULL)
    version->document = read_document (version->bytes, version->display_name, &version->error);
  return NULL;
}

static void
version_clear (Version *version)
{
  g_free (version->display_name);
  g_clear_pointer (&version->bytes, g_bytes_unref);
  g_clear_object (&version->document);
  g_clear_error (&version->error);
}

static void
versions_init (Version     versions[3],
               const char *base_path,
               const char *ours_path,
               const char *theirs_path,
               const char *name)
{
  memset (versions, 0, 3 * sizeof (Version));
  versions[BASE].path = base_path;
  versions[OURS].path = ours_path;
  versions[THEIRS].path = theirs_path;
  /* Git's copies have names of its own: say which version of which file. */
  versions[BASE].display_name = g_strdup_printf (_("%s (the common version)"), name != NULL ? name : base_path);
  versions[OURS].display_name = g_strdup_printf (_("%s (ours)"), name != NULL ? name : ours_path);
  versions[THEIRS].display_name = g_strdup_printf (_("%s (theirs)"), name != NULL ? name : theirs_path);
}

static gboolean
write_result (const char  *path,
              GBytes      *bytes,
              GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0666, error);
}

/* The file mapped rather than copied: the quick way reads little of it. */
static GBytes *
map_bytes (const char *path)
{
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);

  return file != NULL ? g_mapped_file_get_bytes (file) : NULL;
}

/* The whole documents read and merged, the result written over ours. */
static HashiyaDocument *
merge_whole (Version      versions[3],
             const char  *ours_path,
             const char  *name,
             GError     **error)
{
  GThread *threads[2];
  g_autoptr(HashiyaDocument) merged = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

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
        return NULL;
      }

  merged = _hashiya_merge_documents_from (versions[BASE].document, versions[OURS].document,
                                          versions[THEIRS].document, 0, &local_error);
  for (int side = BASE; side <= THEIRS; side++)
    g_clear_object (&versions[side].document);
  if (merged == NULL)
    {
      g_set_error (error, HASHIYA_ERROR, local_error->code, "%s: %s", name != NULL ? name : ours_path,
                   local_error->message);
      return NULL;
    }

  bytes = hashiya_format_write (merged);
  if (!write_result (ours_path, bytes, error))
    return NULL;
  return g_steal_pointer (&merged);
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
 * On an error nothing is written. It reads the whole documents;
 * hashiya_merge_driver() writes the same bytes, faster.
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
  Version versions[3];
  HashiyaDocument *merged;

  g_return_val_if_fail (base_path != NULL && ours_path != NULL && theirs_path != NULL, NULL);

  versions_init (versions, base_path, ours_path, theirs_path, name);
  merged = merge_whole (versions, ours_path, name, error);
  for (int side = BASE; side <= THEIRS; side++)
    version_clear (&versions[side]);
  return merged;
}

static GListModel *
copy_conflicts (HashiyaDocument *document)
{
  GListStore *store = g_list_store_new (HASHIYA_TYPE_CONFLICT);
  GListModel *conflicts = hashiya_document_get_conflicts (document);
  guint n = g_list_model_get_n_items (conflicts);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) conflict = g_list_model_get_item (conflicts, i);

      g_list_store_append (store, conflict);
    }
  return G_LIST_MODEL (store);
}

/**
 * _hashiya_merge_driver_full:
 * @lines: (out) (optional): whether the quick way (hashiya-merge-lines.c)
 *   made the result
 *
 * hashiya_merge_driver(), which says which way it took, for tests.
 */
GListModel *
_hashiya_merge_driver_full (const char  *base_path,
                            const char  *ours_path,
                            const char  *theirs_path,
                            const char  *name,
                            gboolean    *lines,
                            GError     **error)
{
  Version versions[3];
  GListModel *conflicts = NULL;
  gboolean read = TRUE;

  versions_init (versions, base_path, ours_path, theirs_path, name);
  if (lines != NULL)
    *lines = FALSE;
  for (int side = BASE; side <= THEIRS && read; side++)
    read = (versions[side].bytes = map_bytes (versions[side].path)) != NULL;
  if (read)
    {
      GBytes *contents[3] = { versions[BASE].bytes, versions[OURS].bytes, versions[THEIRS].bytes };
      const char *names[3] = { versions[BASE].display_name, versions[OURS].display_name,
                               versions[THEIRS].display_name };
      g_autoptr(GBytes) result = _hashiya_merge_lines (contents, names, &conflicts);

      if (result != NULL)
        {
          if (lines != NULL)
            *lines = TRUE;
          if (!write_result (ours_path, result, error))
            g_clear_object (&conflicts);
          for (int side = BASE; side <= THEIRS; side++)
            version_clear (&versions[side]);
          return conflicts;
        }
    }
  {
    g_autoptr(HashiyaDocument) merged = merge_whole (versions, ours_path, name, error);

    for (int side = BASE; side <= THEIRS; side++)
      version_clear (&versions[side]);
    return merged != NULL ? copy_conflicts (merged) : NULL;
  }
}

/**
 * hashiya_merge_driver:
 * @base_path: the version both came from (git's %O)
 * @ours_path: one side (git's %A), where the result is written
 * @theirs_path: the other side (git's %B)
 * @name: (nullable): how messages name the file (git's %P)
 *
 * What git's merge driver does: the same bytes over @ours_path, and the
 * same errors, as hashiya_merge_files(), but without reading the whole
 * documents when it need not. Mentions whose lines are the same in the
 * three files are copied as they are, and only the rest is read and
 * merged (see hashiya-merge-lines.c); when that cannot be shown to give
 * the same result, the whole documents are merged.
 *
 * Returns: (transfer full): the conflicts of the result (#HashiyaConflict,
 *   none when the merge is done), or %NULL on an error, when nothing was
 *   written
 */
GListModel *
hashiya_merge_driver (const char  *base_path,
                      const char  *ours_path,
                      const char  *theirs_path,
                      const char  *name,
                      GError     **error)
{
  g_return_val_if_fail (base_path != NULL && ours_path != NULL && theirs_path != NULL, NULL);

  return _hashiya_merge_driver_full (base_path, ours_path, theirs_path, name, NULL, error);
}
