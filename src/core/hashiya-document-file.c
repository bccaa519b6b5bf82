/* hashiya-document-file.c — a document and the file it lives in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A HashiyaDocumentFile owns a document's life apart from any window: where
 * it lives, the etag and monitor that tell another program's writes from
 * ours, its draft's name, and its opening (with a preview of a big file),
 * saving, exporting, suggesting and re-anchoring, each off the calling
 * thread with a GCancellable. A window shows one; the session keeps the
 * drafts of all of them; the command line tool opens and saves with one.
 */

#define G_LOG_DOMAIN "hashiya-document-file"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hashiya-document-file.h"
#include "hashiya-error.h"
#include "hashiya-file.h"
#include "hashiya-format.h"
#include "hashiya-matcher.h"
#include "hashiya-open.h"

/* A preview only pays for a file that takes a while to read. */
#define PREVIEW_MIN_BYTES (2u * 1024 * 1024)
#define PREVIEW_CHARS 20000

struct _HashiyaDocumentFile
{
  GObject          parent_instance;

  HashiyaDocument *document;
  char            *path;
  char            *untitled_name;
  char            *draft_id;
  char            *etag;
  GFileMonitor    *monitor;
  guint            max_paragraph;
  guint            max_mentions;
  guint            busy : 1;
  guint            changed_on_disk : 1;
};

G_DEFINE_FINAL_TYPE (HashiyaDocumentFile, hashiya_document_file, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_PATH,
  PROP_UNTITLED_NAME,
  PROP_BUSY,
  PROP_CHANGED_ON_DISK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PREVIEW,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
hashiya_document_file_dispose (GObject *object)
{
  HashiyaDocumentFile *self = HASHIYA_DOCUMENT_FILE (object);

  g_clear_object (&self->monitor);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (hashiya_document_file_parent_class)->dispose (object);
}

static void
hashiya_document_file_finalize (GObject *object)
{
  HashiyaDocumentFile *self = HASHIYA_DOCUMENT_FILE (object);

  g_free (self->path);
  g_free (self->untitled_name);
  g_free (self->draft_id);
  g_free (self->etag);

  G_OBJECT_CLASS (hashiya_document_file_parent_class)->finalize (object);
}

static void
hashiya_document_file_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HashiyaDocumentFile *self = HASHIYA_DOCUMENT_FILE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_UNTITLED_NAME:
      g_value_set_string (value, self->untitled_name);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    case PROP_CHANGED_ON_DISK:
      g_value_set_boolean (value, self->changed_on_disk);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_document_file_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HashiyaDocumentFile *self = HASHIYA_DOCUMENT_FILE (object);

  switch (prop_id)
    {
    case PROP_UNTITLED_NAME:
      hashiya_document_file_set_untitled_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_document_file_class_init (HashiyaDocumentFileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hashiya_document_file_dispose;
  object_class->finalize = hashiya_document_file_finalize;
  object_class->get_property = hashiya_document_file_get_property;
  object_class->set_property = hashiya_document_file_set_property;

  /**
   * HashiyaDocumentFile:document:
   *
   * The document; another one after a load or a change of text.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, HASHIYA_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * HashiyaDocumentFile:path:
   *
   * Where the document lives: its .hashiya, the file it was made from (a
   * text, another tool's annotations), or %NULL.
   */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNTITLED_NAME] =
    g_param_spec_string ("untitled-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * HashiyaDocumentFile:busy:
   *
   * Whether it is being opened or saved.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * HashiyaDocumentFile:changed-on-disk:
   *
   * Whether another program wrote the file since it was read or saved.
   */
  properties[PROP_CHANGED_ON_DISK] =
    g_param_spec_boolean ("changed-on-disk", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HashiyaDocumentFile::preview:
   * @preview: the start of a big document being opened
   *
   * Emitted on the thread that opens, before the load ends, with a first
   * look at a big .hashiya; not always.
   */
  signals[PREVIEW] =
    g_signal_new ("preview", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, HASHIYA_TYPE_DOCUMENT);
}

static void
hashiya_document_file_init (HashiyaDocumentFile *self)
{
  self->draft_id = g_uuid_string_random ();
}

/**
 * hashiya_document_file_new:
 * @path: (nullable): where @document lives (see HashiyaDocumentFile:path)
 */
HashiyaDocumentFile *
hashiya_document_file_new (HashiyaDocument *document,
                           const char      *path)
{
  HashiyaDocumentFile *self;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);

  self = g_object_new (HASHIYA_TYPE_DOCUMENT_FILE, NULL);
  hashiya_document_file_set_document (self, document, path);
  return self;
}

HashiyaDocument *
hashiya_document_file_get_document (HashiyaDocumentFile *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), NULL);
  return self->document;
}

const char *
hashiya_document_file_get_path (HashiyaDocumentFile *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), NULL);
  return self->path;
}

/**
 * hashiya_document_file_is_native:
 *
 * Whether the document lives in a .hashiya of its own, which Save writes.
 * A text or another tool's file it was made from is never written.
 */
gboolean
hashiya_document_file_is_native (HashiyaDocumentFile *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), FALSE);
  return self->path != NULL && g_str_has_suffix (self->path, ".hashiya");
}

const char *
hashiya_document_file_get_draft_id (HashiyaDocumentFile *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), NULL);
  return self->draft_id;
}

/* The name of the document's draft in a session (a UUID). */
void
hashiya_document_file_set_draft_id (HashiyaDocumentFile *self,
                                    const char          *draft_id)
{
  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (self));
  g_return_if_fail (g_uuid_string_is_valid (draft_id));

  g_free (self->draft_id);
  self->draft_id = g_strdup (draft_id);
}

gboolean
hashiya_document_file_get_busy (HashiyaDocumentFile *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), FALSE);
  return self->busy;
}

gboolean
hashiya_document_file_get_modified (HashiyaDocumentFile *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), FALSE);
  return self->document != NULL && hashiya_document_get_modified (self->document);
}

gboolean
hashiya_document_file_get_changed_on_disk (HashiyaDocumentFile *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), FALSE);
  return self->changed_on_disk;
}

/**
 * hashiya_document_file_is_pristine:
 *
 * An untitled document nobody has touched: opening a file may replace it
 * rather than take another window.
 */
gboolean
hashiya_document_file_is_pristine (HashiyaDocumentFile *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), FALSE);

  return self->document == NULL ||
         (self->path == NULL && !hashiya_document_get_modified (self->document) &&
          !hashiya_undo_stack_get_can_undo (hashiya_document_get_undo_stack (self->document)));
}

static void
set_busy (HashiyaDocumentFile *self,
          gboolean             busy)
{
  if (self->busy == !!busy)
    return;
  self->busy = !!busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
set_changed_on_disk (HashiyaDocumentFile *self,
                     gboolean             changed)
{
  if (self->changed_on_disk == !!changed)
    return;
  self->changed_on_disk = !!changed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_ON_DISK]);
}

/* Outside changes: the file's etag when we last read or wrote it tells
 * our own writes from someone else's. */
static char *
query_etag (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                                                 NULL, NULL);

  return info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
}

static gboolean
differs_on_disk (HashiyaDocumentFile *self)
{
  g_autofree char *etag = NULL;

  if (self->path == NULL || self->etag == NULL)
    return FALSE;
  etag = query_etag (self->path);
  return g_strcmp0 (etag, self->etag) != 0;
}

static void
file_changed_cb (HashiyaDocumentFile *self,
                 GFile               *file,
                 GFile               *other,
                 GFileMonitorEvent    event)
{
  if (!self->busy && differs_on_disk (self))
    set_changed_on_disk (self, TRUE);
}

/* Watches the document's own file (a .hashiya; a text it came from is
 * never written, so never watched). */
static void
watch (HashiyaDocumentFile *self)
{
  g_autoptr(GFile) file = NULL;

  g_clear_object (&self->monitor);
  g_clear_pointer (&self->etag, g_free);
  set_changed_on_disk (self, FALSE);
  if (!hashiya_document_file_is_native (self))
    return;

  file = g_file_new_for_path (self->path);
  self->etag = query_etag (self->path);
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (file_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
set_path (HashiyaDocumentFile *self,
          const char          *path)
{
  if (g_strcmp0 (self->path, path) != 0)
    {
      g_free (self->path);
      self->path = g_strdup (path);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
    }
  watch (self);
}

/**
 * hashiya_document_file_set_document:
 * @path: (nullable): where @document lives now
 *
 * Puts @document in place of the one there was, as a load does.
 */
void
hashiya_document_file_set_document (HashiyaDocumentFile *self,
                                    HashiyaDocument     *document,
                                    const char          *path)
{
  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (self));
  g_return_if_fail (HASHIYA_IS_DOCUMENT (document));

  g_object_freeze_notify (G_OBJECT (self));
  set_path (self, path);
  if (g_set_object (&self->document, document))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
hashiya_document_file_get_untitled_name (HashiyaDocumentFile *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), NULL);
  return self->untitled_name;
}

/**
 * hashiya_document_file_set_untitled_name:
 * @name: (nullable): what to call the document while it has no file of
 *   its own ("Sample Article", a pasted text's first words), or %NULL
 *   for "Untitled Document"
 */
void
hashiya_document_file_set_untitled_name (HashiyaDocumentFile *self,
                                         const char          *name)
{
  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (self));

  if (g_strcmp0 (self->untitled_name, name) == 0)
    return;
  g_free (self->untitled_name);
  self->untitled_name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNTITLED_NAME]);
}

/**
 * hashiya_document_file_dup_title:
 *
 * Returns: (transfer full): the file's name, the untitled name, or
 *   "Untitled Document": what a title shows
 */
char *
hashiya_document_file_dup_title (HashiyaDocumentFile *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), NULL);

  if (self->path != NULL)
    return g_filename_display_basename (self->path);
  return g_strdup (self->untitled_name != NULL ? self->untitled_name : _("Untitled Document"));
}

/**
 * hashiya_document_file_dup_name:
 *
 * Returns: (transfer full): the document's file name without its
 *   extension, its untitled name, or "Untitled": for files made from it
 */
char *
hashiya_document_file_dup_name (HashiyaDocumentFile *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), NULL);

  if (self->path != NULL)
    return hashiya_file_stem (self->path);
  if (self->untitled_name != NULL)
    return g_strdelimit (g_strdup (self->untitled_name), G_DIR_SEPARATOR_S, '-');
  return g_strdup (_("Untitled"));
}

/**
 * hashiya_document_file_dup_folder:
 *
 * Where a file chooser for this document starts: the folder of its file
 * (or of the text it was made from); for a document of no file, the
 * user's Documents folder, or home.
 *
 * Returns: (transfer full): the folder
 */
GFile *
hashiya_document_file_dup_folder (HashiyaDocumentFile *self)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), NULL);

  if (self->path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self->path);

      if (g_file_test (dir, G_FILE_TEST_IS_DIR))
        return g_file_new_for_path (dir);
    }
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (g_get_home_dir ());
}

/**
 * hashiya_document_file_set_limits:
 * @max_paragraph: the longest paragraph a load accepts, in characters; 0
 *   for any
 * @max_mentions: the most mentions a load accepts; 0 for any
 *
 * What a view can show without freezing: a load of more is refused with
 * the reason, and the document shown stays.
 */
void
hashiya_document_file_set_limits (HashiyaDocumentFile *self,
                                  guint                max_paragraph,
                                  guint                max_mentions)
{
  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (self));

  self->max_paragraph = max_paragraph;
  self->max_mentions = max_mentions;
}

/**
 * hashiya_document_file_check_limits:
 *
 * Whether @document is within the limits set with
 * hashiya_document_file_set_limits(); the error says why not.
 */
gboolean
hashiya_document_file_check_limits (HashiyaDocumentFile  *self,
                                    HashiyaDocument      *document,
                                    GError              **error)
{
  HashiyaText *text;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), FALSE);

  text = hashiya_document_get_text (document);
  /* %'u: the big numbers grouped as the reader's locale writes them. */
  if (self->max_paragraph > 0 && hashiya_text_get_longest_line (text) > self->max_paragraph)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_TOO_LARGE,
                   _("One paragraph is %'u characters long; the window shows paragraphs of up to %'u characters. "
                     "Split the text into paragraphs, or work on it with hashiya-cli."),
                   hashiya_text_get_longest_line (text), self->max_paragraph);
      return FALSE;
    }
  if (self->max_mentions > 0 && hashiya_document_get_n_mentions (document) > self->max_mentions)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_TOO_LARGE,
                   _("The document has %'u mentions; the window shows up to %'u. Work on it with hashiya-cli."),
                   hashiya_document_get_n_mentions (document), self->max_mentions);
      return FALSE;
    }
  return TRUE;
}

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
      self->busy && hashiya_document_file_check_limits (self, load->preview, NULL))
    g_signal_emit (self, signals[PREVIEW], 0, load->preview);
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
  return hashiya_format_read (bytes, load->path, error);
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
  set_busy (self, TRUE);
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

  set_busy (self, FALSE);
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

  if ((flags & HASHIYA_SAVE_OVERWRITE) != 0 || g_strcmp0 (path, self->path) != 0 || !differs_on_disk (self))
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
  return path != NULL ? path : (hashiya_document_file_is_native (self) ? self->path : NULL);
}

/* What a save of the document as it was at @position did. */
static void
saved (HashiyaDocumentFile *self,
       const char          *path,
       guint64              position)
{
  hashiya_undo_stack_mark_clean_at (hashiya_document_get_undo_stack (self->document), position);
  set_path (self, path);
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
  g_return_val_if_fail (self->document != NULL, FALSE);

  path = save_path (self, path);
  g_return_val_if_fail (path != NULL, FALSE);
  if (!check_overwrite (self, path, flags, error))
    return FALSE;

  position = hashiya_undo_stack_get_position (hashiya_document_get_undo_stack (self->document));
  bytes = hashiya_format_write (self->document);
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
  g_return_if_fail (self->document != NULL);

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
  save->position = hashiya_undo_stack_get_position (hashiya_document_get_undo_stack (self->document));
  g_task_set_task_data (task, save, (GDestroyNotify) save_free);
  bytes = hashiya_format_write (self->document);
  set_busy (self, TRUE);

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

  set_busy (self, FALSE);
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
  hashiya_export_file_async (self->document, format, options, path, cancellable, export_done_cb, task);
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
  g_return_if_fail (self->document != NULL);

  suggest = g_new0 (Suggest, 1);
  suggest->matcher = hashiya_document_get_matcher (self->document);
  suggest->text = hashiya_text_ref (hashiya_document_get_text (self->document));

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
  if (self->document != NULL && hashiya_document_get_text (self->document) == suggest->text)
    n = hashiya_document_add_matches (self->document, matches, HASHIYA_MENTION_STATUS_SUGGESTED);
  if (added != NULL)
    *added = n;
  return TRUE;
}

/* New documents of no file */

/* The first words of the first line that has any, to name a text that
 * has no file. */
#define NAME_MAX_CHARS 40

static char *
first_words (HashiyaText *text)
{
  g_auto(GStrv) lines = g_strsplit_set (hashiya_text_get_data (text, NULL), "\r\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      g_autofree char *cut = NULL;
      char *space;

      if (line[0] == '\0')
        continue;
      if (g_utf8_strlen (line, -1) <= NAME_MAX_CHARS)
        return g_strdup (line);
      cut = g_utf8_substring (line, 0, NAME_MAX_CHARS);
      space = strrchr (cut, ' ');
      if (space != NULL && space > cut)
        *space = '\0';
      return g_strconcat (g_strchomp (cut), "…", NULL);
    }
  return NULL;
}

/**
 * hashiya_document_file_set_text:
 * @catalog: the catalogue the document starts from
 *
 * Puts a new document of @text (pasted, say) in place, of no file, named
 * by its first words. It counts as unsaved work.
 */
void
hashiya_document_file_set_text (HashiyaDocumentFile *self,
                                HashiyaText         *text,
                                HashiyaCatalog      *catalog)
{
  g_autoptr(HashiyaDocument) document = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (self));
  g_return_if_fail (text != NULL);
  g_return_if_fail (HASHIYA_IS_CATALOG (catalog));

  document = hashiya_document_new (text, catalog);
  hashiya_document_mark_unsaved (document);
  name = first_words (text);
  hashiya_document_file_set_untitled_name (self, name);
  hashiya_document_file_set_document (self, document, NULL);
}

/* Re-anchoring */

/**
 * hashiya_document_file_replace_text:
 *
 * Puts a new version of the text in place: every mention is found again
 * in it (see hashiya_document_reanchor()), and the document is the
 * result, in the same file, modified, with its report.
 */
void
hashiya_document_file_replace_text (HashiyaDocumentFile *self,
                                    HashiyaText         *text)
{
  g_autoptr(HashiyaDocument) replaced = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (self));
  g_return_if_fail (text != NULL);

  path = g_strdup (self->path);
  replaced = hashiya_document_reanchor (self->document, text);
  hashiya_document_file_set_document (self, replaced, path);
}
