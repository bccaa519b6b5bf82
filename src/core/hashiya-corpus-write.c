/* hashiya-corpus-write.c — a document of a corpus written to its folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes to the folder take a lock (a file in the cache folder, locked
 * with flock ()) and read the file again under it: two programs writing
 * the same corpus each see the other's last write, and each file is
 * replaced atomically.
 */

#define G_LOG_DOMAIN "hashiya-corpus"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "hashiya-corpus-private.h"
#include "hashiya-document-private.h"
#include "hashiya-file.h"
#include "hashiya-format.h"

/* The lock */

/**
 * _hashiya_corpus_lock:
 *
 * Waits until no other program (or thread) writes to the corpus in
 * @folder, and keeps them waiting until _hashiya_corpus_unlock ().
 *
 * Returns: the lock's descriptor, or -1 with @error set
 */
int
_hashiya_corpus_lock (GFile   *folder,
                      GError **error)
{
  g_autoptr(GFile) cache = hashiya_corpus_cache_dir_for_folder (folder);
  g_autofree char *dir = g_file_get_path (cache);
  g_autofree char *path = g_build_filename (dir, "write.lock", NULL);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      (fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600)) < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("%s: cannot make the corpus's lock: %s"), path, g_strerror (saved_errno));
      return -1;
    }
  while (flock (fd, LOCK_EX) != 0)
    if (errno != EINTR)
      {
        int saved_errno = errno;

        close (fd);
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                     _("%s: cannot lock the corpus: %s"), path, g_strerror (saved_errno));
        return -1;
      }
  return fd;
}

void
_hashiya_corpus_unlock (int fd)
{
  if (fd >= 0)
    close (fd);
}

char *
_hashiya_corpus_document_path_for_text (const char *path)
{
  g_autofree char *stem = g_strndup (path, strlen (path) - strlen (".txt"));

  return g_strconcat (stem, ".hashiya", NULL);
}

/* Where a document of the list is written: a text of the folder becomes
 * the .hashiya beside it. */
static char *
document_path_for (HashiyaCorpusDocument *document)
{
  const char *path = hashiya_corpus_document_get_path (document);

  if (_hashiya_corpus_document_is_text (document))
    return _hashiya_corpus_document_path_for_text (path);
  return g_strdup (path);
}

/**
 * hashiya_corpus_save_document:
 * @contents: the document to write in its place
 *
 * Writes @contents over @document's file, atomically, unless another
 * program changed the file since the corpus last read it (then nothing is
 * written, and the error says to open it again). A text of the folder is
 * written as the .hashiya beside it. The list is brought up to date and
 * ::document-changed emitted; @contents is marked saved.
 */
gboolean
hashiya_corpus_save_document (HashiyaCorpus          *self,
                              HashiyaCorpusDocument  *document,
                              HashiyaDocument        *contents,
                              GError                **error)
{
  g_autoptr(HashiyaCorpusDocument) keep = NULL;
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) target = NULL;
  g_autofree char *path = NULL;
  g_autofree char *local = NULL;
  g_autofree char *sha256 = NULL;
  HashiyaCorpusRow *row;
  int lock;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (contents), FALSE);

  if (!_hashiya_corpus_check_writable (self, error))
    return FALSE;
  keep = g_object_ref (document);
  path = document_path_for (document);
  local = _hashiya_corpus_dup_local_path (self, path);
  target = g_file_new_for_path (local);
  bytes = hashiya_format_write (contents);

  if ((lock = _hashiya_corpus_lock (hashiya_corpus_get_folder (self), error)) < 0)
    return FALSE;
  if (_hashiya_corpus_document_is_text (document))
    {
      if (g_file_query_exists (target, NULL))
        {
          _hashiya_corpus_unlock (lock);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       _("%s: there is a document of that name already; open it instead of the text"), path);
          return FALSE;
        }
    }
  else
    {
      on_disk = hashiya_file_read (local, NULL);
      sha256 = on_disk != NULL ? g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, on_disk) : NULL;
      if (g_strcmp0 (sha256, hashiya_corpus_document_get_sha256 (document)) != 0)
        {
          _hashiya_corpus_unlock (lock);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                       _("%s: another program changed the document since it was opened; "
                         "open it again to see its changes (nothing was written)"), path);
          return FALSE;
        }
    }
  if (!hashiya_file_write_atomic (local, bytes, error))
    {
      _hashiya_corpus_unlock (lock);
      return FALSE;
    }
  row = _hashiya_corpus_row_new ();
  _hashiya_corpus_row_set_file (row, target, bytes);
  _hashiya_corpus_unlock (lock);

  _hashiya_corpus_row_fill (row, contents);
  hashiya_document_mark_saved (contents);
  _hashiya_corpus_set_row (self, path, row);
  return TRUE;
}

/**
 * _hashiya_corpus_rewrite:
 * @file: the corpus's corpus.json, as the batch took it
 * @path: the document, relative to @folder
 * @changed: (out): whether the file was written
 * @written_path: (out) (optional): the path of the file the document is
 *   now in (a text of the folder becomes a .hashiya)
 *
 * Reads the document at @path again under the corpus's lock, lets @edit
 * change it and, when it did, writes it back atomically before the lock
 * is let go: another program's write in between is never lost, and the
 * file is either as it was or as it is to be. Touches no corpus object:
 * batches call it from their worker thread.
 *
 * Returns: (transfer full): the row of the file as it now is, or %NULL
 *   with @error set ("PATH: …")
 */
HashiyaCorpusRow *
_hashiya_corpus_rewrite (GFile                    *folder,
                         const HashiyaCorpusFile  *file,
                         const char               *path,
                         HashiyaCorpusRewriteFunc  edit,
                         gpointer                  data,
                         gboolean                 *changed,
                         char                    **written_path,
                         GError                  **error)
{
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaCorpusRow) row = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) source = g_file_resolve_relative_path (folder, path);
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *target_path = NULL;
  g_autofree char *local = NULL;
  gboolean is_text = g_str_has_suffix (path, ".txt");
  int lock;

  *changed = FALSE;
  if ((lock = _hashiya_corpus_lock (folder, error)) < 0)
    return NULL;

  target_path = is_text ? _hashiya_corpus_document_path_for_text (path) : g_strdup (path);
  target = g_file_resolve_relative_path (folder, target_path);
  /* A text made into a document since the list was read: the document. */
  if (is_text && g_file_query_exists (target, NULL))
    g_set_object (&source, target);
  row = _hashiya_corpus_read_row (source, g_file_equal (source, target) ? target_path : path,
                                  file->catalog, file->relation_catalog, &document);
  if (row->error != NULL)
    {
      _hashiya_corpus_unlock (lock);
      g_propagate_error (error, g_error_copy (row->error));
      return NULL;
    }
  if (is_text && !g_file_equal (source, target))
    {
      HashiyaMetadata *metadata = hashiya_metadata_copy (file->defaults);

      _hashiya_document_swap_metadata (document, &metadata);
      hashiya_metadata_free (metadata);
    }

  if (!edit (document, data, changed, &local_error))
    {
      _hashiya_corpus_unlock (lock);
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", target_path, local_error->message);
      return NULL;
    }
  if (!*changed)
    {
      _hashiya_corpus_unlock (lock);
      if (written_path != NULL)
        *written_path = g_file_equal (source, target) ? g_steal_pointer (&target_path) : g_strdup (path);
      return g_steal_pointer (&row);
    }

  bytes = hashiya_format_write (document);
  local = g_file_get_path (target);
  if (!hashiya_file_write_atomic (local, bytes, &local_error))
    {
      _hashiya_corpus_unlock (lock);
      *changed = FALSE;
      /* The message names the file by its path in the corpus. */
      if (g_str_has_prefix (local_error->message, local))
        g_set_error (error, local_error->domain, local_error->code, "%s%s", target_path,
                     local_error->message + strlen (local));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  _hashiya_corpus_row_set_file (row, target, bytes);
  _hashiya_corpus_unlock (lock);

  _hashiya_corpus_row_fill (row, document);
  if (written_path != NULL)
    *written_path = g_steal_pointer (&target_path);
  return g_steal_pointer (&row);
}
