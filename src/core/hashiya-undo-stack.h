/* hashiya-undo-stack.h — undo and redo of document commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-types.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_UNDO_STACK (hashiya_undo_stack_get_type ())

/* Edits of one object closer together than this become one undo step, so
 * that typing a note is undone at once rather than letter by letter. */
#define HASHIYA_UNDO_SQUASH_USEC (1 * G_USEC_PER_SEC)

G_DECLARE_FINAL_TYPE (HashiyaUndoStack, hashiya_undo_stack, HASHIYA, UNDO_STACK, GObject)

typedef struct _HashiyaCommand      HashiyaCommand;
typedef struct _HashiyaCommandClass HashiyaCommandClass;

/**
 * HashiyaCommandClass:
 * @apply: does (or redoes) the command on @target
 * @revert: undoes it
 * @free: frees the command
 * @subject: (nullable): the object a command edits, so that quick edits of
 *   one object can be squashed; %NULL never squashes
 * @squash: (nullable): folds @next, already applied, into @self
 */
struct _HashiyaCommandClass
{
  const char *name;
  void      (*apply)   (HashiyaCommand *self,
                        gpointer        target);
  void      (*revert)  (HashiyaCommand *self,
                        gpointer        target);
  void      (*free)    (HashiyaCommand *self);
  gpointer  (*subject) (HashiyaCommand *self);
  void      (*squash)  (HashiyaCommand *self,
                        HashiyaCommand *next);
};

/* Commands embed this header first. */
struct _HashiyaCommand
{
  const HashiyaCommandClass *klass;
  guint64                    serial;
  gint64                     time;
};

HashiyaUndoStack *hashiya_undo_stack_new          (gpointer          target);
void              hashiya_undo_stack_execute      (HashiyaUndoStack *self,
                                                   HashiyaCommand   *command);
void              hashiya_undo_stack_begin_group  (HashiyaUndoStack *self,
                                                   const char       *label);
void              hashiya_undo_stack_end_group    (HashiyaUndoStack *self);
gboolean          hashiya_undo_stack_undo         (HashiyaUndoStack *self);
gboolean          hashiya_undo_stack_redo         (HashiyaUndoStack *self);
gboolean          hashiya_undo_stack_get_can_undo (HashiyaUndoStack *self);
gboolean          hashiya_undo_stack_get_can_redo (HashiyaUndoStack *self);
const char       *hashiya_undo_stack_get_undo_label (HashiyaUndoStack *self);
void              hashiya_undo_stack_mark_clean   (HashiyaUndoStack *self);
guint64           hashiya_undo_stack_get_position (HashiyaUndoStack *self);
void              hashiya_undo_stack_mark_clean_at (HashiyaUndoStack *self,
                                                   guint64           position);
gboolean          hashiya_undo_stack_get_is_clean (HashiyaUndoStack *self);

G_END_DECLS
