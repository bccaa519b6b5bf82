/* hashiya-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hashiya-error.h"

G_DEFINE_QUARK (hashiya-error-quark, hashiya_error)
