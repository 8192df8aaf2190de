// Fragmentation signals: what the graph holds, on a given day, that says an
// organization without a leader may break apart. Each signal is one line
// of text naming its evidence in the graph:
//
//   "several named contenders: A, B"            two or more CONTENDER_FOR
//   "regional commands: A (regional commander),
//    B (plaza boss)"                            two or more contenders with
//                                               a regional MEMBER_OF role
//   "separate territories: A (Jalisco); B
//    (Michoacán)"                               two or more contenders whose
//                                               other organizations operate
//                                               (OPERATES_IN) in places no
//                                               other contender's do (those
//                                               places listed)
//   "splinters: S (2024), T"                    organizations that
//                                               EMERGED_FROM it
//   "rivals: S and T"                           RIVAL_OF between two of its
//                                               splinters or factions (PART_OF),
//                                               or between one and itself
//
// Relationships count when they hold on the day (since/until by HoldsOn;
// EMERGED_FROM by its date). A signal lists five contenders (three places
// each) at most, then "+N more".
#pragma once

#include <string>
#include <vector>

#include "query/procedures/contenders.h"

namespace cg::query::leadership {

std::vector<std::string> FragmentationSignals(const ProcedureContext& ctx, graph::NodeId org,
                                              const std::vector<Contender>& contenders, const Date& day);

}  // namespace cg::query::leadership
