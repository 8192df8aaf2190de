// Resolution names (resolution_names.h): the name tests of entity resolution.
#include "ingest/resolution_names.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "schema/normalize.h"

namespace cg::ingest::resolution_names {

const NormalForm& Normal(const std::string& name) {
  thread_local std::unordered_map<std::string, NormalForm> memo;
  if (memo.size() > 100000) memo.clear();
  auto [it, inserted] = memo.try_emplace(name);
  if (!inserted) return it->second;
  it->second.name = NormalizeName(name);
  const std::string& n = it->second.name;
  std::vector<std::string>& out = it->second.words;
  size_t pos = 0;
  while (pos < n.size()) {
    size_t end = n.find(' ', pos);
    if (end == std::string::npos) end = n.size();
    out.push_back(n.substr(pos, end - pos));
    pos = end + 1;
  }
  return it->second;
}

const std::vector<std::string>& Words(const std::string& name) { return Normal(name).words; }

bool IsFullName(const std::string& name) {
  const std::vector<std::string>& w = Words(name);
  return w.size() >= 2 && w[0] != "el" && w[0] != "la" && w.back().size() > 1 &&  // "Rubén N." is not
         name.find("'s") == std::string::npos && name.find('"') == std::string::npos &&  // 'Ignacio "Nacho" Coronel'
         name.find("\u201c") == std::string::npos &&
         name.find("\u2019s") == std::string::npos;
}

bool HasUpper(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::vector<std::string> NodeNames(const graph::Node& node) {
  std::vector<std::string> out;
  if (const Value* n = node.Find("name"); n && n->is_string()) out.push_back(n->as_string());
  if (const Value* a = node.Find("aliases"); a && a->is_list()) {
    for (const Value& v : a->as_list()) {
      if (v.is_string()) out.push_back(v.as_string());
    }
  }
  return out;
}

bool PersonsCompatible(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  // The first and last words of each full name, each name asked once (IsFullName hashes the whole
  // name; asking it of every pair, and copying both names' words, was most of the cost).
  const auto ends = [](const std::vector<std::string>& names) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const std::string& n : names) {
      if (!IsFullName(n)) continue;
      const std::vector<std::string>& w = Words(n);
      out.emplace_back(w.front(), w.back());
    }
    return out;
  };
  const auto a_ends = ends(a);
  if (a_ends.empty()) return true;
  const auto b_ends = ends(b);
  if (b_ends.empty()) return true;
  for (const auto& x : a_ends) {
    if (std::find(b_ends.begin(), b_ends.end(), x) != b_ends.end()) return true;
  }
  // Two full names of three or more words that differ in an end are two
  // people ("Joaquín Guzmán Loera", "Joaquín Guzmán López"), whatever a
  // shorter name of either says.
  const auto long_name = [](const std::vector<std::string>& names) {
    return std::any_of(names.begin(), names.end(), [](const std::string& n) { return IsFullName(n) && Words(n).size() >= 3; });
  };
  return !(long_name(a) && long_name(b)) && GivenAndPaternal(a, b);
}

bool GivenAndPaternal(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const auto extends = [](const std::vector<std::string>& s, const std::vector<std::string>& l) {
    return s.size() == 2 && l.size() >= 3 && s[0] == l[0] && s[1] == l[l.size() - 2];
  };
  for (const std::string& x : a) {
    if (!IsFullName(x)) continue;
    for (const std::string& y : b) {
      if (IsFullName(y) && (extends(Words(x), Words(y)) || extends(Words(y), Words(x)))) return true;
    }
  }
  return false;
}

bool NicknamesDiffer(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const auto nicknames = [](const std::vector<std::string>& names) {
    std::set<std::string> words, out;
    for (const std::string& n : names) {
      if (IsFullName(n)) words.insert(Words(n).begin(), Words(n).end());
    }
    for (const std::string& n : names) {
      if (!IsFullName(n) && HasUpper(n) && !words.count(Normal(n).name)) out.insert(Normal(n).name);
    }
    return out;
  };
  const std::set<std::string> x = nicknames(a), y = nicknames(b);
  if (x.empty() && y.empty()) return false;
  return std::none_of(x.begin(), x.end(), [&](const std::string& n) { return y.count(n) > 0; });
}

bool CanonicalNamesDiffer(const std::string& a, const std::string& b) {
  if (!IsFullName(a) || !IsFullName(b)) return false;
  const std::vector<std::string>& wa = Words(a);
  const std::vector<std::string>& wb = Words(b);
  if (wa.size() < 3 || wb.size() < 3 || wa.front() == wb.front()) return false;
  if (wa[wa.size() - 2] != wb[wb.size() - 2] || wa.back() != wb.back()) return false;
  const auto ends = [](const std::vector<std::string>& s, const std::vector<std::string>& l) {
    return s.size() <= l.size() && std::equal(s.rbegin(), s.rend(), l.rbegin());
  };
  return !ends(wa, wb) && !ends(wb, wa);
}

bool SharesFullName(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& x : a) {
    if (!IsFullName(x)) continue;
    for (const std::string& y : b) {
      if (!IsFullName(y)) continue;
      auto wx = Words(x), wy = Words(y);
      if (wx.size() > wy.size()) std::swap(wx, wy);
      size_t k = 0;
      for (const std::string& w : wy) {
        if (k < wx.size() && wx[k] == w) ++k;
      }
      if (k == wx.size() && wx.front() == wy.front()) return true;
    }
  }
  return false;
}

}  // namespace cg::ingest::resolution_names
