#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <random>
#include <string>

#include "storage/bulk_data.h"
#include "tests/temp_dir.h"

using cg::storage::BulkData;
using cg::storage::Column;

namespace {

std::vector<std::pair<std::string, std::string>> Sorted(BulkData* data, Column column) {
  data->Sort(column);
  std::vector<std::pair<std::string, std::string>> out;
  REQUIRE(data->ForEachSorted(column, [&](std::string_view k, std::string_view v) {
                 out.emplace_back(k, v);
                 return true;
               }).ok());
  return out;
}

}  // namespace

TEST_CASE("bulk pairs sort bytewise, the last put of a key winning") {
  // Keys that share long prefixes, are prefixes of each other, hold zero
  // and 0xff bytes, are empty or long: what a digit-at-a-time sort can get wrong.
  std::mt19937 random(7);
  const std::string alphabet("\0\1a\xff", 4);
  std::vector<std::string> keys = {"", std::string(1, '\0'), std::string(9, '\0'), "abcdefgh", "abcdefgh\0",
                                   "abcdefghi", std::string(3000, 'x'), std::string(3000, 'x') + "y"};
  for (int i = 0; i < 2000; ++i) {
    std::string key = i % 3 ? "prefix--" : "";
    for (size_t n = random() % 20; n > 0; --n) key.push_back(alphabet[random() % alphabet.size()]);
    keys.push_back(key);
  }
  BulkData data;
  std::map<std::string, std::string> expected;
  for (int round = 0; round < 3; ++round) {
    for (size_t i = 0; i < keys.size(); ++i) {
      if ((i + round) % 2) continue;
      const std::string value = std::to_string(round) + ":" + std::to_string(i);
      data.Put(Column::kLabels, keys[i], value);
      expected[keys[i]] = value;
    }
  }
  const auto sorted = Sorted(&data, Column::kLabels);
  CHECK(sorted == std::vector<std::pair<std::string, std::string>>(expected.begin(), expected.end()));
}

TEST_CASE("appended bulk pairs count as put after the pairs already there") {
  BulkData first, second;
  first.Put(Column::kNodes, "b", "first");
  first.Put(Column::kNodes, "a", "first");
  second.Put(Column::kNodes, "b", "second");
  second.Put(Column::kNodes, "c", "second");
  second.Put(Column::kMeta, "m", "1");
  first.Append(&second);
  CHECK(second.size(Column::kNodes) == 0);
  CHECK(first.size(Column::kMeta) == 1);
  CHECK(Sorted(&first, Column::kNodes) ==
        std::vector<std::pair<std::string, std::string>>{{"a", "first"}, {"b", "second"}, {"c", "second"}});
}

TEST_CASE("appending a bigger load keeps the put order whichever list takes the pairs") {
  for (int big : {0, 1}) {
    BulkData small, large;
    small.Put(Column::kNodes, "k", "small");
    for (int i = 0; i < 5; ++i) large.Put(Column::kNodes, i == 0 ? "k" : "k" + std::to_string(i), "large");
    BulkData& to = big ? large : small;
    BulkData& from = big ? small : large;
    to.Append(&from);
    CHECK(to.size(Column::kNodes) == 6);
    CHECK(Sorted(&to, Column::kNodes).front() == std::pair<std::string, std::string>{"k", big ? "small" : "large"});
  }
}

TEST_CASE("spilled runs merge with the pairs in memory; the last put of a key wins across runs and appends") {
  cg::testing::TempDir dir;
  std::mt19937 random(11);
  BulkData first, second;
  std::map<std::string, std::string> expected;
  for (int i = 0; i < 5000; ++i) {
    // `second` is appended to `first`: its pairs count as put later.
    BulkData& data = i < 3000 ? first : second;
    const std::string key = "key " + std::to_string(random() % 1500);
    data.Put(Column::kLabels, key, std::to_string(i));
    expected[key] = std::to_string(i);
    if (i % 700 == 699) REQUIRE(data.Spill(dir.path()).ok());
  }
  first.Append(&second);
  CHECK(first.size(Column::kLabels) == 5000);
  CHECK(Sorted(&first, Column::kLabels) == std::vector<std::pair<std::string, std::string>>(expected.begin(), expected.end()));
  CHECK_FALSE(std::filesystem::is_empty(dir.path()));
  first.Release(Column::kLabels);
  CHECK(std::filesystem::is_empty(dir.path()));  // the runs go with their pairs
}

TEST_CASE("a run that cannot be read fails the merge with an IOError naming it") {
  cg::testing::TempDir dir;
  BulkData data;
  data.Put(Column::kNodes, "a", "1");
  REQUIRE(data.Spill(dir.path()).ok());
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) std::filesystem::resize_file(entry.path(), 5);
  data.Sort(Column::kNodes);
  cg::Status s = data.ForEachSorted(Column::kNodes, [](std::string_view, std::string_view) { return true; });
  CHECK(s.code() == cg::Status::Code::kIOError);
  CHECK(s.message().find(dir.path()) != std::string::npos);
  data.Put(Column::kNodes, "b", "2");
  CHECK(data.Spill(dir.path() + "/missing").code() == cg::Status::Code::kIOError);
}
