// Spreading verify over an MPI job: each process extracts every Nth document and sends its
// shard, as a claims file, to process 0, which reads them into one pass in walk order.
#include "spread.h"

#include <cstdlib>
#include <utility>

#ifdef CLAIMTRACE_MPI
#include <algorithm>
#include <boost/mpi/communicator.hpp>
#include <boost/mpi/environment.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>
#endif

namespace claimtrace {

#ifdef CLAIMTRACE_MPI
namespace {

namespace mpi = boost::mpi;

// Started by mpirun (Open MPI or a PMIx launcher): only then is MPI initialized.
bool launched_by_mpirun() {
  return std::getenv("OMPI_COMM_WORLD_SIZE") || std::getenv("PMIX_RANK") || std::getenv("PMI_RANK");
}

// Messages stay well under MPI's int count, whatever a shard weighs.
constexpr uint64_t kChunk = 64ull << 20;

void send_bytes(const mpi::communicator& world, const char* data, uint64_t size) {
  world.send(0, 0, size);
  for (uint64_t at = 0; at < size; at += kChunk) {
    world.send(0, 1, data + at, static_cast<int>(std::min(kChunk, size - at)));
  }
}

std::string receive_bytes(const mpi::communicator& world, int from) {
  uint64_t size = 0;
  world.recv(from, 0, size);
  std::string out(size, '\0');
  for (uint64_t at = 0; at < size; at += kChunk) {
    world.recv(from, 1, out.data() + at, static_cast<int>(std::min(kChunk, size - at)));
  }
  return out;
}

void send_shard(const mpi::communicator& world, const Shard& shard) {
  send_bytes(world, shard.claims.data(), shard.claims.size());
  send_bytes(world, reinterpret_cast<const char*>(shard.given_up.data()),
             shard.given_up.size() * sizeof(uint64_t));
}

Shard receive_shard(const mpi::communicator& world, int from) {
  Shard shard;
  shard.claims = receive_bytes(world, from);
  const std::string given_up = receive_bytes(world, from);
  shard.given_up.resize(given_up.size() / sizeof(uint64_t));
  std::copy(given_up.begin(), given_up.end(), reinterpret_cast<char*>(shard.given_up.data()));
  return shard;
}

}  // namespace
#endif

std::optional<Result<Pass>> verify_pass(const Env& env, PassOptions options) {
#ifdef CLAIMTRACE_MPI
  if (launched_by_mpirun()) {
    // Finalized when the program exits, after process 0 has written the report.
    static std::unique_ptr<mpi::environment> started = std::make_unique<mpi::environment>();
    mpi::communicator world;
    if (world.size() > 1) {
      options.shard = static_cast<unsigned>(world.rank());
      options.shards = static_cast<unsigned>(world.size());
      if (world.rank() != 0) options.progress = {};
      Result<Shard> mine = extract_shard(env, options);
      // A process whose rules do not load sends an empty shard; process 0 loads the same rules
      // and reports why.
      Shard own = mine.is_ok() ? std::move(mine).value() : Shard{};
      if (world.rank() != 0) {
        send_shard(world, own);
        return std::nullopt;
      }
      // Shards are taken in turn, each read into the pass before the next is received.
      return gather_shards(env, options, static_cast<size_t>(world.size()), [&](size_t from) {
        return from == 0 ? std::move(own) : receive_shard(world, static_cast<int>(from));
      });
    }
  }
#endif
  return run_corpus(env, options);
}

}  // namespace claimtrace
