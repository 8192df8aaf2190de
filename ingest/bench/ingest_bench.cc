// cg_ingest_bench: ingest throughput on generated article text.
//
//   cg_ingest_bench [--mb N] [--threads T] [--slice K] [--keep DIR] [--extract-only 1]
//
// Writes N MB (default 12) of articles of news length (~3 KB: the sample
// articles of examples/articles, bodies joined, with varied people — full
// name and nickname —, places and years, each article distinct so that none
// is skipped as already ingested; a person's events recur only in the
// articles that name that person and year, so that the database grows in
// nodes as a real one does rather than piling every article's aliases onto
// one event), then
// reports extraction alone (one thread) and full ingestion (extraction on T
// worker threads, default one per core; resolution, evidence and one RocksDB
// transaction per article) in MB/s of wall time and per CPU second (all
// threads: the figure per core), for the whole run and for every slice of K
// articles (default 1000) as the database grows, and the peak resident set
// size. --extract-only 1 stops after extraction (to profile it alone).
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "ingest/extract.h"
#include "ingest/ingest.h"

namespace {

namespace fs = std::filesystem;

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream b;
  b << in.rdbuf();
  return b.str();
}

// Moves every year 2000-2099 written in `s` back by `shift` years.
void ShiftYears(std::string* s, int shift) {
  auto digit = [&](size_t i) { return i < s->size() && (*s)[i] >= '0' && (*s)[i] <= '9'; };
  for (size_t i = 0; i + 4 <= s->size(); ++i) {
    if ((*s)[i] == '2' && (*s)[i + 1] == '0' && digit(i + 2) && digit(i + 3) && !(i > 0 && digit(i - 1)) &&
        !digit(i + 4)) {
      s->replace(i, 4, std::to_string(std::stoi(s->substr(i, 4)) - shift));
      i += 3;
    }
  }
}

void ReplaceAll(std::string* s, const std::string& from, const std::string& to) {
  for (size_t pos = 0; (pos = s->find(from, pos)) != std::string::npos; pos += to.size()) s->replace(pos, from.size(), to);
}

// CPU seconds of the process (all threads): robust on a shared, loaded machine.
double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  double mb = 12;
  unsigned threads = 0;
  size_t slice = 1000;
  std::string keep;
  bool extract_only = false;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    if (arg == "--mb") mb = std::stod(argv[i + 1]);
    else if (arg == "--threads") threads = static_cast<unsigned>(std::stoul(argv[i + 1]));
    else if (arg == "--slice") slice = std::max<size_t>(1, std::stoul(argv[i + 1]));
    else if (arg == "--keep") keep = argv[i + 1];
    else if (arg == "--extract-only") extract_only = std::string(argv[i + 1]) != "0";
  }
  std::vector<std::string> templates;
  for (const auto& entry : fs::directory_iterator(CG_SOURCE_DIR "/examples/articles")) {
    if (entry.path().extension() == ".md") templates.push_back(Read(entry.path()));
  }
  if (templates.empty()) {
    std::fprintf(stderr, "no sample articles under %s/examples/articles\n", CG_SOURCE_DIR);
    return 1;
  }
  const std::vector<std::string> given = {"Rafael", "Ovidio", "Ismael", "Iván", "Audias", "Héctor", "Julio", "Omar"};
  const std::vector<std::string> surnames = {"Treviño", "Guzmán", "Zambada", "Flores", "Salgado", "Beltrán",
                                             "Carrillo", "Valencia", "Quintero", "Arellano", "Caro", "Cárdenas"};
  const std::vector<std::string> states = {"Sonora", "Durango", "Chihuahua", "Puebla", "Oaxaca", "Morelos"};
  const std::vector<std::string> nick1 = {"Toro", "Gallo", "Lobo", "Tigre", "Chivo", "Güero", "Flaco", "Halcón"};
  const std::vector<std::string> nick2 = {"Negro", "Blanco", "Rojo", "Viejo", "Chico", "Grande",
                                          "Bravo", "Loco",  "Sabio", "Fino",  "Manso", "Listo"};
  const fs::path dir = keep.empty() ? fs::temp_directory_path() / ("cg-ingest-bench-" + std::to_string(getpid()))
                                    : fs::path(keep);
  fs::create_directories(dir / "articles");
  uint64_t bytes = 0;
  size_t n = 0;
  while (bytes < mb * 1e6) {
    std::string text;
    for (size_t k = 0; k < templates.size(); ++k) {
      const std::string& t = templates[(n + k) % templates.size()];
      const size_t body = t.find("\n---\n", 4);  // after the front matter
      text += k == 0 ? t : t.substr(body == std::string::npos ? 0 : body + 5);
      text += "\n";
    }
    const std::string person = given[n % given.size()] + " " + surnames[(n / 3) % surnames.size()] + " " +
                               surnames[(n / 7 + 5) % surnames.size()];
    ReplaceAll(&text, "Nemesio Rubén Oseguera Cervantes", person);
    ReplaceAll(&text, "El Mencho", "El " + nick1[n % nick1.size()] + " " + nick2[(n / 3) % nick2.size()]);
    ShiftYears(&text, static_cast<int>(n % 30));
    ReplaceAll(&text, "Ismael \"El Mayo\" Zambada", person);
    ReplaceAll(&text, "Tapalpa", "San " + surnames[n % surnames.size()]);
    ReplaceAll(&text, "Colima", states[n % states.size()]);
    text += "\nReport " + std::to_string(n) + " filed from " + states[(n / 2) % states.size()] + ".\n";
    std::ofstream(dir / "articles" / ("a" + std::to_string(n) + ".md"), std::ios::binary) << text;
    bytes += text.size();
    ++n;
  }

  // Extraction alone.
  std::unique_ptr<cg::ingest::Lexicon> lexicon;
  std::unique_ptr<cg::ingest::RuleSet> rules;
  if (!cg::ingest::Lexicon::Load(CG_SOURCE_DIR "/lexicon", &lexicon).ok() ||
      !cg::ingest::RuleSet::Load(CG_SOURCE_DIR "/lexicon", &rules).ok()) {
    std::fprintf(stderr, "cannot load the lexicon\n");
    return 1;
  }
  std::vector<cg::ingest::Document> docs(n);
  for (size_t i = 0; i < n; ++i) {
    cg::ingest::LoadDocument((dir / "articles" / ("a" + std::to_string(i) + ".md")).string(), {}, &docs[i]);
  }
  auto start = std::chrono::steady_clock::now();
  double cpu = CpuSeconds();
  size_t relations = 0;
  for (const auto& doc : docs) relations += cg::ingest::Extract(doc, *lexicon, *rules, {}).relations.size();
  const double extract_s = Seconds(start);
  const double extract_cpu = CpuSeconds() - cpu;
  docs.clear();
  const double total_mb = bytes / 1e6;
  std::printf("articles          %zu (%.1f MB)\n", n, total_mb);
  std::printf("extraction        %.2f MB/s wall, %.2f MB/s per CPU second (%.2f s, %zu relationships read)\n",
              total_mb / extract_s, total_mb / extract_cpu, extract_s, relations);
  if (extract_only) {
    if (keep.empty()) fs::remove_all(dir);
    return 0;
  }

  // Full ingestion into a fresh database.
  std::unique_ptr<cg::graph::Graph> graph;
  cg::Status s = cg::graph::Graph::Open((dir / "db").string(), {}, &graph);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }
  cg::ingest::IngestReport report;
  cg::ingest::IngestOptions options;
  options.threads = threads;
  struct Mark {
    size_t files;
    uint64_t bytes;
    std::chrono::steady_clock::time_point at;
    double cpu;
  };
  std::vector<Mark> marks;
  options.on_progress = [&](const cg::ingest::Progress& p) {
    if (p.files_done % slice == 0 || p.files_done == p.files_total) {
      marks.push_back({p.files_done, p.bytes_done, std::chrono::steady_clock::now(), CpuSeconds()});
    }
  };
  start = std::chrono::steady_clock::now();
  cpu = CpuSeconds();
  marks.push_back({0, 0, start, cpu});
  s = cg::ingest::IngestPaths(*graph, {(dir / "articles").string()}, options, &report);
  const double ingest_s = Seconds(start);
  const double ingest_cpu = CpuSeconds() - cpu;
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }
  std::printf("ingest            %.2f MB/s wall, %.2f MB/s per CPU second (%.2f s; %llu ingested, %llu failed; "
              "entities +%llu, relationships +%llu)\n",
              total_mb / ingest_s, total_mb / ingest_cpu, ingest_s, static_cast<unsigned long long>(report.ingested),
              static_cast<unsigned long long>(report.failed),
              static_cast<unsigned long long>(report.totals.new_entities),
              static_cast<unsigned long long>(report.totals.new_relationships));
  for (size_t k = 1; k < marks.size(); ++k) {
    const Mark &a = marks[k - 1], &b = marks[k];
    const double slice_mb = (b.bytes - a.bytes) / 1e6;
    std::printf("  articles %5zu-%5zu  %.2f MB/s wall, %.2f MB/s per CPU second\n", a.files + 1, b.files,
                slice_mb / std::chrono::duration<double>(b.at - a.at).count(), slice_mb / (b.cpu - a.cpu));
  }
  std::printf("peak RSS          %.1f MB\n", PeakRssKb() / 1024.0);
  graph.reset();
  if (keep.empty()) fs::remove_all(dir);
  return 0;
}
