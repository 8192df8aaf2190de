// NodeColumn: one property of every node of a committed state, by node id
// (Graph::NodeColumnFor): strings in per-chunk arenas (5 bytes per node
// beside the text), any other value (a number, a bool, a date, a list) as
// a Value. A column is immutable; its chunks of 4096 ids are shared by the
// columns patched from it, so the column of the next committed state is a
// copy that rebuilds only the chunks holding the nodes the commits wrote or
// deleted (Patched).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/types.h"
#include "schema/value.h"

namespace cg::graph {

class NodeColumn {
  struct Chunk;
  struct Writer;

 public:
  enum class Kind : uint8_t {
    kNoNode,  // no node has this id in the state
    kAbsent,  // the node lacks the property
    kString,
    kValue,   // any other value
  };
  struct Cell {
    Kind kind = Kind::kNoNode;
    std::string_view text;         // kString; valid while the column lives
    const Value* value = nullptr;  // kValue; likewise
  };
  // A node's value in a new column: nullopt when the node does not exist,
  // a null Value when it lacks the property.
  using Change = std::pair<NodeId, std::optional<Value>>;

  // What node `id` holds.
  Cell Get(NodeId id) const {
    const NodeId c = id >> kShift;
    return c < chunks_.size() && chunks_[c] ? chunks_[c]->Get(static_cast<uint32_t>(id & kMask)) : Cell();
  }
  // The nodes holding the property (kString or kValue).
  size_t size() const { return size_; }
  // Bytes held, chunks shared with other columns included.
  size_t bytes() const;

  // Builds a column from every node of a state, in ascending id order
  // (value null: the node lacks the property).
  class Builder {
   public:
    Builder();
    ~Builder();
    Builder(const Builder&) = delete;
    Builder& operator=(const Builder&) = delete;
    void Add(NodeId id, const Value& value);
    NodeColumn Finish();

   private:
    void Flush();  // the chunk being filled into chunks_
    std::unique_ptr<Writer> writer_;  // of the chunk being filled
    NodeId chunk_ = 0;                // its index
    std::vector<std::shared_ptr<const Chunk>> chunks_;
    size_t size_ = 0;
  };

  // This column with `changes` (ascending ids, each once) applied; the
  // chunks no change touches are shared.
  NodeColumn Patched(const std::vector<Change>& changes) const;

 private:
  static constexpr unsigned kShift = 12;
  static constexpr NodeId kMask = (NodeId{1} << kShift) - 1;
  // One chunk's cells by slot (id & kMask); slots past kinds' end: kNoNode.
  struct Chunk {
    std::vector<Kind> kinds;
    std::vector<uint32_t> ends;  // by slot: where its text ends in `text` (it starts where the previous slot's ends)
    std::string text;
    std::vector<std::pair<uint32_t, Value>> values;  // the kValue cells, by slot ascending
    size_t held = 0;                                 // kString and kValue cells

    Cell Get(uint32_t slot) const {
      Cell cell;
      if (slot >= kinds.size()) return cell;
      cell.kind = kinds[slot];
      if (cell.kind == Kind::kString) {
        const uint32_t begin = slot ? ends[slot - 1] : 0;
        cell.text = std::string_view(text).substr(begin, ends[slot] - begin);
      } else if (cell.kind == Kind::kValue) {
        cell.value = &FindValue(slot);
      }
      return cell;
    }
    const Value& FindValue(uint32_t slot) const;
  };

  std::vector<std::shared_ptr<const Chunk>> chunks_;  // by id >> kShift; null: no node there
  size_t size_ = 0;
};

}  // namespace cg::graph
