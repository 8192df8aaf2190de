// "It is being designated": the designee the sentence before opens with (see mention_finder.h DesigneeIt).
#include "ingest/clause.h"
#include "ingest/mention_finder.h"

namespace cg::ingest {

void MentionFinder::DesigneeIt(const Sentence& s, const std::vector<Mention>& before, std::vector<Mention>* out) {
  const uint32_t open = s.first_token;
  if (open + 3 >= s.last_token || t_[open].norm != "it" || !OneOf(t_[open + 1].norm, "is|was|has|had")) return;
  uint32_t k = open + 2;
  while (k < s.last_token && k <= open + 4 && OneOf(t_[k].norm, "being|been|also|now|today")) ++k;
  if (k >= s.last_token || !OneOf(t_[k].norm, "designated|sanctioned|identified|blocked|listed")) return;
  for (const Mention& m : before) {
    if (m.kind != Mention::Kind::kEntity || m.entity < 0) continue;
    if (InDateline(m)) continue;
    const LocalEntity& e = table_.at(m.entity);
    // A company (a plain organization) or a criminal group; a person would be "he" or "she".
    if (e.primary != "Organization" || !(e.refining.empty() || e.refining == "Cartel")) return;
    Mention it;
    it.first = open;
    it.last = open + 1;
    it.entity = table_.Root(m.entity);
    it.anaphoric = true;
    out->insert(out->begin(), it);
    table_.Touch(it.entity);
    return;
  }
}

}  // namespace cg::ingest
