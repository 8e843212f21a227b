# diplotier_warnings(TARGET [OPTION...]): the warnings of the project's own
# targets (the library, the tools, the tests): with GCC and Clang -Wall
# -Wextra and the options given, and -Werror when DIPLOTIER_WERROR is ON
# (CI: .ci/sanitize with Clang, .ci/extra with GCC). Warnings from the
# dependencies' headers (-isystem, /usr/include) never count.
function(diplotier_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra ${ARGN})
    if(DIPLOTIER_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
