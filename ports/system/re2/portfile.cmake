# Overlay port that stands for Debian 12's RE2 (apt-get install libre2-dev)
# so that vcpkg builds nothing and downloads nothing for it:
#
#   vcpkg install diplotier --classic --overlay-ports=ports --overlay-ports=ports/system
#
# Debian ships re2.pc but no CMake config, so this port installs one,
# share/re2/re2-config.cmake, that creates re2::re2 for Debian's shared
# libre2 as vcpkg's real re2 port would.
file(GLOB re2_library "/usr/lib/*/libre2.so")
if(NOT re2_library OR NOT EXISTS "/usr/include/re2/re2.h")
  message(FATAL_ERROR
    "Debian's RE2 was not found (no /usr/lib/*/libre2.so and /usr/include/re2/re2.h): "
    "apt-get install libre2-dev, or drop --overlay-ports=ports/system to build "
    "vcpkg's own re2 port.")
endif()

file(WRITE "${CURRENT_PACKAGES_DIR}/share/re2/re2-config.cmake" [=[
# re2::re2 for Debian's libre2 (written by the ports/system/re2 overlay port).
include(CMakeFindDependencyMacro)
find_dependency(Threads)
if(NOT TARGET re2::re2)
  find_library(RE2_SYSTEM_LIBRARY NAMES re2
               PATHS "/usr/lib/${CMAKE_LIBRARY_ARCHITECTURE}" /usr/lib
               NO_DEFAULT_PATH)
  if(NOT RE2_SYSTEM_LIBRARY)
    set(re2_FOUND FALSE)
    set(re2_NOT_FOUND_MESSAGE "Debian's libre2 was not found: apt-get install libre2-dev")
    return()
  endif()
  add_library(re2::re2 UNKNOWN IMPORTED)
  set_target_properties(re2::re2 PROPERTIES
    IMPORTED_LOCATION "${RE2_SYSTEM_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "/usr/include"
    INTERFACE_LINK_LIBRARIES Threads::Threads)
endif()
]=])
file(WRITE "${CURRENT_PACKAGES_DIR}/share/re2/copyright"
     "RE2 is Debian's package libre2-dev; see /usr/share/doc/libre2-dev/copyright.\n")
set(VCPKG_POLICY_EMPTY_INCLUDE_FOLDER enabled)
