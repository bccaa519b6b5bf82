/* main.c — hashiya
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hashiya-application.h"
#include "hashiya-core.h"
#include "hashiya-resources.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(HashiyaApplication) application = NULL;

  setlocale (LC_ALL, "");
  /* build-aux/dev points this at the translations in the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("HASHIYA_LOCALEDIR") ? g_getenv ("HASHIYA_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Hashiya"));
  /* Once, before any widget is made: the core's built-in data, and the
   * application's templates, style.css and icons. */
  hashiya_core_init ();
  hashiya_register_resource ();
  /* Before the application's threads start: the renderer is chosen
   * through the environment. */
  if (gtk_init_check ())
    hashiya_choose_renderer ();
  application = hashiya_application_new ();

  return g_application_run (G_APPLICATION (application), argc, argv);
}
