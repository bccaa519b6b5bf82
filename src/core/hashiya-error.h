/* hashiya-error.h — the error domain of libhashiya-core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HASHIYA_ERROR (hashiya_error_quark ())

/**
 * HashiyaError:
 * @HASHIYA_ERROR_ENCODING: the text is not valid UTF-8
 * @HASHIYA_ERROR_EMPTY: the text or file is empty
 * @HASHIYA_ERROR_BINARY: the data holds NUL bytes
 * @HASHIYA_ERROR_SYNTAX: the file is not well-formed JSON
 * @HASHIYA_ERROR_INVALID: well-formed, but a value is wrong (type, range, reference)
 * @HASHIYA_ERROR_VERSION: the file was written by a newer Hashiya
 * @HASHIYA_ERROR_DUPLICATE: the same thing is there twice
 * @HASHIYA_ERROR_NOT_FOUND: an id names nothing
 * @HASHIYA_ERROR_TOO_LARGE: beyond what Hashiya handles
 */
typedef enum
{
  HASHIYA_ERROR_ENCODING,
  HASHIYA_ERROR_EMPTY,
  HASHIYA_ERROR_BINARY,
  HASHIYA_ERROR_SYNTAX,
  HASHIYA_ERROR_INVALID,
  HASHIYA_ERROR_VERSION,
  HASHIYA_ERROR_DUPLICATE,
  HASHIYA_ERROR_NOT_FOUND,
  HASHIYA_ERROR_TOO_LARGE,
} HashiyaError;

GQuark hashiya_error_quark (void);

G_END_DECLS
