// Checks off the request thread (as clangd's TUScheduler): one thread
// analyses documents while the server's thread keeps reading and answering
// requests from the last analysed state. Only the newest submitted version
// of a document is analysed: a newer submission replaces one not yet
// started, and makes one under way stop at its next stage (parse, load,
// checks), its result dropped. The worker never writes to the client.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "features.hpp"

namespace yplan::lsp {

class Worker {
 public:
  struct Done {
    std::string uri;
    uint64_t generation;  // as submitted: the server's count of the document's texts
    int64_t version;      // the client's version of that text
    std::shared_ptr<const Analysis> analysis;
  };

  Worker();
  // Stops the thread: an analysis under way stops at its next stage.
  ~Worker();
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  // Asks for `text` (the file `path`) to be analysed, as `uri`'s `generation`.
  void submit(const std::string& uri, uint64_t generation, int64_t version, std::string path, std::string text);
  // Readable (poll) when a result is ready.
  int fd() const { return pipe_[0]; }
  // The results ready, oldest first; none when none is (never blocks).
  std::vector<Done> take();

 private:
  struct Job {
    uint64_t generation = 0;
    int64_t version = 0;
    std::string path, text;
  };
  void run();
  bool abandoned(const std::string& uri);  // a newer job for `uri` waits, or the worker stops

  std::mutex m_;
  std::condition_variable cv_;
  std::map<std::string, Job> todo_;  // the newest job of each document, not started
  std::vector<Done> done_;
  bool stop_ = false;
  int pipe_[2] = {-1, -1};
  std::thread thread_;
};

}  // namespace yplan::lsp
