# Overlay port for the diplotier checkout that contains it (ports/diplotier/ in
# the source tree), so no download is involved:
#
#   vcpkg install diplotier --overlay-ports=<checkout>/ports
#
# A port for a registry would use vcpkg_from_github(... REF v${VERSION}) here.
get_filename_component(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
if(NOT EXISTS "${SOURCE_PATH}/include/diplotier/diplotier.h")
  message(FATAL_ERROR "diplotier sources not found at ${SOURCE_PATH}")
endif()

# BUILD_SHARED_LIBS follows VCPKG_LIBRARY_LINKAGE (vcpkg_cmake_configure).
vcpkg_cmake_configure(
  SOURCE_PATH "${SOURCE_PATH}"
  OPTIONS
    -DDIPLOTIER_INSTALL=ON
    -DDIPLOTIER_BUILD_TESTS=OFF
    -DDIPLOTIER_BUILD_EXAMPLES=OFF
    -DDIPLOTIER_BUILD_BENCHMARKS=OFF
)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(CONFIG_PATH lib/cmake/diplotier)
vcpkg_fixup_pkgconfig()

file(REMOVE_RECURSE
  "${CURRENT_PACKAGES_DIR}/debug/include"
  "${CURRENT_PACKAGES_DIR}/debug/share")

file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage"
     DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
