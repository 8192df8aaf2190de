// Event identity across articles: which stored Event node an event of the
// article being written is (writer.h asks it after the other entities are
// resolved). Events have no names of their own: one article's "arrest of
// Caro Quintero" may be another's "Rafael Caro Quintero's capture", or the
// arrest of his brother, or his arrest of 1985 rather than 2022.
//
// A stored event is a candidate when it shares a name with the article's
// event or has one of its persons as target (writer.cc; for an event the
// same article resolved before, ArticleEvents), and is of the same group of
// kinds (EventGroup). It is the same happening only when
//  - persons: both have persons as targets (or victims), and one of them is
//    the same node or could be one person by name (resolution_names.h:
//    "El Chapo" and "Joaquín Guzmán Loera" may be; Rafael and Miguel Ángel
//    Caro Quintero, or two co-defendants arrested apart, are not). Not asked
//    of designations, one act of which names many persons and groups;
//  - dates: when both are dated, the dates overlap;
//  - places, when one has no person as target (persons decide the rest: a
//    person's one arrest is told in nearby towns): when both are placed, one
//    place of each is the same or holds
//    the other (LOCATED_IN, as stored), or no two of their places are of one
//    kind (a city and a state the database does not relate may be one
//    place: "in Culiacán", "in Sinaloa"). Two arrests of a gang's members in
//    2009, in El Paso and in Ciudad Juárez, are two.
// A dated event joins the fitting candidate of an overlapping date that
// shares the most names. Any other joins the fitting candidate that shares
// the most names only when the fitting candidates can all be one happening
// (an undated "the arrest of X" beside X's arrests of 1985 and 2022 joins
// neither: it becomes an event of its own).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "graph/reader.h"
#include "graph/types.h"
#include "ingest/article_graph.h"
#include "ingest/resolution_cache.h"
#include "schema/date.h"

namespace cg::ingest {

// A person an event was done to, and the person's names (the node's name first).
struct EventTarget {
  graph::NodeId id = 0;
  std::vector<std::string> names;
};

// A place an event occurred in: its labels and the places the database holds it within.
struct EventPlace {
  graph::NodeId id = 0;
  std::vector<std::string> labels;
  std::vector<graph::NodeId> within;
};

// What identity compares of an event, stored or the article's.
struct EventTraits {
  std::optional<Date> date;          // when it happened, if told
  std::vector<EventTarget> targets;  // persons, its targets or victims
  std::vector<EventPlace> places;    // where it occurred, if told
};

struct StoredEvent {
  graph::NodeId id = 0;
  int votes = 0;  // names it shares with the article's event
  EventTraits traits;
};

// Whether participation `rel` is the act's object: its target or victim (a
// rule's choice between the two makes no other happening).
Status IsEventObject(const graph::Reader& txn, ResolutionCache* cache, graph::RelId rel, bool* out);

// The traits of stored event `node` (for a designation, only its date and places).
Status ReadEventTraits(const graph::Reader& txn, ResolutionCache* cache, const graph::Node& node,
                       EventTraits* out);

// The stored events with person `target` as target or victim: candidates
// with no shared name (0 votes unless `votes` has them already).
Status EventsWithTarget(const graph::Reader& txn, ResolutionCache* cache, graph::NodeId target,
                        std::map<graph::NodeId, int>* votes);

// One act designates many: "the State Department designated the Sinaloa Cartel a Foreign Terrorist
// Organization on Feb. 20" in one article, "the FTO designation of the CJNG on February 20" in
// another. Adds as candidates (0 votes) the stored designations of kind `designation` ("Foreign
// Terrorist Organization", found by their name "Foreign Terrorist Organization designation":
// NameEvents) dated to the day `date`; none unless `date` is a day (a month may hold two acts of a
// kind: measured, a month joined acts the gold keeps apart).
Status DesignationsOfKind(const graph::Reader& txn, ResolutionCache* cache, const std::string& designation,
                          const Date& date, std::map<graph::NodeId, int>* votes);

// Whether stored event `node` can be the happening of `event` by its date alone: false when both are
// dated and the dates do not overlap (such a candidate never fits: SameEvent ignores it, so its other
// traits need not be read).
bool DateMayFit(const EventTraits& event, const graph::Node& node);

// The candidate that is the same happening as `event` (by the rules above),
// or 0. `candidates` are ascending by id (the older node first on a tie).
graph::NodeId SameEvent(const EventTraits& event, const std::vector<StoredEvent>& candidates);

// The person nodes (`nodes`: local entity -> node, 0 when not written) that
// are targets or victims of local event `event` of article `g`, ascending.
std::vector<graph::NodeId> EventPersons(const ArticleGraph& g, int event, const std::vector<graph::NodeId>& nodes);

// The stored places of local event `event` of article `g` (`nodes` as for EventPersons).
Status EventPlaces(const graph::Reader& txn, ResolutionCache* cache, const ArticleGraph& g, int event,
                   const std::vector<graph::NodeId>& nodes, std::vector<EventPlace>* out);

// The events one article has resolved so far, whose targets the database
// does not hold yet (relationships are written after every entity): one
// article's "arrest of La Tuta" and "arrest of Servando Gómez", two names the
// article did not join but the database holds as one person's, are
// candidates for each other.
class ArticleEvents {
 public:
  // Event node `id`, of `group`, is the article's event of `traits`.
  void Note(graph::NodeId id, const std::string& group, const EventTraits& traits);
  // The article's events of `group` that share a person with `traits`, as candidates (0 votes).
  void AddCandidates(const std::string& group, const EventTraits& traits, std::map<graph::NodeId, int>* votes) const;
  // Adds to the traits of stored event `id` the targets the article gave it.
  void Complete(graph::NodeId id, EventTraits* traits) const;

 private:
  struct Written {
    std::string group;
    std::vector<EventTarget> targets;
  };
  std::map<graph::NodeId, Written> written_;
};

}  // namespace cg::ingest
