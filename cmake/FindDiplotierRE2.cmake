# Provides the imported target re2::re2.
#
# Tries RE2's own CMake package first (upstream RE2, Conan, vcpkg) and falls
# back to pkg-config (Debian 12 ships only re2.pc). Used both by the build and
# by the installed diplotierConfig.cmake, so consumers find RE2 the same way.
if(TARGET re2::re2)
  return()
endif()

find_package(re2 CONFIG QUIET)
if(TARGET re2::re2)
  return()
endif()

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(DIPLOTIER_PC_RE2 QUIET IMPORTED_TARGET GLOBAL re2)
endif()
if(TARGET PkgConfig::DIPLOTIER_PC_RE2)
  add_library(re2::re2 INTERFACE IMPORTED GLOBAL)
  set_target_properties(re2::re2 PROPERTIES
    INTERFACE_LINK_LIBRARIES PkgConfig::DIPLOTIER_PC_RE2)
  return()
endif()

# Last resort: a plain header and library search.
find_path(DIPLOTIER_RE2_INCLUDE_DIR re2/re2.h)
find_library(DIPLOTIER_RE2_LIBRARY NAMES re2)
if(DIPLOTIER_RE2_INCLUDE_DIR AND DIPLOTIER_RE2_LIBRARY)
  find_package(Threads REQUIRED)
  add_library(re2::re2 UNKNOWN IMPORTED GLOBAL)
  set_target_properties(re2::re2 PROPERTIES
    IMPORTED_LOCATION "${DIPLOTIER_RE2_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${DIPLOTIER_RE2_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES Threads::Threads)
  return()
endif()

message(FATAL_ERROR
  "RE2 not found: install libre2-dev (Debian) or provide re2Config.cmake / re2.pc")
