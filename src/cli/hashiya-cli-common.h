/* hashiya-cli-common.h — what every command of hashiya-cli shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-core.h"

G_BEGIN_DECLS

/* Exit codes: success, bad input or data, wrong usage. */
typedef enum
{
  HASHIYA_CLI_OK = 0,
  HASHIYA_CLI_BAD_INPUT = 1,
  HASHIYA_CLI_USAGE = 2,
} HashiyaCliStatus;

int              hashiya_cli_fail          (const GError  *error);
int              hashiya_cli_usage_error   (const char    *command,
                                            const char    *format,
                                            ...) G_GNUC_PRINTF (2, 3);
int              hashiya_cli_parse_options (const char    *command,
                                            const char    *parameter,
                                            const char    *summary,
                                            GOptionEntry  *entries,
                                            int           *argc,
                                            char        ***argv);
gboolean         hashiya_cli_parse_uint    (const char    *text,
                                            guint         *value);
gboolean         hashiya_cli_parse_span    (const char    *text,
                                            guint         *start,
                                            guint         *end);
HashiyaDocument *hashiya_cli_open_document (const char    *path,
                                            gboolean       by_extension,
                                            GError       **error);
int              hashiya_cli_save          (HashiyaDocument *document,
                                            const char      *output);
int              hashiya_cli_set_author    (const char      *command,
                                            const char      *author);

/* What the corpus subcommands share. */
HashiyaCorpus   *hashiya_cli_corpus_open      (const char     *folder,
                                               GError        **error);
void             hashiya_cli_corpus_progress  (guint           done,
                                               guint           total,
                                               const char     *path,
                                               gpointer        user_data);

G_END_DECLS
