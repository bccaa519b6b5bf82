/* hashiya-file.c — reading and atomically writing whole files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-file"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hashiya-error.h"
#include "hashiya-file.h"

/* Messages name the user's path and the reason in plain words, never a
 * temporary file name. */
static void
set_io_error (GError     **error,
              const char  *path,
              gboolean     writing,
              int          saved_errno)
{
  const char *reason;

  switch (saved_errno)
    {
    case ENOENT:
      reason = _("no such file or folder");
      break;
    case EACCES:
    case EPERM:
      reason = _("permission denied");
      break;
    case EISDIR:
      reason = _("it is a folder, not a file");
      break;
    case ENOSPC:
      reason = _("no space left on the device");
      break;
    case EROFS:
      reason = _("the file system is read-only");
      break;
    default:
      reason = g_strerror (saved_errno);
      break;
    }

  if (writing)
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("%s: cannot write: %s"), path, reason);
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("%s: cannot read: %s"), path, reason);
}

/**
 * hashiya_file_read:
 *
 * Reads a whole regular file. The error says which file and why, in words
 * a person understands ("no such file or folder", "it is a folder" …).
 */
GBytes *
hashiya_file_read (const char  *path,
                   GError     **error)
{
  return hashiya_file_read_limited (path, 0, error);
}

/**
 * hashiya_file_read_limited:
 * @max_bytes: a file larger than this is refused before it is read; 0
 *   for no limit
 */
GBytes *
hashiya_file_read_limited (const char  *path,
                           guint64      max_bytes,
                           GError     **error)
{
  g_autoptr(GByteArray) contents = NULL;
  GStatBuf st;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  /* O_NONBLOCK: opening a named pipe must not hang the program. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0)
    {
      set_io_error (error, path, FALSE, errno);
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      close (fd);
      set_io_error (error, path, FALSE, saved_errno);
      return NULL;
    }

  if (S_ISDIR (st.st_mode))
    {
      close (fd);
      set_io_error (error, path, FALSE, EISDIR);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("%s: cannot read: not a regular file"), path);
      return NULL;
    }
  /* Refused before reading: never a long wait or an exhausted memory. */
  if (max_bytes > 0 && (guint64) st.st_size > max_bytes)
    {
      close (fd);
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_TOO_LARGE,
                   _("%s: the file is %lu MiB; Hashiya reads files of up to %lu MiB"), path,
                   (gulong) (st.st_size / (1024 * 1024)), (gulong) (max_bytes / (1024 * 1024)));
      return NULL;
    }

  /* The file that was looked at is the one read: from the same
   * descriptor, straight into its buffer, to its end even if it grew
   * meanwhile (within the limit). */
  if (max_bytes == 0 || max_bytes > G_MAXUINT32 / 2)
    max_bytes = G_MAXUINT32 / 2;
  contents = g_byte_array_sized_new ((guint) MIN ((guint64) st.st_size + 1, max_bytes + 1));
  for (;;)
    {
      guint used = contents->len;
      guint room;
      gssize n;

      if ((guint64) used > max_bytes)
        {
          close (fd);
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_TOO_LARGE,
                       _("%s: the file is over %lu MiB; Hashiya reads files of up to %lu MiB"), path,
                       (gulong) (max_bytes / (1024 * 1024)), (gulong) (max_bytes / (1024 * 1024)));
          return NULL;
        }
      /* Room for what stat said and one byte more (to see the end),
       * then more as it comes, never past one byte over the limit. */
      room = used == 0 ? (guint) MIN ((guint64) st.st_size + 1, max_bytes + 1)
                       : (guint) MIN ((guint64) 65536, max_bytes + 1 - used);
      g_byte_array_set_size (contents, used + room);
      n = read (fd, contents->data + used, room);
      g_byte_array_set_size (contents, used + (n > 0 ? (guint) n : 0));
      if (n < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR || saved_errno == EAGAIN)
            continue;
          close (fd);
          set_io_error (error, path, FALSE, saved_errno);
          return NULL;
        }
      if (n == 0)
        break;
    }
  close (fd);

  return g_byte_array_free_to_bytes (g_steal_pointer (&contents));
}

/* Follows @path through its symbolic links to the name they lead to,
 * which need not exist yet (a link to a file still to be made). */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  /* As many links as the kernel follows before it gives up (ELOOP). */
  for (guint hops = 0; hops < 40; hops++)
    {
      g_autofree char *target = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, NULL);
      if (target == NULL)
        {
          set_io_error (error, path, TRUE, errno != 0 ? errno : EIO);
          return NULL;
        }
      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
        }
      else
        {
          g_autofree char *dir = g_path_get_dirname (current);

          g_free (current);
          current = g_build_filename (dir, target, NULL);
        }
    }

  set_io_error (error, path, TRUE, ELOOP);
  return NULL;
}

/* A pipe or a character device (a terminal, /dev/null) is written to as
 * it is: there is no file to replace, and replacing the node would break
 * whatever reads from it. */
static gboolean
write_through (const char    *path,
               const guint8  *data,
               gsize          size,
               GError       **error)
{
  int fd;
  int flags;

  /* O_NONBLOCK: a pipe nothing reads from is an error, not a hang. */
  fd = g_open (path, O_WRONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    {
      if (errno == ENXIO)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_CONNECTED,
                     _("%s: cannot write: it is a pipe that no program is reading from"), path);
      else
        set_io_error (error, path, TRUE, errno);
      return FALSE;
    }
  flags = fcntl (fd, F_GETFL);
  if (flags >= 0)
    fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);

  while (size > 0)
    {
      gssize written = write (fd, data, size);

      if (written < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;
          close (fd);
          set_io_error (error, path, TRUE, saved_errno);
          return FALSE;
        }
      data += written;
      size -= (gsize) written;
    }

  if (close (fd) != 0 && errno != EINTR)
    {
      set_io_error (error, path, TRUE, errno);
      return FALSE;
    }
  return TRUE;
}

static gboolean
replace_file (const char    *path,
              const char    *target,
              const char    *data,
              gsize          size,
              int            mode,
              GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  int saved_errno;

  if (g_file_set_contents_full (target, data, size,
                                G_FILE_SET_CONTENTS_CONSISTENT, mode, &local_error))
    {
      /* The new file has the old one's permissions, whatever the umask. */
      if (mode != 0666)
        g_chmod (target, mode);
      return TRUE;
    }

  if (local_error->code == G_FILE_ERROR_ACCES || local_error->code == G_FILE_ERROR_PERM)
    saved_errno = EACCES;
  else if (local_error->code == G_FILE_ERROR_NOSPC)
    saved_errno = ENOSPC;
  else if (local_error->code == G_FILE_ERROR_NOENT)
    saved_errno = ENOENT;
  else if (local_error->code == G_FILE_ERROR_ROFS)
    saved_errno = EROFS;
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("%s: cannot write: %s"), path, local_error->message);
      return FALSE;
    }
  set_io_error (error, path, TRUE, saved_errno);
  return FALSE;
}

/**
 * hashiya_file_write_atomic:
 *
 * Writes @contents to @path so that nothing is lost whatever happens.
 *
 * A regular file is written to a temporary file beside it, flushed and
 * renamed over it: readers see the old file or the new one, never a mix,
 * on failure the old file is left as it was, and the new file keeps the
 * old one's permissions. A symbolic link is followed to the file it names,
 * which is replaced so; the link stays. A pipe or a character device is
 * written to directly, never replaced; a socket or a block device is
 * refused.
 */
gboolean
hashiya_file_write_atomic (const char  *path,
                           GBytes      *contents,
                           GError     **error)
{
  g_autofree char *target = NULL;
  int mode = 0666;
  gsize size = 0;
  const char *data;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  data = g_bytes_get_data (contents, &size);

  /* What the path leads to, through its links. */
  if (g_stat (path, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          set_io_error (error, path, TRUE, EISDIR);
          return FALSE;
        }
      if (S_ISFIFO (st.st_mode) || S_ISCHR (st.st_mode))
        return write_through (path, (const guint8 *) data, size, error);
      if (S_ISSOCK (st.st_mode))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                       _("%s: cannot write: it is a socket, not a file"), path);
          return FALSE;
        }
      if (!S_ISREG (st.st_mode))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                       _("%s: cannot write: it is a device, not a file"), path);
          return FALSE;
        }
      mode = st.st_mode & 07777;
    }

  target = resolve_links (path, error);
  if (target == NULL)
    return FALSE;

  return replace_file (path, target, data, size, mode, error);
}

/**
 * hashiya_file_stem:
 *
 * "dir/article.hashiya" → "article": the file's name without its folder
 * and its last extension, to name what is made from it.
 *
 * Returns: (transfer full): the stem
 */
char *
hashiya_file_stem (const char *path)
{
  char *base;
  char *dot;

  g_return_val_if_fail (path != NULL, NULL);

  base = g_path_get_basename (path);
  if ((dot = strrchr (base, '.')) != NULL && dot != base)
    *dot = '\0';
  return base;
}

typedef struct
{
  char   *path;
  GBytes *bytes;
} Write;

static void
write_free (Write *write)
{
  g_free (write->path);
  g_bytes_unref (write->bytes);
  g_free (write);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Write *write = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (hashiya_file_write_atomic (write->path, write->bytes, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * hashiya_file_write_atomic_in_task:
 * @task: a task whose result will be a boolean; its task data is taken
 *
 * Writes @bytes to @path as hashiya_file_write_atomic() does, on a worker
 * thread, and returns the outcome through @task. The bytes are made by
 * the caller, on its own thread, from objects that belong to it.
 */
void
hashiya_file_write_atomic_in_task (GTask      *task,
                                   const char *path,
                                   GBytes     *bytes)
{
  Write *write = g_new0 (Write, 1);

  g_return_if_fail (G_IS_TASK (task));

  write->path = g_strdup (path);
  write->bytes = g_bytes_ref (bytes);
  g_task_set_task_data (task, write, (GDestroyNotify) write_free);
  g_task_run_in_thread (task, write_thread);
}
