// cg.succession(org): an organization's chain of leaders, in order.
//
//   CALL cg.succession('CJNG') YIELD leader, since, until, end_cause
//
// `org` is an Organization node or a name: an organization's name or one
// of its aliases, accents, case and punctuation folded (NormalizeName); a
// name no organization has is an ArgumentError naming it, and a name
// several organizations share gives each one's chain.
//
// One row per LEADS into the organization: organization, leader, since,
// until, end_cause (null when not stated), evidence (how many distinct
// articles support that LEADS), and through SUCCEEDED the leader's
// predecessor and successor in this organization (null when none is
// known). A SUCCEEDED counts for the organization when its `organization`
// names it, or, without one, when both people led it. A predecessor or
// successor known only through a SUCCEEDED that names the organization
// has a row of its own, without dates, its evidence being that SUCCEEDED's.
//
// Rows are ordered by since (by until when since is unknown); a row
// without either date goes by the date of its SUCCEEDED link (on the day
// it took over, or just before the day its successor did), else right
// before its successor's row, else right after its predecessor's, else
// last, after its predecessor. Only the first SUCCEEDED of each leader
// counts. `gap` is true when the previous row's
// until comes before this row's since, `overlap` when this row's since
// comes before the previous row's until (each at the coarser precision of
// the two dates: 2013 neither precedes nor follows 2013-05); both are null
// on the first row and when either date is unknown.
//
// Under an as-of day only the LEADS and SUCCEEDED that hold on it count
// (ProcedureContext::Sees): the chain as it stood that day, a tenure that
// ended before it or began after it left out.
#include <algorithm>
#include <map>
#include <set>

#include "query/error.h"
#include "query/procedures/arguments.h"
#include "query/procedures/leadership.h"
#include "schema/normalize.h"

namespace cg::query {

namespace {

using leadership::Check;

struct Row {
  graph::NodeId leader = 0;
  std::optional<Date> since, until;
  std::string end_cause;
  int64_t evidence = 0;
  graph::NodeId predecessor = 0, successor = 0;
  // The dates of the SUCCEEDED links: when this leader took over from the
  // predecessor, and when the successor took over.
  std::optional<Date> took_over = std::nullopt, handed_over = std::nullopt;
  // Where the row sorts: a date, and `bias` -1 to go before the rows of
  // that date, +1 after them.
  std::optional<Date> key = std::nullopt;
  int bias = 0;
};

class Chain {
 public:
  Chain(const ProcedureContext& ctx, graph::NodeId org) : ctx_(ctx), r_(ctx.reader()), org_(org) {
    cg::Value v;
    Check(r_.GetNodeProperty(org, "name", &v));
    if (v.is_string()) names_.insert(NormalizeName(v.as_string()));
    Check(r_.GetNodeProperty(org, "aliases", &v));
    if (v.is_list()) {
      for (const cg::Value& a : v.as_list()) {
        if (a.is_string()) names_.insert(NormalizeName(a.as_string()));
      }
    }
  }

  std::vector<Row> Build() {
    for (const leadership::Tenure& t : leadership::TenuresOf(ctx_, org_)) {
      if (!ctx_.Sees(t.rel)) continue;
      rows_.push_back(Row{t.leader, t.since, t.until, t.end_cause, leadership::SourceCount(r_, t.rel)});
      if (!row_of_.count(t.leader)) row_of_[t.leader] = rows_.size() - 1;
    }
    for (size_t i = 0; i < rows_.size(); ++i) Link(i);  // Link may append rows
    Order();
    return std::move(rows_);
  }

 private:
  // The SUCCEEDED links of row i's leader that count for the organization.
  void Link(size_t i) {
    std::vector<graph::Edge> edges;
    ForEachSeenEdge(ctx_, rows_[i].leader, graph::Direction::kBoth, "SUCCEEDED", [&](const graph::Edge& e) {
      edges.push_back(e);
      edges.back().type = {};  // valid only during the callback
      return true;
    });
    for (const graph::Edge& e : edges) {
      const graph::NodeId other = e.other();
      const std::string organization = leadership::StringProperty(r_, e.rel, "organization");
      const bool named = !organization.empty() && names_.count(NormalizeName(organization));
      if (!named && (!organization.empty() || !row_of_.count(other))) continue;
      if (!row_of_.count(other)) {
        rows_.push_back(Row{other, std::nullopt, std::nullopt, "", leadership::SourceCount(r_, e.rel)});
        row_of_[other] = rows_.size() - 1;
      }
      // e.outgoing: this leader succeeded `other`.
      Row& successor = e.outgoing ? rows_[i] : rows_[row_of_[other]];
      Row& predecessor = e.outgoing ? rows_[row_of_[other]] : rows_[i];
      if (successor.predecessor != 0 || predecessor.successor != 0) continue;  // the first link counts
      successor.predecessor = predecessor.leader;
      predecessor.successor = successor.leader;
      const std::optional<Date> date = leadership::DateProperty(r_, e.rel, "date");
      successor.took_over = date;
      predecessor.handed_over = date;
    }
  }

  void Order() {
    // Its own dates, else the dates of its SUCCEEDED links.
    for (Row& row : rows_) {
      if (row.since || row.until) {
        row.key = row.since ? row.since : row.until;
      } else if (row.took_over) {
        row.key = row.took_over;
      } else if (row.handed_over) {
        row.key = row.handed_over;
        row.bias = -1;
      }
    }
    // Else its successor's or predecessor's.
    std::vector<std::optional<Date>> keys;
    for (const Row& row : rows_) keys.push_back(row.key);
    for (Row& row : rows_) {
      if (row.key) continue;
      const std::optional<Date>* after = row.successor ? &keys[row_of_.at(row.successor)] : nullptr;
      const std::optional<Date>* before = row.predecessor ? &keys[row_of_.at(row.predecessor)] : nullptr;
      if (after && *after) {
        row.key = *after;
        row.bias = -1;
      } else if (before && *before) {
        row.key = *before;
        row.bias = 1;
      }
    }
    std::stable_sort(rows_.begin(), rows_.end(), [](const Row& a, const Row& b) {
      if (a.key.has_value() != b.key.has_value()) return a.key.has_value();
      if (a.key != b.key) return *a.key < *b.key;
      return a.bias < b.bias;
    });
    // The rows without any date last, each after its predecessor.
    auto undated = std::find_if(rows_.begin(), rows_.end(), [](const Row& row) { return !row.key; });
    for (auto next = undated; next != rows_.end(); ++next) {
      auto ready = std::find_if(next, rows_.end(), [&](const Row& row) {
        return std::none_of(next, rows_.end(), [&](const Row& other) { return other.leader == row.predecessor; });
      });
      std::rotate(next, ready == rows_.end() ? next : ready, ready == rows_.end() ? next + 1 : ready + 1);
    }
  }

  const ProcedureContext& ctx_;
  const graph::Reader& r_;
  graph::NodeId org_;
  std::set<std::string> names_;  // the organization's normalized names
  std::vector<Row> rows_;
  std::map<graph::NodeId, size_t> row_of_;  // a leader's first row
};

Value NodeOrNull(graph::NodeId id) { return id ? Value(NodeRef{id}) : Value(); }
Value DateOrNull(const std::optional<Date>& d) { return d ? Value(*d) : Value(); }

class Succession : public Procedure {
 public:
  Succession()
      : Procedure("cg.succession", {{"org", "ANY"}},
                  {{"organization", "NODE"},
                   {"leader", "NODE"},
                   {"since", "DATE?"},
                   {"until", "DATE?"},
                   {"end_cause", "STRING?"},
                   {"predecessor", "NODE?"},
                   {"successor", "NODE?"},
                   {"evidence", "INTEGER"},
                   {"gap", "BOOLEAN?"},
                   {"overlap", "BOOLEAN?"}},
                  "An organization's leaders in order (org: an Organization node or its name), with dates, "
                  "SUCCEEDED links, evidence, and gaps and overlaps between consecutive tenures") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    std::vector<List> out;
    for (graph::NodeId org : Organizations(ctx.reader(), args[0])) {
      const std::vector<Row> rows = Chain(ctx, org).Build();
      for (size_t i = 0; i < rows.size(); ++i) {
        const Row& row = rows[i];
        Value gap, overlap;
        if (i > 0 && rows[i - 1].until && row.since) {
          gap = !HoldsOn(row.since, std::nullopt, *rows[i - 1].until);
          overlap = HoldsOn(std::nullopt, rows[i - 1].until, *row.since);
        }
        out.push_back({NodeRef{org}, NodeRef{row.leader}, DateOrNull(row.since), DateOrNull(row.until),
                       row.end_cause.empty() ? Value() : Value(row.end_cause), NodeOrNull(row.predecessor),
                       NodeOrNull(row.successor), row.evidence, gap, overlap});
      }
    }
    return std::make_unique<VectorRows>(std::move(out));
  }

 private:
  // The organizations `org` (a node or a name) designates, by id.
  std::vector<graph::NodeId> Organizations(const graph::Reader& r, const Value& org) const {
    std::vector<graph::NodeId> out;
    if (org.is_node()) {
      const graph::NodeId id = org.as_node().id;
      if (r.NodeExists(id) && leadership::HasLabel(r, id, "Organization")) return {id};
      throw RuntimeError("ArgumentError", "InvalidArgumentValue",
                         name() + ": org must be an Organization node or an organization's name, got a node that " +
                             (r.NodeExists(id) ? "is not an Organization" : "no longer exists"));
    }
    if (!org.is_string()) {
      throw RuntimeError("ArgumentError", "InvalidArgumentValue",
                         name() + ": org must be an Organization node or an organization's name, got " +
                             org.TypeName());
    }
    Check(r.ForEachNodeNamed(org.as_string(), [&](graph::NodeId id) {
      if (leadership::HasLabel(r, id, "Organization")) out.push_back(id);
      return true;
    }));
    if (out.empty()) {
      throw RuntimeError("ArgumentError", "InvalidArgumentValue",
                         name() + ": no organization is named '" + org.as_string() + "'");
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }
};

}  // namespace

std::unique_ptr<Procedure> leadership::MakeSuccession() { return std::make_unique<Succession>(); }

}  // namespace cg::query
