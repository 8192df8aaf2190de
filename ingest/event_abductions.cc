#include "ingest/event_abductions.h"

#include "ingest/clause.h"

namespace cg::ingest {

namespace {
// Head nouns of a band of unnamed armed people.
constexpr std::string_view kBand = "men|gunmen|gunman|kidnappers|kidnapper|abductors|abductor|assailants|assailant|"
                                   "attackers|attacker|hitmen|hitman|sicarios|assassins|commandos|commando|thugs";
// Words an agent phrase may open with before its head ("a group of heavily armed men").
constexpr std::string_view kOpeners = "a|an|the|several|some|two|three|four|five|six|seven|eight|nine|ten|dozen|"
                                      "dozens|group|band|of|at|least|about|more|than|heavily|armed|masked|hooded|"
                                      "unidentified|unknown|suspected|alleged|presumed";
}  // namespace

bool SeizedByArmedBand(const std::vector<Token>& t, size_t after, size_t end) {
  for (size_t k = after; k < end && k < after + 8; ++k) {
    if (!t[k].word() || t[k].norm == "and") return false;  // a clause break: the "by" is another verb's
    if (t[k].norm != "by") continue;
    for (size_t h = k + 1; h < end && h <= k + 6 && t[h].word(); ++h) {
      if (t[h].is(Token::kCapitalized)) return false;  // "by Federal Police": a named body
      if (OneOf(t[h].norm, kBand)) return true;
      if (!OneOf(t[h].norm, kOpeners) && !t[h].is(Token::kNumber)) return false;
    }
    return false;
  }
  return false;
}

}  // namespace cg::ingest
