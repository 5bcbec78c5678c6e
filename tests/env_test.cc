// Env: the in-memory file system behaves like the real one; atomic writes replace whole files.
#include "claimtrace/env.h"

#include <gtest/gtest.h>

#include "claimtrace/quoted_sentence.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <future>
#include <string>

namespace claimtrace {
namespace {

// What is appended is read back from where append said it starts, in memory and on disk.
TEST(Scratch, ReadsBackWhatWasAppended) {
  MemoryEnv memory;
  for (const Env* env :
       {static_cast<const Env*>(&memory), static_cast<const Env*>(&default_env())}) {
    std::shared_ptr<Scratch> scratch = env->open_scratch();
    ASSERT_TRUE(scratch);
    // The real file system's must be on disk, or this would test memory twice.
    EXPECT_EQ(scratch->on_disk(), env != &memory);
    const std::optional<uint64_t> a = scratch->append("first sentence.");
    const std::optional<uint64_t> b = scratch->append("Second one, longer than the first.");
    ASSERT_TRUE(a && b);
    EXPECT_NE(*a, *b);
    EXPECT_EQ(scratch->read(*b, 6), "Second");
    EXPECT_EQ(scratch->read(*a, 15), "first sentence.");
  }
}

// A spilled sentence reads as it did, equals the one it came from, and its copies share it.
TEST(Scratch, SpilledSentenceReadsAsBefore) {
  const QuotedSentence held(TextRange{10, 24}, "Trade grew 5%.");
  const QuotedSentence spilled = held.spilled(default_env().open_scratch());
  EXPECT_EQ(spilled.text(), "Trade grew 5%.");
  EXPECT_EQ(spilled.range(), held.range());
  EXPECT_EQ(spilled, held);
  EXPECT_FALSE(spilled.same_store(held));
  const QuotedSentence copy = spilled;
  EXPECT_TRUE(copy.same_store(spilled));
  EXPECT_FALSE(spilled == QuotedSentence(TextRange{10, 24}, "Trade fell 5%."));
  EXPECT_TRUE(QuotedSentence().spilled(default_env().open_scratch()).empty_text());
}

// Without a writable temporary directory the run goes on in memory, and says so once on stderr.
TEST(ScratchDeathTest, UnwritableTemporaryDirectoryFallsBackToMemory) {
  EXPECT_EXIT(
      {
        ::setenv("TMPDIR", "/nonexistent-claimtrace-dir", 1);
        const std::shared_ptr<Scratch> a = default_env().open_scratch();
        const std::shared_ptr<Scratch> b = default_env().open_scratch();
        const std::optional<uint64_t> at = a->append("kept in memory");
        const bool ok = !a->on_disk() && !b->on_disk() && at && a->read(*at, 4) == "kept";
        std::exit(ok ? 0 : 1);
      },
      testing::ExitedWithCode(0),
      "^claimtrace: warning: cannot open a scratch file in /nonexistent-claimtrace-dir \\(No such "
      "file or directory\\); sentences stay in memory\n$");
}

// A write that fails (here over the file size limit) leaves that sentence and every later one in
// memory: append says no, and the reason is said once.
TEST(ScratchDeathTest, FailedWriteKeepsSentencesInMemory) {
  EXPECT_EXIT(
      {
        const std::shared_ptr<Scratch> scratch = default_env().open_scratch();
        ::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit {};
        ::getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = 4096;  // room for the death test's own capture of stderr
        ::setrlimit(RLIMIT_FSIZE, &limit);
        const bool first = scratch->append(std::string(4000, 'a')).has_value();
        const bool second = scratch->append(std::string(200, 'b')).has_value();
        const bool third = scratch->append("x").has_value();
        std::exit(scratch->on_disk() && first && !second && !third ? 0 : 1);
      },
      testing::ExitedWithCode(0),
      "^claimtrace: warning: cannot write a scratch file in [^ ]+ \\(File too large\\); "
      "sentences stay in memory\n$");
}

// Bytes that cannot be read back stop the run with the reason; a shortened sentence would be
// quoted as if it were whole.
TEST(ScratchDeathTest, ReadPastWhatWasWrittenStops) {
  const std::shared_ptr<Scratch> scratch = default_env().open_scratch();
  ASSERT_TRUE(scratch->on_disk());
  const std::optional<uint64_t> at = scratch->append("short");
  ASSERT_TRUE(at);
  EXPECT_DEATH(scratch->read(*at, 50), "cannot read back the scratch file in .* at 5");
}

TEST(MemoryEnv, FilesAndDirectories) {
  MemoryEnv env;
  env.add_file("corpus/a.txt", "alpha");
  env.add_file("corpus/sub/b.txt", "beta");
  EXPECT_EQ(env.stat("corpus").value().kind, FileKind::kDirectory);
  EXPECT_EQ(env.stat("./corpus//a.txt").value().size, 5u);
  auto names = env.list_directory("corpus").value();
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"a.txt", "sub"}));
  EXPECT_EQ(env.read_file("corpus/sub/b.txt", 100).value(), "beta");
  EXPECT_EQ(env.read_file("corpus/a.txt", 3).status().code(), StatusCode::kUnsupported);
  EXPECT_EQ(env.read_file("nope", 3).status().code(), StatusCode::kNotFound);
}

TEST(PosixEnv, AtomicWriteReplacesTheFile) {
  char tmpl[] = "/tmp/claimtrace-env-XXXXXX";
  ASSERT_NE(mkdtemp(tmpl), nullptr);
  std::string dir = std::string(tmpl) + "/a/b";
  Env& env = default_env();
  ASSERT_TRUE(env.make_directories(dir).is_ok());
  std::string path = dir + "/report.xml";
  ASSERT_TRUE(env.write_file_atomically(path, "first").is_ok());
  ASSERT_TRUE(env.write_file_atomically(path, "second").is_ok());
  EXPECT_EQ(env.read_file(path, 100).value(), "second");
  EXPECT_EQ(env.list_directory(dir).value().size(), 1u);  // no temporary left behind
  EXPECT_EQ(env.stat(dir + "/missing").status().code(), StatusCode::kNotFound);
  // Removing a file makes it gone; removing one that is not there is not an error.
  EXPECT_TRUE(env.remove_file(path).is_ok());
  EXPECT_EQ(env.stat(path).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(env.remove_file(path).is_ok());
  EXPECT_FALSE(env.remove_file(dir).is_ok());  // a directory is not a file
  std::system(("rm -rf " + std::string(tmpl)).c_str());
}

// A file written in pieces appears whole on commit, and not at all when dropped before it.
TEST(PosixEnv, StreamedWriteAppearsOnCommit) {
  char tmpl[] = "/tmp/claimtrace-env-XXXXXX";
  ASSERT_NE(mkdtemp(tmpl), nullptr);
  const std::string dir = tmpl;
  Env& env = default_env();
  const std::string path = dir + "/report.html";
  ASSERT_TRUE(env.write_file_atomically(path, "old").is_ok());
  {
    std::unique_ptr<FileWriter> file = env.write_atomically(path);
    file->write("new ");
    EXPECT_EQ(env.read_file(path, 100).value(), "old");  // readers still see the old file
    file->write("contents");
    ASSERT_TRUE(file->commit().is_ok());
  }
  EXPECT_EQ(env.read_file(path, 100).value(), "new contents");
  {
    std::unique_ptr<FileWriter> file = env.write_atomically(path);
    file->write("abandoned");
  }
  EXPECT_EQ(env.read_file(path, 100).value(), "new contents");
  EXPECT_EQ(env.list_directory(dir).value().size(), 1u);  // no temporary left behind
  std::unique_ptr<FileWriter> nowhere = env.write_atomically(dir + "/missing/report.xml");
  nowhere->write("x");
  EXPECT_EQ(nowhere->commit().code(), StatusCode::kNotFound);
  std::system(("rm -rf " + dir).c_str());
}

// The descriptors this process holds open, as /proc lists them.
size_t open_descriptors() { return default_env().list_directory("/proc/self/fd").value().size(); }

// A commit that fails after the file was written (here the rename: a directory holds the path)
// closes the temporary file's descriptor and removes the temporary: nothing leaks.
TEST(PosixEnv, AFailedCommitLeaksNoDescriptorAndNoTemporary) {
  char tmpl[] = "/tmp/claimtrace-env-XXXXXX";
  ASSERT_NE(mkdtemp(tmpl), nullptr);
  const std::string dir = tmpl;
  Env& env = default_env();
  ASSERT_TRUE(env.make_directories(dir + "/report.xml/inside").is_ok());
  const size_t before = open_descriptors();
  for (int i = 0; i < 3; ++i) {
    std::unique_ptr<FileWriter> file = env.write_atomically(dir + "/report.xml");
    file->write("contents");
    EXPECT_FALSE(file->commit().is_ok());
    EXPECT_EQ(open_descriptors(), before);
  }
  EXPECT_FALSE(env.write_file_atomically(dir + "/report.xml", "contents").is_ok());
  EXPECT_EQ(open_descriptors(), before);
  EXPECT_EQ(env.list_directory(dir).value(), std::vector<std::string>{"report.xml"});
  std::system(("rm -rf " + dir).c_str());
}

// A file replaced by a FIFO after the walk listed it: reading must refuse it, not wait for a
// writer forever.
TEST(PosixEnv, ReadingAFifoDoesNotBlock) {
  char tmpl[] = "/tmp/claimtrace-env-XXXXXX";
  ASSERT_NE(mkdtemp(tmpl), nullptr);
  const std::string fifo = std::string(tmpl) + "/doc.txt";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  auto read =
      std::async(std::launch::async, [&] { return default_env().read_file(fifo, 1000).status(); });
  const bool finished = read.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
  if (!finished) {  // unblock the reader so the test can end
    int w = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
    if (w >= 0) ::close(w);
  }
  Status s = read.get();
  EXPECT_TRUE(finished) << "read_file blocked on a FIFO";
  EXPECT_EQ(s.code(), StatusCode::kUnsupported);
  EXPECT_NE(s.message().find("not a regular file"), std::string::npos) << s.message();
  std::system(("rm -rf " + std::string(tmpl)).c_str());
}

TEST(MemoryEnv, StreamedWriteAppearsOnCommit) {
  MemoryEnv env;
  std::unique_ptr<FileWriter> file = env.write_atomically("out/report.xml");
  file->write("<a/>");
  EXPECT_EQ(env.stat("out/report.xml").status().code(), StatusCode::kNotFound);
  ASSERT_TRUE(file->commit().is_ok());
  EXPECT_EQ(env.read_file("out/report.xml", 100).value(), "<a/>");
}

TEST(MemoryEnv, RemovedFilesAreGone) {
  MemoryEnv env;
  env.add_file("out/./report.json", "{}");
  EXPECT_TRUE(env.remove_file("out/report.json").is_ok());
  EXPECT_FALSE(env.read_file("out/report.json", 10).is_ok());
  EXPECT_TRUE(env.remove_file("out/report.json").is_ok());
}

}  // namespace
}  // namespace claimtrace
