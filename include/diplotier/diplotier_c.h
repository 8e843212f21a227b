/* Copyright 2026 The diplotier Authors.
 * SPDX-License-Identifier: Apache-2.0
 *
 * The C API: a stable C99 interface to the classifier, for C programs and for
 * bindings from Rust, Go, R, Julia and others. Opaque handles, plain structs,
 * no C++ types across the boundary; exported from the same library as the
 * C++ API.
 *
 *   #include "diplotier/diplotier_c.h"
 *
 *   diplotier_error err;
 *   diplotier_classifier* c = diplotier_classifier_new(NULL, &err);
 *   if (c == NULL) { fprintf(stderr, "%s\n", err.message); return 1; }
 *   const char* text = "China and Venezuela upgraded their ties to an "
 *                      "all-weather strategic partnership.";
 *   diplotier_analysis* a = diplotier_analyze(c, text, strlen(text), &err);
 *   if (a == NULL) { ... err.code, err.message ... }
 *   size_t n = 0;
 *   const diplotier_change* changes = diplotier_analysis_changes(a, &n);
 *   for (size_t i = 0; i < n; ++i)
 *     printf("%s to %s between %s|%s\n", changes[i].kind_name,
 *            changes[i].to_name, changes[i].dyad_first,
 * changes[i].dyad_second); diplotier_analysis_free(a);
 *   diplotier_classifier_free(c);
 *
 * Errors. A function that can fail takes a `diplotier_error*` last (which may
 * be NULL when the caller does not want the details) and reports failure by
 * its return value: NULL for the handle constructors, a non-zero
 * `diplotier_code` otherwise. On success the error is set to DIPLOTIER_OK and
 * an empty message. Messages are NUL-terminated and cut at
 * DIPLOTIER_ERROR_MESSAGE_SIZE - 1 bytes. No function aborts, throws or logs.
 *
 * Ownership. Every `_new`/`diplotier_analyze` result is freed with its
 * `_free` function (which accepts NULL). Pointers read from an analysis
 * (structs, strings, arrays) stay valid until that analysis is freed. Strings
 * returned by `diplotier_analysis_json` are freed with `diplotier_string_free`.
 *
 * Threads. A classifier is immutable once made: any number of threads may call
 * `diplotier_analyze` on one classifier at the same time. An analysis is a
 * value: read it from any thread, free it once. There is no global state.
 *
 * Text is UTF-8 bytes with an explicit length (NUL bytes allowed). Invalid
 * UTF-8 is refused with DIPLOTIER_INVALID_UTF8 and the byte offset of the
 * first bad sequence, unless DIPLOTIER_ALLOW_INVALID_UTF8 is set in the
 * options, in which case it gets the same defined result as the C++ API.
 * Offsets in results are byte offsets into the text given. */

#ifndef DIPLOTIER_DIPLOTIER_C_H_
#define DIPLOTIER_DIPLOTIER_C_H_

#include <stddef.h>
#include <stdint.h>

#include "diplotier/export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Errors ------------------------------------------------------------ */

typedef enum diplotier_code {
  DIPLOTIER_OK = 0,
  /* A NULL pointer where one is not allowed, a bad option value, an unknown
   * ladder, or a lexicon that does not parse (message: file:line:column). */
  DIPLOTIER_INVALID_ARGUMENT = 1,
  /* The text is not valid UTF-8 (message: the byte offset). */
  DIPLOTIER_INVALID_UTF8 = 2,
  /* A size or memory budget was exceeded: the text is longer than
   * max_input_bytes, or the lexicon needs more than max_memory. */
  DIPLOTIER_RESOURCE_EXHAUSTED = 3,
  /* A lexicon file could not be opened. */
  DIPLOTIER_NOT_FOUND = 4,
  /* An index past the end of a list. */
  DIPLOTIER_OUT_OF_RANGE = 5,
  /* Anything else; the message says what. */
  DIPLOTIER_INTERNAL = 6
} diplotier_code;

#define DIPLOTIER_ERROR_MESSAGE_SIZE 512

/* Caller-allocated; no free needed. */
typedef struct diplotier_error {
  diplotier_code code;
  char message[DIPLOTIER_ERROR_MESSAGE_SIZE];
} diplotier_error;

/* "ok", "invalid_argument", ... ; "unknown" for a value not listed above.
 * Takes an int so that any value a caller holds is a valid argument. */
DIPLOTIER_EXPORT const char* diplotier_code_name(int code);

/* The library version, "MAJOR.MINOR.PATCH". */
DIPLOTIER_EXPORT const char* diplotier_version(void);

/* ---- Tiers ------------------------------------------------------------- */

/* The values of the C++ enum diplotier::Tier, which they are checked against
 * at build time. Ranks depend on a ladder; these numbers are not ranks. */
typedef enum diplotier_tier {
  DIPLOTIER_TIER_NONE = 0,
  DIPLOTIER_TIER_PARTNERSHIP = 1,
  DIPLOTIER_TIER_COOPERATIVE_PARTNERSHIP = 2,
  DIPLOTIER_TIER_COMPREHENSIVE_PARTNERSHIP = 3,
  DIPLOTIER_TIER_COMPREHENSIVE_COOPERATIVE_PARTNERSHIP = 4,
  DIPLOTIER_TIER_STRATEGIC_PARTNERSHIP = 5,
  DIPLOTIER_TIER_STRATEGIC_COOPERATIVE_PARTNERSHIP = 6,
  DIPLOTIER_TIER_COMPREHENSIVE_STRATEGIC_PARTNERSHIP = 7,
  DIPLOTIER_TIER_COMPREHENSIVE_STRATEGIC_COOPERATIVE_PARTNERSHIP = 8,
  DIPLOTIER_TIER_COMPREHENSIVE_STRATEGIC_PARTNERSHIP_OF_COORDINATION = 9,
  DIPLOTIER_TIER_PERMANENT_COMPREHENSIVE_STRATEGIC_PARTNERSHIP = 10,
  DIPLOTIER_TIER_ALL_WEATHER_STRATEGIC_PARTNERSHIP = 11,
  DIPLOTIER_TIER_ALL_WEATHER_STRATEGIC_COOPERATIVE_PARTNERSHIP = 12,
  DIPLOTIER_TIER_ALL_WEATHER_COMPREHENSIVE_STRATEGIC_PARTNERSHIP = 13,
  DIPLOTIER_TIER_ENHANCED_STRATEGIC_PARTNERSHIP = 14,
  DIPLOTIER_TIER_GLOBAL_STRATEGIC_PARTNERSHIP = 15,
  DIPLOTIER_TIER_COMPREHENSIVE_GLOBAL_STRATEGIC_PARTNERSHIP = 16,
  DIPLOTIER_TIER_SPECIAL_STRATEGIC_PARTNERSHIP = 17
} diplotier_tier;

#define DIPLOTIER_TIER_COUNT 18

/* The canonical name ("comprehensive_strategic_partnership"); NULL for a
 * value outside 0..DIPLOTIER_TIER_COUNT-1. */
DIPLOTIER_EXPORT const char* diplotier_tier_name(int tier);

/* The tier with that canonical name, or -1. NULL gives -1. */
DIPLOTIER_EXPORT int diplotier_tier_from_name(const char* name);

/* The rank of `tier` on the built-in ladder `ladder` ("china", "vietnam",
 * ...): 0 for none, higher is closer. Returns -1 when the ladder does not
 * place the tier; sets `err` and returns -1 for an unknown ladder. */
DIPLOTIER_EXPORT int diplotier_ladder_rank(const char* ladder, int tier,
                                           diplotier_error* err);

/* ---- Classifier -------------------------------------------------------- */

/* Flags for diplotier_options.flags. */
#define DIPLOTIER_NO_DEFAULT_LEXICON 0x1u /* use only the given lexicon */
#define DIPLOTIER_ALLOW_INVALID_UTF8 0x2u /* analyse it, do not refuse */

/* Options. Always fill with diplotier_options_init first, then set fields:
 * new fields are added at the end and `struct_size` tells which are there
 * (it must be sizeof(diplotier_options) or the end of one of the fields:
 * anything else, such as a size ending inside a field, is
 * INVALID_ARGUMENT). */
typedef struct diplotier_options {
  size_t struct_size;
  /* Ladder that ranks the results: "auto" (from the parties, else China's;
   * the default), or a built-in or lexicon-defined ladder name. */
  const char* ladder;
  /* Memory budget for the compiled lexicon, bytes (default 256 MiB). */
  int64_t max_memory;
  /* Longest text one diplotier_analyze call accepts (default 1 GiB). */
  size_t max_input_bytes;
  uint32_t flags;
} diplotier_options;

DIPLOTIER_EXPORT void diplotier_options_init(diplotier_options* options);

typedef struct diplotier_classifier diplotier_classifier;

/* A classifier from the embedded default lexicon. `options` may be NULL. */
DIPLOTIER_EXPORT diplotier_classifier* diplotier_classifier_new(
    const diplotier_options* options, diplotier_error* err);

/* A classifier from lexicon text (`length` bytes; see README "Lexicon
 * format"), merged with the default lexicon unless
 * DIPLOTIER_NO_DEFAULT_LEXICON is set. `source` names the text in error
 * messages and may be NULL. */
DIPLOTIER_EXPORT diplotier_classifier* diplotier_classifier_new_from_lexicon(
    const char* lexicon, size_t length, const char* source,
    const diplotier_options* options, diplotier_error* err);

/* The same from a lexicon file of at most 256 MiB. Errors name the path and
 * the system's reason: NOT_FOUND (it cannot be opened), INVALID_ARGUMENT (a
 * directory, or a lexicon that does not parse), RESOURCE_EXHAUSTED (larger
 * than 256 MiB), INTERNAL (a read error). */
DIPLOTIER_EXPORT diplotier_classifier* diplotier_classifier_new_from_file(
    const char* path, const diplotier_options* options, diplotier_error* err);

DIPLOTIER_EXPORT void diplotier_classifier_free(diplotier_classifier* c);

/* ---- Analysis ---------------------------------------------------------- */

typedef enum diplotier_status {
  DIPLOTIER_ASSERTED = 0,
  DIPLOTIER_HYPOTHETICAL = 1,
  DIPLOTIER_NEGATED = 2
} diplotier_status;

typedef enum diplotier_change_kind {
  DIPLOTIER_ESTABLISH = 0,
  DIPLOTIER_UPGRADE = 1,
  DIPLOTIER_DOWNGRADE = 2,
  DIPLOTIER_REAFFIRM = 3
} diplotier_change_kind;

/* One tier phrase in the text. Party codes are ISO 3166-1 alpha-3 (or a
 * bloc code such as "EUU"); "" when not known. */
typedef struct diplotier_mention {
  int tier; /* diplotier_tier */
  /* As in the JSON output: the tier name, or "other:<label>" for a
   * relationship off every ladder (tier NONE; "other:special_relationship"). */
  const char* tier_name;
  int rank;     /* on the analysis' ladder; -1 if not placed */
  size_t begin; /* byte offsets of the phrase: [begin, end) */
  size_t end;
  int sentence; /* 0-based sentence index */
  int status;   /* diplotier_status */
  const char* status_name;
  const char* dyad_first;
  const char* dyad_second;
  const char* const* qualifiers; /* labels ("new_era", ...) */
  size_t qualifier_count;
} diplotier_mention;

/* One stated change of tier. */
typedef struct diplotier_change {
  int kind; /* diplotier_change_kind */
  const char* kind_name;
  int status; /* diplotier_status */
  const char* status_name;
  int from; /* diplotier_tier; NONE when not named */
  int to;
  /* As in the JSON output: a tier name, "other:<level>" for a level of
   * diplomatic representation ("other:charge_d_affaires"), or "none". */
  const char* from_name;
  const char* to_name;
  int has_delta; /* 1 when both ends are ranked on the ladder */
  int delta;     /* rank(to) - rank(from) when has_delta */
  size_t begin;  /* the sentence that states it */
  size_t end;
  int sentence;
  const char* dyad_first;
  const char* dyad_second;
} diplotier_change;

typedef struct diplotier_analysis diplotier_analysis;

/* Analyses `length` bytes of `text`. `text` may be NULL only when `length`
 * is 0. Returns NULL and sets `err` on failure (see "Errors" above). */
DIPLOTIER_EXPORT diplotier_analysis* diplotier_analyze(
    const diplotier_classifier* c, const char* text, size_t length,
    diplotier_error* err);

DIPLOTIER_EXPORT void diplotier_analysis_free(diplotier_analysis* a);

/* The strongest asserted tier of the text (DIPLOTIER_TIER_NONE if none), its
 * rank, and the ladder that ranked it. NULL `a` gives NONE, 0 and "". */
DIPLOTIER_EXPORT int diplotier_analysis_tier(const diplotier_analysis* a);
DIPLOTIER_EXPORT int diplotier_analysis_rank(const diplotier_analysis* a);
DIPLOTIER_EXPORT const char* diplotier_analysis_ladder(
    const diplotier_analysis* a);
/* As the JSON record's "tier": the tier name, or "other:<label>" when no
 * ladder tier holds but a relationship off every ladder does. NULL `a` gives
 * "none". */
DIPLOTIER_EXPORT const char* diplotier_analysis_tier_name(
    const diplotier_analysis* a);

/* The mentions in text order, and the changes; `*count` receives the length
 * (0, and NULL returned, for none or a NULL `a`). `count` may not be NULL. */
DIPLOTIER_EXPORT const diplotier_mention* diplotier_analysis_mentions(
    const diplotier_analysis* a, size_t* count);
DIPLOTIER_EXPORT const diplotier_change* diplotier_analysis_changes(
    const diplotier_analysis* a, size_t* count);

/* The distinct complete dyads in first-seen order, as "CHN|VEN". */
DIPLOTIER_EXPORT size_t
diplotier_analysis_dyad_count(const diplotier_analysis* a);
DIPLOTIER_EXPORT const char* diplotier_analysis_dyad(
    const diplotier_analysis* a, size_t index);

/* The analysis as one JSON record, the schema of the `diplotier analyze
 * --format=jsonl` output (README "JSON fields"), evidence included. `doc_id`
 * and `date` may be NULL ("" and null in the record). Returns a NUL-terminated
 * string to free with diplotier_string_free, its length in `*length` when
 * `length` is not NULL; NULL and `err` set on failure. */
DIPLOTIER_EXPORT char* diplotier_analysis_json(const diplotier_analysis* a,
                                               const char* doc_id,
                                               const char* date, size_t* length,
                                               diplotier_error* err);

DIPLOTIER_EXPORT void diplotier_string_free(char* s);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* DIPLOTIER_DIPLOTIER_C_H_ */
