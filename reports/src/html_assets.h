// The CSS and JS of report.html, embedded at build time from reports/assets/ (embed_assets.cmake).
#pragma once

#include <string_view>

namespace claimtrace::html_report {

std::string_view report_css();
std::string_view report_js();

}  // namespace claimtrace::html_report
