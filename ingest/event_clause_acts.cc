// Acts told by two clauses of one sentence as one (mention_finder.h, ClauseAct).
#include "ingest/clause.h"
#include "ingest/entity_table.h"
#include "ingest/mention_finder.h"

namespace cg::ingest {

int MentionFinder::ClauseAct(size_t i, size_t first, const std::string& cls, const std::vector<Mention>& out) const {
  // Back from t_[i] over the words of one clause (no punctuation between) to the word `opens`
  // accepts: its index, else npos.
  auto opener = [&](size_t limit, auto opens) -> size_t {
    for (size_t k = i, n = 0; k > first && n <= limit; --k, ++n) {
      if (opens(k - 1)) return k - 1;
      const Token& w = t_[k - 1];
      if (!w.word() && !w.is(Token::kCapitalized) && w.norm != "-" && w.norm != "'s") return std::string::npos;
    }
    return std::string::npos;
  };
  size_t from = std::string::npos;  // where the act of the other kind must end before
  std::string other;
  if (cls == "Attack" && t_[i].norm.ends_with("ed")) {
    // "was killed ... when members of the Zetas ambushed his vehicle".
    from = opener(10, [&](size_t k) { return t_[k].norm == "when"; });
    other = "Killing";
  } else if (cls == "Killing" && t_[i].norm == "killing" && i > first && t_[i - 1].norm == ",") {
    // "ambushed a convoy of state police, killing 15 officers".
    from = i - 1;
    other = "Attack";
  } else if (cls == "Killing" && t_[i].norm.ends_with("ed") && i >= first + 2 && t_[i - 1].norm == "and") {
    // "Gunmen ambushed and killed a navy vice admiral": two verbs of one subject and one object, one
    // act (one named, "ambushed and killed X", joins by its shared target: article_events.cc).
    from = i - 1;
    other = "Attack";
    const bool named = i + 1 < t_.size() && t_[i + 1].is(Token::kCapitalized);
    if (out.empty() || out.back().last != from || named) return -1;
  } else if (cls == "Killing" && !t_[i].norm.ends_with("ing")) {
    // "the ambush in San Luis Potosí in which agent X was killed": the relative clause tells the
    // attack's outcome.
    const size_t which =
        opener(14, [&](size_t k) { return k > first && t_[k].norm == "which" && OneOf(t_[k - 1].norm, "in|during"); });
    from = which == std::string::npos ? which : which - 1;
    other = "Attack";
  }
  if (from == std::string::npos) return -1;
  for (auto m = out.rbegin(); m != out.rend(); ++m) {
    if (m->first < first) break;
    if (m->kind != Mention::Kind::kEntity || m->entity < 0 || m->last > from) continue;
    const LocalEntity& ev = table_.at(m->entity);
    if (ev.primary != "Event") continue;
    return ev.refining == other && m->last + 25 >= from ? table_.Root(m->entity) : -1;
  }
  return -1;
}

}  // namespace cg::ingest
