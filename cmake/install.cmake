# Installation and packaging: `cmake --install build --prefix DIR` and `cpack -G DEB`.
# The binary finds its data at <prefix>/share/claimtrace (rules/, corpus/), next to itself.
include(GNUInstallDirs)
# cpack installs what is built; it does not rebuild every target first (tests need not ship).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
include(CMakePackageConfigHelpers)

install(TARGETS claimtrace RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS claimtrace_engine claimtrace_reports EXPORT claimtraceTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY engine/include/claimtrace reports/include/claimtrace
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.h")

set(CLAIMTRACE_SHARE ${CMAKE_INSTALL_DATADIR}/claimtrace)
install(DIRECTORY rules DESTINATION ${CLAIMTRACE_SHARE})
install(DIRECTORY corpus DESTINATION ${CLAIMTRACE_SHARE})
install(FILES reports/report.xsd reports/check.xsd DESTINATION ${CLAIMTRACE_SHARE}/schemas)
install(FILES docs/claimtrace.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES LICENSE NOTICE README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

# find_package(claimtrace): claimtrace::claimtrace_engine and claimtrace::claimtrace_reports.
set(CLAIMTRACE_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/claimtrace)
install(EXPORT claimtraceTargets NAMESPACE claimtrace:: DESTINATION ${CLAIMTRACE_CMAKE_DIR})
configure_package_config_file(cmake/claimtraceConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/claimtraceConfig.cmake INSTALL_DESTINATION ${CLAIMTRACE_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/claimtraceConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/claimtraceConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/claimtraceConfigVersion.cmake DESTINATION ${CLAIMTRACE_CMAKE_DIR})

# pkg-config --cflags --libs claimtrace (static libraries: their dependencies come along). The
# prefix is found from the .pc file's own place, so `cmake --install --prefix` needs no reconfigure.
file(RELATIVE_PATH CLAIMTRACE_PC_UP /p/${CMAKE_INSTALL_LIBDIR}/pkgconfig /p)
configure_file(cmake/claimtrace.pc.in ${CMAKE_CURRENT_BINARY_DIR}/claimtrace.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/claimtrace.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# cpack -G DEB: one package with the command, its data, the man page and the libraries.
set(CPACK_PACKAGE_NAME claimtrace)
set(CPACK_PACKAGE_VENDOR "claimtrace")
set(CPACK_PACKAGE_CONTACT "claimtrace maintainers <claimtrace@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "claim extraction and source verification for fact-checkers")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_STRIP_FILES ON)  # debug info stays in the build tree
set(CPACK_DEBIAN_PACKAGE_LICENSE "Apache-2.0")
# Depends come from the binary's shared libraries (libicu72, libpugixml1v5, libgumbo1, libcld2-0,
# libboost-program-options1.74.0, libc6, libstdc++6) when dpkg-shlibdeps is there.
find_program(DPKG_SHLIBDEPS dpkg-shlibdeps)
if(DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libicu72, libpugixml1v5, libgumbo1, libstemmer0d, libcld2-0, libboost-program-options1.74.0,
    libstdc++6, libc6")
endif()
include(CPack)
