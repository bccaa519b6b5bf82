/* hashiya-session.c — drafts of unsaved work, and recovery after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-session"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "hashiya-session.h"

/* GNOME Text Editor's model. A while after any change (the autosave-delay
 * setting), every modified document is written, atomically, to
 * drafts/<uuid>.hashiya, and session.json lists the drafts with the files
 * they belong to. The user's own file is written only by an explicit save.
 * After a crash the next start restores each draft, marked modified.
 * A saved or discarded document's draft is deleted; drafts nothing lists
 * are deleted at start. A draft is made a slice at a time between frames
 * (100,000 mentions take a fifth of a second at once), then written by a
 * thread of its own; one write at a time, holding the application so
 * that it cannot quit half-way. */

struct _HashiyaSession
{
  GObject       parent_instance;

  GSettings    *settings;
  char         *directory;
  GPtrArray    *files;
  GPtrArray    *dead_drafts;
  guint         timeout_id;
  guint         collect_id;
  GPtrArray    *drafts;      /* of Draft, being made */
  struct _WriteJob *job;     /* what they will be written with */
  GApplication *held;        /* kept running until the write is done */
  gboolean      busy;
  gboolean      again;
};

G_DEFINE_FINAL_TYPE (HashiyaSession, hashiya_session, G_TYPE_OBJECT)

typedef struct _WriteJob
{
  GPtrArray *paths;
  GPtrArray *contents;
  GPtrArray *delete;
  char      *session_path;
  GBytes    *session;
  char      *drafts_dir;
} WriteJob;

/* A modified document's draft, being made. */
typedef struct
{
  HashiyaDocumentFile *file;
  HashiyaDocument     *document;
  HashiyaFormatWriter *writer;
  gulong               changed_id;
} Draft;

/* Changed while its draft was being made: start again. */
static void
draft_document_changed_cb (HashiyaDocument *document,
                           Draft           *draft)
{
  hashiya_format_writer_free (draft->writer);
  draft->writer = hashiya_format_writer_new (document);
}

static Draft *
draft_new (HashiyaDocumentFile *file)
{
  Draft *draft = g_new0 (Draft, 1);

  draft->file = g_object_ref (file);
  draft->document = g_object_ref (hashiya_document_file_get_document (file));
  draft->writer = hashiya_format_writer_new (draft->document);
  draft->changed_id = g_signal_connect (draft->document, "changed", G_CALLBACK (draft_document_changed_cb), draft);
  return draft;
}

static void
draft_free (Draft *draft)
{
  g_signal_handler_disconnect (draft->document, draft->changed_id);
  hashiya_format_writer_free (draft->writer);
  g_object_unref (draft->document);
  g_object_unref (draft->file);
  g_free (draft);
}

static void
write_job_free (WriteJob *job)
{
  g_ptr_array_unref (job->paths);
  g_ptr_array_unref (job->contents);
  g_ptr_array_unref (job->delete);
  g_free (job->session_path);
  g_clear_pointer (&job->session, g_bytes_unref);
  g_free (job->drafts_dir);
  g_free (job);
}

static char *
draft_path (HashiyaSession *self,
            const char     *draft_id)
{
  g_autofree char *name = g_strconcat (draft_id, ".hashiya", NULL);

  return g_build_filename (self->directory, "drafts", name, NULL);
}

static char *
session_path (HashiyaSession *self)
{
  return g_build_filename (self->directory, "session.json", NULL);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;

  if (g_mkdir_with_parents (job->drafts_dir, 0700) != 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (errno),
                               "%s: cannot create: %s", job->drafts_dir, g_strerror (errno));
      return;
    }

  for (guint i = 0; i < job->paths->len; i++)
    if (!hashiya_file_write_atomic (g_ptr_array_index (job->paths, i), g_ptr_array_index (job->contents, i),
                                    &error))
      {
        g_task_return_error (task, error);
        return;
      }

  /* The list last: it never names a draft that is not complete. */
  if (job->session != NULL)
    {
      if (!hashiya_file_write_atomic (job->session_path, job->session, &error))
        {
          g_task_return_error (task, error);
          return;
        }
    }
  else
    g_unlink (job->session_path);

  for (guint i = 0; i < job->delete->len; i++)
    g_unlink (g_ptr_array_index (job->delete, i));

  g_task_return_boolean (task, TRUE);
}

static void write_done_cb (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data);

static GBytes *
session_bytes (GPtrArray *entries)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  gsize length = 0;
  char *data;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, HASHIYA_SESSION_VERSION);
  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  for (guint i = 0; i < entries->len; i++)
    {
      HashiyaDocumentFile *file = g_ptr_array_index (entries, i);
      const char *path = hashiya_document_file_get_path (file);
      const char *name = hashiya_document_file_get_untitled_name (file);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "draft");
      json_builder_add_string_value (builder, hashiya_document_file_get_draft_id (file));
      json_builder_set_member_name (builder, "path");
      if (path != NULL)
        json_builder_add_string_value (builder, path);
      else
        json_builder_add_null_value (builder);
      /* What a document of no file is called ("Sample Article"). */
      if (name != NULL)
        {
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, name);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, &length);
  return g_bytes_new_take (data, length);
}

/* Drafts are written by a thread of their own, at the lowest priority:
 * at the renderer's priority, copying megabytes into the page cache held
 * a frame back by 200 ms, and a pool thread could not be given its
 * priority back afterwards. */
static gpointer
draft_writer_thread (gpointer data)
{
  g_autoptr(GTask) task = data;

#ifdef __linux__
  setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), 19);
#endif
  write_thread (task, g_task_get_source_object (task), g_task_get_task_data (task), NULL);
  return NULL;
}

static void
write_job (HashiyaSession *self,
           WriteJob       *job)
{
  GTask *task = g_task_new (self, NULL, write_done_cb, NULL);

  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  g_thread_unref (g_thread_new ("hashiya-drafts", draft_writer_thread, task));
}

/* The drafts are made: those whose file still has their document are
 * written, with the list of them. */
static void
drafts_made (HashiyaSession *self)
{
  WriteJob *job = g_steal_pointer (&self->job);
  g_autoptr(GPtrArray) drafts = g_steal_pointer (&self->drafts);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  for (guint i = 0; i < drafts->len; i++)
    {
      Draft *draft = g_ptr_array_index (drafts, i);

      /* Closed or given another document meanwhile: the next pass sees it. */
      if (!g_ptr_array_find (self->files, draft->file, NULL) ||
          hashiya_document_file_get_document (draft->file) != draft->document)
        {
          self->again = TRUE;
          continue;
        }
      g_ptr_array_add (job->paths, draft_path (self, hashiya_document_file_get_draft_id (draft->file)));
      g_ptr_array_add (job->contents, hashiya_format_writer_finish (g_steal_pointer (&draft->writer)));
      g_ptr_array_add (entries, draft->file);
    }
  if (entries->len > 0)
    job->session = session_bytes (entries);
  write_job (self, job);
}

/* A few milliseconds of draft making, then the next frame. */
static gboolean
make_drafts_cb (gpointer user_data)
{
  HashiyaSession *self = user_data;
  gint64 deadline = g_get_monotonic_time () + 4000;
  gboolean made = TRUE;

  for (guint i = 0; i < self->drafts->len; i++)
    {
      Draft *draft = g_ptr_array_index (self->drafts, i);
      gboolean done;

      while (!(done = hashiya_format_writer_step (draft->writer, 500)) && g_get_monotonic_time () < deadline)
        ;
      made = made && done;
    }
  if (!made)
    return G_SOURCE_CONTINUE;

  self->collect_id = 0;
  drafts_made (self);
  return G_SOURCE_REMOVE;
}

/**
 * hashiya_session_save_now:
 *
 * Writes the drafts of every modified document and the session file:
 * each draft is made between frames, and written on a worker thread.
 * Deletes the drafts of saved and closed documents.
 */
void
hashiya_session_save_now (HashiyaSession *self)
{
  WriteJob *job;

  g_return_if_fail (HASHIYA_IS_SESSION (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->busy)
    {
      self->again = TRUE;
      return;
    }

  job = g_new0 (WriteJob, 1);
  job->paths = g_ptr_array_new_with_free_func (g_free);
  job->contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  job->delete = g_steal_pointer (&self->dead_drafts);
  self->dead_drafts = g_ptr_array_new_with_free_func (g_free);
  job->session_path = session_path (self);
  job->drafts_dir = g_build_filename (self->directory, "drafts", NULL);
  self->job = job;
  self->drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) draft_free);

  for (guint i = 0; i < self->files->len; i++)
    {
      HashiyaDocumentFile *file = g_ptr_array_index (self->files, i);

      if (!hashiya_document_file_get_modified (file))
        g_ptr_array_add (job->delete, draft_path (self, hashiya_document_file_get_draft_id (file)));
      else
        g_ptr_array_add (self->drafts, draft_new (file));
    }

  self->busy = TRUE;
  if ((self->held = g_application_get_default ()) != NULL)
    g_application_hold (g_object_ref (self->held));
  if (self->drafts->len == 0)
    drafts_made (self);
  else
    self->collect_id = g_idle_add (make_drafts_cb, self);
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  HashiyaSession *self = HASHIYA_SESSION (source);
  g_autoptr(GApplication) application = g_steal_pointer (&self->held);
  g_autoptr(GError) error = NULL;

  self->busy = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_printerr ("Hashiya: the draft of unsaved work could not be written: %s\n", error->message);
  if (application != NULL)
    g_application_release (application);

  if (self->again)
    {
      self->again = FALSE;
      hashiya_session_save_now (self);
    }
}

static gboolean
timeout_cb (gpointer user_data)
{
  HashiyaSession *self = user_data;

  self->timeout_id = 0;
  hashiya_session_save_now (self);
  return G_SOURCE_REMOVE;
}

static void
schedule (HashiyaSession *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add_seconds (g_settings_get_uint (self->settings, "autosave-delay"),
                                            timeout_cb, self);
}

/* The document of a file changed, or the file has another document. */
static void
watch_document (HashiyaSession      *self,
                HashiyaDocumentFile *file)
{
  HashiyaDocument *document = hashiya_document_file_get_document (file);
  HashiyaDocument *watched = g_object_get_data (G_OBJECT (file), "hashiya-session-document");

  if (watched != document)
    {
      if (watched != NULL)
        g_signal_handlers_disconnect_by_data (watched, self);
      /* A reference: the file lets its old document go before it says
       * that it has another, and this one must still be there then to
       * be let go of. */
      if (document != NULL)
        g_object_set_data_full (G_OBJECT (file), "hashiya-session-document", g_object_ref (document), g_object_unref);
      else
        g_object_set_data (G_OBJECT (file), "hashiya-session-document", NULL);
      if (document != NULL)
        {
          g_signal_connect_object (document, "changed", G_CALLBACK (schedule), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (document, "notify::modified", G_CALLBACK (schedule), self, G_CONNECT_SWAPPED);
        }
    }
  schedule (self);
}

static void
document_replaced_cb (HashiyaSession      *self,
                      GParamSpec          *pspec,
                      HashiyaDocumentFile *file)
{
  watch_document (self, file);
}

static void
unwatch (HashiyaSession      *self,
         HashiyaDocumentFile *file)
{
  g_autoptr(HashiyaDocument) watched = g_object_steal_data (G_OBJECT (file), "hashiya-session-document");

  if (watched != NULL)
    g_signal_handlers_disconnect_by_data (watched, self);
  g_signal_handlers_disconnect_by_data (file, self);
}

/**
 * hashiya_session_add_file:
 *
 * Keeps drafts of @file's document from now on, whatever document it
 * comes to have.
 */
void
hashiya_session_add_file (HashiyaSession      *self,
                          HashiyaDocumentFile *file)
{
  g_return_if_fail (HASHIYA_IS_SESSION (self));
  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (file));

  g_ptr_array_add (self->files, g_object_ref (file));
  g_signal_connect_object (file, "notify::document", G_CALLBACK (document_replaced_cb), self, G_CONNECT_SWAPPED);
  watch_document (self, file);
}

/**
 * hashiya_session_remove_file:
 *
 * @file was closed, saved or discarded: its draft goes, and the list is
 * written again at once, so that a quit right after does not leave it
 * listed.
 */
void
hashiya_session_remove_file (HashiyaSession      *self,
                             HashiyaDocumentFile *file)
{
  g_return_if_fail (HASHIYA_IS_SESSION (self));
  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (file));

  if (!g_ptr_array_find (self->files, file, NULL))
    return;
  g_ptr_array_add (self->dead_drafts, draft_path (self, hashiya_document_file_get_draft_id (file)));
  unwatch (self, file);
  g_ptr_array_remove (self->files, file);
  hashiya_session_save_now (self);
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
           ? json_node_get_string (node) : NULL;
}

static gboolean
read_entry (JsonNode     *node,
            const char  **draft,
            const char  **path,
            const char  **name)
{
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  object = json_node_get_object (node);
  *draft = string_member (object, "draft");
  *path = string_member (object, "path");
  *name = string_member (object, "name");

  /* A draft id is a UUID: never a path out of the drafts folder. */
  return *draft != NULL && g_uuid_string_is_valid (*draft);
}

static void
delete_orphans (HashiyaSession *self,
                GHashTable     *kept)
{
  g_autofree char *dir_path = g_build_filename (self->directory, "drafts", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);

      if (!g_hash_table_contains (kept, path))
        g_unlink (path);
    }
}

/**
 * hashiya_session_restore:
 *
 * Reads back each draft the session file lists, as a document file whose
 * document is marked modified, with its own file (if any) named, kept by
 * the session from now on. Drafts that cannot be read, or that nothing
 * lists, are deleted.
 *
 * Returns: (transfer container) (element-type HashiyaDocumentFile): the
 *   documents restored, to be shown
 */
GPtrArray *
hashiya_session_restore (HashiyaSession *self)
{
  g_autofree char *path = session_path (self);
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  GPtrArray *restored = g_ptr_array_new_with_free_func (g_object_unref);
  JsonObject *root = NULL;
  JsonArray *documents = NULL;

  g_return_val_if_fail (HASHIYA_IS_SESSION (self), restored);

  if (json_parser_load_from_file (parser, path, NULL) &&
      JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    root = json_node_get_object (json_parser_get_root (parser));
  if (root != NULL && json_object_get_int_member_with_default (root, "version", 0) == HASHIYA_SESSION_VERSION &&
      json_object_has_member (root, "documents") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "documents")))
    documents = json_object_get_array_member (root, "documents");

  for (guint i = 0; documents != NULL && i < json_array_get_length (documents); i++)
    {
      g_autoptr(HashiyaDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *draft = NULL;
      const char *draft_id, *file, *name;
      HashiyaDocumentFile *restored_file;

      if (!read_entry (json_array_get_element (documents, i), &draft_id, &file, &name))
        continue;
      draft = draft_path (self, draft_id);
      document = hashiya_document_load_file (draft, &error);
      if (document == NULL)
        {
          g_printerr ("Hashiya: a draft could not be restored: %s\n", error->message);
          continue;
        }

      hashiya_document_mark_unsaved (document);
      restored_file = hashiya_document_file_new (document, file);
      hashiya_document_file_set_draft_id (restored_file, draft_id);
      hashiya_document_file_set_untitled_name (restored_file, name);
      hashiya_session_add_file (self, restored_file);
      g_ptr_array_add (restored, restored_file);
      g_hash_table_add (kept, g_steal_pointer (&draft));
    }

  delete_orphans (self, kept);
  return restored;
}

static void
hashiya_session_dispose (GObject *object)
{
  HashiyaSession *self = (HashiyaSession *) object;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_handle_id (&self->collect_id, g_source_remove);
  g_clear_pointer (&self->drafts, g_ptr_array_unref);
  g_clear_pointer (&self->job, write_job_free);
  if (self->held != NULL)
    g_application_release (self->held);
  g_clear_object (&self->held);
  for (guint i = 0; self->files != NULL && i < self->files->len; i++)
    unwatch (self, g_ptr_array_index (self->files, i));
  g_clear_pointer (&self->files, g_ptr_array_unref);

  G_OBJECT_CLASS (hashiya_session_parent_class)->dispose (object);
}

static void
hashiya_session_finalize (GObject *object)
{
  HashiyaSession *self = (HashiyaSession *) object;

  g_clear_object (&self->settings);
  g_clear_pointer (&self->dead_drafts, g_ptr_array_unref);
  g_free (self->directory);

  G_OBJECT_CLASS (hashiya_session_parent_class)->finalize (object);
}

static void
hashiya_session_class_init (HashiyaSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hashiya_session_dispose;
  object_class->finalize = hashiya_session_finalize;
}

static void
hashiya_session_init (HashiyaSession *self)
{
  self->files = g_ptr_array_new_with_free_func (g_object_unref);
  self->dead_drafts = g_ptr_array_new_with_free_func (g_free);
}

/**
 * hashiya_session_new:
 * @directory: (nullable): where drafts and the session file go; %NULL for
 *   $XDG_DATA_HOME/hashiya
 */
HashiyaSession *
hashiya_session_new (GSettings  *settings,
                     const char *directory)
{
  HashiyaSession *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (HASHIYA_TYPE_SESSION, NULL);
  self->settings = g_object_ref (settings);
  self->directory = directory != NULL ? g_strdup (directory)
                                      : g_build_filename (g_get_user_data_dir (), "hashiya", NULL);
  return self;
}

gboolean
hashiya_session_get_busy (HashiyaSession *self)
{
  g_return_val_if_fail (HASHIYA_IS_SESSION (self), FALSE);
  return self->busy || self->timeout_id != 0;
}
