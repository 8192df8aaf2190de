#include "graph/node_column.h"

#include <algorithm>
#include <limits>

namespace cg::graph {

const Value& NodeColumn::Chunk::FindValue(uint32_t slot) const {
  return std::lower_bound(values.begin(), values.end(), slot,
                          [](const std::pair<uint32_t, Value>& v, uint32_t s) { return v.first < s; })
      ->second;
}

// Fills one chunk, slot by slot in ascending order.
struct NodeColumn::Writer {
  std::shared_ptr<Chunk> chunk = std::make_shared<Chunk>();
  bool any = false;  // a slot other than kNoNode was put

  void Put(uint32_t slot, const Cell& cell) {
    if (cell.kind == Kind::kNoNode) return;
    Pad(slot);
    Chunk& c = *chunk;
    any = true;
    if (cell.kind == Kind::kString && c.text.size() + cell.text.size() > std::numeric_limits<uint32_t>::max()) {
      PutValue(slot, Value(std::string(cell.text)));  // the arena's offsets are 32-bit
      return;
    }
    if (cell.kind == Kind::kValue) {
      PutValue(slot, *cell.value);
      return;
    }
    c.text.append(cell.text);
    c.kinds.push_back(cell.kind);
    c.ends.push_back(static_cast<uint32_t>(c.text.size()));
    c.held += cell.kind == Kind::kString;
  }
  // A node's value (nullopt: no node; null: absent).
  void Put(uint32_t slot, const std::optional<Value>& value) {
    Cell cell;
    if (value) {
      cell.kind = value->is_null() ? Kind::kAbsent : value->is_string() ? Kind::kString : Kind::kValue;
      if (cell.kind == Kind::kString) cell.text = value->as_string();
      cell.value = &*value;
    }
    Put(slot, cell);
  }
  // The chunk, or null when it holds no node.
  std::shared_ptr<const Chunk> Finish() {
    if (!any) return nullptr;
    Chunk& c = *chunk;
    c.kinds.shrink_to_fit();
    c.ends.shrink_to_fit();
    c.text.shrink_to_fit();
    c.values.shrink_to_fit();
    return std::move(chunk);
  }

 private:
  void Pad(uint32_t slot) {
    Chunk& c = *chunk;
    while (c.kinds.size() < slot) {
      c.kinds.push_back(Kind::kNoNode);
      c.ends.push_back(static_cast<uint32_t>(c.text.size()));
    }
  }
  void PutValue(uint32_t slot, Value value) {
    Chunk& c = *chunk;
    c.kinds.push_back(Kind::kValue);
    c.ends.push_back(static_cast<uint32_t>(c.text.size()));
    c.values.emplace_back(slot, std::move(value));
    ++c.held;
  }
};

NodeColumn::Builder::Builder() = default;
NodeColumn::Builder::~Builder() = default;

void NodeColumn::Builder::Add(NodeId id, const Value& value) {
  const NodeId c = id >> kShift;
  if (writer_ && c != chunk_) Flush();
  if (!writer_) {
    writer_ = std::make_unique<Writer>();
    chunk_ = c;
  }
  writer_->Put(static_cast<uint32_t>(id & kMask), std::optional<Value>(value));
}

void NodeColumn::Builder::Flush() {
  std::shared_ptr<const Chunk> chunk = writer_->Finish();
  writer_.reset();
  if (!chunk) return;
  if (chunks_.size() <= chunk_) chunks_.resize(chunk_ + 1);
  size_ += chunk->held;
  chunks_[chunk_] = std::move(chunk);
}

NodeColumn NodeColumn::Builder::Finish() {
  if (writer_) Flush();
  NodeColumn column;
  column.chunks_ = std::move(chunks_);
  column.size_ = size_;
  chunks_.clear();
  size_ = 0;
  return column;
}

NodeColumn NodeColumn::Patched(const std::vector<Change>& changes) const {
  NodeColumn out = *this;
  for (size_t i = 0; i < changes.size();) {
    const NodeId c = changes[i].first >> kShift;
    size_t end = i;
    while (end < changes.size() && changes[end].first >> kShift == c) ++end;
    const Chunk* old = c < chunks_.size() ? chunks_[c].get() : nullptr;
    const uint32_t slots = std::max<uint32_t>(old ? static_cast<uint32_t>(old->kinds.size()) : 0,
                                              static_cast<uint32_t>(changes[end - 1].first & kMask) + 1);
    Writer writer;
    for (uint32_t s = 0, k = static_cast<uint32_t>(i); s < slots; ++s) {
      if (k < end && (changes[k].first & kMask) == s) writer.Put(s, changes[k++].second);
      else if (old) writer.Put(s, old->Get(s));
    }
    std::shared_ptr<const Chunk> chunk = writer.Finish();
    if (old) out.size_ -= old->held;
    if (chunk) out.size_ += chunk->held;
    if (out.chunks_.size() <= c) out.chunks_.resize(c + 1);
    out.chunks_[c] = std::move(chunk);
    i = end;
  }
  return out;
}

size_t NodeColumn::bytes() const {
  size_t total = chunks_.capacity() * sizeof(chunks_[0]);
  for (const auto& c : chunks_) {
    if (!c) continue;
    total += sizeof(Chunk) + c->kinds.capacity() + c->ends.capacity() * sizeof(uint32_t) + c->text.capacity() +
             c->values.capacity() * sizeof(c->values[0]);
  }
  return total;
}

}  // namespace cg::graph
