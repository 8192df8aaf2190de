// Place appositions (frames.h ReadPlaceAppositions). A city apposed to "the state capital", "its capital" or
// "the capital" is LOCATED_IN the state or country that phrase refers to, named before it in the
// sentence or in the sentence just before ("Violence has surged in Tabasco. Villahermosa,
// the state capital, has seen attacks"; "after the Zetas took over parts of its capital, Cobán").
// A capital "of" a named place is the pattern rules' (located.state_capital_of, ...).
// A borough written with its city ("a federal court in Brooklyn, New York, sentenced") is LOCATED_IN
// that city -- a city of a list ("in Chicago, New York and San Diego") is not.
#include "ingest/frames.h"

namespace cg::ingest {
namespace {

// The one place of refining label `refining` ("State", "Country") named in sentence s, -1 when
// none, -2 when several.
int OnePlaceOf(const FrameContext& c, uint32_t s, std::string_view refining) {
  if (s >= c.discourse.places.size()) return -1;
  int found = -1;
  for (int place : c.discourse.places[s]) {
    const int root = c.graph->Root(place);
    if (c.graph->entities[root].refining != refining || root == found) continue;
    if (found >= 0) return -2;
    found = root;
  }
  return found;
}

// The place of `refining` the capital's phrase refers to: the nearest named before item `before`
// in the sentence (any state or country for a possessive "its"), else the one the sentence before
// names ("Violence has surged in Tabasco. Villahermosa, the state capital, ..."; two sentences back
// the text may have moved to a town whose state it does not say); -1 when none is sure.
int ReferredPlace(const FrameContext& c, size_t before, std::string_view refining, bool possessive) {
  const Clause& cl = c.clause;
  for (size_t k = before; k-- > 0;) {
    const int e = cl.EntityAs(k, possessive ? "State|Country" : refining);
    if (e >= 0) return c.graph->Root(e);
  }
  if (possessive || c.index == 0) return -1;  // "its" refers inside its sentence
  return OnePlaceOf(c, c.index - 1, refining);
}

}  // namespace

namespace {

// "in Brooklyn, New York, ...": the second city of a pair a preposition opens, when no list goes on
// after it (no "and", "or", or further city).
void CityOfCity(const FrameContext& c) {
  const Clause& cl = c.clause;
  for (size_t a = 1; a + 2 < cl.size(); ++a) {
    if (!cl.IsAny(a - 1, "in|at|from|to|of|near|outside") || cl.EntityAs(a, "City") < 0 || !cl.Is(a + 1, ",")) continue;
    const size_t b = a + 2;
    if (cl.EntityAs(b, "City") < 0) continue;
    const size_t n = b + 1;
    if (cl.IsAny(n, "and|or|&") || (cl.Is(n, ",") && (cl.IsAny(n + 1, "and|or") || cl.IsEntity(n + 1)))) continue;
    const int town = c.graph->Root(cl.EntityAs(a, "City")), city = c.graph->Root(cl.EntityAs(b, "City"));
    if (town == city) continue;
    c.Relate("LOCATED_IN", town, city, {}, "frame.place.city_of_city", 0.7f, cl.item(a).first, cl.item(b).last);
  }
}

}  // namespace

void ReadPlaceAppositions(const FrameContext& c) {
  CityOfCity(c);
  const Clause& cl = c.clause;
  for (size_t k = 1; k < cl.size(); ++k) {
    if (!cl.Is(k, "capital")) continue;
    // The phrase: "the state capital", "the State capital", "our State capital", "its capital",
    // "the state's capital", "the capital", "the country's capital", "the national capital".
    size_t d = k - 1;
    bool state = false;
    if (cl.IsAny(d, "state|national") || (cl.Is(d, "'s") && d > 0 && cl.IsAny(d - 1, "state|country|nation"))) {
      state = cl.Is(d, "state") || (cl.Is(d, "'s") && cl.Is(d - 1, "state"));
      d -= cl.Is(d, "'s") ? 2 : 1;
    }
    if (d >= cl.size() || !cl.IsAny(d, "the|its|our")) continue;
    const bool possessive = cl.Is(d, "its");
    if (cl.Is(d, "our") && !state) continue;  // "our capital" of a speaker's country: not read
    if (cl.Is(k + 1, "of")) continue;          // "the state capital of X": the pattern rules'
    // The city apposed: after ("the state capital, Culiacán") or before ("Culiacán, the state capital,").
    size_t city = kNone;
    if (cl.Is(k + 1, ",") && cl.EntityAs(k + 2, "City") >= 0) {
      city = k + 2;
    } else if (d >= 2 && cl.Is(d - 1, ",") && cl.EntityAs(d - 2, "City") >= 0 &&
               (k + 1 >= cl.size() || cl.IsAny(k + 1, ",|.|;|)") || cl.Break(k + 1))) {
      city = d - 2;
    }
    if (city == kNone) continue;
    const int town = c.graph->Root(cl.EntityAs(city, "City"));
    const int place = ReferredPlace(c, std::min(city, d), state ? "State" : "Country", possessive);
    if (place < 0 || place == town) continue;
    // "its capital" of a country or a state, "the capital" of a country, "the state capital" of a state.
    c.Relate("LOCATED_IN", town, place, {}, "frame.place.capital", 0.7f, cl.item(std::min(city, d)).first,
             cl.item(std::max(city, k)).last);
  }
}

}  // namespace cg::ingest
