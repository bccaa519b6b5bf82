/* test-durability.c — saves are whole or absent: kill -9, full disks,
 * read-only file systems
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

#include "hashiya-test-util.h"

/* Two hundred kills prove the atomicity; a sanitizer build, where each
 * process is several times slower, runs fewer for its memory checks. */
#if defined(__SANITIZE_ADDRESS__)
#define N_KILLS 50
#else
#define N_KILLS 200
#endif
#define N_COPIES 60

/* A large document: the article many times over, with mentions spread
 * through it. Two versions differ in their mentions. */
static char *
write_big_document (const char *dir,
                    const char *name,
                    guint       every)
{
  g_autoptr(GBytes) sample = hashiya_core_get_sample ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(HashiyaText) big = NULL;
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  for (guint i = 0; i < N_COPIES; i++)
    g_string_append_len (text, g_bytes_get_data (sample, NULL), (gssize) g_bytes_get_size (sample));
  big = hashiya_text_new (text->str, text->len, &error);
  g_assert_no_error (error);
  document = hashiya_document_new (big, catalog);

  /* Every n-th paragraph's first mention of Azerbaijan (offset 79). */
  for (guint i = 0; i < N_COPIES; i += every)
    g_assert_nonnull (hashiya_document_annotate (document, i * 2849 + 79, i * 2849 + 87, "azerbaijan",
                                                 HASHIYA_MENTION_TYPE_NAME, NULL));
  hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_SUGGESTED);
  g_assert_true (hashiya_document_save_file (document, path, &error));
  g_assert_no_error (error);

  return path;
}

static gboolean
same_bytes (const char *path,
            const char *contents,
            gsize       length)
{
  g_autofree char *now = NULL;
  gsize now_length = 0;

  if (!g_file_get_contents (path, &now, &now_length, NULL))
    return FALSE;
  return now_length == length && memcmp (now, contents, length) == 0;
}

static void
test_killed_saves (void)
{
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *old_path = write_big_document (dir, "old.hashiya", 2);
  g_autofree char *new_path = write_big_document (dir, "new.hashiya", 3);
  g_autofree char *target = g_build_filename (dir, "target.hashiya", NULL);
  g_autofree char *old_bytes = NULL;
  g_autofree char *new_bytes = NULL;
  gsize old_length = 0, new_length = 0;
  guint n_old = 0, n_new = 0;
  GRand *rand = g_rand_new_with_seed (20231023);
  gint64 duration;

  g_file_get_contents (old_path, &old_bytes, &old_length, NULL);
  g_file_get_contents (new_path, &new_bytes, &new_length, NULL);
  g_assert_cmpuint (old_length, >, 500000);

  /* How long one save takes, to kill at moments all through it. */
  {
    g_autoptr(GError) error = NULL;
    gint64 start = g_get_monotonic_time ();
    g_autoptr(GSubprocess) run = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, g_getenv ("HASHIYA_CLI"),
                                                   "export", new_path, "--format", "hashiya", "-o", target, NULL);

    g_assert_no_error (error);
    g_subprocess_wait_check (run, NULL, &error);
    g_assert_no_error (error);
    duration = g_get_monotonic_time () - start;
  }

  for (guint i = 0; i < N_KILLS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GSubprocess) run = NULL;
      g_autoptr(HashiyaDocument) loaded = NULL;
      gboolean was_old;

      g_assert_true (g_file_set_contents (target, old_bytes, (gssize) old_length, NULL));
      run = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error, g_getenv ("HASHIYA_CLI"),
                              "export", new_path, "--format", "hashiya", "-o", target, NULL);
      g_assert_no_error (error);
      g_usleep (g_rand_int_range (rand, 0, (gint32) (duration * 12 / 10) + 1));
      g_subprocess_force_exit (run);
      g_subprocess_wait (run, NULL, NULL);

      /* Whole old or whole new, never a mix, and it loads. */
      was_old = same_bytes (target, old_bytes, old_length);
      if (!was_old && !same_bytes (target, new_bytes, new_length))
        g_error ("kill %u left a target that is neither the old nor the new version", i);
      was_old ? n_old++ : n_new++;
      loaded = hashiya_document_load_file (target, &error);
      g_assert_no_error (error);
    }

  g_test_message ("%u kills: %u left the old version, %u the new one (a save takes %.0f ms)",
                  N_KILLS, n_old, n_new, duration / 1000.0);
  g_printerr ("# %u kills: %u left the old version, %u the new one (a save takes %.0f ms)\n",
              N_KILLS, n_old, n_new, duration / 1000.0);
  g_rand_free (rand);
  hashiya_test_remove_tree (dir);
}

/* Runs @script in a mount namespace of its own, where it can mount a
 * small tmpfs. Skips the test where that is not allowed. */
static gboolean
run_in_namespace (const char  *script,
                  char       **out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  const char *argv[] = { "unshare", "-m", "sh", "-c", script, NULL };

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, &err, &status, &error))
    {
      g_test_skip ("unshare is not available");
      return FALSE;
    }
  if (strstr (err, "unshare failed") != NULL || strstr (err, "mount:") != NULL)
    {
      g_test_skip_printf ("a private tmpfs cannot be mounted here: %s", err);
      return FALSE;
    }
  return TRUE;
}

static void
test_full_and_read_only_disk (void)
{
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *doc = write_big_document (dir, "big.hashiya", 2);
  g_autofree char *mnt = g_build_filename (dir, "mnt", NULL);
  g_autofree char *full = NULL;
  g_autofree char *read_only = NULL;
  g_autofree char *out = NULL;
  g_autofree char *expected_full = NULL;
  g_autofree char *expected_ro = NULL;

  g_mkdir (mnt, 0755);
  full = g_strdup_printf (
    "mount -t tmpfs -o size=256k tmpfs '%s' || exit 0\n"
    "printf 'the old version' > '%s/out.hashiya'\n"
    "'%s' export '%s' --format hashiya -o '%s/out.hashiya' 2>&1; echo \"status $?\"\n"
    "cat '%s/out.hashiya'; echo; ls -A '%s'\n",
    mnt, mnt, g_getenv ("HASHIYA_CLI"), doc, mnt, mnt, mnt);
  if (!run_in_namespace (full, &out))
    return;

  /* A clear error, the old file whole, and no temporary file left. */
  expected_full = g_strdup_printf ("hashiya-cli: %s/out.hashiya: cannot write: no space left on the device\n"
                                   "status 1\nthe old version\nout.hashiya\n", mnt);
  g_assert_cmpstr (out, ==, expected_full);
  g_clear_pointer (&out, g_free);

  read_only = g_strdup_printf (
    "mount -t tmpfs -o size=4m tmpfs '%s' || exit 0\n"
    "printf 'the old version' > '%s/out.hashiya'\n"
    "mount -o remount,ro '%s' || exit 0\n"
    "'%s' export '%s' --format hashiya -o '%s/out.hashiya' 2>&1; echo \"status $?\"\n"
    "cat '%s/out.hashiya'; echo\n",
    mnt, mnt, mnt, g_getenv ("HASHIYA_CLI"), doc, mnt, mnt);
  g_assert_true (run_in_namespace (read_only, &out));
  expected_ro = g_strdup_printf ("hashiya-cli: %s/out.hashiya: cannot write: the file system is read-only\n"
                                 "status 1\nthe old version\n", mnt);
  g_assert_cmpstr (out, ==, expected_ro);

  hashiya_test_remove_tree (dir);
}

/* Runs hashiya-cli export DOC --format csv -o OUT; returns its exit
 * status and what it said on standard error. */
static int
export_csv (const char  *doc,
            const char  *out,
            char       **err)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("HASHIYA_CLI"), "export", doc, "--format", "csv", "-o", out, NULL };
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, err, &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static mode_t
node_type (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  return st.st_mode & S_IFMT;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined by spaces: no temporary file may
 * be left behind. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_links_and_devices (void)
{
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autofree char *doc = g_build_filename (dir, "article.hashiya", NULL);
  g_autofree char *expected = g_build_filename (dir, "expected.csv", NULL);
  g_autofree char *target = g_build_filename (dir, "target.csv", NULL);
  g_autofree char *link = g_build_filename (dir, "link.csv", NULL);
  g_autofree char *chain = g_build_filename (dir, "chain.csv", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.csv", NULL);
  g_autofree char *made = g_build_filename (dir, "made.csv", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  g_autofree char *device = g_build_filename (dir, "null", NULL);
  g_autofree char *socket_path = g_build_filename (dir, "sock", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *now = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  gsize csv_length = 0;
  GStatBuf st;

  hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_ACCEPTED);
  g_assert_true (hashiya_document_save_file (document, doc, &error));
  g_assert_no_error (error);
  {
    g_autofree char *err = NULL;

    g_assert_cmpint (export_csv (doc, expected, &err), ==, 0);
    g_assert_true (g_file_get_contents (expected, &csv, &csv_length, NULL));
    g_assert_cmpuint (csv_length, >, 1000);
  }

  /* A link (relative, as users make them) to a private file: the file
   * gets the new contents and keeps its permissions; the link stays. */
  g_assert_true (g_file_set_contents (target, "the old version", -1, NULL));
  g_assert_cmpint (g_chmod (target, 0600), ==, 0);
  g_assert_cmpint (symlink ("target.csv", link), ==, 0);
  g_assert_cmpint (symlink ("link.csv", chain), ==, 0);
  {
    g_autofree char *err = NULL;

    g_assert_cmpint (export_csv (doc, chain, &err), ==, 0);
    g_assert_cmpstr (err, ==, "");
  }
  g_assert_cmpint (node_type (chain), ==, S_IFLNK);
  g_assert_cmpint (node_type (link), ==, S_IFLNK);
  g_assert_cmpint (node_type (target), ==, S_IFREG);
  g_assert_true (same_bytes (target, csv, csv_length));
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* A link to a file still to be made: the file is made, the link stays. */
  g_assert_cmpint (symlink ("made.csv", dangling), ==, 0);
  {
    g_autofree char *err = NULL;

    g_assert_cmpint (export_csv (doc, dangling, &err), ==, 0);
  }
  g_assert_cmpint (node_type (dangling), ==, S_IFLNK);
  g_assert_true (same_bytes (made, csv, csv_length));

  /* A pipe is written through, never replaced; one that nothing reads
   * from is a clear error. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  {
    g_autofree char *err = NULL;

    g_assert_cmpint (export_csv (doc, fifo, &err), ==, 1);
    now = g_strdup_printf ("hashiya-cli: %s: cannot write: it is a pipe that no program is reading from\n", fifo);
    g_assert_cmpstr (err, ==, now);
    g_clear_pointer (&now, g_free);
    g_assert_cmpint (node_type (fifo), ==, S_IFIFO);
  }
  {
    g_autofree char *err = NULL;
    g_autoptr(GString) got = g_string_new (NULL);
    char buffer[4096];
    gssize n;
    /* The reader is there before the writer; the export fits the pipe's
     * buffer, so it is read once the writer has gone. */
    int fd = g_open (fifo, O_RDONLY | O_NONBLOCK, 0);

    g_assert_cmpint (fd, >=, 0);
    g_assert_cmpuint (csv_length, <, 65536);
    g_assert_cmpint (export_csv (doc, fifo, &err), ==, 0);
    while ((n = read (fd, buffer, sizeof buffer)) > 0)
      g_string_append_len (got, buffer, n);
    close (fd);
    g_assert_cmpuint (got->len, ==, csv_length);
    g_assert_true (memcmp (got->str, csv, csv_length) == 0);
    g_assert_cmpint (node_type (fifo), ==, S_IFIFO);
  }

  /* A character device (the null device, made here where root may) is
   * written to, never replaced by a file; so through a link to it. */
  if (mknod (device, S_IFCHR | 0666, makedev (1, 3)) == 0)
    {
      g_autofree char *err = NULL;
      g_autofree char *to_device = g_build_filename (dir, "to-null", NULL);

      g_assert_cmpint (export_csv (doc, device, &err), ==, 0);
      g_assert_cmpint (node_type (device), ==, S_IFCHR);
      g_assert_cmpint (symlink ("null", to_device), ==, 0);
      g_clear_pointer (&err, g_free);
      g_assert_cmpint (export_csv (doc, to_device, &err), ==, 0);
      g_assert_cmpint (node_type (to_device), ==, S_IFLNK);
      g_assert_cmpint (node_type (device), ==, S_IFCHR);
      g_assert_cmpint (g_unlink (to_device), ==, 0);
      g_assert_cmpint (g_unlink (device), ==, 0);
    }
  else
    g_test_message ("a device node cannot be made here (%s): the device case is not run", g_strerror (errno));

  /* A socket is refused, and stays. */
  {
    g_autofree char *err = NULL;
    struct sockaddr_un address = { .sun_family = AF_UNIX };
    int fd = socket (AF_UNIX, SOCK_STREAM, 0);

    g_assert_cmpuint (strlen (socket_path), <, sizeof address.sun_path);
    strcpy (address.sun_path, socket_path);
    g_assert_cmpint (bind (fd, (struct sockaddr *) &address, sizeof address), ==, 0);
    g_assert_cmpint (export_csv (doc, socket_path, &err), ==, 1);
    now = g_strdup_printf ("hashiya-cli: %s: cannot write: it is a socket, not a file\n", socket_path);
    g_assert_cmpstr (err, ==, now);
    g_assert_cmpint (node_type (socket_path), ==, S_IFSOCK);
    close (fd);
  }

  /* No temporary file left anywhere. */
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "article.hashiya chain.csv dangling.csv expected.csv fifo link.csv made.csv sock target.csv");

  hashiya_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (g_getenv ("HASHIYA_CLI"));
  g_test_add_func ("/durability/killed-saves", test_killed_saves);
  g_test_add_func ("/durability/full-and-read-only-disk", test_full_and_read_only_disk);
  g_test_add_func ("/durability/links-and-devices", test_links_and_devices);

  return g_test_run ();
}
