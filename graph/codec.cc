#include "graph/codec.h"

#include <capnp/message.h>
#include <capnp/serialize.h>
#include <kj/debug.h>
#include <kj/exception.h>

#include <cstring>
#include <vector>

#include "graph/capnp_read.h"
#include "graph/capnp_text.h"
#include "schema/records.capnp.h"

namespace cg::graph::codec {
namespace {

// Records are small: a 1 KiB first segment instead of Cap'n Proto's 8 KiB.
constexpr unsigned kFirstSegmentWords = 128;

// ---- encoding

void SetDate(records::Date::Builder out, const Date& date) {
  out.setYear(date.year);
  out.setMonth(date.month);
  out.setDay(date.day);
}

void SetDuration(records::Duration::Builder out, const Duration& d) {
  out.setMonths(d.months);
  out.setDays(d.days);
  out.setSeconds(d.seconds);
  out.setNanos(static_cast<int32_t>(d.nanos));
}

void SetTemporal(records::Temporal::Builder out, const Temporal& t) {
  out.setKind(static_cast<records::Temporal::Kind>(t.kind));
  out.setDays(t.days);
  out.setNanos(t.nanos);
  out.setOffset(t.offset);
  if (!t.zone.empty()) out.setZone(TextOf(t.zone));
}

void SetValue(records::Value::Builder out, const Value& value) {
  switch (value.type()) {
    case Value::Type::kNull: out.setNull(); break;
    case Value::Type::kBool: out.setBool(value.as_bool()); break;
    case Value::Type::kInt: out.setInt(value.as_int()); break;
    case Value::Type::kFloat: out.setFloat(value.as_float()); break;
    case Value::Type::kString: out.setText(TextOf(value.as_string())); break;
    case Value::Type::kDate: SetDate(out.initDate(), value.as_date()); break;
    case Value::Type::kDuration: SetDuration(out.initDuration(), value.as_duration()); break;
    case Value::Type::kTemporal: SetTemporal(out.initTemporal(), value.as_temporal()); break;
    case Value::Type::kList: {
      auto list = out.initList(static_cast<unsigned>(value.as_list().size()));
      for (unsigned i = 0; i < list.size(); ++i) SetValue(list[i], value.as_list()[i]);
      break;
    }
  }
}

void SetProperties(capnp::List<records::Property>::Builder out, const PropertyMap& properties) {
  unsigned i = 0;
  for (const auto& [key, value] : properties) {
    out[i].setKey(TextOf(key));
    SetValue(out[i].initValue(), value);
    ++i;
  }
}

void SetEvidence(records::Evidence::Builder out, const Evidence& evidence) {
  out.setArticle(TextOf(evidence.article));
  out.setSpanBegin(evidence.span_begin);
  out.setSpanEnd(evidence.span_end);
  out.setQuote(TextOf(evidence.quote));
  out.setRule(TextOf(evidence.rule));
  out.setConfidence(evidence.confidence);
}

void SetClaims(capnp::List<records::Claim>::Builder out, const std::vector<Claim>& claims) {
  for (unsigned i = 0; i < claims.size(); ++i) {
    out[i].setKey(TextOf(claims[i].key));
    SetValue(out[i].initValue(), claims[i].value);
    SetEvidence(out[i].initEvidence(), claims[i].evidence);
  }
}

std::string ToBytes(capnp::MessageBuilder& message) {
  kj::Array<capnp::word> words = capnp::messageToFlatArray(message);
  auto bytes = words.asBytes();
  return std::string(reinterpret_cast<const char*>(bytes.begin()), bytes.size());
}

// ---- decoding

Date GetDate(records::Date::Reader in) {
  return Date{in.getYear(), in.getMonth(), in.getDay()};
}

// Out-of-range fields throw (WithRoot reports them as corruption).
Duration GetDuration(records::Duration::Reader in) {
  KJ_REQUIRE(in.getNanos() >= 0 && in.getNanos() < 1'000'000'000, "duration nanoseconds out of range");
  return Duration{in.getMonths(), in.getDays(), in.getSeconds(), in.getNanos()};
}

Temporal GetTemporal(records::Temporal::Reader in) {
  KJ_REQUIRE(in.getKind() <= records::Temporal::Kind::DATE_TIME, "unknown temporal kind");
  KJ_REQUIRE(in.getNanos() >= 0 && in.getNanos() < 86'400'000'000'000LL, "time of day out of range");
  Temporal t;
  t.kind = static_cast<Temporal::Kind>(in.getKind());
  t.days = in.getDays();
  t.nanos = in.getNanos();
  t.offset = in.getOffset();
  t.zone = std::string(in.getZone().cStr(), in.getZone().size());
  return t;
}

Value GetValue(records::Value::Reader in) {
  switch (in.which()) {
    case records::Value::NULL_: return Value();
    case records::Value::BOOL: return Value(in.getBool());
    case records::Value::INT: return Value(in.getInt());
    case records::Value::FLOAT: return Value(in.getFloat());
    case records::Value::TEXT: return Value(std::string(in.getText().cStr(), in.getText().size()));
    case records::Value::DATE: return Value(GetDate(in.getDate()));
    case records::Value::DURATION: return Value(GetDuration(in.getDuration()));
    case records::Value::TEMPORAL: return Value(GetTemporal(in.getTemporal()));
    case records::Value::LIST: {
      ValueList list;
      for (auto item : in.getList()) list.push_back(GetValue(item));
      return Value(std::move(list));
    }
  }
  return Value();
}

std::string GetText(capnp::Text::Reader text) { return std::string(text.cStr(), text.size()); }

PropertyMap GetProperties(capnp::List<records::Property>::Reader in) {
  PropertyMap properties;
  for (auto p : in) properties.emplace(GetText(p.getKey()), GetValue(p.getValue()));
  return properties;
}

Evidence GetEvidence(records::Evidence::Reader in) {
  Evidence e;
  e.article = GetText(in.getArticle());
  e.span_begin = in.getSpanBegin();
  e.span_end = in.getSpanEnd();
  e.quote = GetText(in.getQuote());
  e.rule = GetText(in.getRule());
  e.confidence = in.getConfidence();
  return e;
}

std::vector<Claim> GetClaims(capnp::List<records::Claim>::Reader in) {
  std::vector<Claim> claims;
  for (auto c : in) claims.push_back(Claim{GetText(c.getKey()), GetValue(c.getValue()), GetEvidence(c.getEvidence())});
  return claims;
}

// Decodes a message of type T from `bytes` and hands its root to `fn`.
// Copies into aligned words when the bytes are not 8-byte aligned.
template <typename T, typename Fn>
Status WithRoot(std::string_view bytes, const char* what, Fn&& fn) {
  if (bytes.size() % sizeof(capnp::word) != 0) {
    return Status::Corruption(std::string(what) + " record: size is not a multiple of 8 bytes");
  }
  kj::Array<capnp::word> aligned;  // (not std::vector: a word cannot be copied, which clang's libstdc++ checks)
  kj::ArrayPtr<const capnp::word> words;
  if (reinterpret_cast<uintptr_t>(bytes.data()) % alignof(capnp::word) == 0) {
    words = kj::arrayPtr(reinterpret_cast<const capnp::word*>(bytes.data()), bytes.size() / sizeof(capnp::word));
  } else {
    aligned = kj::heapArray<capnp::word>(bytes.size() / sizeof(capnp::word));
    std::memcpy(aligned.begin(), bytes.data(), bytes.size());
    words = aligned;
  }
  try {
    capnp::FlatArrayMessageReader reader(words, ReaderOptionsFor(words.size()));
    fn(reader.getRoot<T>());
    return Status::OK();
  } catch (const kj::Exception& e) {
    return Status::Corruption(std::string(what) + " record: " + e.getDescription().cStr());
  }
}

}  // namespace

std::string EncodeNode(const Node& node) {
  capnp::MallocMessageBuilder message(kFirstSegmentWords);
  auto root = message.initRoot<records::Node>();
  auto labels = root.initLabels(static_cast<unsigned>(node.labels.size()));
  for (unsigned i = 0; i < labels.size(); ++i) labels.set(i, TextOf(node.labels[i]));
  SetProperties(root.initProperties(static_cast<unsigned>(node.properties.size())), node.properties);
  SetClaims(root.initClaims(static_cast<unsigned>(node.claims.size())), node.claims);
  return ToBytes(message);
}

Status DecodeNode(std::string_view bytes, NodeId id, Node* node) {
  return WithRoot<records::Node>(bytes, "node", [&](records::Node::Reader root) {
    node->id = id;
    node->labels.clear();
    for (auto label : root.getLabels()) node->labels.push_back(GetText(label));
    node->properties = GetProperties(root.getProperties());
    node->claims = GetClaims(root.getClaims());
  });
}

Status DecodeNodeLabels(std::string_view bytes, std::vector<std::string>* labels) {
  return WithRoot<records::Node>(bytes, "node", [&](records::Node::Reader root) {
    labels->clear();
    for (auto label : root.getLabels()) labels->push_back(GetText(label));
  });
}

namespace {

Value FindProperty(capnp::List<records::Property>::Reader properties, std::string_view key) {
  for (auto p : properties) {
    auto k = p.getKey();
    if (std::string_view(k.cStr(), k.size()) == key) return GetValue(p.getValue());
  }
  return Value();
}

// A relationship without properties, evidence or claims (all of a plain
// import's, most of any graph's) is stored in a compact form rather than as
// a Cap'n Proto message: kCompactRelationship, then the type's length, the
// type, start and end, each number a LEB128 varint ("MEMBER_OF" from 1 to
// 1,000,000: 13-16 bytes instead of 80). A flat Cap'n Proto array starts with
// its segment count less one, a little-endian uint32: 0xFF there would mean
// 256 segments or more, which no record has, so the first byte tells the
// forms apart.
constexpr char kCompactRelationship = '\xff';

void AppendVarint(std::string* out, uint64_t v) {
  for (; v >= 0x80; v >>= 7) out->push_back(static_cast<char>((v & 0x7F) | 0x80));
  out->push_back(static_cast<char>(v));
}

bool ReadVarint(std::string_view* in, uint64_t* v) {
  *v = 0;
  for (int shift = 0; shift < 64 && !in->empty(); shift += 7) {
    const auto byte = static_cast<uint8_t>(in->front());
    in->remove_prefix(1);
    *v |= uint64_t{byte & 0x7Fu} << shift;
    if (!(byte & 0x80)) return true;
  }
  return false;
}

bool IsCompact(std::string_view bytes) { return !bytes.empty() && bytes[0] == kCompactRelationship; }

Status DecodeCompact(std::string_view bytes, std::string* type, NodeId* start, NodeId* end) {
  bytes.remove_prefix(1);
  uint64_t length = 0, from = 0, to = 0;
  if (!ReadVarint(&bytes, &length) || length > bytes.size()) {
    return Status::Corruption("relationship record: compact form with a bad type length");
  }
  const std::string_view name = bytes.substr(0, length);
  bytes.remove_prefix(length);
  if (!ReadVarint(&bytes, &from) || !ReadVarint(&bytes, &to) || !bytes.empty()) {
    return Status::Corruption("relationship record: compact form with bad ends");
  }
  if (type) type->assign(name);
  if (start) *start = from;
  if (end) *end = to;
  return Status::OK();
}

}  // namespace

Status DecodeNodeProperty(std::string_view bytes, std::string_view key, Value* value) {
  return WithRoot<records::Node>(bytes, "node", [&](records::Node::Reader root) {
    *value = FindProperty(root.getProperties(), key);
  });
}

Status DecodeRelationshipProperty(std::string_view bytes, std::string_view key, Value* value) {
  if (IsCompact(bytes)) {
    *value = Value();
    return DecodeCompact(bytes, nullptr, nullptr, nullptr);
  }
  return WithRoot<records::Relationship>(bytes, "relationship", [&](records::Relationship::Reader root) {
    *value = FindProperty(root.getProperties(), key);
  });
}

Status DecodeRelationshipHead(std::string_view bytes, std::string* type, NodeId* start, NodeId* end) {
  if (IsCompact(bytes)) return DecodeCompact(bytes, type, start, end);
  return WithRoot<records::Relationship>(bytes, "relationship", [&](records::Relationship::Reader root) {
    if (type) *type = GetText(root.getType());
    if (start) *start = root.getStart();
    if (end) *end = root.getEnd();
  });
}

std::string EncodeRelationship(const Relationship& rel) {
  if (rel.properties.empty() && rel.evidence.empty() && rel.claims.empty()) {
    std::string out(1, kCompactRelationship);
    AppendVarint(&out, rel.type.size());
    out += rel.type;
    AppendVarint(&out, rel.start);
    AppendVarint(&out, rel.end);
    return out;
  }
  capnp::MallocMessageBuilder message(kFirstSegmentWords);
  auto root = message.initRoot<records::Relationship>();
  root.setType(TextOf(rel.type));
  root.setStart(rel.start);
  root.setEnd(rel.end);
  SetProperties(root.initProperties(static_cast<unsigned>(rel.properties.size())), rel.properties);
  auto evidence = root.initEvidence(static_cast<unsigned>(rel.evidence.size()));
  for (unsigned i = 0; i < evidence.size(); ++i) SetEvidence(evidence[i], rel.evidence[i]);
  SetClaims(root.initClaims(static_cast<unsigned>(rel.claims.size())), rel.claims);
  return ToBytes(message);
}

Status DecodeRelationship(std::string_view bytes, RelId id, Relationship* rel) {
  if (IsCompact(bytes)) {
    rel->id = id;
    rel->properties.clear();
    rel->evidence.clear();
    rel->claims.clear();
    return DecodeCompact(bytes, &rel->type, &rel->start, &rel->end);
  }
  return WithRoot<records::Relationship>(bytes, "relationship", [&](records::Relationship::Reader root) {
    rel->id = id;
    rel->type = GetText(root.getType());
    rel->start = root.getStart();
    rel->end = root.getEnd();
    rel->properties = GetProperties(root.getProperties());
    rel->evidence.clear();
    for (auto e : root.getEvidence()) rel->evidence.push_back(GetEvidence(e));
    rel->claims = GetClaims(root.getClaims());
  });
}

std::string EncodeEvidence(const Evidence& evidence) {
  capnp::MallocMessageBuilder message(kFirstSegmentWords);
  SetEvidence(message.initRoot<records::Evidence>(), evidence);
  return ToBytes(message);
}

Status DecodeEvidence(std::string_view bytes, Evidence* evidence) {
  return WithRoot<records::Evidence>(bytes, "evidence", [&](records::Evidence::Reader root) { *evidence = GetEvidence(root); });
}

std::string EncodeClaim(const Claim& claim) {
  capnp::MallocMessageBuilder message(kFirstSegmentWords);
  auto root = message.initRoot<records::Claim>();
  root.setKey(TextOf(claim.key));
  SetValue(root.initValue(), claim.value);
  SetEvidence(root.initEvidence(), claim.evidence);
  return ToBytes(message);
}

Status DecodeClaim(std::string_view bytes, Claim* claim) {
  return WithRoot<records::Claim>(bytes, "claim", [&](records::Claim::Reader root) {
    *claim = Claim{GetText(root.getKey()), GetValue(root.getValue()), GetEvidence(root.getEvidence())};
  });
}

std::string EncodeArticle(const Article& article) {
  capnp::MallocMessageBuilder message(kFirstSegmentWords);
  auto root = message.initRoot<records::Article>();
  root.setId(article.id);
  root.setTitle(TextOf(article.title));
  root.setAuthor(TextOf(article.author));
  root.setPublisher(TextOf(article.publisher));
  SetDate(root.initPublished(), article.published);
  root.setUrl(TextOf(article.url));
  root.setPath(TextOf(article.path));
  root.setText(TextOf(article.text));
  root.setNode(article.node);
  return ToBytes(message);
}

Status DecodeArticle(std::string_view bytes, Article* article) {
  return WithRoot<records::Article>(bytes, "article", [&](records::Article::Reader root) {
    article->id = GetText(root.getId());
    article->title = GetText(root.getTitle());
    article->author = GetText(root.getAuthor());
    article->publisher = GetText(root.getPublisher());
    article->published = GetDate(root.getPublished());
    article->url = GetText(root.getUrl());
    article->path = GetText(root.getPath());
    article->text = GetText(root.getText());
    article->node = root.getNode();
  });
}

}  // namespace cg::graph::codec
