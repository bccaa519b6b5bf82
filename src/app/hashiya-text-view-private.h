/* hashiya-text-view-private.h — what the files of HashiyaTextView share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * HashiyaTextView is one class in four files, each using only those
 * before it: the view (hashiya-text-view.c: the text, its selection, the
 * relations drawn), a relation being made (hashiya-text-view-relate.c),
 * mentions and relations reviewed from the keyboard
 * (hashiya-text-view-review.c), and the class itself
 * (hashiya-text-view-class.c: its properties, signals, actions,
 * controllers and the document it shows). Only they include this.
 */

#pragma once

#include <adwaita.h>

#include "hashiya-mention-tags.h"
#include "hashiya-relation-arcs.h"
#include "hashiya-relation-chooser.h"
#include "hashiya-text-view.h"

G_BEGIN_DECLS

struct _HashiyaTextView
{
  GtkTextView         parent_instance;

  HashiyaDocument    *document;
  GSignalGroup       *document_signals;
  GSignalGroup       *catalog_signals;
  HashiyaMention     *selected;
  HashiyaMentionTags *highlights;    /* the mentions, the selected one, find's marks */
  HashiyaRelation    *selected_relation;
  HashiyaRelationArcs *arcs;
  gboolean            show_all_relations;
  HashiyaRelationChooser *chooser;   /* the target and type of a new relation */
  guint               trigger_start; /* of the relation being made */
  guint               trigger_end;
  GtkWidget          *context_menu;
  GtkCssProvider     *font_provider;
  int                 pixels_inside; /* the spacing the font asks for */
  int                 pixels_below;
  guint               scroll_tick;   /* bringing the selected relation into view */
  guint               point_idle;    /* the chooser following its source */
  gboolean            previewing;    /* the document shown is a preview */
};

enum {
  PROP_0,
  PROP_SELECTED_MENTION,
  PROP_SELECTED_RELATION,
  PROP_SHOW_ALL_RELATIONS,
  PROP_PREVIEWING,
  N_PROPS
};

enum {
  ANNOTATE_REQUESTED,
  MENTION_ACTIVATED,
  MENTION_DELETED,
  PROCLITICS_LEFT_OUT,
  RELATION_ACTIVATED,
  N_SIGNALS
};

extern GParamSpec *hashiya_text_view_properties[N_PROPS];
extern guint hashiya_text_view_signals[N_SIGNALS];

/* The view (hashiya-text-view.c) */

gboolean
hashiya_text_view_is_ready (HashiyaTextView *self);

GtkTextBuffer *
hashiya_text_view_get_text_buffer (HashiyaTextView *self);

HashiyaMention *
hashiya_text_view_get_mention (HashiyaTextView *self,
                               guint            position);

void
hashiya_text_view_layout_arcs (HashiyaTextView *self);

void
hashiya_text_view_snapshot_layer (GtkTextView      *view,
                                  GtkTextViewLayer  layer,
                                  GtkSnapshot      *snapshot);

guint
hashiya_text_view_offset_at_point (HashiyaTextView *self,
                                   double           x,
                                   double           y);

void
hashiya_text_view_toast (HashiyaTextView *self,
                         const char      *message,
                         gboolean         can_undo);

gboolean
hashiya_text_view_is_relating (HashiyaTextView *self);

void
hashiya_text_view_stop_relating (HashiyaTextView *self);

gboolean
hashiya_text_view_covers (HashiyaMention *mention,
                          guint           start,
                          guint           end);

void
hashiya_text_view_mark_trigger (HashiyaTextView *self);

/* A relation made (hashiya-text-view-relate.c) */

void
hashiya_text_view_vadjustment_cb (HashiyaTextView *self);

void
hashiya_text_view_relate_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter);

void
hashiya_text_view_relation_chosen_cb (HashiyaTextView        *self,
                                      HashiyaMention         *target,
                                      const char             *type,
                                      const char             *mode,
                                      HashiyaRelationChooser *chooser);

void
hashiya_text_view_chooser_target_cb (HashiyaTextView *self);

gboolean
hashiya_text_view_key_pressed_cb (HashiyaTextView       *self,
                                  guint                  keyval,
                                  guint                  keycode,
                                  GdkModifierType        state,
                                  GtkEventControllerKey *controller);

/* Review from the keyboard (hashiya-text-view-review.c) */

void
hashiya_text_view_next_suggestion_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter);

void
hashiya_text_view_annotate_with_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter);

void
hashiya_text_view_annotate_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter);

void
hashiya_text_view_delete_mention_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter);

void
hashiya_text_view_delete_relation_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter);

gboolean
hashiya_text_view_delete_key_cb (GtkWidget *widget,
                                 GVariant  *args,
                                 gpointer   user_data);

void
hashiya_text_view_unselect_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter);

G_END_DECLS
