/* Copyright 2026 The diplotier Authors.
 * SPDX-License-Identifier: Apache-2.0
 *
 * tiers: the C API in one small C99 program. Reads each file named on the
 * command line (or standard input) and prints its tier mentions and changes,
 * or with --json one JSON record per file (the `diplotier analyze` schema).
 *
 *   ./build/examples/c/tiers examples/data/2023-09-13-china-venezuela.txt
 *   (cd examples/data && ../../build/examples/c/tiers --json *.txt)
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diplotier/diplotier_c.h"

/* Reads a whole stream; NULL on a read error or out of memory. */
static char* ReadAll(FILE* f, size_t* length) {
  size_t size = 0, capacity = 1 << 16, n;
  char* buffer = malloc(capacity);
  if (buffer == NULL) return NULL;
  while ((n = fread(buffer + size, 1, capacity - size, f)) > 0) {
    size += n;
    if (size == capacity) {
      char* bigger = realloc(buffer, capacity * 2);
      if (bigger == NULL) {
        free(buffer);
        return NULL;
      }
      buffer = bigger;
      capacity *= 2;
    }
  }
  if (ferror(f)) {
    free(buffer);
    return NULL;
  }
  *length = size;
  return buffer;
}

static void PrintText(const char* name, const diplotier_analysis* a) {
  size_t n, i;
  const diplotier_mention* m = diplotier_analysis_mentions(a, &n);
  const diplotier_change* c;
  printf("%s: %s (rank %d on %s)\n", name,
         diplotier_tier_name(diplotier_analysis_tier(a)),
         diplotier_analysis_rank(a), diplotier_analysis_ladder(a));
  for (i = 0; i < n; ++i) {
    printf("  mention  %-40s %-12s %s|%s  bytes %zu-%zu\n", m[i].tier_name,
           m[i].status_name, m[i].dyad_first, m[i].dyad_second, m[i].begin,
           m[i].end);
  }
  c = diplotier_analysis_changes(a, &n);
  for (i = 0; i < n; ++i) {
    printf("  %-8s %s -> %s  %s  %s|%s\n", c[i].kind_name, c[i].from_name,
           c[i].to_name, c[i].status_name, c[i].dyad_first, c[i].dyad_second);
  }
}

static int Process(const diplotier_classifier* classifier, const char* name,
                   FILE* f, int json) {
  diplotier_error err;
  size_t length = 0;
  char* text = ReadAll(f, &length);
  diplotier_analysis* a;
  if (text == NULL) {
    fprintf(stderr, "tiers: %s: cannot read\n", name);
    return 1;
  }
  a = diplotier_analyze(classifier, text, length, &err);
  free(text);
  if (a == NULL) {
    fprintf(stderr, "tiers: %s: %s: %s\n", name, diplotier_code_name(err.code),
            err.message);
    return 1;
  }
  if (json) {
    char* record = diplotier_analysis_json(a, name, NULL, NULL, &err);
    if (record == NULL) {
      fprintf(stderr, "tiers: %s: %s\n", name, err.message);
      diplotier_analysis_free(a);
      return 1;
    }
    puts(record);
    diplotier_string_free(record);
  } else {
    PrintText(name, a);
  }
  diplotier_analysis_free(a);
  return 0;
}

int main(int argc, char** argv) {
  diplotier_error err;
  diplotier_classifier* classifier;
  int json = 0, status = 0, files = 0, i;
  classifier = diplotier_classifier_new(NULL, &err);
  if (classifier == NULL) {
    fprintf(stderr, "tiers: %s\n", err.message);
    return 1;
  }
  for (i = 1; i < argc; ++i) {
    FILE* f;
    if (strcmp(argv[i], "--json") == 0) {
      json = 1;
      continue;
    }
    ++files;
    f = fopen(argv[i], "rb");
    if (f == NULL) {
      fprintf(stderr, "tiers: %s: cannot open\n", argv[i]);
      status = 1;
      continue;
    }
    status |= Process(classifier, argv[i], f, json);
    fclose(f);
  }
  if (files == 0) status = Process(classifier, "-", stdin, json);
  diplotier_classifier_free(classifier);
  return status;
}
