// ArticleGraph: what one article states, as extracted, before it meets the
// database: local entities (indices), relationships and node facts, each fact
// with its source sentence, rule id and confidence.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/sentences.h"
#include "schema/date.h"
#include "schema/value.h"

namespace cg::ingest {

struct LexEntry;

// Where a fact was read: a sentence of the article and the rule that read it.
struct Source {
  uint32_t sentence = 0;  // index into ArticleGraph::sentences
  std::string rule;
  float confidence = 1.0f;
  bool hedged = false;    // stated with a hedge ("allegedly", "is believed to"): kept, less confident
};

struct LocalEntity {
  std::string primary;               // ontology primary label
  std::string refining;              // refining label or ""
  std::string name;                  // canonical: the most complete form seen
  std::vector<std::string> aliases;  // every surface form (name included)
  std::vector<std::string> alias_keys;  // NormalizeName of each alias
  const LexEntry* lex = nullptr;     // the lexicon entry it was recognized from
  bool emit = true;                  // false: recognized but never written (regions)
  bool mentioned = false;            // named by the text (not only implied, like a country's government)
  int merged_into = -1;              // >= 0: this entity is the same as that one
  int stands_for = -1;               // a country used as an actor: its government
  bool official = false;             // Persons: named with a title of office ("President X", "Secretary X")
  char gender = 0;                   // Persons: 'm' or 'f' once "he" / "she" (his, her, ...) has referred to them
  // Events only.
  std::optional<Date> date;
  std::vector<std::string> nouns;    // "raid", "killing", ... as the text names it
  bool strong_class = false;         // refining label from a specific noun ("raid")
  std::string designation;           // Designation events: the designation named ("Foreign Terrorist Organization")
  bool named_by_noun = false;        // mentioned by a noun ("the killing"), not only by a verb ("troops killed")
  bool apart = false;                // read in a sentence that says it is another ("Separately, ...")
  bool continues = false;            // a designation that goes on with one told before ("OFAC also
                                     // designated X", "OFAC designated the five leaders")
  bool described = false;            // an act on a person described, not named ("captured the leader of
                                     // X"): written only as the act a following sentence names
  bool named_next = false;           // an act on one person an indefinite noun describes ("arrested a
                                     // man suspected of ..."): the act a following sentence names, if one does
  int count = 0;                     // the count of people its verb's object names when it also names
                                     // some of them ("sent 17 suspected operatives ..., among them X")
  int one_act_with = -1;             // the act of the other kind this one is the way of ("X was killed when
                                     // gunmen ambushed his car", "ambushed a patrol, killing four")
  // How the text itself names the event when its target stands for unnamed members ("the
  // October 6 designation of members of the CJNG") or is a count ("extradited 29 cartel bosses"):
  // `head`, the text of tokens [first, last), then each name of `target` (if >= 0), then the text
  // of tokens [tail, tail_end). NameEvents (article_events.h) turns them into names.
  struct Phrase {
    std::string head;
    uint32_t first = 0, last = 0;
    int target = -1;
    uint32_t tail = 0, tail_end = 0;
  };
  std::vector<Phrase> phrases;
  std::vector<int> member_groups;    // targets that stand for their unnamed members (no "arrest of <group>")

  void AddAlias(const std::string& alias);
};

struct LocalRelation {
  std::string type;
  int from = -1, to = -1;
  PropertyMap props;
  Source source;
};

// A node property stated by the article ("status = dead").
struct LocalFact {
  int entity = -1;
  std::string key;
  Value value;
  Source source;
};

// A candidate fact a rule read but did not assert, and why ("negated: not",
// "below --min-confidence 0.70"): what `cartelgraph explain` shows.
struct Rejected {
  LocalRelation relation;
  std::string reason;
};

struct ArticleGraph {
  std::optional<Date> date;            // the article's date (front matter, option or dateline)
  std::vector<Sentence> sentences;
  std::vector<LocalEntity> entities;
  std::vector<LocalRelation> relations;
  std::vector<LocalFact> facts;
  std::vector<Rejected> rejected;

  // The surviving entity of `e` after merges.
  int Root(int e) const {
    while (e >= 0 && entities[e].merged_into >= 0) e = entities[e].merged_into;
    return e;
  }
};

// The role of a PARTICIPATED_IN ("target", "conductor", ...); "" for any other relationship or none.
// A view of r's own property (compared, not kept: ~230 k questions per 0.3 MB, two passes).
std::string_view ParticipantRole(const LocalRelation& r);

// The relationships as sorted, distinct lines "TYPE From -> To", with the
// role of PARTICIPATED_IN and the relation of RELATIVE_OF in braces: the
// form of the expected graphs under tests/ingest/articles/.
std::vector<std::string> DescribeRelations(const ArticleGraph& graph);

// Has the graph made person p a member or head of a body that is no criminal group (an agency, a
// force, a government: "Army spokesman X"), or does a title of office name p ("Attorney General X")?
bool ServesBody(const ArticleGraph& graph, int p);

// Makes `from` an alias of `into` (names, aliases, mention flag); the longer
// person name becomes the canonical one, nicknames and descriptions ("El
// Chapo's son") never do.
void MergeEntities(ArticleGraph* graph, int from, int into);

}  // namespace cg::ingest
