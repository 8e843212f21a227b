/* Copyright 2026 The diplotier Authors.
 * SPDX-License-Identifier: Apache-2.0
 *
 * Tests of the C API, compiled as C99. Run with a test name to run one test
 * (ctest registers each one), or without arguments to run them all. */

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diplotier/diplotier_c.h"

static int failures = 0;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                              \
    }                                                                          \
  } while (0)

/* Checks that a call succeeded; on failure prints the error it reported. */
#define CHECK_OK(ptr, err)                                                    \
  do {                                                                        \
    if ((ptr) == NULL) {                                                      \
      fprintf(stderr, "%s:%d: %s failed: %s: %s\n", __FILE__, __LINE__, #ptr, \
              diplotier_code_name((err).code), (err).message);                \
      ++failures;                                                             \
    }                                                                         \
  } while (0)

#define CHECK_CODE(err, expected_code)                                   \
  do {                                                                   \
    if ((err).code != (expected_code)) {                                 \
      fprintf(stderr, "%s:%d: code is %s (%s), expected %s\n", __FILE__, \
              __LINE__, diplotier_code_name((err).code), (err).message,  \
              diplotier_code_name(expected_code));                       \
      ++failures;                                                        \
    }                                                                    \
  } while (0)

#define CHECK_STREQ(a, b)                                                      \
  do {                                                                         \
    const char* check_a_ = (a);                                                \
    const char* check_b_ = (b);                                                \
    if (check_a_ == NULL || check_b_ == NULL || strcmp(check_a_, check_b_)) {  \
      fprintf(stderr, "%s:%d: CHECK_STREQ failed: %s = \"%s\", %s = \"%s\"\n", \
              __FILE__, __LINE__, #a, check_a_ ? check_a_ : "(null)", #b,      \
              check_b_ ? check_b_ : "(null)");                                 \
      ++failures;                                                              \
    }                                                                          \
  } while (0)

static const char kUpgrade[] =
    "Caracas, 3 May. China and Venezuela upgraded their ties to an "
    "all-weather strategic partnership on Tuesday.";

/* One default classifier for the tests that do not need their own. */
static diplotier_classifier* DefaultClassifier(void) {
  static diplotier_classifier* c = NULL;
  if (c == NULL) {
    diplotier_error err;
    c = diplotier_classifier_new(NULL, &err);
    if (c == NULL) {
      fprintf(stderr, "cannot create the default classifier: %s\n",
              err.message);
      exit(2);
    }
  }
  return c;
}

static void TestVersionAndCodeNames(void) {
  const char* v = diplotier_version();
  CHECK(v != NULL && strlen(v) >= 5 && strchr(v, '.') != NULL);
  CHECK_STREQ(diplotier_code_name(DIPLOTIER_OK), "ok");
  CHECK_STREQ(diplotier_code_name(DIPLOTIER_INVALID_UTF8), "invalid_utf8");
  CHECK_STREQ(diplotier_code_name(99), "unknown");
}

static void TestTierNames(void) {
  int t;
  for (t = 0; t < DIPLOTIER_TIER_COUNT; ++t) {
    const char* name = diplotier_tier_name(t);
    CHECK(name != NULL && name[0] != '\0');
    CHECK(diplotier_tier_from_name(name) == t);
  }
  CHECK_STREQ(
      diplotier_tier_name(DIPLOTIER_TIER_ALL_WEATHER_STRATEGIC_PARTNERSHIP),
      "all_weather_strategic_partnership");
  CHECK(diplotier_tier_name(-1) == NULL);
  CHECK(diplotier_tier_name(DIPLOTIER_TIER_COUNT) == NULL);
  CHECK(diplotier_tier_from_name("best_friends_forever") == -1);
  CHECK(diplotier_tier_from_name(NULL) == -1);
}

static void TestLadderRank(void) {
  diplotier_error err;
  int csp = diplotier_ladder_rank(
      "china", DIPLOTIER_TIER_COMPREHENSIVE_STRATEGIC_PARTNERSHIP, &err);
  int aw = diplotier_ladder_rank(
      "china", DIPLOTIER_TIER_ALL_WEATHER_STRATEGIC_PARTNERSHIP, &err);
  CHECK_CODE(err, DIPLOTIER_OK);
  CHECK(csp > 0 && aw > csp);
  CHECK(diplotier_ladder_rank("china", DIPLOTIER_TIER_NONE, &err) == 0);

  CHECK(diplotier_ladder_rank("atlantis", DIPLOTIER_TIER_PARTNERSHIP, &err) ==
        -1);
  CHECK(err.code != DIPLOTIER_OK);
  CHECK(strstr(err.message, "atlantis") != NULL);
  CHECK(diplotier_ladder_rank(NULL, DIPLOTIER_TIER_PARTNERSHIP, &err) == -1);
  CHECK_CODE(err, DIPLOTIER_INVALID_ARGUMENT);
  CHECK(diplotier_ladder_rank("china", 400, &err) == -1);
  CHECK_CODE(err, DIPLOTIER_INVALID_ARGUMENT);
  /* A NULL error pointer is allowed everywhere. */
  CHECK(diplotier_ladder_rank("atlantis", 1, NULL) == -1);
}

static void TestAnalyzeUpgrade(void) {
  diplotier_error err;
  size_t n = 0;
  const diplotier_mention* m;
  const diplotier_change* c;
  const char* phrase = strstr(kUpgrade, "all-weather");
  diplotier_analysis* a =
      diplotier_analyze(DefaultClassifier(), kUpgrade, strlen(kUpgrade), &err);
  CHECK_OK(a, err);
  if (a == NULL) return;
  CHECK(err.code == DIPLOTIER_OK && err.message[0] == '\0');
  CHECK(diplotier_analysis_tier(a) ==
        DIPLOTIER_TIER_ALL_WEATHER_STRATEGIC_PARTNERSHIP);
  CHECK_STREQ(diplotier_analysis_ladder(a), "china");
  CHECK(diplotier_analysis_rank(a) ==
        diplotier_ladder_rank(
            "china", DIPLOTIER_TIER_ALL_WEATHER_STRATEGIC_PARTNERSHIP, NULL));

  m = diplotier_analysis_mentions(a, &n);
  CHECK(n == 1);
  if (n == 1) {
    CHECK(m[0].tier == DIPLOTIER_TIER_ALL_WEATHER_STRATEGIC_PARTNERSHIP);
    CHECK_STREQ(m[0].tier_name, "all_weather_strategic_partnership");
    CHECK(m[0].begin == (size_t)(phrase - kUpgrade));
    CHECK(m[0].end - m[0].begin == strlen("all-weather strategic partnership"));
    CHECK(m[0].status == DIPLOTIER_ASSERTED);
    CHECK_STREQ(m[0].status_name, "asserted");
    CHECK_STREQ(m[0].dyad_first, "CHN");
    CHECK_STREQ(m[0].dyad_second, "VEN");
    CHECK(m[0].sentence == 1); /* after "3 May." */
  }

  c = diplotier_analysis_changes(a, &n);
  CHECK(n == 1);
  if (n == 1) {
    CHECK(c[0].kind == DIPLOTIER_UPGRADE);
    CHECK_STREQ(c[0].kind_name, "upgrade");
    CHECK(c[0].status == DIPLOTIER_ASSERTED);
    CHECK(c[0].to == DIPLOTIER_TIER_ALL_WEATHER_STRATEGIC_PARTNERSHIP);
    CHECK_STREQ(c[0].to_name, "all_weather_strategic_partnership");
    CHECK(c[0].from == DIPLOTIER_TIER_NONE);
    CHECK_STREQ(c[0].from_name, "none");
    CHECK(c[0].has_delta == 0);
    CHECK_STREQ(c[0].dyad_first, "CHN");
    CHECK_STREQ(c[0].dyad_second, "VEN");
    CHECK(c[0].begin <= (size_t)(phrase - kUpgrade) && c[0].end >= m[0].end &&
          c[0].end <= strlen(kUpgrade));
  }

  CHECK(diplotier_analysis_dyad_count(a) == 1);
  CHECK_STREQ(diplotier_analysis_dyad(a, 0), "CHN|VEN");
  CHECK(diplotier_analysis_dyad(a, 1) == NULL);
  diplotier_analysis_free(a);
}

static void TestDowngradeWithBothEnds(void) {
  static const char kText[] =
      "Canberra downgraded its relationship with Fiji from a comprehensive "
      "strategic partnership to a strategic partnership.";
  diplotier_error err;
  size_t n = 0;
  const diplotier_change* c;
  diplotier_analysis* a =
      diplotier_analyze(DefaultClassifier(), kText, strlen(kText), &err);
  CHECK_OK(a, err);
  if (a == NULL) return;
  c = diplotier_analysis_changes(a, &n);
  CHECK(n == 1);
  if (n == 1) {
    CHECK(c[0].kind == DIPLOTIER_DOWNGRADE);
    CHECK(c[0].from == DIPLOTIER_TIER_COMPREHENSIVE_STRATEGIC_PARTNERSHIP);
    CHECK(c[0].to == DIPLOTIER_TIER_STRATEGIC_PARTNERSHIP);
    CHECK(c[0].has_delta == 1 && c[0].delta < 0);
  }
  diplotier_analysis_free(a);
}

static void TestJson(void) {
  diplotier_error err;
  size_t length = 0;
  char* json;
  diplotier_analysis* a =
      diplotier_analyze(DefaultClassifier(), kUpgrade, strlen(kUpgrade), &err);
  CHECK_OK(a, err);
  if (a == NULL) return;
  json = diplotier_analysis_json(a, "doc-7", "2023-09-13", &length, &err);
  CHECK_OK(json, err);
  if (json != NULL) {
    CHECK(length == strlen(json));
    CHECK(json[0] == '{' && json[length - 1] == '}');
    CHECK(strstr(json, "\"doc\":\"doc-7\"") != NULL);
    CHECK(strstr(json, "\"date\":\"2023-09-13\"") != NULL);
    CHECK(strstr(json, "\"kind\":\"upgrade\"") != NULL);
    CHECK(strstr(json, "\"dyads\":[\"CHN|VEN\"]") != NULL);
    CHECK(strstr(json, "\"evidence\":\"") != NULL);
    diplotier_string_free(json);
  }
  /* NULL id and date: "" and null. */
  json = diplotier_analysis_json(a, NULL, NULL, NULL, &err);
  CHECK_OK(json, err);
  if (json != NULL) {
    CHECK(strstr(json, "\"doc\":\"\"") != NULL);
    CHECK(strstr(json, "\"date\":null") != NULL);
    diplotier_string_free(json);
  }
  CHECK(diplotier_analysis_json(NULL, "x", NULL, &length, &err) == NULL);
  CHECK_CODE(err, DIPLOTIER_INVALID_ARGUMENT);
  diplotier_analysis_free(a);
}

static void TestNullArguments(void) {
  diplotier_error err;
  size_t n = 7;
  diplotier_analysis* a;
  CHECK(diplotier_analyze(NULL, "x", 1, &err) == NULL);
  CHECK_CODE(err, DIPLOTIER_INVALID_ARGUMENT);
  CHECK(strstr(err.message, "classifier") != NULL);
  CHECK(diplotier_analyze(DefaultClassifier(), NULL, 5, &err) == NULL);
  CHECK_CODE(err, DIPLOTIER_INVALID_ARGUMENT);
  CHECK(diplotier_classifier_new_from_file(NULL, NULL, &err) == NULL);
  CHECK_CODE(err, DIPLOTIER_INVALID_ARGUMENT);
  CHECK(diplotier_classifier_new_from_lexicon(NULL, 10, NULL, NULL, &err) ==
        NULL);
  CHECK_CODE(err, DIPLOTIER_INVALID_ARGUMENT);

  /* NULL with length 0 is the empty text. */
  a = diplotier_analyze(DefaultClassifier(), NULL, 0, &err);
  CHECK(a != NULL && err.code == DIPLOTIER_OK);
  CHECK(diplotier_analysis_mentions(a, &n) == NULL && n == 0);
  CHECK(diplotier_analysis_tier(a) == DIPLOTIER_TIER_NONE);
  diplotier_analysis_free(a);

  /* Readers and frees accept NULL. */
  n = 7;
  CHECK(diplotier_analysis_mentions(NULL, &n) == NULL && n == 0);
  n = 7;
  CHECK(diplotier_analysis_changes(NULL, &n) == NULL && n == 0);
  CHECK(diplotier_analysis_mentions(NULL, NULL) == NULL);
  CHECK(diplotier_analysis_dyad_count(NULL) == 0);
  CHECK(diplotier_analysis_dyad(NULL, 0) == NULL);
  CHECK(diplotier_analysis_tier(NULL) == DIPLOTIER_TIER_NONE);
  CHECK_STREQ(diplotier_analysis_ladder(NULL), "");
  diplotier_analysis_free(NULL);
  diplotier_classifier_free(NULL);
  diplotier_string_free(NULL);
  diplotier_options_init(NULL);
  CHECK(diplotier_analyze(NULL, NULL, 0, NULL) == NULL);
}

static void TestInvalidUtf8(void) {
  static const char kBad[] =
      "China and Pakistan are all-weather strategic \xff\xfe partners.";
  diplotier_error err;
  diplotier_options options;
  diplotier_classifier* lenient;
  diplotier_analysis* a =
      diplotier_analyze(DefaultClassifier(), kBad, strlen(kBad), &err);
  CHECK(a == NULL);
  CHECK_CODE(err, DIPLOTIER_INVALID_UTF8);
  CHECK(strstr(err.message, "45") != NULL); /* the byte offset of \xff */

  /* A truncated sequence at the very end. */
  CHECK(diplotier_analyze(DefaultClassifier(), "partner\xe4\xbc", 9, &err) ==
        NULL);
  CHECK_CODE(err, DIPLOTIER_INVALID_UTF8);

  diplotier_options_init(&options);
  options.flags = DIPLOTIER_ALLOW_INVALID_UTF8;
  lenient = diplotier_classifier_new(&options, &err);
  CHECK_OK(lenient, err);
  if (lenient == NULL) return;
  a = diplotier_analyze(lenient, kBad, strlen(kBad), &err);
  CHECK(a != NULL && err.code == DIPLOTIER_OK);
  if (a != NULL) {
    char* json = diplotier_analysis_json(a, "bad", NULL, NULL, &err);
    CHECK_OK(json, err);
    /* The record stays valid UTF-8: the bad bytes are replaced. */
    CHECK(json != NULL && strchr(json, '\xff') == NULL);
    diplotier_string_free(json);
  }
  diplotier_analysis_free(a);
  diplotier_classifier_free(lenient);
}

static void TestEmbeddedNul(void) {
  static const char kText[] =
      "Noise\0noise. Laos and Vietnam keep a special strategic partnership.";
  diplotier_error err;
  size_t n = 0;
  const diplotier_mention* m;
  diplotier_analysis* a =
      diplotier_analyze(DefaultClassifier(), kText, sizeof kText - 1, &err);
  CHECK_OK(a, err);
  if (a == NULL) return;
  m = diplotier_analysis_mentions(a, &n);
  CHECK(n == 1);
  if (n == 1) {
    CHECK(m[0].tier == DIPLOTIER_TIER_SPECIAL_STRATEGIC_PARTNERSHIP);
    CHECK(m[0].begin > 6);
  }
  diplotier_analysis_free(a);
}

static void TestSizeLimit(void) {
  diplotier_error err;
  diplotier_options options;
  diplotier_classifier* small;
  diplotier_options_init(&options);
  options.max_input_bytes = 16;
  small = diplotier_classifier_new(&options, &err);
  CHECK_OK(small, err);
  if (small == NULL) return;
  CHECK(diplotier_analyze(small, kUpgrade, strlen(kUpgrade), &err) == NULL);
  CHECK_CODE(err, DIPLOTIER_RESOURCE_EXHAUSTED);
  CHECK(strstr(err.message, "max_input_bytes") != NULL);
  diplotier_classifier_free(small);
}

static void TestLargeText(void) {
  /* 8 MiB of filler with one phrase at the end: found at the right offset. */
  const size_t size = (size_t)8 << 20;
  static const char kTail[] =
      " Laos and Vietnam are comprehensive strategic partners.";
  char* text = malloc(size + sizeof kTail);
  size_t i, n = 0;
  diplotier_error err;
  diplotier_analysis* a;
  const diplotier_mention* m;
  CHECK(text != NULL);
  if (text == NULL) return;
  for (i = 0; i < size; ++i)
    text[i] = (i % 97 == 96) ? '\n' : "lorem ipsum. "[i % 13];
  memcpy(text + size, kTail, sizeof kTail);
  a = diplotier_analyze(DefaultClassifier(), text, size + sizeof kTail - 1,
                        &err);
  CHECK_OK(a, err);
  m = diplotier_analysis_mentions(a, &n);
  CHECK(n == 1);
  if (n == 1) {
    CHECK(m[0].begin ==
          size + (size_t)(strstr(kTail, "comprehensive") - kTail));
    CHECK(m[0].tier == DIPLOTIER_TIER_COMPREHENSIVE_STRATEGIC_PARTNERSHIP);
  }
  diplotier_analysis_free(a);
  free(text);
}

static const char kTinyLexicon[] =
    "anchor partner\n"
    "define gap [\\s\\-]+\n"
    "tier strategic_partnership very{gap}close{gap}partners?\\b\n";

static void TestOwnLexicon(void) {
  static const char kText[] =
      "Ruritania and Freedonia are very close partners and hold a "
      "comprehensive strategic partnership.";
  diplotier_error err;
  diplotier_options options;
  diplotier_classifier* own;
  diplotier_analysis* a;
  size_t n = 0;
  const diplotier_mention* m;

  /* Alone: only the lexicon's own phrase is found. */
  diplotier_options_init(&options);
  options.flags = DIPLOTIER_NO_DEFAULT_LEXICON;
  own = diplotier_classifier_new_from_lexicon(
      kTinyLexicon, strlen(kTinyLexicon), "tiny", &options, &err);
  CHECK_OK(own, err);
  if (own == NULL) return;
  a = diplotier_analyze(own, kText, strlen(kText), &err);
  m = diplotier_analysis_mentions(a, &n);
  CHECK(n == 1);
  if (n == 1) CHECK(m[0].tier == DIPLOTIER_TIER_STRATEGIC_PARTNERSHIP);
  diplotier_analysis_free(a);
  diplotier_classifier_free(own);

  /* Merged with the default lexicon: both. */
  own = diplotier_classifier_new_from_lexicon(
      kTinyLexicon, strlen(kTinyLexicon), "tiny", NULL, &err);
  CHECK_OK(own, err);
  if (own == NULL) return;
  a = diplotier_analyze(own, kText, strlen(kText), &err);
  diplotier_analysis_mentions(a, &n);
  CHECK(n == 2);
  diplotier_analysis_free(a);
  diplotier_classifier_free(own);

  /* The default classifier cannot be asked to drop its lexicon. */
  CHECK(diplotier_classifier_new(&options, &err) == NULL);
  CHECK_CODE(err, DIPLOTIER_INVALID_ARGUMENT);
}

static void TestBadLexicons(void) {
  static const char kUnclosed[] =
      "anchor partner\n"
      "tier strategic_partnership strategic (partner\n";
  static const char kUnknownTier[] =
      "anchor partner\n"
      "tier bestest_partnership best partner\n";
  diplotier_error err;
  char path[1200];
  CHECK(diplotier_classifier_new_from_lexicon(
            kUnclosed, strlen(kUnclosed), "mine.lexicon", NULL, &err) == NULL);
  CHECK_CODE(err, DIPLOTIER_INVALID_ARGUMENT);
  CHECK(strstr(err.message, "mine.lexicon:2:") != NULL);
  CHECK(diplotier_classifier_new_from_lexicon(
            kUnknownTier, strlen(kUnknownTier), NULL, NULL, &err) == NULL);
  CHECK_CODE(err, DIPLOTIER_INVALID_ARGUMENT);
  CHECK(strstr(err.message, "bestest_partnership") != NULL);

  CHECK(diplotier_classifier_new_from_file("/nonexistent/x.lexicon", NULL,
                                           &err) == NULL);
  CHECK_CODE(err, DIPLOTIER_NOT_FOUND);
  CHECK(strstr(err.message, "/nonexistent/x.lexicon") != NULL);

  /* A message longer than the buffer is cut, still NUL-terminated. */
  memset(path, 'p', sizeof path - 1);
  path[0] = '/';
  path[sizeof path - 1] = '\0';
  CHECK(diplotier_classifier_new_from_file(path, NULL, &err) == NULL);
  CHECK_CODE(err, DIPLOTIER_NOT_FOUND);
  CHECK(strlen(err.message) == DIPLOTIER_ERROR_MESSAGE_SIZE - 1);
}

static void TestBadOptions(void) {
  diplotier_error err;
  diplotier_options options;
  diplotier_options_init(&options);
  options.struct_size = 3;
  CHECK(diplotier_classifier_new(&options, &err) == NULL);
  CHECK_CODE(err, DIPLOTIER_INVALID_ARGUMENT);
  CHECK(strstr(err.message, "diplotier_options_init") != NULL);

  /* A size that ends in the middle of a field (max_memory here). */
  diplotier_options_init(&options);
  options.struct_size = offsetof(diplotier_options, max_memory) + 4;
  CHECK(diplotier_classifier_new(&options, &err) == NULL);
  CHECK_CODE(err, DIPLOTIER_INVALID_ARGUMENT);

  /* An older caller's struct ending at a field is accepted. */
  diplotier_options_init(&options);
  options.struct_size =
      offsetof(diplotier_options, max_memory) + sizeof options.max_memory;
  {
    diplotier_classifier* c = diplotier_classifier_new(&options, &err);
    CHECK(c != NULL);
    diplotier_classifier_free(c);
  }

  /* A directory as a lexicon file names the reason. */
  CHECK(diplotier_classifier_new_from_file("/", NULL, &err) == NULL);
  CHECK(err.code != DIPLOTIER_OK);
  CHECK(strstr(err.message, "Is a directory") != NULL);

  diplotier_options_init(&options);
  options.flags = 0x80u;
  CHECK(diplotier_classifier_new(&options, &err) == NULL);
  CHECK_CODE(err, DIPLOTIER_INVALID_ARGUMENT);

  diplotier_options_init(&options);
  options.max_memory = 0;
  CHECK(diplotier_classifier_new(&options, &err) == NULL);
  CHECK_CODE(err, DIPLOTIER_INVALID_ARGUMENT);

  diplotier_options_init(&options);
  options.ladder = "atlantis";
  CHECK(diplotier_classifier_new(&options, &err) == NULL);
  CHECK(err.code != DIPLOTIER_OK);
  CHECK(strstr(err.message, "atlantis") != NULL);

  /* Under the 1 MiB floor: refused as a bad option. */
  diplotier_options_init(&options);
  options.max_memory = 4096;
  CHECK(diplotier_classifier_new(&options, &err) == NULL);
  CHECK_CODE(err, DIPLOTIER_INVALID_ARGUMENT);

  /* At the floor: the default lexicon does not fit. */
  diplotier_options_init(&options);
  options.max_memory = (int64_t)1 << 20;
  CHECK(diplotier_classifier_new(&options, &err) == NULL);
  CHECK_CODE(err, DIPLOTIER_RESOURCE_EXHAUSTED);

  /* A fixed ladder ranks on it whatever the parties. */
  diplotier_options_init(&options);
  options.ladder = "vietnam";
  {
    diplotier_classifier* vn = diplotier_classifier_new(&options, &err);
    diplotier_analysis* a;
    CHECK_OK(vn, err);
    if (vn == NULL) return;
    a = diplotier_analyze(vn, kUpgrade, strlen(kUpgrade), &err);
    CHECK_OK(a, err);
    CHECK_STREQ(diplotier_analysis_ladder(a), "vietnam");
    diplotier_analysis_free(a);
    diplotier_classifier_free(vn);
  }
}

typedef struct {
  const char* name;
  void (*run)(void);
} TestCase;

static void TestOffLadderRelationship(void) {
  diplotier_error err;
  size_t n = 0;
  const diplotier_mention* m;
  const char* text =
      "Tokyo and Canberra keep a special relationship, officials said.";
  diplotier_analysis* a =
      diplotier_analyze(DefaultClassifier(), text, strlen(text), &err);
  CHECK_OK(a, err);
  if (a == NULL) return;
  CHECK(diplotier_analysis_tier(a) == DIPLOTIER_TIER_NONE);
  CHECK_STREQ(diplotier_analysis_tier_name(a), "other:special_relationship");
  m = diplotier_analysis_mentions(a, &n);
  CHECK(n == 1);
  if (n == 1) {
    CHECK(m[0].tier == DIPLOTIER_TIER_NONE);
    CHECK_STREQ(m[0].tier_name, "other:special_relationship");
    CHECK(m[0].rank == -1);
  }
  diplotier_analysis_free(a);
  CHECK_STREQ(diplotier_analysis_tier_name(NULL), "none");
}

static const TestCase kTests[] = {
    {"VersionAndCodeNames", TestVersionAndCodeNames},
    {"TierNames", TestTierNames},
    {"LadderRank", TestLadderRank},
    {"AnalyzeUpgrade", TestAnalyzeUpgrade},
    {"OffLadderRelationship", TestOffLadderRelationship},
    {"DowngradeWithBothEnds", TestDowngradeWithBothEnds},
    {"Json", TestJson},
    {"NullArguments", TestNullArguments},
    {"InvalidUtf8", TestInvalidUtf8},
    {"EmbeddedNul", TestEmbeddedNul},
    {"SizeLimit", TestSizeLimit},
    {"LargeText", TestLargeText},
    {"OwnLexicon", TestOwnLexicon},
    {"BadLexicons", TestBadLexicons},
    {"BadOptions", TestBadOptions},
};

int main(int argc, char** argv) {
  size_t i;
  int ran = 0;
  for (i = 0; i < sizeof kTests / sizeof kTests[0]; ++i) {
    if (argc > 1 && strcmp(argv[1], kTests[i].name) != 0) continue;
    kTests[i].run();
    ++ran;
  }
  diplotier_classifier_free(DefaultClassifier());
  if (ran == 0) {
    fprintf(stderr, "no test named %s\n", argc > 1 ? argv[1] : "");
    return 2;
  }
  if (failures != 0) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  printf("%d test(s) passed\n", ran);
  return 0;
}
