// Fight places (frames.h ReadFightPlaces): the sides of a fight "between" two criminal groups
// both OPERATE_IN the state or country the sentence says it is fought in -- after the fight ("the
// war between the two groups has left hundreds dead in Sinaloa and Sonora", "fighting between A and
// B has spread across Tamaulipas"), fronted ("In Chihuahua, a war between A and B ..."), or the
// place the sentence is about when the fight drives it ("Guanajuato has recorded more homicides ...,
// driven by a war between A and B"). Only a fight named by a noun with "between" and its two sides.
#include "ingest/frames.h"
#include "ingest/territory_places.h"

namespace cg::ingest {
namespace {

constexpr WordList kFightNouns = "war|wars|fighting|battle|battles|clashes|feud|rivalry|warfare|bloodshed|dispute";
constexpr WordList kDrivenBy = "driven|fueled|fuelled|caused|sparked|stoked|fed";

// The two or more criminal groups of "between A and B" / "between the two groups" at item b (the
// word "between"), with the item the phrase ends at (*end); empty when not a pair of groups.
std::vector<int> Sides(const FrameContext& c, size_t b, size_t* end) {
  const Clause& cl = c.clause;
  const size_t first = b + 1 + (cl.Is(b + 1, "the") ? 1 : 0);
  if (cl.EntityAs(first, "Cartel") >= 0) {
    const std::vector<size_t> members = cl.Coordinated(first, "Cartel");
    std::vector<int> out;
    for (size_t m : members) out.push_back(cl.EntityAs(m, "Cartel"));
    *end = members.back();
    if (out.size() >= 2) return out;
    // "between the Jalisco New Generation Cartel (CJNG) and the local Santa Rosa de Lima Cartel":
    // over the first side's acronym and the second's article and adjective.
    size_t k = first + 1;
    if (cl.Is(k, "(")) {
      while (k < cl.size() && k <= first + 4 && !cl.Is(k, ")")) ++k;
      ++k;
    }
    if (!cl.Is(k, "and")) return {};
    ++k;
    for (int n = 0; n < 3 && cl.PlainWord(k) && cl.EntityAs(k, "Cartel") < 0; ++n) ++k;
    if (cl.EntityAs(k, "Cartel") < 0) return {};
    out.push_back(cl.EntityAs(k, "Cartel"));
    *end = k;
    return out;
  }
  // "the two groups" of criminal groups only (not "the two governments" a description may find).
  std::vector<int> groups = c.GroupDescription(b + 1, end);
  std::erase_if(groups, [&](int e) { return c.graph->entities[c.graph->Root(e)].refining != "Cartel"; });
  return groups.size() >= 2 ? groups : std::vector<int>{};
}

// The state or country the sentence opens with as its subject ("Guanajuato has recorded ...",
// "Violence in Guerrero has been driven by ..."), or kNone.
size_t SubjectPlace(const Clause& cl) {
  size_t k = 0;
  if (cl.IsAny(k, "the")) ++k;
  if (cl.IsAny(k, "violence|bloodshed|killings|murders|homicides") && cl.IsAny(k + 1, "in|across")) k += 2;
  return cl.EntityAs(k, "State|Country") >= 0 && !cl.Modifier(k) && !cl.Possessor(k) ? k : kNone;
}

}  // namespace

void ReadFightPlaces(const FrameContext& c) {
  const Clause& cl = c.clause;
  for (size_t k = 0; k + 2 < cl.size(); ++k) {
    if (!cl.IsAny(k, kFightNouns) || !cl.Is(k + 1, "between")) continue;
    size_t end = kNone;
    const std::vector<int> sides = Sides(c, k + 1, &end);
    if (sides.empty()) continue;
    std::vector<size_t> places;
    // After the sides: "... has left hundreds dead in Sinaloa and Sonora", "... in Mexico".
    if (const size_t p = cl.ObjectAfter(end, "State|Country", "in|across|throughout", 12); p != kNone) {
      places = cl.Coordinated(p, "State|Country");
    }
    // Before: "In Chihuahua, the war between A and B ...", "Guanajuato ..., driven by a war between".
    size_t by = k;  // back over the noun's determiner and adjectives to a "driven by"
    while (by > 0 && by + 3 > k && cl.IsAny(by - 1, "a|an|the|bloody|violent|brutal|turf|long|ongoing")) --by;
    const bool driven = by >= 2 && cl.Is(by - 1, "by") && cl.IsAny(by - 2, kDrivenBy);
    if (places.empty() && driven) {
      if (const size_t p = SubjectPlace(cl); p != kNone) places = cl.Coordinated(p, "State|Country");
    }
    if (places.empty()) {
      size_t subject = 0;
      while (subject < cl.size() && !cl.Is(subject, ",")) ++subject;
      if (const size_t p = FrontedPlace(c, subject + 1, "State|Country"); p != kNone && subject + 1 <= k) {
        places = cl.Coordinated(p, "State|Country");
      }
    }
    for (size_t p : places) {
      const int place = cl.EntityAs(p, "State|Country");
      for (int side : sides) {
        c.Relate("OPERATES_IN", side, place, {}, "frame.place.fight_between", 0.7f, cl.item(std::min(k, p)).first,
                 cl.item(std::max(end, p)).last);
      }
    }
  }
}

}  // namespace cg::ingest
