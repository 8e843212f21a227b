# Runs the packaged `diplotier` tool on a sample document and fails unless it
# reports the tier: cmake -DTOOL=<path> -DSAMPLE=<file> -P run_tool.cmake
execute_process(COMMAND "${TOOL}" analyze --format=tsv "${SAMPLE}"
  RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT status EQUAL 0 OR NOT output MATCHES "all_weather_strategic_partnership")
  message(FATAL_ERROR "${TOOL} analyze (exit ${status}) found no tier in ${SAMPLE}:\n${output}${errors}")
endif()
string(STRIP "${output}" output)
message(STATUS "consumer-cmake: diplotier tool: ${output}")
