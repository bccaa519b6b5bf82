/* hashiya-undo-stack.c — undo and redo of document commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-undo"

#include "config.h"

#include "hashiya-undo-stack.h"

/* Two queues, newest first: undoing moves a command from one to the other.
 * Each command gets a serial when it lands on the undo queue; the document
 * is clean when the newest undoable command is the one it was saved at. */
struct _HashiyaUndoStack
{
  GObject         parent_instance;

  gpointer        target;
  GQueue          undo;
  GQueue          redo;
  HashiyaCommand *group;
  guint           group_depth;
  guint64         next_serial;
  guint64         clean_serial;
};

G_DEFINE_FINAL_TYPE (HashiyaUndoStack, hashiya_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_IS_CLEAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A group: several commands that undo and redo as one step. */
typedef struct
{
  HashiyaCommand  parent;
  char           *label;
  GPtrArray      *commands;
} GroupCommand;

static void
command_free (HashiyaCommand *command)
{
  command->klass->free (command);
}

static void
group_apply (HashiyaCommand *command,
             gpointer        target)
{
  GroupCommand *self = (GroupCommand *) command;

  for (guint i = 0; i < self->commands->len; i++)
    {
      HashiyaCommand *child = g_ptr_array_index (self->commands, i);
      child->klass->apply (child, target);
    }
}

static void
group_revert (HashiyaCommand *command,
              gpointer        target)
{
  GroupCommand *self = (GroupCommand *) command;

  for (guint i = self->commands->len; i > 0; i--)
    {
      HashiyaCommand *child = g_ptr_array_index (self->commands, i - 1);
      child->klass->revert (child, target);
    }
}

static void
group_free (HashiyaCommand *command)
{
  GroupCommand *self = (GroupCommand *) command;

  g_ptr_array_unref (self->commands);
  g_free (self->label);
  g_free (self);
}

static const HashiyaCommandClass group_class = {
  .name = "group",
  .apply = group_apply,
  .revert = group_revert,
  .free = group_free,
};

static const char *
command_label (HashiyaCommand *command)
{
  if (command == NULL)
    return NULL;
  if (command->klass == &group_class)
    return ((GroupCommand *) command)->label;
  return command->klass->name;
}

static void
notify_state (HashiyaUndoStack *self,
              gboolean          could_undo,
              gboolean          could_redo,
              gboolean          was_clean)
{
  if (could_undo != hashiya_undo_stack_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != hashiya_undo_stack_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (was_clean != hashiya_undo_stack_get_is_clean (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_CLEAN]);
}

#define SAVE_STATE(self) \
  gboolean could_undo = hashiya_undo_stack_get_can_undo (self); \
  gboolean could_redo = hashiya_undo_stack_get_can_redo (self); \
  gboolean was_clean = hashiya_undo_stack_get_is_clean (self)

static void
clear_queue (GQueue *queue)
{
  HashiyaCommand *command;

  while ((command = g_queue_pop_head (queue)) != NULL)
    command_free (command);
}

static void
hashiya_undo_stack_finalize (GObject *object)
{
  HashiyaUndoStack *self = (HashiyaUndoStack *) object;

  clear_queue (&self->undo);
  clear_queue (&self->redo);
  g_clear_pointer (&self->group, command_free);

  G_OBJECT_CLASS (hashiya_undo_stack_parent_class)->finalize (object);
}

static void
hashiya_undo_stack_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HashiyaUndoStack *self = HASHIYA_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, hashiya_undo_stack_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, hashiya_undo_stack_get_can_redo (self));
      break;
    case PROP_IS_CLEAN:
      g_value_set_boolean (value, hashiya_undo_stack_get_is_clean (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_undo_stack_class_init (HashiyaUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hashiya_undo_stack_finalize;
  object_class->get_property = hashiya_undo_stack_get_property;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_IS_CLEAN] = g_param_spec_boolean ("is-clean", NULL, NULL, TRUE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hashiya_undo_stack_init (HashiyaUndoStack *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
  self->next_serial = 1;
}

/**
 * hashiya_undo_stack_new:
 * @target: (unowned): what commands apply to, usually the document that
 *   owns the stack
 */
HashiyaUndoStack *
hashiya_undo_stack_new (gpointer target)
{
  HashiyaUndoStack *self = g_object_new (HASHIYA_TYPE_UNDO_STACK, NULL);

  self->target = target;
  return self;
}

static gboolean
can_squash (HashiyaCommand *top,
            HashiyaCommand *next)
{
  gpointer subject;

  if (top == NULL || top->klass != next->klass || next->klass->squash == NULL)
    return FALSE;
  if (next->time - top->time > HASHIYA_UNDO_SQUASH_USEC)
    return FALSE;

  subject = next->klass->subject (next);
  return subject != NULL && subject == top->klass->subject (top);
}

/**
 * hashiya_undo_stack_execute:
 * @command: (transfer full): a command not applied yet
 *
 * Applies @command and makes it the newest undo step (or part of the open
 * group). Anything that could be redone is dropped.
 */
void
hashiya_undo_stack_execute (HashiyaUndoStack *self,
                            HashiyaCommand   *command)
{
  HashiyaCommand *top;
  SAVE_STATE (self);

  g_return_if_fail (HASHIYA_IS_UNDO_STACK (self));
  g_return_if_fail (command != NULL);

  command->time = g_get_monotonic_time ();
  command->klass->apply (command, self->target);

  if (self->group != NULL)
    {
      g_ptr_array_add (((GroupCommand *) self->group)->commands, command);
      return;
    }

  clear_queue (&self->redo);
  top = g_queue_peek_head (&self->undo);
  /* Never squash into the step the document was saved at: undo must be
   * able to return to the saved state. */
  if (top != NULL && top->serial != self->clean_serial && can_squash (top, command))
    {
      top->klass->squash (top, command);
      top->time = command->time;
      top->serial = self->next_serial++;
      command_free (command);
    }
  else
    {
      command->serial = self->next_serial++;
      g_queue_push_head (&self->undo, command);
    }

  notify_state (self, could_undo, could_redo, was_clean);
}

/**
 * hashiya_undo_stack_begin_group:
 * @label: what the step is called in the Undo menu, e.g. "Suggest mentions"
 *
 * Commands executed until the matching end_group() undo as one step.
 * Groups nest; only the outermost one counts.
 */
void
hashiya_undo_stack_begin_group (HashiyaUndoStack *self,
                                const char       *label)
{
  GroupCommand *group;

  g_return_if_fail (HASHIYA_IS_UNDO_STACK (self));

  if (self->group_depth++ > 0)
    return;

  group = g_new0 (GroupCommand, 1);
  group->parent.klass = &group_class;
  group->label = g_strdup (label);
  group->commands = g_ptr_array_new_with_free_func ((GDestroyNotify) command_free);
  self->group = &group->parent;
}

void
hashiya_undo_stack_end_group (HashiyaUndoStack *self)
{
  GroupCommand *group;
  SAVE_STATE (self);

  g_return_if_fail (HASHIYA_IS_UNDO_STACK (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  group = (GroupCommand *) g_steal_pointer (&self->group);
  if (group->commands->len == 0)
    {
      command_free (&group->parent);
      return;
    }

  clear_queue (&self->redo);
  group->parent.time = g_get_monotonic_time ();
  group->parent.serial = self->next_serial++;
  g_queue_push_head (&self->undo, group);

  notify_state (self, could_undo, could_redo, was_clean);
}

gboolean
hashiya_undo_stack_undo (HashiyaUndoStack *self)
{
  HashiyaCommand *command;
  SAVE_STATE (self);

  g_return_val_if_fail (HASHIYA_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (self->group == NULL, FALSE);

  command = g_queue_pop_head (&self->undo);
  if (command == NULL)
    return FALSE;

  command->klass->revert (command, self->target);
  g_queue_push_head (&self->redo, command);

  notify_state (self, could_undo, could_redo, was_clean);
  return TRUE;
}

gboolean
hashiya_undo_stack_redo (HashiyaUndoStack *self)
{
  HashiyaCommand *command;
  SAVE_STATE (self);

  g_return_val_if_fail (HASHIYA_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (self->group == NULL, FALSE);

  command = g_queue_pop_head (&self->redo);
  if (command == NULL)
    return FALSE;

  command->klass->apply (command, self->target);
  /* A redone step is not squashed into later edits. */
  command->time = G_MININT64 / 2;
  g_queue_push_head (&self->undo, command);

  notify_state (self, could_undo, could_redo, was_clean);
  return TRUE;
}

gboolean
hashiya_undo_stack_get_can_undo (HashiyaUndoStack *self)
{
  g_return_val_if_fail (HASHIYA_IS_UNDO_STACK (self), FALSE);
  return !g_queue_is_empty (&self->undo);
}

gboolean
hashiya_undo_stack_get_can_redo (HashiyaUndoStack *self)
{
  g_return_val_if_fail (HASHIYA_IS_UNDO_STACK (self), FALSE);
  return !g_queue_is_empty (&self->redo);
}

const char *
hashiya_undo_stack_get_undo_label (HashiyaUndoStack *self)
{
  g_return_val_if_fail (HASHIYA_IS_UNDO_STACK (self), NULL);
  return command_label (g_queue_peek_head (&self->undo));
}

static guint64
top_serial (HashiyaUndoStack *self)
{
  HashiyaCommand *top = g_queue_peek_head (&self->undo);

  return top != NULL ? top->serial : 0;
}

/**
 * hashiya_undo_stack_get_position:
 *
 * A token for the present state, to pass to mark_clean_at() when a save
 * of this state has finished (the user may have edited meanwhile).
 */
guint64
hashiya_undo_stack_get_position (HashiyaUndoStack *self)
{
  g_return_val_if_fail (HASHIYA_IS_UNDO_STACK (self), 0);
  return top_serial (self);
}

void
hashiya_undo_stack_mark_clean_at (HashiyaUndoStack *self,
                                  guint64           position)
{
  SAVE_STATE (self);

  g_return_if_fail (HASHIYA_IS_UNDO_STACK (self));

  self->clean_serial = position;
  notify_state (self, could_undo, could_redo, was_clean);
}

/* Called after a save: the present state is the one on disk. */
void
hashiya_undo_stack_mark_clean (HashiyaUndoStack *self)
{
  hashiya_undo_stack_mark_clean_at (self, hashiya_undo_stack_get_position (self));
}

gboolean
hashiya_undo_stack_get_is_clean (HashiyaUndoStack *self)
{
  g_return_val_if_fail (HASHIYA_IS_UNDO_STACK (self), TRUE);
  return top_serial (self) == self->clean_serial;
}
