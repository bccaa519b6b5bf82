/* hashiya-document-file.c — a document and the file it lives in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A HashiyaDocumentFile owns a document's life apart from any window: where
 * it lives, the etag and monitor that tell another program's writes from
 * ours, its draft's name, what a view can show, and its opening (with a
 * preview of a big file), saving, exporting, suggesting and re-anchoring,
 * each with a GCancellable (those that take a while are in
 * hashiya-document-file-io.c). A window shows one; the session keeps the
 * drafts of all of them; the command line tool opens and saves with one.
 */

#define G_LOG_DOMAIN "hashiya-document-file"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hashiya-document-file-private.h"
#include "hashiya-error.h"
#include "hashiya-file.h"

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
   * Emitted on the thread that asked for the load, before it ends, with a first
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

void
_hashiya_document_file_set_busy (HashiyaDocumentFile *self,
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

gboolean
_hashiya_document_file_differs_on_disk (HashiyaDocumentFile *self)
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
  if (!self->busy && _hashiya_document_file_differs_on_disk (self))
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

void
_hashiya_document_file_set_path (HashiyaDocumentFile *self,
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
  _hashiya_document_file_set_path (self, path);
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
