// A pass's outputs as one set: all current or none, the person's files kept, and what killed
// runs left cleaned at the next run.
#include "claimtrace/report_set.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace claimtrace {
namespace {

std::string read(const Env& env, const std::string& path) {
  Result<std::string> r = env.read_file(path, 1 << 20);
  return r.is_ok() ? r.value() : "<" + r.status().message() + ">";
}

bool exists(const Env& env, const std::string& path) { return env.stat(path).is_ok(); }

SetFile text(const std::string& name, const std::string& contents) {
  return {name, [contents](Output& out) { out.write(contents); }};
}

std::vector<std::string> names(const Env& env, const std::string& dir) {
  Result<std::vector<std::string>> r = env.list_directory(dir);
  std::vector<std::string> out = r.is_ok() ? r.value() : std::vector<std::string>{};
  std::sort(out.begin(), out.end());
  return out;
}

// A memory file system whose writes of one name fail, as on a full disk.
class FailingEnv : public MemoryEnv {
 public:
  explicit FailingEnv(std::string failing) : failing_(std::move(failing)) {}
  std::unique_ptr<FileWriter> write_atomically(const std::string& path) override {
    if (path.size() < failing_.size() ||
        path.compare(path.size() - failing_.size(), failing_.size(), failing_) != 0) {
      return MemoryEnv::write_atomically(path);
    }
    class Full : public FileWriter {
     public:
      explicit Full(std::string p) : path_(std::move(p)) {}
      void write(std::string_view) override {}
      Status commit() override {
        return Status::error(StatusCode::kIoError, "cannot write: No space left on device",
                             Location{.file = path_});
      }

     private:
      std::string path_;
    };
    return std::make_unique<Full>(path);
  }

 private:
  std::string failing_;
};

const std::set<std::string> kOwned = {"report.json"};

TEST(ReportSet, APassReplacesItsFilesAndKeepsThePersonsOwn) {
  MemoryEnv env;
  env.add_file("out/report.xml", "old xml");
  env.add_file("out/report.html", "old html");
  env.add_file("out/report.json", "an export this pass does not write");
  env.add_file("out/reviews.xml", "decisions");
  env.add_file("out/notes/desk.txt", "a person's notes");

  WrittenSet w = write_set(
      env, "out", {text("report.xml", "new xml"), text("report.html", "new html")}, kOwned);
  ASSERT_TRUE(w.status.is_ok()) << w.status.to_string();
  EXPECT_EQ(w.written, (std::vector<std::string>{"report.xml", "report.html"}));
  EXPECT_TRUE(w.not_written.empty());
  EXPECT_TRUE(w.warnings.empty());
  EXPECT_EQ(read(env, "out/report.xml"), "new xml");
  EXPECT_EQ(read(env, "out/report.html"), "new html");
  EXPECT_EQ(read(env, "out/reviews.xml"), "decisions");
  EXPECT_EQ(read(env, "out/notes/desk.txt"), "a person's notes");
  EXPECT_FALSE(exists(env, "out/report.json"));
  EXPECT_TRUE(exists(env, join_path("out", kSetMarker)));
  EXPECT_EQ(names(env, "."), (std::vector<std::string>{"out"}));  // no .previous, no .tmp-PID
}

TEST(ReportSet, AFailedWriteLeavesThePreviousSetWholeAndSaysWhatWasNotWritten) {
  FailingEnv env("report.html");
  env.add_file("out/report.xml", "old xml");
  env.add_file("out/report.html", "old html");
  env.add_file("out/reviews.xml", "decisions");

  WrittenSet w = write_set(
      env, "out", {text("report.xml", "new xml"), text("report.html", "new html")}, kOwned);
  EXPECT_FALSE(w.status.is_ok());
  EXPECT_NE(w.status.message().find("No space left"), std::string::npos);
  EXPECT_TRUE(w.written.empty());
  EXPECT_EQ(w.not_written, (std::vector<std::string>{"report.xml", "report.html"}));
  // Neither file is new: report.xml was written, but into the set that was never switched in.
  EXPECT_EQ(read(env, "out/report.xml"), "old xml");
  EXPECT_EQ(read(env, "out/report.html"), "old html");
  EXPECT_EQ(read(env, "out/reviews.xml"), "decisions");
  EXPECT_EQ(names(env, "."), (std::vector<std::string>{"out"}));
}

TEST(ReportSet, FilesInFoldersOfTheSetAreWrittenAndAnOldFolderGoes) {
  MemoryEnv env;
  env.add_file("out/sources/doc-9.html", "a page of an earlier, larger pass");
  WrittenSet w = write_set(env, "out/", {text("report.html", "h"), text("sources/doc-1.html", "p")},
                           {"sources"});
  ASSERT_TRUE(w.status.is_ok()) << w.status.to_string();
  EXPECT_EQ(read(env, "out/sources/doc-1.html"), "p");
  EXPECT_FALSE(exists(env, "out/sources/doc-9.html"));
}

TEST(ReportSet, StaleTemporariesOfDeadRunsAreCleanedAndLiveOnesLeftAlone) {
  MemoryEnv env;
  env.set_process_id(500);
  env.set_running(88);
  env.add_file("out/report.xml", "old");
  env.add_file("out/report.xml.tmp.55", "half a report of a killed run");
  env.add_file("out/notes.txt.tmp.55", "not a name the pass owns");
  env.add_file("out.tmp-77/.claimtrace", "marker");
  env.add_file("out.tmp-77/report.xml", "a killed run's set");
  env.add_file("out.tmp-88/.claimtrace", "marker");  // a run still writing
  env.add_file("out.tmp-99/data.txt", "no marker: not claimtrace's");

  WrittenSet w = write_set(env, "out", {text("report.xml", "new")}, kOwned);
  ASSERT_TRUE(w.status.is_ok()) << w.status.to_string();
  EXPECT_EQ(read(env, "out/report.xml"), "new");
  EXPECT_FALSE(exists(env, "out/report.xml.tmp.55"));
  EXPECT_TRUE(exists(env, "out/notes.txt.tmp.55"));
  EXPECT_FALSE(exists(env, "out.tmp-77"));
  EXPECT_TRUE(exists(env, "out.tmp-88/.claimtrace"));
  EXPECT_TRUE(exists(env, "out.tmp-99/data.txt"));
  EXPECT_FALSE(exists(env, "out.tmp-500"));
}

TEST(ReportSet, ARunKilledBetweenTheRenamesIsRepairedByTheNext) {
  // Killed after DIR became DIR.previous and before the new set took its name.
  MemoryEnv env;
  env.add_file("out.previous/report.xml", "old");
  env.add_file("out.previous/reviews.xml", "decisions");
  env.add_file("out.previous/.claimtrace", "marker");
  env.add_file("out.tmp-42/.claimtrace", "marker");
  env.add_file("out.tmp-42/report.xml", "complete but never switched in");
  WrittenSet w = write_set(env, "out", {text("report.xml", "new")}, kOwned);
  ASSERT_TRUE(w.status.is_ok()) << w.status.to_string();
  EXPECT_EQ(read(env, "out/report.xml"), "new");
  EXPECT_EQ(read(env, "out/reviews.xml"), "decisions");
  EXPECT_EQ(names(env, "."), (std::vector<std::string>{"out"}));

  // Killed after the switch, before the person's files moved over from DIR.previous.
  env.add_file("out.previous/report.xml", "older");
  env.add_file("out.previous/notes.txt", "notes");
  w = write_set(env, "out", {text("report.xml", "newer")}, kOwned);
  ASSERT_TRUE(w.status.is_ok()) << w.status.to_string();
  EXPECT_EQ(read(env, "out/report.xml"), "newer");
  EXPECT_EQ(read(env, "out/notes.txt"), "notes");
  EXPECT_EQ(read(env, "out/reviews.xml"), "decisions");
  EXPECT_EQ(names(env, "."), (std::vector<std::string>{"out"}));
}

TEST(ReportSet, TheDirectoryMustBeNamed) {
  MemoryEnv env;
  EXPECT_FALSE(write_set(env, ".", {text("report.xml", "x")}, kOwned).status.is_ok());
  env.add_file("afile", "x");
  WrittenSet w = write_set(env, "afile", {text("report.xml", "x")}, kOwned);
  EXPECT_FALSE(w.status.is_ok());
  EXPECT_EQ(read(env, "afile"), "x");
}

TEST(MemoryEnvRename, MovesADirectoryWithEverythingInItAndRefusesAFullTarget) {
  MemoryEnv env;
  env.add_file("a/x/1.txt", "1");
  env.add_file("b/keep.txt", "k");
  EXPECT_FALSE(env.rename("a", "b").is_ok());
  ASSERT_TRUE(env.rename("a", "c").is_ok());
  EXPECT_EQ(read(env, "c/x/1.txt"), "1");
  EXPECT_FALSE(exists(env, "a"));
  EXPECT_FALSE(env.remove_directory("b").is_ok());
  ASSERT_TRUE(env.remove_file("b/keep.txt").is_ok());
  EXPECT_TRUE(env.remove_directory("b").is_ok());
  EXPECT_FALSE(exists(env, "b"));
}

}  // namespace
}  // namespace claimtrace
