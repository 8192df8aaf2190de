// Aggregators: count, sum, avg, min, max, collect, percentileCont,
// percentileDisc, stDev, stDevP. One Aggregator folds the values of one
// group; nulls are skipped (count(*) counts rows, see CountRows).
#pragma once

#include <memory>
#include <string_view>

#include "query/value.h"

namespace cg::query::function {

class Aggregator {
 public:
  virtual ~Aggregator() = default;
  // `extra` is the second argument where the aggregate has one
  // (percentile), evaluated per row.
  virtual void Add(const Value& value, const Value& extra) = 0;
  virtual Value Result() const = 0;
};

// An aggregator for the named aggregate function (as FindFunction names
// it); with `distinct` repeated (equivalent) values are folded once.
std::unique_ptr<Aggregator> MakeAggregator(std::string_view name, bool distinct);

// count(*): counts every row it is given.
std::unique_ptr<Aggregator> MakeRowCounter();

}  // namespace cg::query::function
