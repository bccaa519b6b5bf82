/* hashiya-document-io.c — opening and saving a document on a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-document-io"

#include "config.h"

#include <gio/gio.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "hashiya-document-io.h"
#include "hashiya-file.h"
#include "hashiya-format.h"
#include "hashiya-open.h"

/* Asynchronous loading and saving: the parse or the write runs on a worker
 * thread; serialising happens first, on the calling thread, because the
 * document belongs to it. */

/* A preview only pays for a file that takes a while to read. */
#define PREVIEW_MIN_BYTES (2u * 1024 * 1024)
#define PREVIEW_CHARS 20000

typedef struct
{
  HashiyaPreviewFunc  func;
  gpointer            user_data;
  HashiyaDocument    *preview;
  GCancellable       *cancellable;
} Preview;

static void
preview_free (Preview *preview)
{
  g_clear_object (&preview->preview);
  g_clear_object (&preview->cancellable);
  g_free (preview);
}

static gboolean
show_preview_cb (gpointer data)
{
  Preview *preview = data;

  if (!g_cancellable_is_cancelled (preview->cancellable))
    preview->func (preview->preview, preview->user_data);
  return G_SOURCE_REMOVE;
}

/* Always through a source of the task's context, never
 * g_main_context_invoke(): from a worker that can run the callback on
 * the worker itself, whenever the main thread is between two
 * iterations of its loop. */
static void
show_preview_later (GTask   *task,
                    Preview *preview)
{
  g_autoptr(GSource) source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, show_preview_cb, preview, (GDestroyNotify) preview_free);
  g_source_set_static_name (source, "[hashiya] show preview");
  g_source_attach (source, g_task_get_context (task));
}

static HashiyaDocument *
open_with_preview (GTask       *task,
                   const char  *path,
                   Preview     *wanted,
                   GError     **error)
{
  g_autoptr(GBytes) bytes = hashiya_file_read_limited (path, (guint64) HASHIYA_DOCUMENT_MAX_MIB * 1024 * 1024, error);
  Preview *preview;

  if (bytes == NULL)
    return NULL;
  if (g_bytes_get_size (bytes) >= PREVIEW_MIN_BYTES)
    {
      preview = g_new0 (Preview, 1);
      preview->func = wanted->func;
      preview->user_data = wanted->user_data;
      preview->cancellable = g_task_get_cancellable (task) != NULL ? g_object_ref (g_task_get_cancellable (task)) : NULL;
      if ((preview->preview = hashiya_format_read_preview (bytes, PREVIEW_CHARS)) != NULL)
        show_preview_later (task, preview);
      else
        preview_free (preview);
    }
  return hashiya_format_read (bytes, path, error);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  HashiyaCatalog *catalog = g_object_get_data (G_OBJECT (task), "catalog");
  Preview *wanted = g_object_get_data (G_OBJECT (task), "preview");
  GError *error = NULL;
  HashiyaDocument *document;

  if (wanted != NULL && g_str_has_suffix (task_data, ".hashiya"))
    document = open_with_preview (task, task_data, wanted, &error);
  else
    document = hashiya_document_open_file (task_data, catalog, &error);
#ifdef __GLIBC__
  /* Reading a big file leaves megabytes free in the heap, which glibc
   * keeps unless asked: give them back while the window lays it out. */
  malloc_trim (0);
#endif

  if (document == NULL)
    g_task_return_error (task, error);
  else if (g_task_return_error_if_cancelled (task))
    g_object_unref (document);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

/**
 * hashiya_document_open_file_async:
 * @preview: (nullable): called, on the calling thread and before
 *   @callback, with a first look at a big document (see
 *   hashiya_format_read_preview()); not always called
 *
 * Opens like hashiya_document_open_file(), on a worker thread. The task
 * data of the result is the path.
 */
void
hashiya_document_open_file_async (const char          *path,
                                  HashiyaCatalog      *catalog,
                                  HashiyaPreviewFunc   preview,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_document_open_file_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  /* The worker only copies it: a private copy keeps threads apart. */
  if (catalog != NULL)
    g_object_set_data_full (G_OBJECT (task), "catalog", hashiya_catalog_copy (catalog), g_object_unref);
  if (preview != NULL)
    {
      Preview *wanted = g_new0 (Preview, 1);

      wanted->func = preview;
      wanted->user_data = user_data;
      g_object_set_data_full (G_OBJECT (task), "preview", wanted, (GDestroyNotify) preview_free);
    }
  g_task_run_in_thread (task, open_thread);
}

HashiyaDocument *
hashiya_document_open_file_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * hashiya_document_save_file_async:
 *
 * Saves like hashiya_document_save_file(). The document is marked saved at
 * the state it had when the save began.
 */
void
hashiya_document_save_file_async (HashiyaDocument     *document,
                                  const char          *path,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;
  guint64 *position;

  g_return_if_fail (HASHIYA_IS_DOCUMENT (document));
  g_return_if_fail (path != NULL);

  bytes = hashiya_format_write (document);
  /* What is saved is the document as it is now, at this undo position. */
  position = g_new (guint64, 1);
  *position = hashiya_undo_stack_get_position (hashiya_document_get_undo_stack (document));

  task = g_task_new (document, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_document_save_file_async);
  g_object_set_data_full (G_OBJECT (task), "position", position, g_free);
  hashiya_file_write_atomic_in_task (task, path, bytes);
}

gboolean
hashiya_document_save_file_finish (HashiyaDocument  *document,
                                   GAsyncResult     *result,
                                   GError          **error)
{
  guint64 *position;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, document), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  position = g_object_get_data (G_OBJECT (result), "position");
  hashiya_undo_stack_mark_clean_at (hashiya_document_get_undo_stack (document), *position);
  return TRUE;
}
