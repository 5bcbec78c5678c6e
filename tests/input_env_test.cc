// InputEnv: the command line's file system hands every call to the one it wraps, the scratch too.
#include "input_env.h"

#include <gtest/gtest.h>

namespace claimtrace {
namespace {

// A file system whose scratch is one known object, to see whose scratch a wrapper hands out.
class KnownScratchEnv : public MemoryEnv {
 public:
  std::shared_ptr<Scratch> open_scratch() const override { return scratch; }
  std::shared_ptr<Scratch> scratch = MemoryEnv().open_scratch();
};

// Without this the command line kept a corpus's sentences in memory, whatever the real Env did.
TEST(InputEnv, HandsOutTheWrappedScratch) {
  KnownScratchEnv base;
  InputEnv input(base);
  EXPECT_EQ(input.open_scratch(), base.scratch);
}

// The real file system's scratch is a file on disk when the command line asks for one.
TEST(InputEnv, ScratchOfTheRealFileSystemIsOnDisk) {
  InputEnv input(default_env());
  const std::shared_ptr<Scratch> scratch = input.open_scratch();
  ASSERT_TRUE(scratch);
  EXPECT_TRUE(scratch->on_disk());
}

}  // namespace
}  // namespace claimtrace
