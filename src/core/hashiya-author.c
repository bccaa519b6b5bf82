/* hashiya-author.c — who is annotating: the name new mentions and relations record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One name for the whole process, the "current annotator": the window
 * sets it from its preferences, hashiya-cli from --author. Every mention
 * and relation the core makes records it as its author (a document may
 * name another, see hashiya_document_set_author()). An annotator's name
 * becomes a folder's name in a corpus (annotators/NAME/), so it never
 * holds a slash or "..".
 */

#define G_LOG_DOMAIN "hashiya-author"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hashiya-author.h"
#include "hashiya-error.h"

/* An interned string, or NULL: what a reader on any thread gets stays
 * valid for the life of the process. */
static const char *current_author;

/**
 * hashiya_author_get_current:
 *
 * Returns: (nullable): the name new mentions and relations record as
 *   their author, or %NULL when none was set
 */
const char *
hashiya_author_get_current (void)
{
  return g_atomic_pointer_get (&current_author);
}

/**
 * hashiya_author_set_current:
 * @name: (nullable): the annotator's name; %NULL or "" for none
 *
 * Sets the name new mentions and relations record as their author, for
 * the whole process. The caller checks it first
 * (hashiya_author_check_name()).
 */
void
hashiya_author_set_current (const char *name)
{
  g_atomic_pointer_set (&current_author, (name != NULL && name[0] != '\0') ? g_intern_string (name) : NULL);
}

/* "git config user.name", in the current folder (so a repository's own
 * name wins), when there is a git program and it knows one. */
static char *
git_user_name (void)
{
  g_autofree char *git = g_find_program_in_path ("git");
  g_autofree char *out = NULL;
  const char *argv[] = { NULL, "config", "user.name", NULL };
  int status = 0;

  if (git == NULL)
    return NULL;
  argv[0] = git;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL | G_SPAWN_STDIN_FROM_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL) || out == NULL || !g_utf8_validate (out, -1, NULL))
    return NULL;

  g_strstrip (out);
  if (out[0] == '\0')
    return NULL;
  return g_steal_pointer (&out);
}

/**
 * hashiya_author_dup_default:
 *
 * The annotator's name when nobody said one: `git config user.name` when
 * there is a git program that knows one, else the account's real name,
 * else its user name; made valid (see hashiya_author_make_valid()).
 *
 * Returns: (transfer full): a valid annotator's name
 */
char *
hashiya_author_dup_default (void)
{
  g_autofree char *name = git_user_name ();
  const char *real = g_get_real_name ();

  if (name == NULL && real != NULL && real[0] != '\0' && g_strcmp0 (real, "Unknown") != 0 &&
      g_utf8_validate (real, -1, NULL))
    name = g_strdup (real);
  if (name == NULL)
    name = g_strdup (g_get_user_name ());
  return hashiya_author_make_valid (name);
}

static gboolean
is_forbidden (gunichar c)
{
  return c == '/' || c == '\\' || g_unichar_iscntrl (c);
}

/**
 * hashiya_author_check_name:
 * @error: (optional): set to %HASHIYA_ERROR_INVALID, with a message
 *   that names @name
 *
 * An annotator's name becomes a folder's name: it is not empty, does not
 * start with a dot, and holds no "/", "\", ".." or control character.
 *
 * Returns: whether @name can be an annotator's name
 */
gboolean
hashiya_author_check_name (const char  *name,
                           GError     **error)
{
  g_return_val_if_fail (name != NULL, FALSE);

  {
    g_autofree char *stripped = g_strstrip (g_strdup (name));

    if (stripped[0] == '\0')
      {
        g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("an annotator's name cannot be empty"));
        return FALSE;
      }
  }

  if (!g_utf8_validate (name, -1, NULL) || name[0] == '.' || strstr (name, "..") != NULL)
    goto invalid;
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    if (is_forbidden (g_utf8_get_char (p)))
      goto invalid;
  return TRUE;

invalid:
  g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
               _("“%s” cannot be an annotator's name: it names a folder, so it may not start with a dot "
                 "or hold “/”, “\\”, “..” or control characters"),
               g_utf8_validate (name, -1, NULL) ? name : "?");
  return FALSE;
}

/**
 * hashiya_author_make_valid:
 * @name: a name, such as git's user.name
 *
 * Returns: (transfer full): @name as a valid annotator's name: slashes
 *   and control characters become "-", runs of dots one dot, leading
 *   dots and spaces go; "annotator" if nothing is left
 */
char *
hashiya_author_make_valid (const char *name)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (name != NULL, NULL);

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (c == '.' && (out->len == 0 || out->str[out->len - 1] == '.'))
        continue;
      if (is_forbidden (c))
        c = '-';
      g_string_append_unichar (out, c);
    }
  g_strstrip (out->str);
  out->len = strlen (out->str);
  while (out->len > 0 && out->str[0] == '.')
    {
      g_string_erase (out, 0, 1);
      g_strchug (out->str);
      out->len = strlen (out->str);
    }
  if (out->len == 0)
    g_string_assign (out, "annotator");
  return g_string_free (out, FALSE);
}
