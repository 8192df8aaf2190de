// Event frames (frames.h): an arrest, killing, extradition, sentencing or
// designation reported about someone, read from the trigger's structure.
#include "ingest/frames.h"

#include <algorithm>

#include "ingest/modality.h"

namespace cg::ingest {
namespace {

constexpr std::string_view kConductor = "Organization";
constexpr std::string_view kPlace = "City|State|Country|Facility";
constexpr std::string_view kClashes = "gunfight|shootout|firefight|clash|clashes|confrontation|battle|raid|operation";
constexpr std::string_view kGroupWords = "members|member|individuals|associates|operatives|leaders|figures|affiliates|"
                                         "targets|entities|businesses|companies|people|networks|cells|bosses";

class EventReader {
 public:
  explicit EventReader(const FrameContext& c) : c_(c), cl_(c.clause), g_(c.graph) {}

  void Run() {
    for (size_t i = 0; i < cl_.size(); ++i) {
      const LexEntry* trigger = nullptr;
      int event = -1;
      if (cl_.IsEntity(i)) {
        event = g_->Root(cl_.mention(i)->entity);
        if (g_->entities[event].primary != "Event") continue;
        const uint32_t t = cl_.item(i).first;
        const std::vector<LexMatch> m = c_.words.MatchAt(c_.tokens, t, cl_.item(i).last, "event");
        if (m.empty()) continue;
        trigger = m[0].entry;
      } else {
        trigger = c_.WordAt(i, "event");
        if (!trigger) continue;
      }
      Read(i, *trigger, event);
    }
  }

 private:
  std::string TargetLabels(const LexEntry& trigger) const {
    return trigger.attr("class") == "Designation" ? "Person|Organization" : "Person|Cartel";
  }

  // A cartel as the target of an arrest stands for its members ("28 Sinaloa Cartel members").
  bool Acceptable(size_t item, const LexEntry& trigger) const {
    if (cl_.EntityAs(item, "Person") >= 0 || trigger.attr("class") == "Designation") return true;
    return (item + 1 < cl_.size() && cl_.IsAny(item + 1, kGroupWords)) || Linked(item);
  }

  // "five individuals linked to the Sinaloa Cartel": the group the unnamed targets belong to.
  bool Linked(size_t item) const {
    size_t k = item;
    if (k > 0 && cl_.IsAny(k - 1, "the")) --k;
    return k >= 3 && cl_.IsAny(k - 1, "to|with|of") &&
           cl_.IsAny(k - 2, "linked|tied|connected|belonging|affiliated|associated|members") &&
           cl_.IsAny(k - 3, kGroupWords);
  }

  std::vector<size_t> LinkedGroup(size_t i) const {
    const size_t o = cl_.ObjectAfter(i, "Cartel|Organization", "to|with|of", 8);
    return o != kNone && Linked(o) ? std::vector<size_t>{o} : std::vector<size_t>{};
  }

  void Read(size_t i, const LexEntry& trigger, int event) {
    const std::string cls(trigger.attr("class"));
    const std::string labels = TargetLabels(trigger);
    std::string cue;
    if (CueBefore(c_.words, c_.tokens, c_.sentence.first_token, cl_.item(i).first, "hypothetical", 4, &cue)) {
      c_.Reject("PARTICIPATED_IN", -1, event, "frame.event", "hypothetical: \"" + cue + "\" (no event happened yet)");
      return;
    }
    std::vector<size_t> targets, conductors;
    std::string form;
    if (cl_.Nominal(i)) {
      form = "nominal";
      if (size_t t = cl_.ObjectAfter(i, labels, "of|against|on", 4); t != kNone) targets = cl_.Coordinated(t, labels);
      if (i >= 2 && cl_.Is(i - 1, "'s")) {
        if (targets.empty() && cl_.EntityAs(i - 2, labels) >= 0) targets = {i - 2};           // "X's arrest"
        else if (cl_.EntityAs(i - 2, kConductor) >= 0) conductors = {i - 2};                  // "Mexico's arrest of X"
      }
      if (conductors.empty()) {
        if (size_t a = cl_.ObjectAfter(i, kConductor, "by", 12); a != kNone) conductors = cl_.Coordinated(a, kConductor);
      }
    } else if (cl_.Passive(i)) {
      form = "passive";
      if (cl_.UnnamedSubject(i)) return;
      if (size_t t = cl_.SubjectBefore(i, labels); t != kNone) targets = cl_.Coordinated(t, labels);
      if (size_t a = cl_.ObjectAfter(i, kConductor, "by", 10); a != kNone) conductors = cl_.Coordinated(a, kConductor);
      if (conductors.empty()) {
        // "killed in a gunfight with Mexican marines"
        const size_t a = cl_.ObjectAfter(i, kConductor, "with", 8);
        if (a != kNone && a >= 2 && (cl_.IsAny(a - 2, kClashes) || (a >= 3 && cl_.IsAny(a - 3, kClashes)))) {
          conductors = cl_.Coordinated(a, kConductor);
        }
      }
    } else {
      form = "active";
      if (size_t t = cl_.ObjectAfter(i, labels, "-", 10); t != kNone) targets = cl_.Coordinated(t, labels);
      if (size_t a = cl_.SubjectBefore(i, kConductor); a != kNone) conductors = cl_.Coordinated(a, kConductor);
    }
    if (targets.empty() && form != "nominal") targets = LinkedGroup(i);
    std::erase_if(targets, [&](size_t t) { return !Acceptable(t, trigger); });
    if (trigger.attr("needs") == "designation" && !DesignationAfter(i)) return;
    if (targets.empty()) return;
    // "The killing of X" after an arrest: a definite noun of another kind is another event.
    if (event >= 0 && g_->entities[event].refining != cls && !trigger.attr("class").empty()) event = -1;
    if (event < 0) event = NewEvent(i, trigger);
    const std::string rule = "frame.event." + form;
    // A killing by a criminal group has a perpetrator and a victim; by a force, a conductor and a target.
    const bool criminal = std::any_of(conductors.begin(), conductors.end(), [&](size_t a) {
      const int e = cl_.EntityAs(a, kConductor);
      return e >= 0 && g_->entities[g_->Root(e)].refining == "Cartel";
    });
    const std::string role = !trigger.attr("role").empty()          ? std::string(trigger.attr("role"))
                             : criminal && cls == "Killing"          ? "victim"
                                                                     : "target";
    const uint32_t first = cl_.item(std::min(i, targets.front())).first;
    const uint32_t last = cl_.item(std::max(i, targets.back())).last;
    for (size_t t : targets) {
      const int target = cl_.EntityAs(t, labels);
      c_.Relate("PARTICIPATED_IN", target, event, {{"role", Value(role)}}, rule, 0.85f, first, last);
      if (g_->entities[g_->Root(target)].primary == "Person" && !trigger.attr("status").empty()) {
        c_.Fact(target, "status", Value(std::string(trigger.attr("status"))), rule, 0.8f, first, last);
        const std::string_view status = trigger.attr("status");
        const std::string end = status == "dead" ? "killed" : std::string(status);
        if (status == "dead" || status == "arrested" || status == "extradited") {
          c_.Fact(target, "leads_end", Value(end), rule, 0.8f, first, last);
        }
      }
    }
    for (size_t a : conductors) {
      const int conductor = cl_.EntityAs(a, kConductor);
      if (conductor < 0 || std::find(targets.begin(), targets.end(), a) != targets.end()) continue;
      const bool cartel = g_->entities[g_->Root(conductor)].refining == "Cartel";
      c_.Relate("PARTICIPATED_IN", conductor, event, {{"role", Value(std::string(cartel ? "perpetrator" : "conductor"))}},
                rule, 0.8f,
                cl_.item(std::min(i, a)).first, cl_.item(std::max(i, a)).last);
      if (cls == "Designation") Designated(i, conductor, targets, labels);
    }
    if (cls != "Designation") {
      if (size_t p = cl_.ObjectAfter(i, kPlace, "in|near|at|outside", 18, true); p != kNone) {
        c_.Relate("OCCURRED_IN", event, cl_.EntityAs(p, kPlace), {}, rule + ".place", 0.75f, cl_.item(i).first,
                  cl_.item(p).last);
      }
    }
  }

  // The designator designated each target that is the head of its phrase (not "X members").
  void Designated(size_t i, int conductor, const std::vector<size_t>& targets, const std::string& labels) {
    const LocalEntity& who = g_->entities[g_->Root(conductor)];
    if (who.refining != "Government" && who.refining != "Agency") return;
    const Mention* named = DesignationAfter(i);
    const std::string designation = named ? named->value : "sanctions";
    for (size_t t : targets) {
      if ((t + 1 < cl_.size() && cl_.IsAny(t + 1, kGroupWords)) || Linked(t)) continue;
      c_.Relate("DESIGNATED", conductor, cl_.EntityAs(t, labels), {{"designation", Value(designation)}},
                "frame.event.designated", 0.8f, cl_.item(std::min(i, t)).first, cl_.item(std::max(i, t)).last);
    }
  }

  // The designation named after trigger i in its clause ("as Foreign Terrorist Organizations").
  const Mention* DesignationAfter(size_t i) const {
    for (size_t k = i + 1; k < cl_.size() && k <= i + 30 && !cl_.Break(k); ++k) {
      const Mention* m = cl_.mention(k);
      if (m && m->kind == Mention::Kind::kDesignation) return m;
    }
    return nullptr;
  }

  int NewEvent(size_t i, const LexEntry& trigger) {
    LocalEntity e;
    e.primary = "Event";
    e.refining = std::string(trigger.attr("class"));
    const std::string noun = trigger.attr("noun").empty() ? trigger.canonical() : std::string(trigger.attr("noun"));
    e.name = noun;
    e.nouns = {noun};
    e.strong_class = true;
    e.mentioned = true;
    e.AddAlias(noun);
    // The date written nearest to the trigger in the sentence.
    size_t best = kNone;
    for (size_t k = 0; k < cl_.size(); ++k) {
      const Mention* m = cl_.mention(k);
      if (!m || m->kind != Mention::Kind::kDate) continue;
      if (best == kNone || (k > i ? k - i : i - k) < (best > i ? best - i : i - best)) best = k;
    }
    if (best != kNone && (best > i ? best - i : i - best) <= 12) e.date = cl_.mention(best)->date;
    g_->entities.push_back(std::move(e));
    return static_cast<int>(g_->entities.size() - 1);
  }

  const FrameContext& c_;
  const Clause& cl_;
  ArticleGraph* g_;
};

}  // namespace

void ReadEvents(const FrameContext& c) { EventReader(c).Run(); }

}  // namespace cg::ingest
