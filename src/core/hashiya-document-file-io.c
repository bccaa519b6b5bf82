/* hashiya-document-file-io.c — a document file's opening, saving,
 * exporting and suggesting, off the calling thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each operation takes a GCancellable; the parsing, matching and writing
 * run on a worker thread, what belongs to the document (serialising it,
 * adding suggestions) on the calling thread.
 */

#define G_LOG_DOMAIN "hashiya-document-file"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-document-file-private.h"
#include "hashiya-document-load.h"
#include "hashiya-file.h"
#include "hashiya-format.h"
#include "hashiya-matcher.h"
#include "hashiya-open.h"

/* A preview only pays for a file that takes a while to read. */
#define PREVIEW_MIN_BYTES (2u * 1024 * 1024)
#define PREVIEW_CHARS 20000

/* Opening */

typedef struct
{
  char                *path;
  HashiyaCatalog      *catalog;
  HashiyaDocumentFile *self;
  HashiyaDocument     *preview;
} Load;

static void
load_free (Load *load)
{
  g_free (load->path);
  g_clear_object (&load->catalog);
  g_clear_object (&load->self);
  g_clear_object (&load->preview);
  g_free (load);
}

/* A preview goes to the thread that asked for the load, always through a
 * source of the task's context, never g_main_context_invoke(): from a
 * worker that can run the callback on the worker itself, whenever the
 * calling thread is between two iterations of its loop. */
static gboolean
show_preview_cb (gpointer data)
{
  GTask *task = data;
  Load *load = g_task_get_task_data (task);
  HashiyaDocumentFile *self = load->self;

  if (!g_cancellable_is_cancelled (g_task_get_cancellable (task)) && !g_task_get_completed (task) &&
      hashiya_document_file_get_busy (self) && hashiya_document_file_check_limits (self, load->preview, NULL))
    g_signal_emit_by_name (self, "preview", load->preview);
  return G_SOURCE_REMOVE;
}

static void
show_preview_later (GTask *task)
{
  g_autoptr(GSource) source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, show_preview_cb, g_object_ref (task), g_object_unref);
  g_source_set_static_name (source, "[hashiya] show preview");
  g_source_attach (source, g_task_get_context (task));
}

/* A .hashiya read from its bytes, with a look at its start first when it
 * is big. */
static HashiyaDocument *
read_with_preview (GTask       *task,
                   Load        *load,
                   GError     **error)
{
  g_autoptr(GBytes) bytes = hashiya_file_read_limited (load->path,
                                                       (guint64) HASHIYA_DOCUMENT_MAX_MIB * 1024 * 1024, error);

  if (bytes == NULL)
    return NULL;
  if (g_bytes_get_size (bytes) >= PREVIEW_MIN_BYTES &&
      (load->preview = hashiya_format_read_preview (bytes, PREVIEW_CHARS)) != NULL)
    show_preview_later (task);
  return hashiya_format_read_take (&bytes, load->path, error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Load *load = task_data;
  GError *error = NULL;
  HashiyaDocument *document;

  if (g_str_has_suffix (load->path, ".hashiya"))
    document = read_with_preview (task, load, &error);
  else
    document = hashiya_document_open_file (load->path, load->catalog, &error);

  if (document == NULL)
    g_task_return_error (task, error);
  else if (g_task_return_error_if_cancelled (task))
    g_object_unref (document);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

/* What a load that read @document does to the file. */
static gboolean
take_loaded (HashiyaDocumentFile  *self,
             HashiyaDocument      *document,
             const char           *path,
             GError              **error)
{
  if (!hashiya_document_file_check_limits (self, document, error))
    return FALSE;
  hashiya_document_file_set_document (self, document, path);
  return TRUE;
}

/**
 * hashiya_document_file_load:
 * @path: a .hashiya, a UTF-8 text, or another tool's annotations (by the
 *   file's extension)
 * @catalog: (nullable): the catalogue a new document from a text starts
 *   from; the default one if %NULL
 *
 * Opens @path in place of the document there was. On failure nothing
 * changes and the error says why.
 */
gboolean
hashiya_document_file_load (HashiyaDocumentFile  *self,
                            const char           *path,
                            HashiyaCatalog       *catalog,
                            GCancellable         *cancellable,
                            GError              **error)
{
  g_autoptr(HashiyaDocument) document = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  document = hashiya_document_open_file (path, catalog, error);
  return document != NULL && take_loaded (self, document, path, error);
}

/**
 * hashiya_document_file_read:
 *
 * Reads @path as a .hashiya document, whatever its name, in place of the
 * document there was. On failure nothing changes and the error says why,
 * with the file, line and column or the mention at fault.
 */
gboolean
hashiya_document_file_read (HashiyaDocumentFile  *self,
                            const char           *path,
                            GError              **error)
{
  g_autoptr(HashiyaDocument) document = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  document = hashiya_document_load_file (path, error);
  return document != NULL && take_loaded (self, document, path, error);
}

/**
 * hashiya_document_file_load_async:
 *
 * Opens as hashiya_document_file_load() does, on a worker thread; a big
 * .hashiya shows its start first (HashiyaDocumentFile::preview).
 * HashiyaDocumentFile:busy is set meanwhile.
 */
void
hashiya_document_file_load_async (HashiyaDocumentFile *self,
                                  const char          *path,
                                  HashiyaCatalog      *catalog,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Load *load;

  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (self));
  g_return_if_fail (path != NULL);

  load = g_new0 (Load, 1);
  load->path = g_strdup (path);
  /* The worker only copies it: a private copy keeps threads apart. */
  load->catalog = catalog != NULL ? hashiya_catalog_copy (catalog) : NULL;
  load->self = g_object_ref (self);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_document_file_load_async);
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  _hashiya_document_file_set_busy (self, TRUE);
  g_task_run_in_thread (task, load_thread);
}

gboolean
hashiya_document_file_load_finish (HashiyaDocumentFile  *self,
                                   GAsyncResult         *result,
                                   GError              **error)
{
  g_autoptr(HashiyaDocument) document = NULL;
  Load *load;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  _hashiya_document_file_set_busy (self, FALSE);
  load = g_task_get_task_data (G_TASK (result));
  document = g_task_propagate_pointer (G_TASK (result), error);
  return document != NULL && take_loaded (self, document, load->path, error);
}

/* Saving */

/* Never replace another program's version without being told to. */
static gboolean
check_overwrite (HashiyaDocumentFile  *self,
                 const char           *path,
                 HashiyaSaveFlags      flags,
                 GError              **error)
{
  g_autofree char *name = NULL;

  if ((flags & HASHIYA_SAVE_OVERWRITE) != 0 || g_strcmp0 (path, hashiya_document_file_get_path (self)) != 0 || !_hashiya_document_file_differs_on_disk (self))
    return TRUE;

  name = g_filename_display_basename (path);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
               _("“%s” was changed on disk after it was opened here. Saving now replaces that version."), name);
  return FALSE;
}

static const char *
save_path (HashiyaDocumentFile *self,
           const char          *path)
{
  return path != NULL ? path : (hashiya_document_file_is_native (self) ? hashiya_document_file_get_path (self) : NULL);
}

/* What a save of the document as it was at @position did. */
static void
saved (HashiyaDocumentFile *self,
       const char          *path,
       guint64              position)
{
  hashiya_undo_stack_mark_clean_at (hashiya_document_get_undo_stack (hashiya_document_file_get_document (self)), position);
  _hashiya_document_file_set_path (self, path);
}

/**
 * hashiya_document_file_save:
 * @path: (nullable): where to write the .hashiya; %NULL for the file the
 *   document lives in
 *
 * Writes the document atomically (see hashiya_file_write_atomic()); the
 * document then lives at @path and is no longer modified. A version of its
 * own file that another program wrote meanwhile is replaced only with
 * %HASHIYA_SAVE_OVERWRITE (else %G_IO_ERROR_WRONG_ETAG). On failure the
 * file is as it was and the document stays modified.
 */
gboolean
hashiya_document_file_save (HashiyaDocumentFile  *self,
                            const char           *path,
                            HashiyaSaveFlags      flags,
                            GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  guint64 position;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), FALSE);
  g_return_val_if_fail (hashiya_document_file_get_document (self) != NULL, FALSE);

  path = save_path (self, path);
  g_return_val_if_fail (path != NULL, FALSE);
  if (!check_overwrite (self, path, flags, error))
    return FALSE;

  position = hashiya_undo_stack_get_position (hashiya_document_get_undo_stack (hashiya_document_file_get_document (self)));
  bytes = hashiya_format_write (hashiya_document_file_get_document (self));
  if (!hashiya_file_write_atomic (path, bytes, error))
    return FALSE;
  saved (self, path, position);
  return TRUE;
}

typedef struct
{
  char    *path;
  guint64  position;
} Save;

static void
save_free (Save *save)
{
  g_free (save->path);
  g_free (save);
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * hashiya_document_file_save_async:
 *
 * Saves as hashiya_document_file_save() does; the bytes are made here, the
 * writing is done on a worker thread. The document is marked saved at the
 * state it had when the save began. HashiyaDocumentFile:busy is set
 * meanwhile.
 */
void
hashiya_document_file_save_async (HashiyaDocumentFile *self,
                                  const char          *path,
                                  HashiyaSaveFlags     flags,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) write = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  Save *save;

  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (self));
  g_return_if_fail (hashiya_document_file_get_document (self) != NULL);

  path = save_path (self, path);
  g_return_if_fail (path != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_document_file_save_async);
  if (!check_overwrite (self, path, flags, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  save = g_new0 (Save, 1);
  save->path = g_strdup (path);
  /* What is saved is the document as it is now, at this undo position. */
  save->position = hashiya_undo_stack_get_position (hashiya_document_get_undo_stack (hashiya_document_file_get_document (self)));
  g_task_set_task_data (task, save, (GDestroyNotify) save_free);
  bytes = hashiya_format_write (hashiya_document_file_get_document (self));
  _hashiya_document_file_set_busy (self, TRUE);

  write = g_task_new (NULL, cancellable, write_done_cb, g_steal_pointer (&task));
  hashiya_file_write_atomic_in_task (write, path, bytes);
}

gboolean
hashiya_document_file_save_finish (HashiyaDocumentFile  *self,
                                   GAsyncResult         *result,
                                   GError              **error)
{
  Save *save;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  save = g_task_get_task_data (G_TASK (result));
  /* Refused before it began: it never was busy. */
  if (save == NULL)
    return g_task_propagate_boolean (G_TASK (result), error);

  _hashiya_document_file_set_busy (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  saved (self, save->path, save->position);
  return TRUE;
}

/* Exporting */

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (hashiya_export_file_finish (HASHIYA_DOCUMENT (source), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * hashiya_document_file_export_async:
 * @path: the file to write, or the folder for brat (made when missing)
 *
 * Exports the document as it is now (see hashiya_export_file_async()):
 * the file is built here and written on a worker thread.
 */
void
hashiya_document_file_export_async (HashiyaDocumentFile        *self,
                                    HashiyaExportFormat         format,
                                    const HashiyaExportOptions *options,
                                    const char                 *path,
                                    GCancellable               *cancellable,
                                    GAsyncReadyCallback         callback,
                                    gpointer                    user_data)
{
  GTask *task;

  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (self));
  g_return_if_fail (options != NULL);
  g_return_if_fail (path != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_document_file_export_async);
  hashiya_export_file_async (hashiya_document_file_get_document (self), format, options, path, cancellable, export_done_cb, task);
}

gboolean
hashiya_document_file_export_finish (HashiyaDocumentFile  *self,
                                     GAsyncResult         *result,
                                     GError              **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Suggesting */

typedef struct
{
  HashiyaMatcher *matcher;
  HashiyaText    *text;
} Suggest;

static void
suggest_free (Suggest *suggest)
{
  hashiya_matcher_unref (suggest->matcher);
  hashiya_text_unref (suggest->text);
  g_free (suggest);
}

static void
suggest_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Suggest *suggest = task_data;
  GArray *matches = hashiya_matcher_match (suggest->matcher, suggest->text, cancellable);

  if (matches == NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled"));
  else
    g_task_return_pointer (task, matches, (GDestroyNotify) g_array_unref);
}

/**
 * hashiya_document_file_suggest_async:
 *
 * Matches the catalogue against the text on a worker thread; the finish
 * adds the suggestions as one undo step.
 */
void
hashiya_document_file_suggest_async (HashiyaDocumentFile *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Suggest *suggest;

  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (self));
  g_return_if_fail (hashiya_document_file_get_document (self) != NULL);

  suggest = g_new0 (Suggest, 1);
  suggest->matcher = hashiya_document_get_matcher (hashiya_document_file_get_document (self));
  suggest->text = hashiya_text_ref (hashiya_document_get_text (hashiya_document_file_get_document (self)));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_document_file_suggest_async);
  g_task_set_task_data (task, suggest, (GDestroyNotify) suggest_free);
  g_task_run_in_thread (task, suggest_thread);
}

/**
 * hashiya_document_file_suggest_finish:
 * @added: (out) (optional): how many suggestions were added
 *
 * Adds the suggestions found, unless the document's text changed
 * meanwhile (then none, and no error).
 */
gboolean
hashiya_document_file_suggest_finish (HashiyaDocumentFile  *self,
                                      GAsyncResult         *result,
                                      guint                *added,
                                      GError              **error)
{
  Suggest *suggest;
  g_autoptr(GArray) matches = NULL;
  guint n = 0;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  suggest = g_task_get_task_data (G_TASK (result));
  matches = g_task_propagate_pointer (G_TASK (result), error);
  if (matches == NULL)
    return FALSE;
  if (hashiya_document_file_get_document (self) != NULL && hashiya_document_get_text (hashiya_document_file_get_document (self)) == suggest->text)
    n = hashiya_document_add_matches (hashiya_document_file_get_document (self), matches, HASHIYA_MENTION_STATUS_SUGGESTED);
  if (added != NULL)
    *added = n;
  return TRUE;
}
