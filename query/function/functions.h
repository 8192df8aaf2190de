// Scalar functions: the registry the binder checks names and arities
// against, and the evaluator calls. The functions themselves are in
// families, one file each (families.h).
//
// Functions that read the graph (labels, type, properties, ...) get it
// through EntityReader, which execution implements over the transaction.
// A function raises a runtime QueryError on bad arguments (TypeError /
// ArgumentError with the TCK code).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "query/value.h"

namespace cg::query::function {

// What functions need to know about the graph's entities.
class EntityReader {
 public:
  virtual ~EntityReader() = default;
  virtual std::vector<std::string> Labels(graph::NodeId node) const = 0;
  virtual Map Properties(const Value& entity) const = 0;  // node or relationship
  virtual std::string Type(graph::RelId rel) const = 0;
  virtual graph::NodeId StartNode(graph::RelId rel) const = 0;
  virtual graph::NodeId EndNode(graph::RelId rel) const = 0;
  // One unit of work of a long loop (checks the query's cancel flag,
  // amortized); throws when the query was cancelled.
  virtual void Tick() const = 0;
  // Throws MemoryLimitExceeded when `bytes` more would not fit the query's
  // memory limit.
  virtual void CheckMemory(size_t bytes) const = 0;
};

using ScalarFn = Value (*)(const std::vector<Value>& args, const EntityReader& graph);

struct FunctionInfo {
  std::string_view name;  // canonical spelling
  int min_args;
  int max_args;           // -1: variadic
  ScalarFn fn;            // null for aggregates
  bool aggregate = false;
};

// Looks a function up by name, case-insensitively; nullptr when unknown.
const FunctionInfo* FindFunction(std::string_view name);
// Every function FindFunction knows, in registration order.
std::vector<const FunctionInfo*> AllFunctions();

}  // namespace cg::query::function
