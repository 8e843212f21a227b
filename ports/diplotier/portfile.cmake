# Overlay port for the diplotier checkout that contains it (ports/diplotier/ in
# the source tree), so no download is involved:
#
#   vcpkg install diplotier --classic --overlay-ports=<checkout>/ports
#
# (add --overlay-ports=<checkout>/ports/system to use Debian's Abseil and RE2).
# A port for a registry would use vcpkg_from_github(... REF v${VERSION}) here.
get_filename_component(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
if(NOT EXISTS "${SOURCE_PATH}/include/diplotier/diplotier.h")
  message(FATAL_ERROR "diplotier sources not found at ${SOURCE_PATH}")
endif()

# The feature `tool` (a default one) builds the examples, among them the
# command-line tool, which installs bin/diplotier.
vcpkg_check_features(OUT_FEATURE_OPTIONS FEATURE_OPTIONS
  FEATURES
    tool DIPLOTIER_BUILD_EXAMPLES)

# BUILD_SHARED_LIBS follows VCPKG_LIBRARY_LINKAGE (vcpkg_cmake_configure).
vcpkg_cmake_configure(
  SOURCE_PATH "${SOURCE_PATH}"
  OPTIONS
    ${FEATURE_OPTIONS}
    -DDIPLOTIER_INSTALL=ON
    -DDIPLOTIER_BUILD_TESTS=OFF
    -DDIPLOTIER_BUILD_BENCHMARKS=OFF
  OPTIONS_DEBUG
    -DDIPLOTIER_BUILD_EXAMPLES=OFF  # one tool, the release build's
)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(CONFIG_PATH lib/cmake/diplotier)
vcpkg_fixup_pkgconfig()

if("tool" IN_LIST FEATURES)
  # bin/diplotier -> tools/diplotier/diplotier (vcpkg's place for tools, with
  # an rpath to the port's lib/).
  vcpkg_copy_tools(TOOL_NAMES diplotier AUTO_CLEAN)
endif()

file(REMOVE_RECURSE
  "${CURRENT_PACKAGES_DIR}/debug/include"
  "${CURRENT_PACKAGES_DIR}/debug/share")

file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage"
     DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
