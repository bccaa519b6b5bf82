/* hashiya-recent-menu.c — the files Hashiya opened or saved lately
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-recent-menu"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-core.h"
#include "hashiya-recent-menu.h"

#define RECENT_MAX 10

static gboolean
is_openable (const char *uri)
{
  HashiyaExportFormat format;

  return g_str_has_suffix (uri, ".hashiya") || g_str_has_suffix (uri, ".txt") ||
         hashiya_import_format_from_path (uri, &format);
}

static void
rebuild (GMenu *menu)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  const char *app_name = g_get_application_name ();
  guint n = 0;

  g_menu_remove_all (menu);
  for (GList *l = items; l != NULL && n < RECENT_MAX; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autofree char *action = NULL;

      gboolean folder = g_strcmp0 (gtk_recent_info_get_mime_type (info), "inode/directory") == 0;

      if (app_name == NULL || !gtk_recent_info_has_application (info, app_name) ||
          !gtk_recent_info_is_local (info) || !gtk_recent_info_exists (info) || !(folder || is_openable (uri)))
        continue;

      /* A corpus folder opens as a corpus. */
      action = g_action_print_detailed_name (folder ? "win.open-folder-uri" : "win.open-recent",
                                             g_variant_new_string (uri));
      g_menu_append (menu, gtk_recent_info_get_display_name (info), action);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  if (n == 0)
    g_menu_append (menu, _("No Recent Files"), "win.no-recent");
}

/**
 * hashiya_recent_menu_new:
 *
 * The Open button's menu: up to ten files Hashiya opened or saved lately,
 * each opening with win.open-recent; kept up to date.
 *
 * Returns: (transfer full): the menu
 */
GMenuModel *
hashiya_recent_menu_new (void)
{
  GMenu *menu = g_menu_new ();

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed", G_CALLBACK (rebuild), menu,
                           G_CONNECT_SWAPPED);
  rebuild (menu);
  return G_MENU_MODEL (menu);
}
