# What the build needs, and the Debian package that brings each: checked
# before the find_package and pkg_check_modules lines of CMakeLists.txt, so
# that a machine without them gets one message naming every package to
# install ("install zlib1g-dev libfmt-dev (sh scripts/setup)") instead of
# CMake's first "Could not find ..." or, worse, a link failure at the end.
# scripts/setup installs the same packages; .ci/fresh-root proves on a fresh
# Debian 12 root that it does.
#
# One row per need: KIND NAME DEBIAN-PACKAGE
#   package  a CMake package (find_package)
#   pkg      a pkg-config module (pkg_check_modules); each library its Libs
#            line names (-lz in Debian's xlsxwriter.pc) is checked too, by
#            the "lib" rows
#   lib      a library a pkg-config module asks for: -lNAME
#   program  a program the build runs
#   cpack    a program `cpack -G DEB` runs (a warning: the build works without)
# A new dependency is a row here and a line in scripts/setup.
set(YPLAN_DEBIAN_NEEDS
  package  yaml-cpp       libyaml-cpp-dev
  package  fmt            libfmt-dev
  package  CLI11          libcli11-dev
  package  nlohmann_json  nlohmann-json3-dev
  package  Boost          libboost-locale-dev
  program  pkg-config     pkg-config
  pkg      libutf8proc    libutf8proc-dev
  pkg      xlsxwriter     libxlsxwriter-dev
  lib      z              zlib1g-dev
  program  xgettext       gettext
  program  msgfmt         gettext
  program  msgmerge       gettext
  cpack    file           file
  cpack    dpkg-shlibdeps dpkg-dev
)
if(YPLAN_TESTS)
  list(APPEND YPLAN_DEBIAN_NEEDS package doctest doctest-dev)
endif()

set(_yplan_missing "")
set(_yplan_cpack_missing "")
set(_yplan_libs_wanted "")
list(LENGTH YPLAN_DEBIAN_NEEDS _n)
math(EXPR _last "${_n} - 1")
foreach(_i RANGE 0 ${_last} 3)
  math(EXPR _j "${_i} + 1")
  math(EXPR _k "${_i} + 2")
  list(GET YPLAN_DEBIAN_NEEDS ${_i} _kind)
  list(GET YPLAN_DEBIAN_NEEDS ${_j} _name)
  list(GET YPLAN_DEBIAN_NEEDS ${_k} _deb)
  set(_ok TRUE)
  if(_kind STREQUAL "package")
    if(_name STREQUAL "Boost")
      find_package(Boost QUIET COMPONENTS locale)
    else()
      find_package(${_name} QUIET)
    endif()
    if(NOT ${_name}_FOUND)
      set(_ok FALSE)
    endif()
  elseif(_kind STREQUAL "program" OR _kind STREQUAL "cpack")
    find_program(_yplan_prog_${_name} ${_name})
    if(NOT _yplan_prog_${_name})
      set(_ok FALSE)
    endif()
  elseif(_kind STREQUAL "pkg")
    find_package(PkgConfig QUIET)
    if(PKG_CONFIG_FOUND)
      pkg_check_modules(_yplan_pc_${_name} QUIET ${_name})
    endif()
    if(NOT _yplan_pc_${_name}_FOUND)
      set(_ok FALSE)
    else()
      # Only what the module links besides itself: -lz for -lxlsxwriter -lz.
      foreach(_lib IN LISTS _yplan_pc_${_name}_LIBRARIES)
        list(APPEND _yplan_libs_wanted "${_lib}:${_name}:${_yplan_pc_${_name}_LIBRARY_DIRS}")
      endforeach()
    endif()
  elseif(_kind STREQUAL "lib")
    set(_yplan_lib_package_${_name} ${_deb})
    continue()
  endif()
  if(NOT _ok)
    if(_kind STREQUAL "cpack")
      list(APPEND _yplan_cpack_missing "${_deb}")
    else()
      list(APPEND _yplan_missing "${_deb}")
      message(STATUS "Missing: ${_kind} ${_name} (Debian package ${_deb})")
    endif()
  endif()
endforeach()
foreach(_want IN LISTS _yplan_libs_wanted)
  string(REPLACE ":" ";" _want "${_want}")
  list(GET _want 0 _lib)
  list(GET _want 1 _module)
  list(SUBLIST _want 2 -1 _dirs)
  find_library(_yplan_lib_${_lib} NAMES ${_lib} HINTS ${_dirs})
  if(NOT _yplan_lib_${_lib})
    if(DEFINED _yplan_lib_package_${_lib})
      set(_deb ${_yplan_lib_package_${_lib}})
    else()
      set(_deb "the package with lib${_lib}.so (apt-file search lib${_lib}.so)")
    endif()
    message(STATUS "Missing: -l${_lib}, which ${_module}.pc asks for (Debian package ${_deb})")
    list(APPEND _yplan_missing "${_deb}")
  endif()
endforeach()
if(_yplan_cpack_missing)
  list(REMOVE_DUPLICATES _yplan_cpack_missing)
  list(JOIN _yplan_cpack_missing " " _list)
  message(WARNING "cpack -G DEB (the Debian package) will fail without: install ${_list} (sh scripts/setup)")
endif()
if(_yplan_missing)
  list(REMOVE_DUPLICATES _yplan_missing)
  list(JOIN _yplan_missing " " _list)
  message(FATAL_ERROR "yplan's build needs Debian packages that are not installed: install ${_list} (sh scripts/setup)")
endif()
