#include "query/function/aggregates.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>
#include <strings.h>

#include "query/error.h"

namespace cg::query::function {
namespace {

class Count : public Aggregator {
 public:
  void Add(const Value&, const Value&) override { ++n_; }
  Value Result() const override { return Value(n_); }

 private:
  int64_t n_ = 0;
};

class Sum : public Aggregator {
 public:
  void Add(const Value& v, const Value&) override {
    if (v.is_int() && !is_float_) {
      if (__builtin_add_overflow(int_sum_, v.as_int(), &int_sum_)) {
        throw RuntimeError("ArgumentError", "IntegerOverflow", "sum() overflows a 64-bit integer");
      }
    } else if (v.is_number()) {
      if (!is_float_) float_sum_ = static_cast<double>(int_sum_);
      is_float_ = true;
      float_sum_ += v.as_number();
    } else {
      throw RuntimeError("TypeError", "InvalidArgumentType", std::string("sum() cannot add a ") + v.TypeName());
    }
  }
  Value Result() const override { return is_float_ ? Value(float_sum_) : Value(int_sum_); }

 private:
  bool is_float_ = false;
  int64_t int_sum_ = 0;
  double float_sum_ = 0;
};

class Avg : public Aggregator {
 public:
  void Add(const Value& v, const Value&) override {
    if (!v.is_number()) {
      throw RuntimeError("TypeError", "InvalidArgumentType", std::string("avg() cannot average a ") + v.TypeName());
    }
    sum_ += v.as_number();
    ++n_;
  }
  Value Result() const override { return n_ ? Value(sum_ / n_) : Value(); }

 private:
  double sum_ = 0;
  int64_t n_ = 0;
};

// min/max by the ORDER BY order (mixing types is allowed).
class Extreme : public Aggregator {
 public:
  explicit Extreme(bool max) : max_(max) {}
  void Add(const Value& v, const Value&) override {
    if (!have_ || (max_ ? OrderCompare(v, best_) > 0 : OrderCompare(v, best_) < 0)) best_ = v;
    have_ = true;
  }
  Value Result() const override { return best_; }

 private:
  bool max_;
  bool have_ = false;
  Value best_;
};

class Collect : public Aggregator {
 public:
  void Add(const Value& v, const Value&) override { list_.push_back(v); }
  Value Result() const override { return Value(list_); }

 private:
  List list_;
};

class Percentile : public Aggregator {
 public:
  explicit Percentile(bool continuous) : continuous_(continuous) {}
  void Add(const Value& v, const Value& p) override {
    if (!p.is_number() || p.as_number() < 0 || p.as_number() > 1) {
      throw RuntimeError("ArgumentError", "NumberOutOfRange", "percentile must be a number between 0.0 and 1.0");
    }
    if (!v.is_number()) {
      throw RuntimeError("TypeError", "InvalidArgumentType", "percentile of a non-number");
    }
    p_ = p.as_number();
    values_.push_back(v.as_number());
    all_int_ &= v.is_int();
  }
  Value Result() const override {
    if (values_.empty()) return Value();
    std::vector<double> v = values_;
    std::sort(v.begin(), v.end());
    if (continuous_) {
      double pos = p_ * (v.size() - 1);
      size_t lo = static_cast<size_t>(std::floor(pos));
      size_t hi = static_cast<size_t>(std::ceil(pos));
      return Value(v[lo] + (v[hi] - v[lo]) * (pos - lo));
    }
    size_t idx = p_ == 0 ? 0 : static_cast<size_t>(std::ceil(p_ * v.size())) - 1;
    double r = v[std::min(idx, v.size() - 1)];
    return all_int_ ? Value(static_cast<int64_t>(r)) : Value(r);
  }

 private:
  bool continuous_;
  double p_ = 0;
  bool all_int_ = true;
  std::vector<double> values_;
};

class StDev : public Aggregator {
 public:
  explicit StDev(bool population) : population_(population) {}
  void Add(const Value& v, const Value&) override {
    if (!v.is_number()) throw RuntimeError("TypeError", "InvalidArgumentType", "stDev of a non-number");
    values_.push_back(v.as_number());
  }
  Value Result() const override {
    size_t n = values_.size();
    if (n == 0 || (!population_ && n == 1)) return Value(0.0);
    double mean = 0;
    for (double d : values_) mean += d;
    mean /= n;
    double ss = 0;
    for (double d : values_) ss += (d - mean) * (d - mean);
    return Value(std::sqrt(ss / (population_ ? n : n - 1)));
  }

 private:
  bool population_;
  std::vector<double> values_;
};

// Skips nulls, and with DISTINCT equivalent repeats, before the inner one.
class Filtered : public Aggregator {
 public:
  Filtered(std::unique_ptr<Aggregator> inner, bool distinct) : inner_(std::move(inner)), distinct_(distinct) {}
  void Add(const Value& v, const Value& extra) override {
    if (v.is_null()) return;
    if (distinct_ && !seen_.insert(v).second) return;
    inner_->Add(v, extra);
  }
  Value Result() const override { return inner_->Result(); }

 private:
  std::unique_ptr<Aggregator> inner_;
  bool distinct_;
  std::set<Value, EquivalenceLess> seen_;
};

}  // namespace

std::unique_ptr<Aggregator> MakeAggregator(std::string_view name, bool distinct) {
  auto is = [&](const char* n) { return name.size() == strlen(n) && strncasecmp(name.data(), n, name.size()) == 0; };
  std::unique_ptr<Aggregator> inner;
  if (is("count")) inner = std::make_unique<Count>();
  else if (is("sum")) inner = std::make_unique<Sum>();
  else if (is("avg")) inner = std::make_unique<Avg>();
  else if (is("min")) inner = std::make_unique<Extreme>(false);
  else if (is("max")) inner = std::make_unique<Extreme>(true);
  else if (is("collect")) inner = std::make_unique<Collect>();
  else if (is("percentileCont")) inner = std::make_unique<Percentile>(true);
  else if (is("percentileDisc")) inner = std::make_unique<Percentile>(false);
  else if (is("stDev")) inner = std::make_unique<StDev>(false);
  else if (is("stDevP")) inner = std::make_unique<StDev>(true);
  else throw RuntimeError("SyntaxError", "UnknownFunction", "unknown aggregate " + std::string(name));
  return std::make_unique<Filtered>(std::move(inner), distinct);
}

std::unique_ptr<Aggregator> MakeRowCounter() { return std::make_unique<Count>(); }

}  // namespace cg::query::function
