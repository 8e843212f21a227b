# Turns a text file into a C++ source defining
#   std::string_view diplotier::internal::<SYMBOL>()
# Run in script mode: cmake -DINPUT=... -DOUTPUT=... -DSYMBOL=... -P EmbedFile.cmake
# The file is emitted as hex bytes, so any content (UTF-8, quotes, backslashes)
# survives exactly and there is no hand-kept copy of the data.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
# Break the initializer into lines of 16 bytes to keep compilers happy.
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/EmbedFile.cmake. Do not edit.
#include <string_view>

namespace diplotier {
namespace internal {
namespace {
constexpr char kData[] = {
${bytes} '\\0'};
}  // namespace

std::string_view ${SYMBOL}() { return std::string_view(kData, ${size}); }

}  // namespace internal
}  // namespace diplotier
")
# Rewritten only when the text changed, so an unchanged file rebuilds nothing
# (file(COPY_FILE ... ONLY_IF_DIFFERENT) would need CMake 3.21).
execute_process(
  COMMAND "${CMAKE_COMMAND}" -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}"
  RESULT_VARIABLE copy_result)
file(REMOVE "${OUTPUT}.tmp")
if(NOT copy_result EQUAL 0)
  message(FATAL_ERROR "cannot write ${OUTPUT}")
endif()
