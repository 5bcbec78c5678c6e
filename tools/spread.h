// verify's pass in one process, or spread over the processes of an MPI job (mpirun).
#pragma once

#include <optional>

#include "claimtrace/env.h"
#include "claimtrace/pipeline.h"
#include "claimtrace/status.h"

namespace claimtrace {

// run_corpus in one process. Built with CLAIMTRACE_MPI and started by mpirun, every process
// reads and extracts its shard of the documents and process 0 gathers them into the whole pass,
// which verifies and reports as one process would. The other processes get nullopt: their part
// is done. Without mpirun no MPI is started, so a single run is the same in every build.
std::optional<Result<Pass>> verify_pass(const Env& env, PassOptions options);

}  // namespace claimtrace
