# Overlay port that stands for Debian 12's Abseil (apt-get install libabsl-dev)
# so that vcpkg builds nothing and downloads nothing for it:
#
#   vcpkg install diplotier --classic --overlay-ports=ports --overlay-ports=ports/system
#
# The package is empty: find_package(absl CONFIG) finds Debian's
# /usr/lib/<multiarch>/cmake/absl/abslConfig.cmake through CMake's system
# paths, which vcpkg's toolchain leaves searchable.
file(GLOB abseil_config "/usr/lib/*/cmake/absl/abslConfig.cmake")
if(NOT abseil_config)
  message(FATAL_ERROR
    "Debian's Abseil was not found (no /usr/lib/*/cmake/absl/abslConfig.cmake): "
    "apt-get install libabsl-dev, or drop --overlay-ports=ports/system to build "
    "vcpkg's own abseil port.")
endif()
set(VCPKG_POLICY_EMPTY_PACKAGE enabled)
