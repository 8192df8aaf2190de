// Contenders: who might take over an organization whose leader is gone,
// ranked by what the graph says about them on a given day. Each signal
// adds to a person's score and names itself in the person's reasons:
//
//   signal (in force on the day: leadership.h InForce)            score
//   CONTENDER_FOR the organization (its basis in the reason)       +4
//   leads a splinter that EMERGED_FROM the organization            +3
//   leads a faction that is PART_OF the organization               +2
//   MEMBER_OF it as second-in-command (number two, underboss,
//     right-hand man)                                               +3
//   ... as lieutenant or regional commander (regional, plaza,
//     commander, cell leader, a chief of operations/security...)   +2
//   ... as financial operator (financier, accountant, treasurer,
//     launderer)                                                  +1.5
//   RELATIVE_OF the former leader: son, daughter, stepson,
//     stepdaughter                                                  +2
//   ... brother, sister, half-brother, half-sister                +1.5
//   ... any other kin (either direction)                            +1
//   every source beyond the first among the evidence of the
//     relationships above (distinct articles)                     +0.5
//   status on the day arrested, imprisoned or extradited            -3
//
// A person dead on the day is no contender; the former leader is not one
// either. A member whose role is none of the ranks above (a hitman, an
// associate) is no contender unless another signal makes them one. The
// status on the day is the status claimed by the latest source published
// by then (sources of unknown date count), or the `status` property when
// no source claims one. Ties rank by name.
#pragma once

#include <string>
#include <vector>

#include "query/procedures/procedure.h"

namespace cg::query::leadership {

struct Contender {
  graph::NodeId node = 0;
  std::string name;
  // The name is a description through another person ("El Mencho's son",
  // IsDescriptiveName): ingest knows this relative by no name of their own.
  bool described = false;
  double score = 0;
  std::vector<std::string> reasons;
  // Where the organizations the contender leads or belongs to (besides
  // the one in question) operate (OPERATES_IN), by place name.
  std::vector<std::string> territories;
  // The contender's MEMBER_OF role when it is a regional one ("regional
  // commander", "plaza boss"); "" otherwise.
  std::string regional_role;
  // Named by a CONTENDER_FOR relationship.
  bool named = false;
};

// The contenders for `org`, whose leader `former` is gone, as of `day`;
// best first.
std::vector<Contender> RankContenders(const ProcedureContext& ctx, graph::NodeId org, graph::NodeId former,
                                      const Date& day);

// The contenders as a Cypher list of maps {name, description, node, score,
// reasons}: `name` for a person known by name, `description` (and a null
// name) for one known only through another person.
Value ContendersValue(const std::vector<Contender>& contenders);

}  // namespace cg::query::leadership
