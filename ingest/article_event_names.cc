// Article events (article_events.h): naming the events of a whole article after what the text
// calls them, their targets and their places.
#include "ingest/article_events.h"

#include <algorithm>
#include <cctype>

#include "ingest/clause.h"
#include "ingest/matcher.h"

namespace cg::ingest {
namespace {

// The usual nouns for an event of a kind, so that "the capture of X" finds "X's arrest". (Not
// "sanctions" for a "designation": event names identify events across articles.)
std::vector<std::string_view> SynonymsOf(std::string_view refining) {
  if (refining == "Arrest") return {"arrest", "capture"};
  // A killing is also reported as a murder or, by its place, a shooting ("the Falcon Lake shooting").
  if (refining == "Killing") return {"killing", "death", "murder", "shooting"};
  if (refining == "Attack") return {"attack", "shooting"};
  // Writers tell a mass extradition as a transfer or a handover ("the transfer of 29 cartel bosses").
  if (refining == "Extradition") return {"extradition", "transfer", "handover"};
  if (refining == "Designation") return {"designation", "sanctions"};
  // Roadblocks of burning vehicles are told as blockades or as a group's retaliation.
  if (refining == "Blockade") return {"retaliation", "blockades"};
  return {};
}

// "Foreign Terrorist Organization" -> "FTO"; "" unless every word is capitalized.
std::string Acronym(const std::string& words) {
  std::string out;
  bool start = true;
  for (char c : words) {
    if (start && !std::isupper(static_cast<unsigned char>(c))) return "";
    if (start) out += c;
    start = c == ' ';
  }
  return out.size() >= 2 ? out : "";
}

}  // namespace

void NameEvents(const std::string& text, const std::vector<Token>& tokens, ArticleGraph* g) {
  auto span = [&](uint32_t first, uint32_t last) {
    return first < last ? text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin) : std::string();
  };
  for (size_t i = 0; i < g->entities.size(); ++i) {
    LocalEntity& e = g->entities[i];
    if (e.merged_into >= 0 || e.primary != "Event" || e.nouns.empty()) continue;
    std::vector<std::string> names, targets, places;
    for (const LocalEntity::Phrase& p : e.phrases) {
      const std::string head = p.head + span(p.first, p.last);
      const std::string tail = p.tail < p.tail_end ? " " + span(p.tail, p.tail_end) : std::string();
      if (p.target < 0) {
        names.push_back(head);
        continue;
      }
      const auto& aliases = g->entities[g->Root(p.target)].aliases;
      for (size_t a = 0; a < aliases.size() && a < 4; ++a) {
        names.push_back(head + (head.empty() || head.back() == ' ' ? "" : " ") + aliases[a] + tail);
      }
    }
    auto member_group = [&](int entity) {
      return std::any_of(e.member_groups.begin(), e.member_groups.end(),
                         [&](int m) { return g->Root(m) == g->Root(entity); });
    };
    std::vector<int> roots;  // the targets, each once
    for (const LocalRelation& r : g->relations) {
      // Named after its first targets (a few names each): enough to find it again.
      if (g->Root(r.to) == static_cast<int>(i) && IsTargetRole(r) && !member_group(r.from)) {
        if (std::find(roots.begin(), roots.end(), g->Root(r.from)) == roots.end()) roots.push_back(g->Root(r.from));
        // Its most complete name first ("his brother Omar", later "Omar Treviño Morales").
        const LocalEntity& target = g->entities[g->Root(r.from)];
        if (targets.size() < 8) {
          targets.push_back(target.name);
          for (size_t a = 0; a < target.aliases.size() && a < 4; ++a) {
            if (target.aliases[a] != target.name) targets.push_back(target.aliases[a]);
          }
        }
      }
      if (g->Root(r.from) == static_cast<int>(i) && r.type == "OCCURRED_IN" && places.size() < 4) {
        places.push_back(g->entities[g->Root(r.to)].name);
      }
    }
    // "the arrest of Qingzhou Wang and Yiyi Chen": an act on two or three, named by all of them in
    // any order (each by its first names).
    std::vector<std::string> together;
    if (roots.size() == 2 || roots.size() == 3) {
      std::sort(roots.begin(), roots.end());
      do {
        std::vector<std::string> firsts{""};
        for (size_t k = 0; k < roots.size(); ++k) {
          const auto& aliases = g->entities[roots[k]].aliases;
          std::vector<std::string> next;
          for (const std::string& f : firsts) {
            for (size_t a = 0; a < aliases.size() && a < (roots.size() == 2 ? 3 : 1); ++a) {
              next.push_back(f + (k == 0 ? "" : k + 1 == roots.size() ? " and " : ", ") + aliases[a]);
            }
          }
          firsts = std::move(next);
        }
        together.insert(together.end(), firsts.begin(), firsts.end());
      } while (std::next_permutation(roots.begin(), roots.end()));
    }
    std::vector<std::string> nouns = e.nouns;
    for (std::string_view synonym : SynonymsOf(e.refining)) {
      if (std::find(nouns.begin(), nouns.end(), synonym) == nouns.end()) nouns.emplace_back(synonym);
    }
    for (const std::string& noun : nouns) {
      // "the raid on X", "the attack on X", "sanctions on X": acts aimed at something take "on".
      const bool on = OneOf(noun, "raid|attack|assault|sanctions");
      for (const std::string& t : IsFightNoun(noun) ? std::vector<std::string>() : targets) {
        names.push_back(noun + " of " + t);
        if (on) names.push_back(noun + " on " + t);
        names.push_back(t + "'s " + noun);
        names.push_back(t + " " + noun);
      }
      for (const std::string& p : places) {
        names.push_back(noun + " in " + p);
        names.push_back(p + " " + noun);  // "Tapalpa raid"
      }
      for (const std::string& t : together) {
        names.push_back(noun + " of " + t);
        if (on) names.push_back(noun + " on " + t);
      }
    }
    // "FTO designation of X", "designation of X as a Foreign Terrorist Organization".
    if (!e.designation.empty()) {
      const std::string acronym = Acronym(e.designation);
      for (const std::string& t : together) {
        if (!acronym.empty()) names.push_back(acronym + " designation of " + t);
      }
      for (const std::string& t : targets) {
        if (!acronym.empty()) {
          names.push_back(acronym + " designation of " + t);
          names.push_back(t + " " + acronym + " designation");
        }
        names.push_back("designation of " + t + " as a " + e.designation);
        names.push_back(e.designation + " designation of " + t);
      }
      // "FTO designation": the kind of act alone, by which other articles' acts of that kind find it
      // (writer.cc ResolveEvent).
      names.push_back(e.designation + " designation");
      if (!acronym.empty()) names.push_back(acronym + " designation");
    }
    // "OFAC designation of the leaders of Los Chapitos": a designation also by its designator's
    // acronym ("OFAC", "DEA") before the name.
    if (e.refining == "Designation") {
      std::vector<std::string> acronyms;
      for (const LocalRelation& r : g->relations) {
        if (g->Root(r.to) != static_cast<int>(i) || ParticipantRole(r) != "conductor") continue;
        for (const std::string& a : g->entities[g->Root(r.from)].aliases) {
          const bool upper = a.size() >= 2 && a.size() <= 6 &&
                             std::all_of(a.begin(), a.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
          if (upper && std::find(acronyms.begin(), acronyms.end(), a) == acronyms.end()) acronyms.push_back(a);
        }
      }
      const size_t n = names.size();
      for (const std::string& acronym : acronyms) {
        for (size_t k = 0; k < n; ++k) {
          if (names[k].find(" of ") != std::string::npos || names[k].find(" on ") != std::string::npos) {
            names.push_back(acronym + " " + names[k]);
          }
        }
      }
    }
    const std::string main = names.empty() ? e.nouns[0] : names[0];
    e.name = main;
    e.aliases.clear();
    e.alias_keys.clear();
    e.AddAlias(main);
    for (const std::string& n : names) e.AddAlias(n);
    for (const std::string& n : e.nouns) e.AddAlias(n);
  }
}


}  // namespace cg::ingest
