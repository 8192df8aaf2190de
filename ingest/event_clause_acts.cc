// Acts told by two clauses of one sentence as one (mention_finder.h, ClauseAct).
#include "ingest/clause.h"
#include "ingest/entity_table.h"
#include "ingest/mention_finder.h"

namespace cg::ingest {

int MentionFinder::ClauseAct(size_t i, size_t first, const std::string& cls, const std::vector<Mention>& out) const {
  size_t from = i;  // where the act of the other kind must end before
  std::string other;
  if (cls == "Attack" && t_[i].norm.ends_with("ed")) {
    // "was killed ... when members of the Zetas ambushed his vehicle": the subject between "when" and
    // the verb holds no clause break.
    size_t k = i;
    for (int n = 0; n < 10 && k > first && t_[k - 1].norm != "when"; ++n) {
      --k;
      if (!t_[k].word() && !t_[k].is(Token::kCapitalized) && t_[k].norm != "-" && t_[k].norm != "'s") return -1;
    }
    if (k <= first || t_[k - 1].norm != "when") return -1;
    from = k - 1;
    other = "Killing";
  } else if (cls == "Killing" && t_[i].norm == "killing" && i > first && t_[i - 1].norm == ",") {
    from = i - 1;
    other = "Attack";
  } else if (cls == "Killing" && !t_[i].norm.ends_with("ing")) {
    // "the ambush in San Luis Potosí in which agent X was killed": the relative clause tells the
    // attack's outcome.
    size_t k = i;
    for (int n = 0; n < 14 && k > first + 1 && !(t_[k - 1].norm == "which" && OneOf(t_[k - 2].norm, "in|during")); ++n) {
      --k;
      if (!t_[k].word() && !t_[k].is(Token::kCapitalized) && t_[k].norm != "-" && t_[k].norm != "'s") return -1;
    }
    if (k <= first + 1 || t_[k - 1].norm != "which" || !OneOf(t_[k - 2].norm, "in|during")) return -1;
    from = k - 2;
    other = "Attack";
  } else {
    return -1;
  }
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
