#include "ingest/writer.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "graph/curation/decision_store.h"
#include "graph/span_check.h"
#include "ingest/article_record.h"
#include "ingest/entity_table.h"
#include "ingest/event_identity.h"
#include "ingest/extract.h"
#include "ingest/resolution_names.h"
#include "schema/ontology.h"

namespace cg::ingest {
namespace {

using graph::Evidence;
using graph::Node;
using graph::NodeId;
using graph::Relationship;
using graph::RelId;
using resolution_names::CanonicalNamesDiffer;
using resolution_names::HasUpper;
using resolution_names::IsFullName;
using resolution_names::NodeNames;
using resolution_names::NicknamesDiffer;
using resolution_names::Normal;
using resolution_names::PersonsCompatible;
using resolution_names::SharesFullName;
using resolution_names::Words;

std::string Primary(const Node& node) {
  return std::string(Ontology::Default().PrimaryLabel(node.labels));
}

std::string Refining(const Node& node) {
  for (const std::string& l : node.labels) {
    if (Ontology::Default().PrimaryOfRefinement(l)) return l;
  }
  return "";
}

// Sources kept per claimed value (evidence has no limit).
constexpr size_t kMaxSources = 16;

class ArticleWriter {
 public:
  ArticleWriter(const Document& doc, const ArticleGraph& g, graph::WriteTxn* txn, ResolutionCache* cache,
                Counts* counts, std::vector<std::string>* warnings, std::vector<std::string>* persons)
      : doc_(doc), g_(g), txn_(txn), cache_(cache), counts_(counts), warnings_(warnings), persons_(persons) {}

  Status Run() {
    CG_RETURN_IF_ERROR(WriteArticleNode());
    std::set<int> used;
    for (const LocalRelation& r : g_.relations) {
      used.insert(r.from);
      used.insert(r.to);
    }
    nodes_.assign(g_.entities.size(), 0);
    // Events last: an event is also found through the nodes of its targets.
    for (const bool events : {false, true}) {
      for (size_t i = 0; i < g_.entities.size(); ++i) {
        const LocalEntity& e = g_.entities[i];
        if (e.merged_into >= 0 || !e.emit || (e.primary == "Event") != events) continue;
        if (!e.mentioned && !used.count(static_cast<int>(i))) continue;
        if (e.primary == "Event" && !used.count(static_cast<int>(i))) continue;
        CG_RETURN_IF_ERROR(Resolve(static_cast<int>(i)));
      }
    }
    for (const LocalFact& f : g_.facts) CG_RETURN_IF_ERROR(WriteFact(f));
    for (const LocalRelation& r : g_.relations) CG_RETURN_IF_ERROR(WriteRelation(r));
    CG_RETURN_IF_ERROR(EndLeadership());
    CG_RETURN_IF_ERROR(Flush());
    return WriteMentions();
  }

  // Facts change records many times in one article; they are changed here
  // and written once each by Flush (a WriteTxn write copies the whole
  // record). Claims and evidence are keys of their own, written at once.
  Status CachedNode(NodeId id, Node** out) {
    auto it = node_cache_.find(id);
    if (it == node_cache_.end()) {
      const Node* node = nullptr;
      CG_RETURN_IF_ERROR(cache_->Record(*txn_, id, &node));
      it = node_cache_.emplace(id, *node).first;
    }
    *out = &it->second;
    return Status::OK();
  }

  // The record as this article has it so far, to read (until the next call).
  Status PeekNode(NodeId id, const Node** out) {
    if (auto it = node_cache_.find(id); it != node_cache_.end()) {
      *out = &it->second;
      return Status::OK();
    }
    return cache_->Record(*txn_, id, out);
  }

  // Node writes, each told to the cache.
  Status CreateNode(std::vector<std::string> labels, PropertyMap props, NodeId* id) {
    Node written;
    CG_RETURN_IF_ERROR(txn_->CreateNode(std::move(labels), std::move(props), id, &written));
    cache_->NoteWrite(*id, nullptr, std::move(written));
    return Status::OK();
  }

  Status Replace(const Node& node) {
    Node before, after;
    CG_RETURN_IF_ERROR(cache_->TakeRecord(*txn_, node.id, &before));
    CG_RETURN_IF_ERROR(txn_->ReplaceNode(node, before, &after));
    cache_->NoteWrite(node.id, &before, std::move(after));
    return Status::OK();
  }

  // Whether `alias` names node `id` already: one of its names normalizes as
  // the alias does. Asked of the name index (through the cache), so that
  // the cost does not grow with the node's names; an alias that normalizes
  // to nothing (which the index never holds) is compared with each name.
  Status HasName(NodeId id, const Node& node, const std::string& alias, bool* has) {
    const std::string& key = Normal(alias).name;
    if (key.empty()) {
      const std::vector<std::string> names = NodeNames(node);
      *has = std::any_of(names.begin(), names.end(), [](const std::string& n) { return Normal(n).name.empty(); });
      return Status::OK();
    }
    const std::vector<NodeId>* named = nullptr;
    CG_RETURN_IF_ERROR(cache_->NodesNamed(*txn_, alias, key, &named));
    *has = std::binary_search(named->begin(), named->end(), id);
    return Status::OK();
  }

  Status CachedRel(RelId id, Relationship** out) {
    auto it = rel_cache_.find(id);
    if (it == rel_cache_.end()) {
      const Relationship* rel = nullptr;
      CG_RETURN_IF_ERROR(cache_->RelationshipRecord(*txn_, id, &rel));
      it = rel_cache_.emplace(id, *rel).first;
    }
    *out = &it->second;
    return Status::OK();
  }

  // A claim is kept unless it repeats one already there, or its value
  // already has kMaxSources sources (a disagreement always gets in). A
  // value the cache knows full is not scanned again (measured: a third of
  // the claims, most of the claims' scans).
  Status AddClaim(graph::ClaimOn on, uint64_t id, graph::Claim claim) {
    if (cache_->ClaimValueFull(on, id, claim)) return Status::OK();
    bool added = false, full = false;
    CG_RETURN_IF_ERROR(txn_->AddClaim(on, id, claim, kMaxSources, &added, &full));
    if (full) cache_->NoteClaimValueFull(on, id, claim);
    counts_->claims += added;
    return Status::OK();
  }

  // Every source is kept, each as its own key: the relationship record is
  // not rewritten. `id` is a relationship the writer holds (CachedRel).
  Status AddEvidenceTo(RelId id, const Evidence& ev) {
    bool added = false;
    CG_RETURN_IF_ERROR(txn_->AddEvidenceToExisting(id, ev, &added));
    counts_->new_evidence += added;
    return Status::OK();
  }

  Status Flush() {
    for (NodeId id : dirty_nodes_) CG_RETURN_IF_ERROR(Replace(node_cache_.at(id)));
    for (RelId id : dirty_rels_) {
      CG_RETURN_IF_ERROR(txn_->ReplaceRelationship(rel_cache_.at(id)));
      cache_->ForgetRelationship(id);
    }
    return Status::OK();
  }

 private:
  Evidence EvidenceOf(const Source& s) const {
    Evidence ev;
    ev.article = doc_.sha256;
    const Sentence& sent = g_.sentences[s.sentence];
    ev.span_begin = sent.begin;
    ev.span_end = sent.end;
    ev.quote = graph::QuoteOf(doc_.text, sent.begin, sent.end);  // the sentence, cut when long
    ev.rule = s.rule;
    ev.confidence = s.confidence;
    return ev;
  }

  Status WriteArticleNode() {
    CG_RETURN_IF_ERROR(CreateNode({"Article"}, ArticleNodeProps(doc_, g_.date), &article_node_));
    return txn_->PutArticle(ArticleRecordOf(doc_, g_.date, article_node_));
  }

  // The names under which the database may already know entity `e`: its
  // proper names; for an event with a named target, only the names that carry
  // the target ("killing of X", "X's arrest"), never "raid in Tapalpa" alone.
  // An act named after a count or a kind of people ("massacre of 72 migrants")
  // has no proper name of its own: its place names it ("San Fernando massacre").
  std::vector<std::string> LookupNames(const LocalEntity& e) const {
    auto targeted = [](const std::string& a) {
      return a.find(" of ") != std::string::npos || a.find("'s ") != std::string::npos ||
             a.find("\u2019s ") != std::string::npos;
    };
    const bool has_target = e.primary == "Event" && std::any_of(e.aliases.begin(), e.aliases.end(), [&](const std::string& a) {
                              return targeted(a) && HasUpper(a);
                            });
    std::vector<std::string> out;
    for (const std::string& a : e.aliases) {
      if ((e.lex || HasUpper(a)) && (!has_target || targeted(a))) out.push_back(a);
    }
    return out;
  }

  Status Resolve(int i) {
    const LocalEntity& e = g_.entities[i];
    std::map<NodeId, int> votes;
    for (const std::string& name : LookupNames(e)) {
      const std::vector<NodeId>* named = nullptr;
      CG_RETURN_IF_ERROR(cache_->NodesNamed(*txn_, name, Normal(name).name, &named));
      for (NodeId id : *named) ++votes[id];
    }
    if (e.primary == "Event") return ResolveEvent(i, votes);
    // Candidates found only by a given name and paternal surname ("Ignacio
    // Coronel" for "Ignacio Coronel Villarreal", or the reverse).
    std::set<NodeId> by_surname;
    if (e.primary == "Person") {
      // Full names of the same first and last word, for names no alias
      // matches exactly ("Nemesio Oseguera Cervantes" finding "Nemesio Rubén
      // Oseguera Cervantes"); none for one word, a nickname, "Rubén N.".
      std::vector<NodeId> ids;
      std::set<NodeId> by_ends;
      for (const std::string& name : e.aliases) {
        if (!IsFullName(name)) continue;
        const std::vector<std::string>& w = Words(name);
        CG_RETURN_IF_ERROR(cache_->FullNames(*txn_, w.front(), w.back(), &ids));
        by_ends.insert(ids.begin(), ids.end());
        if (w.size() >= 3) {
          CG_RETURN_IF_ERROR(cache_->FullNames(*txn_, w.front(), w[w.size() - 2], &ids));
        } else {
          CG_RETURN_IF_ERROR(cache_->FullNamesPaternal(*txn_, w.front(), w.back(), &ids));
        }
        by_surname.insert(ids.begin(), ids.end());
      }
      for (NodeId id : by_ends) votes[id] += 0;  // a candidate, checked below
      for (NodeId id : by_surname) votes[id] += 0;
      for (NodeId id : by_ends) by_surname.erase(id);
    }
    NodeId best = 0;
    int best_votes = -1, unnamed = 0, surname_only = 0;
    for (const auto& [id, n] : votes) {
      const Node* cached = nullptr;
      Status s = PeekNode(id, &cached);
      if (s.IsNotFound()) continue;
      CG_RETURN_IF_ERROR(s);
      const Node& node = *cached;
      if (Primary(node) != e.primary) continue;
      const std::string refining = Refining(node);
      if (!refining.empty() && !e.refining.empty() && refining != e.refining) continue;
      if (e.primary == "Person") {
        const std::vector<std::string> names = NodeNames(node);
        if (!PersonsCompatible(e.aliases, names) || CanonicalNamesDiffer(e.name, names.front())) continue;
        if (n == 0 && !SharesFullName(e.aliases, names)) continue;
        if (n == 0 && by_surname.count(id)) {
          // Two persons the article itself kept apart ("Joaquín Guzmán" and his son "Joaquín
          // Guzmán López") stay apart.
          if (NicknamesDiffer(e.aliases, names) || std::count(nodes_.begin(), nodes_.end(), id)) continue;
          ++surname_only;
        }
      }
      unnamed += n == 0 ? 1 : 0;
      if (n > best_votes) {
        best = id;
        best_votes = n;
      }
    }
    // "Joaquín Guzmán" with both "Joaquín Guzmán Loera" and "Joaquín Guzmán
    // López" known: a surname alone does not choose.
    if (best_votes == 0 && surname_only > 0 && unnamed > 1) best_votes = -1;
    if (best_votes >= 0) {
      nodes_[i] = best;
      ++counts_->merged_entities;
      return MergeInto(best, e);
    }
    return Create(i);
  }

  // An event is the stored one of its group SameEvent (event_identity.h) finds among those that
  // share a name with it (`votes`) or, for arrests, killings, extraditions and sentencings, a
  // person as target ("the capture of La Tuta" in one article, "the arrest of Servando Gómez" in
  // another).
  Status ResolveEvent(int i, std::map<NodeId, int> votes) {
    const LocalEntity& e = g_.entities[i];
    const std::string group = EventGroup(e.refining);
    const bool by_target = group == "Arrest" || group == "operation" || group == "Extradition" || group == "Sentencing";
    EventTraits traits;
    traits.date = e.date;
    for (NodeId person : EventPersons(g_, i, nodes_)) {
      if (by_target) CG_RETURN_IF_ERROR(EventsWithTarget(*txn_, cache_, person, &votes));
      const Node* node = nullptr;
      CG_RETURN_IF_ERROR(PeekNode(person, &node));
      if (e.refining != "Designation") traits.targets.push_back(EventTarget{person, NodeNames(*node)});
    }
    CG_RETURN_IF_ERROR(EventPlaces(*txn_, cache_, g_, i, nodes_, &traits.places));
    if (e.refining == "Designation" && !e.designation.empty() && e.date) {
      CG_RETURN_IF_ERROR(DesignationsOfKind(*txn_, cache_, e.designation, *e.date, &votes));
    }
    article_events_.AddCandidates(group, traits, &votes);
    std::vector<StoredEvent> candidates;
    for (const auto& [id, n] : votes) {
      const Node* node = nullptr;
      Status s = PeekNode(id, &node);
      if (s.IsNotFound()) continue;
      CG_RETURN_IF_ERROR(s);
      if (Primary(*node) != "Event" || EventGroup(Refining(*node)) != group || !DateMayFit(traits, *node)) continue;
      candidates.push_back(StoredEvent{id, n, {}});
      CG_RETURN_IF_ERROR(ReadEventTraits(*txn_, cache_, *node, &candidates.back().traits));
      article_events_.Complete(id, &candidates.back().traits);
    }
    const NodeId same = SameEvent(traits, candidates);
    if (same == 0) {
      CG_RETURN_IF_ERROR(Create(i));
    } else {
      nodes_[i] = same;
      ++counts_->merged_entities;
      CG_RETURN_IF_ERROR(MergeInto(same, e));
    }
    article_events_.Note(nodes_[i], group, traits);
    return Status::OK();
  }

  PropertyMap EntityProps(const LocalEntity& e) const {
    PropertyMap props;
    props["name"] = Value(e.name);
    ValueList aliases;
    for (const std::string& a : e.aliases) aliases.emplace_back(a);
    props["aliases"] = Value(std::move(aliases));
    if (e.primary == "Event" && e.date) props["date"] = Value(*e.date);
    return props;
  }

  Status Create(int i) {
    const LocalEntity& e = g_.entities[i];
    std::vector<std::string> labels{e.primary};
    if (!e.refining.empty()) labels.push_back(e.refining);
    NodeId id = 0;
    CG_RETURN_IF_ERROR(CreateNode(std::move(labels), EntityProps(e), &id));
    nodes_[i] = id;
    ++counts_->new_entities;
    if (e.primary == "Person") NotePerson(e);
    return Status::OK();
  }

  void NotePerson(const LocalEntity& e) {
    if (!persons_) return;
    persons_->push_back(Normal(e.name).name);
    for (const std::string& a : e.aliases) persons_->push_back(Normal(a).name);
  }

  // Names and labels change here and are written at once (the article's
  // later look-ups must find them); claims and facts go through the cache.
  Status MergeInto(NodeId id, const LocalEntity& e) {
    Node* cached = nullptr;
    CG_RETURN_IF_ERROR(CachedNode(id, &cached));
    Node& node = *cached;
    bool changed = false;
    Value* aliases = nullptr;
    if (auto it = node.properties.find("aliases"); it != node.properties.end() && it->second.is_list()) {
      aliases = &it->second;
    } else {
      node.properties["aliases"] = Value(ValueList{});
      aliases = &node.properties["aliases"];
    }
    // The node's names are those the index holds for it (this article's
    // earlier merges into it are written already), plus those added here.
    std::set<std::string> added;
    for (const std::string& a : e.aliases) {
      bool has = false;
      CG_RETURN_IF_ERROR(HasName(id, node, a, &has));
      if (!has && added.insert(Normal(a).name).second) {
        aliases->as_list().emplace_back(a);
        changed = true;
      }
    }
    // The most complete person name becomes the canonical one, unless a
    // researcher's decision (graph/curation) settled the node's names.
    if (e.primary == "Person" && IsFullName(e.name) && !node.Find("curated")) {
      const Value* current = node.Find("name");
      const bool better = !current || !current->is_string() || !IsFullName(current->as_string()) ||
                          Words(e.name).size() > Words(current->as_string()).size();
      if (better && (!current || current->as_string() != e.name)) {
        node.properties["name"] = Value(e.name);
        changed = true;
      }
    }
    if (Refining(node).empty() && !e.refining.empty()) {
      node.labels.push_back(e.refining);
      changed = true;
    }
    if (e.primary == "Event" && e.date && !node.Find("date")) {
      node.properties["date"] = Value(*e.date);
      changed = true;
    }
    if (changed) CG_RETURN_IF_ERROR(Replace(node));
    if (e.primary == "Person") NotePerson(e);
    return Status::OK();
  }

  // Refusals by the ontology (a fact of the wrong shape) are warnings.
  Status Soft(Status s, const std::string& what) {
    if (s.ok()) return s;
    if (s.code() == Status::Code::kConstraint || s.code() == Status::Code::kInvalidArgument) {
      warnings_->push_back(what + ": " + s.message());
      return Status::OK();
    }
    return s;
  }

  Status Claim(NodeId id, const std::string& key, const Value& value, const Evidence& ev) {
    return AddClaim(graph::ClaimOn::kNode, id, graph::Claim{key, value, ev});
  }

  Status WriteFact(const LocalFact& f) {
    if (f.entity < 0 || nodes_[f.entity] == 0 || f.key == kLeadsEnd) return Status::OK();
    const NodeId id = nodes_[f.entity];
    const Evidence ev = EvidenceOf(f.source);
    Node* node = nullptr;
    CG_RETURN_IF_ERROR(CachedNode(id, &node));
    Value value = f.value;
    const Status ok = Ontology::Default().CheckNodeProperty(node->labels, f.key, &value);
    if (!ok.ok()) return Soft(ok, fmt::format("{} of {}", f.key, g_.entities[f.entity].name));
    if (!node->Find(f.key)) {
      // A value a researcher rejected (graph/curation/reject.cc) is kept as
      // a claim, never made the property.
      std::vector<graph::curation::ClaimRejection> rejections;
      CG_RETURN_IF_ERROR(graph::curation::DecisionStore::ClaimRejections(*txn_, id, &rejections));
      if (graph::curation::RejectionOf(rejections, {f.key, value, ev}) == 0) {
        node->properties[f.key] = value;
        dirty_nodes_.insert(id);
      }
    }
    return Claim(id, f.key, value, ev);
  }

  Status WriteRelation(const LocalRelation& r) {
    if (r.from < 0 || r.to < 0) return Status::OK();
    const NodeId from = nodes_[r.from], to = nodes_[r.to];
    if (from == 0 || to == 0 || from == to) return Status::OK();
    const Evidence ev = EvidenceOf(r.source);
    // Named only in a warning: formatted only for one.
    const auto what = [&] {
      return fmt::format("{} {} -> {}", r.type, g_.entities[r.from].name, g_.entities[r.to].name);
    };
    RelId id = 0;
    const bool symmetric = r.type == "ALLIED_WITH" || r.type == "RIVAL_OF" || r.type == "COOPERATES_WITH";
    CG_RETURN_IF_ERROR(cache_->FindRelationship(*txn_, r.type, from, to, symmetric, &id));
    PropertyMap props;
    for (const auto& [key, value] : r.props) {
      Value checked = value;
      const Status ok = Ontology::Default().CheckRelationshipProperty(r.type, key, &checked);
      if (ok.ok()) {
        props[key] = std::move(checked);
      } else {
        CG_RETURN_IF_ERROR(Soft(ok, what()));
      }
    }
    const bool existed = id != 0;
    if (id == 0) {
      Status s = txn_->CreateRelationship(r.type, from, to, {}, &id);
      if (!s.ok()) return Soft(s, what());
      cache_->NoteRelationship(r.type, from, to, id);
      ++counts_->new_relationships;
    }
    Relationship* rel = nullptr;
    CG_RETURN_IF_ERROR(CachedRel(id, &rel));
    // hedged: true only while every statement of the fact is hedged.
    if (!r.source.hedged && rel->properties.erase("hedged")) dirty_rels_.insert(id);
    if (existed && !rel->Find("hedged")) props.erase("hedged");
    for (const auto& [key, value] : props) {
      if (!rel->Find(key)) {
        rel->properties[key] = value;
        dirty_rels_.insert(id);
      }
      if (IsSingleValuedKey(key)) CG_RETURN_IF_ERROR(AddClaim(graph::ClaimOn::kRelationship, id, {key, value, ev}));
    }
    CG_RETURN_IF_ERROR(AddEvidenceTo(id, ev));
    // Single-valued facts told by a relationship, kept as node claims so that
    // disagreements show: a unit sits under one command; a person has one reward.
    if (r.type == "PART_OF") {
      CG_RETURN_IF_ERROR(Claim(from, "PART_OF", Value(g_.entities[r.to].name), ev));
    } else if (r.type == "OFFERED_REWARD") {
      if (auto amount = r.props.find("amount"); amount != r.props.end()) {
        CG_RETURN_IF_ERROR(Claim(to, "reward", amount->second, ev));
      }
    }
    return Status::OK();
  }

  // A person this article reports killed, arrested, extradited or dead no
  // longer leads: every open LEADS of the node (from any article) ends, with
  // the strongest cause the article states for any name of the person.
  Status EndLeadership() {
    struct End {
      std::string cause;
      std::optional<Date> when;
      Source source;
    };
    std::map<NodeId, End> ends;
    for (const LocalFact& f : g_.facts) {
      if (f.key != kLeadsEnd || f.entity < 0 || nodes_[f.entity] == 0) continue;
      const std::string cause = LeadsEndCause(g_, f.entity);
      End& end = ends[nodes_[f.entity]];
      if (end.cause.empty() || LeadsEndRank(cause) < LeadsEndRank(end.cause)) {
        end.cause = cause;
        end.source = f.source;
      }
      for (const LocalFact& d : g_.facts) {
        if (d.entity == f.entity && d.key == "died" && d.value.is_date()) end.when = d.value.as_date();
      }
    }
    for (auto& [node, end] : ends) {
      if (!end.when) end.when = g_.date;
      const Evidence ev = EvidenceOf(end.source);
      std::vector<RelId> leads;
      CG_RETURN_IF_ERROR(txn_->ForEachEdge(node, graph::Direction::kOutgoing, "LEADS", [&](const graph::Edge& edge) {
        leads.push_back(edge.rel);
        return true;
      }));
      for (RelId id : leads) {
        Relationship* rel = nullptr;
        CG_RETURN_IF_ERROR(CachedRel(id, &rel));
        if (!rel->Find("until") && end.when) {
          rel->properties["until"] = Value(*end.when);
          dirty_rels_.insert(id);
        }
        const Value* cause = rel->Find("end_cause");
        if (!cause || (cause->is_string() && LeadsEndRank(end.cause) < LeadsEndRank(cause->as_string()))) {
          rel->properties["end_cause"] = Value(end.cause);
          dirty_rels_.insert(id);
        }
        CG_RETURN_IF_ERROR(AddClaim(graph::ClaimOn::kRelationship, id, {"end_cause", Value(end.cause), ev}));
        CG_RETURN_IF_ERROR(AddEvidenceTo(id, ev));
      }
    }
    return Status::OK();
  }

  Status WriteMentions() {
    std::map<NodeId, int64_t> counts;
    for (size_t i = 0; i < g_.entities.size(); ++i) {
      if (nodes_[i] != 0) ++counts[nodes_[i]];
    }
    for (const auto& [id, n] : counts) {
      RelId rel = 0;
      CG_RETURN_IF_ERROR(txn_->CreateRelationship("MENTIONED_IN", id, article_node_, {{"count", Value(n)}}, &rel));
      cache_->NoteRelationship("MENTIONED_IN", id, article_node_, rel);
    }
    return Status::OK();
  }

  const Document& doc_;
  const ArticleGraph& g_;
  graph::WriteTxn* txn_;
  ResolutionCache* cache_;
  Counts* counts_;
  std::vector<std::string>* warnings_;
  std::vector<std::string>* persons_;
  NodeId article_node_ = 0;
  std::vector<NodeId> nodes_;  // local entity -> node (0: not written)
  ArticleEvents article_events_;  // the events resolved so far
  std::map<NodeId, Node> node_cache_;        // records changed by facts, written by Flush
  std::map<RelId, Relationship> rel_cache_;
  std::set<NodeId> dirty_nodes_;             // the cached records Flush writes
  std::set<RelId> dirty_rels_;
};

}  // namespace

bool IsSingleValuedKey(std::string_view key) {
  return key == "amount" || key == "date" || key == "since" || key == "until" || key == "end_cause" ||
         key == "designation" || key == "organization";
}

Status WriteArticle(const Document& doc, const ArticleGraph& article, graph::WriteTxn* txn, ResolutionCache* cache,
                    Counts* counts, std::vector<std::string>* warnings, std::vector<std::string>* persons) {
  ArticleWriter writer(doc, article, txn, cache, counts, warnings, persons);
  return writer.Run();
}

}  // namespace cg::ingest
