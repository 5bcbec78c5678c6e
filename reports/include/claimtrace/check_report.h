// The draft check's reports: check.xml for tools, check.html for the person about to publish.
#pragma once

#include <string>
#include <vector>

#include "claimtrace/check.h"
#include "claimtrace/document.h"
#include "claimtrace/report.h"

namespace claimtrace {

// <claimtrace-check version="1" draft=".."> with <sources> (the draft and every corpus input,
// each with its status; the draft's with a <warning severity offset line column> per warning
// of its own) and one <finding verdict start end line column> per draft claim (byte
// offsets into the draft), its <claim>, <explanation> and <evidence>.
std::string check_xml(const Document& draft, const DraftCheck& check,
                      const std::vector<Document>& corpus);

// check.xml's content as JSON: {version, draft, published, sources: [{id, path, role, status,
// reason, warnings (the draft's, when it has any: [{severity, start, line, column, message}])}],
// findings: [{verdict, discrepancy, explanation, claim (as extract's JSON Lines record), evidence:
// [{claim, source, path, start, end, line, column, role, rank, quote}]}]}.
std::string check_json(const Document& draft, const DraftCheck& check,
                       const std::vector<Document>& corpus);

// The same findings as a self-contained page in the style of report.html; corpus is the
// verification the draft was checked against (its sources' titles, publishers and dates).
std::string check_html(const Document& draft, const DraftCheck& check, const ReportInput& corpus);

}  // namespace claimtrace
