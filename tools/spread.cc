// Spreading verify over an MPI job: each process extracts every Nth document, sends the compact
// items of its claims to the processes that own their keys (key_owner.h), compares the keys it
// owns, and sends its shard, as a claims file, and its findings to process 0, which reads the
// shards into one pass in walk order and verifies it with the owners' comparisons.
#include "spread.h"

#include <cstdlib>
#include <utility>

#ifdef CLAIMTRACE_MPI
#include <algorithm>
#include <boost/mpi/communicator.hpp>
#include <boost/mpi/environment.hpp>
#include <boost/mpi/nonblocking.hpp>
#include <boost/mpi/request.hpp>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "claimtrace/key_owner.h"
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

// Waits for requests without spinning: Open MPI's blocking calls poll at full speed, which
// takes a core from the processes still extracting or verifying (and a desk's machine is busy).
void wait_gently(std::vector<mpi::request>& pending) {
  while (!mpi::test_all(pending.begin(), pending.end())) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

// Receives of `size` bytes at `data` from `from`, in chunks, onto pending.
void receive_chunks(const mpi::communicator& world, int from, int tag, char* data, uint64_t size,
                    std::vector<mpi::request>& pending) {
  for (uint64_t at = 0; at < size; at += kChunk) {
    pending.push_back(
        world.irecv(from, tag, data + at, static_cast<int>(std::min(kChunk, size - at))));
  }
}

void send_chunks(const mpi::communicator& world, int to, int tag, const char* data, uint64_t size,
                 std::vector<mpi::request>& pending) {
  for (uint64_t at = 0; at < size; at += kChunk) {
    pending.push_back(
        world.isend(to, tag, data + at, static_cast<int>(std::min(kChunk, size - at))));
  }
}

void send_bytes(const mpi::communicator& world, const char* data, uint64_t size) {
  std::vector<mpi::request> pending{world.isend(0, 0, size)};
  send_chunks(world, 0, 1, data, size, pending);
  wait_gently(pending);
}

std::string receive_bytes(const mpi::communicator& world, int from) {
  uint64_t size = 0;
  std::vector<mpi::request> pending{world.irecv(from, 0, size)};
  wait_gently(pending);
  std::string out(size, '\0');
  pending.clear();
  receive_chunks(world, from, 1, out.data(), size, pending);
  wait_gently(pending);
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

// MPI for the whole program. At exit each process waits for the others without spinning (the
// first ones wait while process 0 writes the report), then MPI is finalized.
struct Job {
  mpi::environment environment;
  ~Job() {
    MPI_Request all_here;
    MPI_Ibarrier(MPI_COMM_WORLD, &all_here);
    int done = 0;
    while (MPI_Test(&all_here, &done, MPI_STATUS_IGNORE) == MPI_SUCCESS && !done) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }
};

// Every process sends out[o] to process o and receives in[s] from process s, all at once, so
// no pair waits on the other.
std::vector<std::string> to_owners(const mpi::communicator& world, std::vector<std::string> out) {
  const size_t n = static_cast<size_t>(world.size());
  const size_t me = static_cast<size_t>(world.rank());
  out.resize(n);
  std::vector<uint64_t> sizes_out(n), sizes_in(n);
  std::vector<mpi::request> pending;
  for (size_t o = 0; o < n; ++o) {
    sizes_out[o] = out[o].size();
    if (o == me) continue;
    pending.push_back(world.irecv(static_cast<int>(o), 3, sizes_in[o]));
    pending.push_back(world.isend(static_cast<int>(o), 3, sizes_out[o]));
  }
  wait_gently(pending);
  pending.clear();
  std::vector<std::string> in(n);
  in[me] = std::move(out[me]);
  for (size_t o = 0; o < n; ++o) {
    if (o == me) continue;
    in[o].resize(sizes_in[o]);
    receive_chunks(world, static_cast<int>(o), 2, in[o].data(), sizes_in[o], pending);
    send_chunks(world, static_cast<int>(o), 2, out[o].data(), out[o].size(), pending);
  }
  wait_gently(pending);
  return in;
}

}  // namespace
#endif

std::optional<Result<Pass>> verify_pass(const Env& env, PassOptions options) {
#ifdef CLAIMTRACE_MPI
  if (launched_by_mpirun()) {
    // Finalized when the program exits, after process 0 has written the report.
    static std::unique_ptr<Job> started = std::make_unique<Job>();
    mpi::communicator world;
    if (world.size() > 1) {
      options.shard = static_cast<unsigned>(world.rank());
      options.shards = static_cast<unsigned>(world.size());
      if (world.rank() != 0) options.progress = {};
      Result<Shard> mine = extract_shard(env, options);
      // A process whose rules do not load sends an empty shard; process 0 loads the same rules
      // and reports why.
      const bool extracted = mine.is_ok();
      Shard own = extracted ? std::move(mine).value() : Shard{};
      // Items go to their keys' owners; each process compares the keys it owns.
      std::string findings;
      {
        const std::vector<std::string> owned = to_owners(world, std::move(own.items));
        if (extracted) findings = compare_owned(owned, own.rules);
      }
      if (world.rank() != 0) {
        send_shard(world, own);
        send_bytes(world, findings.data(), findings.size());
        return std::nullopt;
      }
      // Shards are taken in turn, each read into the pass before the next is received; the
      // owners' findings once verification asks for them (or, after an error, to let the
      // processes finish).
      bool received = false;
      auto all_findings = [&] {
        received = true;
        std::vector<std::string> out{std::move(findings)};
        for (int from = 1; from < world.size(); ++from) out.push_back(receive_bytes(world, from));
        return out;
      };
      options.owned_findings = all_findings;
      Result<Pass> pass =
          gather_shards(env, options, static_cast<size_t>(world.size()), [&](size_t from) {
            return from == 0 ? std::move(own) : receive_shard(world, static_cast<int>(from));
          });
      if (!received) all_findings();
      return pass;
    }
  }
#endif
  return run_corpus(env, options);
}

}  // namespace claimtrace
