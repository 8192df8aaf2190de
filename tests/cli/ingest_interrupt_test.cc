// Ctrl-C during `cartelgraph ingest`, with a real process: SIGINT is sent
// once the first article is reported written; the run stops after the
// article being written, says so and exits 130, and the database passes
// `cartelgraph check` and holds a prefix of the articles, as many as were
// reported.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include <fmt/format.h>

#include "tests/cli/cartelgraph_process.h"

using cg::testing::Cartelgraph;
using cg::testing::Contains;
using cg::testing::Outcome;
using cg::testing::ReadAll;

namespace {

constexpr int kArticles = 300;

std::string Title(int i) { return fmt::format("Article {:04}", i); }

}  // namespace

TEST_CASE("ingest: Ctrl-C stops after the article being written, keeps the ones written, exits 130") {
  cg::testing::TempDir dir;
  const std::string articles = dir.path() + "/articles", db = dir.path() + "/db";
  std::filesystem::create_directory(articles);
  for (int i = 0; i < kArticles; ++i) {
    std::ofstream(articles + fmt::format("/a{:04}.md", i))
        << "---\ntitle: " << Title(i) << "\ndate: 2026-01-01\n---\nJuan Pérez Number" << i
        << " was arrested in Culiacán, Sinaloa, by the Mexican Army.\n";
  }

  // stdout through a pipe of one page: unread, it holds fewer lines than
  // there are articles, so the run cannot end before the signal arrives.
  int out[2];
  REQUIRE(pipe(out) == 0);
  fcntl(out[0], F_SETPIPE_SZ, 4096);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    const int err = open((dir.path() + "/stderr").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(err, STDERR_FILENO);
    close(out[0]);
    const std::string binary = std::string(CG_BINARY_DIR) + "/cartelgraph";
    execl(binary.c_str(), binary.c_str(), "ingest", "--db", db.c_str(), articles.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  FILE* lines = fdopen(out[0], "r");
  REQUIRE(lines);
  std::vector<std::string> ingested;
  char* line = nullptr;
  size_t capacity = 0;
  bool signalled = false;
  while (getline(&line, &capacity, lines) > 0) {
    const std::string text(line);
    if (text.rfind("ingested: ", 0) == 0) ingested.push_back(text);
    if (!signalled && !ingested.empty()) {
      REQUIRE(kill(pid, SIGINT) == 0);
      signalled = true;
    }
  }
  free(line);
  fclose(lines);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  REQUIRE(signalled);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 130);
  const std::string err = ReadAll(dir.path() + "/stderr");
  INFO(err);
  CHECK(Contains(err, fmt::format("interrupted: {} article(s) committed", ingested.size())));
  REQUIRE(ingested.size() < kArticles);

  Outcome check = Cartelgraph(dir, {"check", "--db", db});
  CHECK(check.status == 0);
  Outcome titles = Cartelgraph(dir, {"query", "--db", db, "--format", "csv",
                                     "MATCH (a:Article) RETURN a.title AS title ORDER BY title"});
  REQUIRE(titles.status == 0);
  std::string expected = "title\n";
  for (size_t i = 0; i < ingested.size(); ++i) expected += Title(static_cast<int>(i)) + "\n";
  CHECK(titles.out == expected);

  // Ingesting again picks up where it stopped: the first ones are unchanged.
  Outcome rest = Cartelgraph(dir, {"ingest", "--db", db, "-q", articles});
  CHECK(rest.status == 0);
  CHECK(Contains(rest.out, fmt::format("{} article(s) ingested, {} unchanged", kArticles - ingested.size(),
                                       ingested.size())));
}
