#!/bin/sh
# Installs the build into a temporary prefix and runs the installed binary from another directory
# with no CLAIMTRACE_DATA: it must find its rules and corpus beside itself, also once moved. Then
# the CMake package config and the pkg-config file; with dpkg-deb, the .deb that cpack builds.
# usage: install_test.sh BUILD_DIR
set -eu
build=$(cd "$1" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset CLAIMTRACE_DATA
cd "$tmp"

fail() { echo "install_test: $*" >&2; exit 1; }

# Runs verify on the corpus installed under $1; exit 1 is the corpus's high findings.
verify_installed() {
  rc=0
  "$1/bin/claimtrace" verify --quiet --out "$tmp/report" "$1/share/claimtrace/corpus" \
    2>"$tmp/verify.err" || rc=$?
  [ "$rc" -eq 1 ] || { cat "$tmp/verify.err" >&2; fail "verify under $1 exited $rc"; }
  grep -q '<claimtrace-report' "$tmp/report/report.xml" || fail "no report.xml from $1"
  "$1/bin/claimtrace" verify --help | grep -q -- "--rules arg (=$1/share/claimtrace/rules)" ||
    fail "default rules of $1/bin/claimtrace are not $1/share/claimtrace/rules"
  rm -rf "$tmp/report"
}

cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
for f in bin/claimtrace share/claimtrace/rules/attributes.xml share/claimtrace/corpus/manifest.xml \
  share/claimtrace/schemas/report.xsd share/claimtrace/schemas/check.xsd \
  share/man/man1/claimtrace.1 include/claimtrace/pipeline.h include/claimtrace/report_files.h \
  share/doc/claimtrace/LICENSE; do
  [ -e "prefix/$f" ] || fail "cmake --install did not install $f"
done
for f in libclaimtrace_engine.a libclaimtrace_reports.a claimtraceConfig.cmake claimtrace.pc; do
  [ -n "$(find prefix -name "$f")" ] || fail "cmake --install did not install $f"
done
verify_installed "$tmp/prefix"
mv "$tmp/prefix" "$tmp/moved"
verify_installed "$tmp/moved"

# A program built against the installed libraries, through find_package and through pkg-config,
# with the build's compiler and flags (CONSUMER_CXX, CONSUMER_CXXFLAGS: a sanitizer build's
# libraries need its runtime).
cxx=${CONSUMER_CXX:-c++}
cxxflags=${CONSUMER_CXXFLAGS:-}
mkdir consumer
cat >consumer/CMakeLists.txt <<'CMAKE'
cmake_minimum_required(VERSION 3.22)
project(consumer CXX)
set(CMAKE_CXX_STANDARD 20)
find_package(claimtrace REQUIRED)
add_executable(consumer main.cc)
target_link_libraries(consumer PRIVATE claimtrace::claimtrace_reports)
CMAKE
cat >consumer/main.cc <<'CXX'
#include <iostream>
#include "claimtrace/report_exports.h"
#include "claimtrace/rules.h"
int main() { std::cout << claimtrace::version() << "\n"; }
CXX
cmake -S consumer -B consumer/build -DCMAKE_PREFIX_PATH="$tmp/moved" -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_CXX_FLAGS="$cxxflags" >/dev/null ||
  fail "find_package(claimtrace) failed"
cmake --build consumer/build >/dev/null || fail "building against claimtrace::claimtrace_reports failed"
consumer/build/consumer | grep -q '^[0-9]' || fail "the find_package consumer did not run"
pc_dir=$(dirname "$(find "$tmp/moved" -name claimtrace.pc)")
flags=$(PKG_CONFIG_PATH="$pc_dir" pkg-config --cflags --libs claimtrace) ||
  fail "pkg-config claimtrace failed"
# shellcheck disable=SC2086
"$cxx" $cxxflags consumer/main.cc -o consumer/pc $flags ||
  fail "building with pkg-config flags failed: $flags"
consumer/pc | grep -q '^[0-9]' || fail "the pkg-config consumer did not run"

if command -v dpkg-deb >/dev/null 2>&1; then
  cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/deb" >/dev/null || fail "cpack -G DEB failed"
  deb=$(ls "$tmp"/deb/*.deb)
  depends=$(dpkg-deb -f "$deb" Depends)
  for p in libicu72 libpugixml1v5 libgumbo1 libboost-program-options1.74.0; do
    echo "$depends" | grep -q "$p" || fail "the .deb does not depend on $p: $depends"
  done
  dpkg-deb -x "$deb" "$tmp/root"
  verify_installed "$tmp/root/usr"
fi
echo "install_test: ok"
