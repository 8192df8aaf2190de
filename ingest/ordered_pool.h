// OrderedMap: a parallel map whose results are consumed in input order.
//
//   OrderedMap<Extracted>(files.size(), threads, /*window=*/4 * threads,
//       [&](size_t i) { return Extract(files[i]); },       // on worker threads
//       [&](size_t i, Extracted&& x) { return Write(x); }); // on the caller, i = 0, 1, 2...
//
// `produce` runs on `threads` worker threads (std::jthread) and must be
// reentrant; `consume` runs on the calling thread, strictly in index order,
// so everything it does (database writes) is as deterministic as a plain
// loop. At most `window` results wait to be consumed (memory stays bounded).
// When `consume` returns false, no further item is produced or consumed.
// With threads == 0 everything runs on the calling thread.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace cg::ingest {

template <typename T>
void OrderedMap(size_t n, unsigned threads, size_t window, const std::function<T(size_t)>& produce,
                const std::function<bool(size_t, T&&)>& consume) {
  if (threads == 0) {
    for (size_t i = 0; i < n; ++i) {
      if (!consume(i, produce(i))) return;
    }
    return;
  }
  if (window < threads) window = threads;
  std::mutex mu;
  std::condition_variable ready;  // a result arrived (the caller waits on it)
  std::condition_variable room;   // the caller consumed one (workers wait on it)
  std::deque<std::optional<T>> results;  // results[k] is item consumed + k
  size_t consumed = 0, next = 0;
  bool stop = false;
  auto worker = [&] {
    std::unique_lock<std::mutex> lock(mu);
    for (;;) {
      room.wait(lock, [&] { return stop || next >= n || next < consumed + window; });
      if (stop || next >= n) return;
      const size_t i = next++;
      lock.unlock();
      T value = produce(i);
      lock.lock();
      const size_t slot = i - consumed;
      if (results.size() <= slot) results.resize(slot + 1);
      results[slot] = std::move(value);
      if (slot == 0) ready.notify_one();
    }
  };
  {
    std::vector<std::jthread> pool;
    pool.reserve(threads);
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
    std::unique_lock<std::mutex> lock(mu);
    while (consumed < n) {
      ready.wait(lock, [&] { return !results.empty() && results.front().has_value(); });
      T value = std::move(*results.front());
      results.pop_front();
      const size_t i = consumed++;
      room.notify_all();
      lock.unlock();
      const bool go_on = consume(i, std::move(value));
      lock.lock();
      if (!go_on) break;
    }
    stop = true;
    room.notify_all();
  }  // the jthreads join here, after finishing the item each holds
}

}  // namespace cg::ingest
