#include "graph/curation/duplicates.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include <fmt/format.h>

#include "graph/curation/entity_ref.h"
#include "schema/normalize.h"

namespace cg::graph::curation {

namespace {

constexpr size_t kMaxBlock = 64;  // a word shared by more names is too common to propose pairs

struct Entity {
  NodeId id = 0;
  std::string label;
  std::vector<std::string> names, keys;  // surface and normalized, the name first
  std::vector<std::string> words;        // of every key
};

std::vector<std::string> Words(const std::string& key) {
  std::vector<std::string> out;
  std::istringstream in(key);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// Whether the words of `shorter` occur in `longer` in order.
bool Contained(const std::string& shorter, const std::string& longer) {
  const auto a = Words(shorter), b = Words(longer);
  if (a.empty() || a.size() >= b.size()) return false;
  if (a.size() == 1 && a[0].size() < 5) return false;
  size_t k = 0;
  for (const std::string& w : b) {
    if (k < a.size() && a[k] == w) ++k;
  }
  return k == a.size();
}

// Whether two strings are one insertion, deletion or substitution apart.
bool OneEdit(const std::string& a, const std::string& b) {
  if (a == b) return false;
  const std::string& s = a.size() <= b.size() ? a : b;
  const std::string& l = a.size() <= b.size() ? b : a;
  if (l.size() - s.size() > 1) return false;
  size_t i = 0;
  while (i < s.size() && s[i] == l[i]) ++i;
  if (s.size() == l.size()) return s.compare(i + 1, std::string::npos, l, i + 1, std::string::npos) == 0;
  return s.compare(i, std::string::npos, l, i + 1, std::string::npos) == 0;
}

bool Nickname(const std::string& key) { return key.rfind("el ", 0) == 0 || key.rfind("la ", 0) == 0; }

Status Load(const Reader& reader, const DuplicateOptions& options, const std::function<void()>& tick,
            std::vector<Entity>* out) {
  Status failure;
  Node node;
  CG_RETURN_IF_ERROR(reader.ForEachNode([&](NodeId id) {
    tick();
    node = Node();
    failure = reader.GetNodeRecord(id, &node);
    if (!failure.ok()) return false;
    Entity e;
    e.id = id;
    e.label = PrimaryOf(node);
    if (e.label.empty() || e.label == "Article" || (!options.label.empty() && e.label != options.label)) return true;
    for (const std::string& n : NamesOf(node)) {
      std::string key = NormalizeName(n);
      if (key.size() < 3 || std::find(e.keys.begin(), e.keys.end(), key) != e.keys.end()) continue;
      for (const std::string& w : Words(key)) e.words.push_back(w);
      e.names.push_back(n);
      e.keys.push_back(std::move(key));
    }
    if (!e.keys.empty()) out->push_back(std::move(e));
    return true;
  }));
  return failure;
}

// Candidate pairs (indexes into `entities`, smaller first): sharing a
// one-deletion key of a name, or a word of 4+ letters.
std::set<std::pair<size_t, size_t>> Candidates(const std::vector<Entity>& entities) {
  std::map<std::string, std::vector<size_t>> blocks;
  for (size_t i = 0; i < entities.size(); ++i) {
    std::set<std::string> mine;
    for (const std::string& key : entities[i].keys) {
      mine.insert("=" + entities[i].label + "/" + key);
      for (size_t c = 0; c < key.size(); ++c) mine.insert("=" + entities[i].label + "/" + key.substr(0, c) + key.substr(c + 1));
    }
    for (const std::string& w : entities[i].words) {
      if (w.size() >= 4) mine.insert("w" + entities[i].label + "/" + w);
    }
    for (const std::string& k : mine) blocks[k].push_back(i);
  }
  std::set<std::pair<size_t, size_t>> pairs;
  for (const auto& [key, members] : blocks) {
    if (members.size() < 2 || (key[0] == 'w' && members.size() > kMaxBlock)) continue;
    for (size_t x = 0; x < members.size(); ++x) {
      for (size_t y = x + 1; y < members.size(); ++y) pairs.emplace(members[x], members[y]);
    }
  }
  return pairs;
}

Status Neighbours(const Reader& reader, NodeId id, std::set<NodeId>* out, size_t* degree) {
  *degree = 0;
  return reader.ForEachEdge(id, Direction::kBoth, "", [&](const Edge& e) {
    ++*degree;
    if (e.type != "MENTIONED_IN") out->insert(e.other());
    return true;
  });
}

}  // namespace

Status FindDuplicates(const Reader& reader, const DuplicateOptions& options, const std::function<void()>& tick,
                      std::vector<DuplicatePair>* out) {
  out->clear();
  std::vector<Entity> entities;
  CG_RETURN_IF_ERROR(Load(reader, options, tick, &entities));
  for (const auto& [i, j] : Candidates(entities)) {
    tick();
    const Entity& a = entities[i];
    const Entity& b = entities[j];
    double score = 0;
    std::vector<std::string> reasons;
    bool named = false;
    for (size_t x = 0; x < a.keys.size() && !named; ++x) {
      for (size_t y = 0; y < b.keys.size() && !named; ++y) {
        const std::string &ka = a.keys[x], &kb = b.keys[y];
        if (ka == kb) {
          score += 0.8;
          reasons.push_back(fmt::format("same name '{}'", a.names[x]));
          named = true;
        } else if (ka.size() >= 5 && kb.size() >= 5 && OneEdit(ka, kb)) {
          score += 0.6;
          reasons.push_back(fmt::format("names one edit apart: '{}' / '{}'", a.names[x], b.names[y]));
          if (Nickname(ka) && Nickname(kb) && (x > 0 || y > 0)) {
            score += 0.1;
            reasons.push_back(fmt::format("nickname: '{}' is an alias", x > 0 ? a.names[x] : b.names[y]));
          }
          named = true;
        }
      }
    }
    for (size_t x = 0; x < a.keys.size() && !named; ++x) {
      for (size_t y = 0; y < b.keys.size() && !named; ++y) {
        const bool ab = Contained(a.keys[x], b.keys[y]), ba = Contained(b.keys[y], a.keys[x]);
        if (!ab && !ba) continue;
        score += 0.3;
        reasons.push_back(ab ? fmt::format("name '{}' contained in '{}'", a.names[x], b.names[y])
                             : fmt::format("name '{}' contained in '{}'", b.names[y], a.names[x]));
        named = true;
      }
    }
    if (!named) continue;
    std::set<NodeId> na, nb;
    size_t da = 0, db = 0;
    CG_RETURN_IF_ERROR(Neighbours(reader, a.id, &na, &da));
    CG_RETURN_IF_ERROR(Neighbours(reader, b.id, &nb, &db));
    std::vector<std::string> shared;
    for (NodeId n : na) {
      if (!nb.count(n) || n == a.id || n == b.id) continue;
      EntityRef ref;
      CG_RETURN_IF_ERROR(RefOf(reader, n, &ref));
      shared.push_back(ref.name);
    }
    if (!shared.empty()) {
      score += std::min(0.3, 0.1 * static_cast<double>(shared.size()));
      if (shared.size() > 3) shared.resize(3);
      reasons.push_back(fmt::format("shared neighbours: {}", fmt::join(shared, ", ")));
    }
    score = std::min(score, 1.0);
    if (score < options.min_score) continue;
    // Kept: the entity with more names (it absorbed more mentions), then
    // more relationships, then the older.
    const auto weight = [](const Entity& e, size_t degree) { return std::make_tuple(e.names.size(), degree); };
    const bool a_keeps = weight(a, da) > weight(b, db) || (weight(a, da) == weight(b, db) && a.id < b.id);
    out->push_back(DuplicatePair{a_keeps ? a.id : b.id, a_keeps ? b.id : a.id, a.label, score, std::move(reasons)});
  }
  std::sort(out->begin(), out->end(), [](const DuplicatePair& x, const DuplicatePair& y) {
    if (x.score != y.score) return x.score > y.score;
    return std::make_pair(x.keep, x.duplicate) < std::make_pair(y.keep, y.duplicate);
  });
  if (out->size() > options.limit) out->resize(options.limit);
  return Status::OK();
}

}  // namespace cg::graph::curation
