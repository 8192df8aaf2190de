// Hostile and broken input given to the cartelgraph commands, as processes:
// each is refused with a message naming the file and the line or position
// and what was expected, the command exits 1, and the database it was
// given keeps its previous state and passes `check`.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "storage/store.h"
#include "tests/cli/cartelgraph_process.h"

using cg::testing::Cartelgraph;
using cg::testing::Contains;
using cg::testing::Outcome;
using cg::testing::TempDir;
namespace fs = std::filesystem;

namespace {

const std::string kArticle = std::string(CG_SOURCE_DIR) + "/examples/articles/01-tapalpa-raid.md";

// A database holding one ingested article, and what it holds, to compare with later.
struct Db {
  TempDir dir;
  std::string path = dir.path() + "/db";
  std::string state;

  Db() {
    Outcome o = Cartelgraph(dir, {"ingest", "-q", "--db", path, kArticle});
    REQUIRE_MESSAGE(o.status == 0, o.err);
    state = State();
  }
  // Counts of everything, by label and type.
  std::string State() const {
    std::string state;
    for (const char* query : {"MATCH (n) RETURN labels(n) AS l, count(*) AS c ORDER BY l",
                              "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t",
                              "MATCH (n) RETURN max(id(n)) AS top"}) {
      Outcome o = Cartelgraph(dir, {"query", "--db", path, "--format", "csv", query});
      REQUIRE_MESSAGE(o.status == 0, o.err);
      state += o.out;
    }
    return state;
  }
  // The previous state, intact and sound.
  void Intact() const {
    CHECK(State() == state);
    Outcome o = Cartelgraph(dir, {"check", "--deep", "--db", path});
    CHECK_MESSAGE(o.status == 0, o.out << o.err);
  }
  std::string File(const std::string& name, const std::string& bytes) const {
    const std::string file = dir.path() + "/" + name;
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
  }
};

// Runs `args`, expecting exit 1 and every part of `expected` in stderr.
void Refused(const Db& db, const std::vector<std::string>& args, const std::vector<std::string>& expected) {
  Outcome o = Cartelgraph(db.dir, args);
  CHECK_MESSAGE(o.status == 1, o.out << o.err);
  for (const auto& part : expected) CHECK_MESSAGE(Contains(o.err, part), "expected '" << part << "' in: " << o.err);
}

}  // namespace

TEST_CASE("hostile articles: binary, invalid UTF-8, a 100 MB line; each named, nothing written") {
  Db db;
  const std::string binary = db.File("photo.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  Refused(db, {"ingest", "-q", "--db", db.path, binary},
          {"photo.txt: binary content (NUL byte at line 3, byte offset 8); expected"});
  const std::string latin1 = db.File("latin1.md", "# Title\n\nCaf\xe9 con El Mencho.\n");
  Refused(db, {"ingest", "-q", "--db", db.path, latin1}, {"latin1.md: invalid UTF-8 at line 3, byte offset 12"});

  // 100 MB on one line: refused by its size before it is read.
  const std::string huge = db.dir.path() + "/huge.txt";
  {
    std::ofstream out(huge, std::ios::binary);
    const std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 100; ++i) out << chunk;
  }
  Refused(db, {"ingest", "-q", "--db", db.path, huge}, {"huge.txt: 104857600 bytes is over the size limit"});
  fs::remove(huge);
  db.Intact();
}

TEST_CASE("hostile folder: 100 000 tiny files in one folder; each bad one named, every good one in, check clean") {
  Db db;
  const std::string folder = db.dir.path() + "/tiny";
  fs::create_directory(folder);
  // Of every 50 files: one empty, one binary, one with the text many files share, 47 notes of their own.
  size_t empty = 0, binary = 0, shared = 0, own = 0;
  for (int i = 0; i < 100000; ++i) {
    std::ofstream out(fmt::format("{}/{:06d}.{}", folder, i, i % 2 ? "md" : "txt"), std::ios::binary);
    switch (i % 50) {
      case 0: ++empty; break;
      case 1: ++binary, out << std::string("\x7f" "ELF\0\0", 6); break;
      case 2: ++shared, out << "The same short note, saved many times.\n"; break;
      default: ++own, out << "Note " << i << " of a folder of tiny files.\n";
    }
  }
  Outcome o = Cartelgraph(db.dir, {"ingest", "-q", "--db", db.path, folder});
  CHECK(o.status == 1);
  CHECK_MESSAGE(Contains(o.out, fmt::format("{} article(s) ingested, {} unchanged, {} failed", own + 1, shared - 1,
                                            empty + binary)),
                o.out);
  size_t named_empty = 0, named_binary = 0;
  for (size_t at = 0; (at = o.err.find("cartelgraph: failed: " + folder + "/", at)) != std::string::npos; ++at) {
    const std::string line = o.err.substr(at, o.err.find('\n', at) - at);
    named_empty += Contains(line, ": empty article (no text)");
    named_binary += Contains(line, ": binary content (NUL byte at line 1, byte offset 4)");
  }
  CHECK(named_empty == empty);
  CHECK(named_binary == binary);

  o = Cartelgraph(db.dir, {"query", "--db", db.path, "--format", "csv", "MATCH (a:Article) RETURN count(*) AS n"});
  CHECK(o.out == fmt::format("n\n{}\n", 1 + own + 1));
  o = Cartelgraph(db.dir, {"check", "--deep", "--db", db.path});
  CHECK_MESSAGE(o.status == 0, o.out << o.err);
}

TEST_CASE("hostile CSV imports: ragged rows and stray quotes name file:line and write nothing; BOM and CRLF read") {
  Db db;
  const std::string ragged = db.File("nodes_ragged.csv", "id:ID,name,:LABEL\nA1,One,Person\nA2,Two,Person,extra\nA3\n");
  Refused(db, {"import", "--db", db.path, "--nodes", ragged},
          {"nodes_ragged.csv:3: expected 3 fields", "nodes_ragged.csv:4: expected 3 fields"});
  const std::string stray = db.File("nodes_stray.csv", "id:ID,name,:LABEL\nB1,\"Two\" Words,Person\n");
  Refused(db, {"import", "--db", db.path, "--nodes", stray}, {"nodes_stray.csv:2"});
  const std::string open_quote = db.File("nodes_open.csv", "id:ID,name,:LABEL\nC1,\"never closed,Person\nC2,x,Person\n");
  Refused(db, {"import", "--db", db.path, "--nodes", open_quote}, {"nodes_open.csv:2", "not closed"});
  db.Intact();

  const std::string windows =
      db.File("nodes_windows.csv", "\xef\xbb\xbfid:ID,name,:LABEL\r\nW1,Windows One,Person\r\nW2,\"Two\r\nLines\",Person\r\n");
  Outcome o = Cartelgraph(db.dir, {"import", "--db", db.path, "--nodes", windows});
  REQUIRE_MESSAGE(o.status == 0, o.err);
  o = Cartelgraph(db.dir, {"query", "--db", db.path, "--format", "json",
                           "MATCH (p:Person) WHERE p.name STARTS WITH 'W' OR p.name STARTS WITH 'Two' "
                           "RETURN p.name AS name ORDER BY name"});
  CHECK(o.out == "[\n  {\"name\":\"Two\\r\\nLines\"},\n  {\"name\":\"Windows One\"}\n]\n");
}

TEST_CASE("hostile paths: an export path that is a directory, a missing parent, a foreign or newer database") {
  Db db;
  fs::create_directory(db.dir.path() + "/out");
  for (const std::string format : {"json", "graphml", "gexf"}) {
    Refused(db, {"export", "--db", db.path, "--format", format, "-o", db.dir.path() + "/out"},
            {"cannot write " + db.dir.path() + "/out: it is a directory"});
  }
  Refused(db, {"export", "--db", db.path, "-o", db.dir.path() + "/no/such/g.json"},
          {"its directory " + db.dir.path() + "/no/such does not exist"});
  const std::string file = db.File("plain.csv", "x");
  Refused(db, {"export", "--db", db.path, "--format", "csv", "-o", file}, {file});
  CHECK(fs::is_empty(db.dir.path() + "/out"));
  CHECK(!fs::exists(db.dir.path() + "/no"));

  // Creating a database under a parent that does not exist: refused, nothing created.
  const std::string orphan = db.dir.path() + "/missing/parent/db";
  Refused(db, {"ingest", "-q", "--db", orphan, kArticle},
          {"cannot create database " + orphan + ": its parent directory " + db.dir.path() + "/missing/parent"});
  Refused(db, {"query", "--db", orphan, "CREATE (:Person {name: 'x'})"}, {"its parent directory"});
  CHECK(!fs::exists(db.dir.path() + "/missing"));

  // Someone else's directory at the database path is left alone.
  const std::string foreign = db.dir.path() + "/photos";
  fs::create_directory(foreign);
  std::ofstream(foreign + "/cat.jpg") << "meow";
  for (const auto& args : std::vector<std::vector<std::string>>{{"ingest", "-q", "--db", foreign, kArticle},
                                                                {"query", "--db", foreign, "MATCH (n) RETURN n"},
                                                                {"check", "--db", foreign}}) {
    Refused(db, args, {foreign + " is not a cartelgraph database"});
  }
  CHECK(std::vector<fs::directory_entry>(fs::directory_iterator(foreign), {}).size() == 1);

  // A database written by a newer cartelgraph is refused, not misread.
  {
    std::unique_ptr<cg::storage::Store> store;
    REQUIRE(cg::storage::Store::Open(db.path, {}, &store).ok());
    auto batch = store->NewWriteBatch();
    batch->Put(cg::storage::Column::kMeta, cg::storage::kMetaFormatVersion, "99");
    REQUIRE(batch->Commit().ok());
  }
  for (const auto& args : std::vector<std::vector<std::string>>{{"query", "--db", db.path, "MATCH (n) RETURN n"},
                                                                {"ingest", "-q", "--db", db.path, kArticle},
                                                                {"backup", "--db", db.path, "--to", db.dir.path() + "/b"}}) {
    Refused(db, args, {"database " + db.path + " has format version 99, this cartelgraph reads version"});
  }
}
