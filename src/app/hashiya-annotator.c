/* hashiya-annotator.c — the annotator's name, from the preferences to the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "annotator" setting is the name every new mention and relation
 * records (the core's current annotator, hashiya_author_set_current()).
 * On the first run it is filled in: the name the older "author" setting
 * held, else git's user.name, else the account's real name.
 */

#define G_LOG_DOMAIN "hashiya-annotator"

#include "config.h"

#include "hashiya-annotator.h"
#include "hashiya-core.h"

static void
annotator_changed_cb (GSettings  *settings,
                      const char *key,
                      gpointer    user_data)
{
  g_autofree char *name = g_settings_get_string (settings, "annotator");

  /* The Preferences take only a valid name; another program may have
   * written any. */
  if (name[0] == '\0' || hashiya_author_check_name (name, NULL))
    hashiya_author_set_current (name);
  else
    {
      g_autofree char *valid = hashiya_author_make_valid (name);

      hashiya_author_set_current (valid);
    }
}

/**
 * hashiya_annotator_follow_settings:
 * @settings: the application's settings
 *
 * Fills in the annotator's name on the first run, and from then on keeps
 * the core's current annotator the one @settings name. Called once, at
 * startup.
 */
void
hashiya_annotator_follow_settings (GSettings *settings)
{
  g_autofree char *name = NULL;

  g_return_if_fail (G_IS_SETTINGS (settings));

  name = g_settings_get_string (settings, "annotator");
  if (name[0] == '\0')
    {
      g_autofree char *older = g_settings_get_string (settings, "author");
      g_autofree char *first = older[0] != '\0' ? hashiya_author_make_valid (older) : hashiya_author_dup_default ();

      g_settings_set_string (settings, "annotator", first);
      /* The older setting named the author of a page's new mentions; the
       * annotator's name is that now. */
      g_settings_reset (settings, "author");
    }
  g_signal_connect (settings, "changed::annotator", G_CALLBACK (annotator_changed_cb), NULL);
  annotator_changed_cb (settings, "annotator", NULL);
}
