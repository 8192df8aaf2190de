// Name search over the normalized name/alias index (graph/keys.h names):
//
//   CALL cg.search('mencho') YIELD node, name, score
//   CALL cg.search('guzman joaquin', 'Person', 5)
//   CALL db.index.fulltext.queryNodes('names', 'menc*') YIELD node, score   (Neo4j's form)
//
// Forgives what news spellings vary in: accents, case and punctuation (the
// index holds NormalizeName forms), word order, a word given only by its
// start, and small typos. Query and names are split into words; each query
// word takes its best match among the name's words:
//
//   equal                                   1.0
//   a prefix ending in '*' ("menc*")        0.95
//   a prefix of 3+ bytes ("menc")           0.7 + 0.2 * its share of the word
//   1 edit (words of 4-6 bytes), 2 (7+)     0.9 - 0.15 per edit (schema/edit_distance.h)
//
// A name's score is the mean over the query words (0 for a word without a
// match) times 0.8 + 0.2 * the share of the name's words matched, rounded
// to 3 places: "mencho" ranks the alias "El Mencho" (0.9) below one that is
// just "Mencho" (1.0). Names scoring under 0.5 are dropped; each node appears
// once, with its best-scoring name or alias as written; rows come by score,
// then name, then node id. Reads every key of the name index (there is no
// word index): linear in the number of names and aliases.
#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "query/procedures/arguments.h"
#include "query/procedures/builtins.h"
#include "query/procedures/registry.h"
#include "schema/edit_distance.h"
#include "schema/normalize.h"

namespace cg::query {

namespace {

struct QueryWord {
  std::string text;     // normalized
  bool prefix = false;  // written with a trailing '*'
};

std::vector<std::string> Words(std::string_view normalized) {
  std::vector<std::string> out;
  std::istringstream in{std::string(normalized)};
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

std::vector<QueryWord> ParseQuery(std::string_view query) {
  std::vector<QueryWord> out;
  std::istringstream in{std::string(query)};
  for (std::string raw; in >> raw;) {
    const bool prefix = raw.back() == '*';
    const std::vector<std::string> words = Words(NormalizeName(raw));
    for (size_t i = 0; i < words.size(); ++i) out.push_back({words[i], prefix && i + 1 == words.size()});
  }
  return out;
}

double WordScore(const QueryWord& q, const std::string& word) {
  if (q.text == word) return 1.0;
  if (word.starts_with(q.text)) {
    if (q.prefix) return 0.95;
    if (q.text.size() >= 3) return 0.7 + 0.2 * static_cast<double>(q.text.size()) / static_cast<double>(word.size());
  }
  const size_t limit = q.text.size() < 4 ? 0 : q.text.size() <= 6 ? 1 : 2;
  const size_t edits = limit ? EditDistance(q.text, word, limit) : 1;
  return edits <= limit ? 0.9 - 0.15 * static_cast<double>(edits) : 0.0;
}

// The score of one normalized name (see the top of this file).
double NameScore(const std::vector<QueryWord>& query, std::string_view name) {
  const std::vector<std::string> words = Words(name);
  if (words.empty() || query.empty()) return 0.0;
  std::vector<bool> matched(words.size(), false);
  double sum = 0;
  for (const QueryWord& q : query) {
    double best = 0;
    size_t at = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      if (const double s = WordScore(q, words[i]); s > best) {
        best = s;
        at = i;
      }
    }
    if (best > 0) matched[at] = true;
    sum += best;
  }
  const double coverage =
      static_cast<double>(std::count(matched.begin(), matched.end(), true)) / static_cast<double>(words.size());
  // Rounded to 3 places, so that equal scores are equal and print short.
  return std::round(sum / static_cast<double>(query.size()) * (0.8 + 0.2 * coverage) * 1000) / 1000;
}

struct Hit {
  graph::NodeId node;
  std::string name;  // as written
  double score;
};

// The node's name or alias whose normalized form is `normalized`.
std::string WrittenName(const graph::Reader& reader, graph::NodeId id, std::string_view normalized) {
  graph::Node node;
  ThrowIfError(reader.GetNodeRecord(id, &node));
  for (const char* key : {"name", "aliases"}) {
    const cg::Value* v = node.Find(key);
    if (!v) continue;
    for (const cg::Value& item : v->is_list() ? v->as_list() : std::vector<cg::Value>{*v}) {
      if (item.is_string() && NormalizeName(item.as_string()) == normalized) return item.as_string();
    }
  }
  return std::string(normalized);
}

// The best `limit` nodes (0: all) for `query` among those carrying `label`
// ("": any), best first.
std::vector<Hit> Search(const ProcedureContext& ctx, std::string_view query, std::string_view label, size_t limit) {
  const std::vector<QueryWord> words = ParseQuery(query);
  std::map<graph::NodeId, std::pair<double, std::string>> best;  // node -> (score, normalized name)
  if (!words.empty()) {
    ThrowIfError(ctx.reader().ForEachNameStartingWith("", [&](std::string_view name, graph::NodeId id) {
      ctx.Tick();
      const double score = NameScore(words, name);
      if (score < 0.5) return true;
      auto [it, added] = best.try_emplace(id, score, std::string(name));
      if (added) ctx.CheckMemory(name.size() + 64);
      if (!added && (score > it->second.first || (score == it->second.first && name < it->second.second))) {
        it->second = {score, std::string(name)};
      }
      return true;
    }));
  }
  std::vector<Hit> hits;
  for (const auto& [id, found] : best) {
    if (!label.empty()) {
      std::vector<std::string> labels;
      ThrowIfError(ctx.reader().GetNodeLabels(id, &labels));
      if (std::find(labels.begin(), labels.end(), label) == labels.end()) continue;
    }
    hits.push_back({id, WrittenName(ctx.reader(), id, found.second), found.first});
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return a.score != b.score ? a.score > b.score : a.name != b.name ? a.name < b.name : a.node < b.node;
  });
  if (limit && hits.size() > limit) hits.resize(limit);
  return hits;
}

size_t Limit(const Procedure& procedure, const Value& limit) {
  if (limit.is_null()) return 0;
  if (!limit.is_int() || limit.as_int() < 0) BadArgument(procedure, "limit", limit, "expected 0 (all) or more");
  return static_cast<size_t>(limit.as_int());
}

class SearchProcedure : public Procedure {
 public:
  SearchProcedure()
      : Procedure("cg.search",
                  {{"query", "STRING"}, {"label", "STRING?", Value("")}, {"limit", "INTEGER?", Value(int64_t{10})}},
                  {{"node", "NODE"}, {"name", "STRING"}, {"score", "FLOAT"}},
                  "Nodes by name or alias, forgiving accents, case, word order, word starts ('menc*') and small "
                  "typos, ranked by score (0.5..1); optionally of one label; limit 0: all") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    if (!args[0].is_string()) BadArgument(*this, "query", args[0], "expected a string");
    const std::string label = args[1].is_string() ? args[1].as_string() : "";
    std::vector<List> rows;
    for (Hit& hit : Search(ctx, args[0].as_string(), label, Limit(*this, args[2]))) {
      rows.push_back({Value(NodeRef{hit.node}), Value(std::move(hit.name)), Value(hit.score)});
    }
    return std::make_unique<VectorRows>(std::move(rows));
  }
};

// Neo4j's call for its full-text indexes, over the one name index here.
class FulltextQueryNodes : public Procedure {
 public:
  FulltextQueryNodes()
      : Procedure("db.index.fulltext.queryNodes",
                  {{"indexName", "STRING"}, {"queryString", "STRING"}, {"options", "MAP?", Value(Map{})}},
                  {{"node", "NODE"}, {"score", "FLOAT"}},
                  "Neo4j's full-text query, answered as cg.search over the name index ('names' or "
                  "'node_names_text'); options: {limit: n}") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    if (!args[0].is_string() || (args[0].as_string() != "names" && args[0].as_string() != "node_names_text")) {
      BadArgument(*this, "indexName", args[0], "the full-text index is 'names' (node_names_text)");
    }
    if (!args[1].is_string()) BadArgument(*this, "queryString", args[1], "expected a string");
    size_t limit = 0;
    if (args[2].is_map()) {
      if (auto it = args[2].as_map().find("limit"); it != args[2].as_map().end()) limit = Limit(*this, it->second);
    }
    std::vector<List> rows;
    for (const Hit& hit : Search(ctx, args[1].as_string(), "", limit)) {
      rows.push_back({Value(NodeRef{hit.node}), Value(hit.score)});
    }
    return std::make_unique<VectorRows>(std::move(rows));
  }
};

}  // namespace

void RegisterSearchProcedures(ProcedureRegistry* registry) {
  registry->Register(std::make_unique<SearchProcedure>());
  registry->Register(std::make_unique<FulltextQueryNodes>());
}

}  // namespace cg::query
