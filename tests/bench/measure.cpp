// yplan-measure: runs a command several times and prints the median wall
// time and the peak resident memory of its runs (from wait4's rusage).
//   yplan-measure RUNS COMMAND [ARGS...]
// Prints "MEDIAN_MS PEAK_RSS_KB EXIT" on one line; the command's output goes
// to /dev/null. Exit status 1 if any run ended with a signal.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: yplan-measure RUNS COMMAND [ARGS...]\n");
    return 2;
  }
  int runs = std::atoi(argv[1]);
  std::vector<double> ms;
  long peak = 0;
  int last_exit = 0;
  for (int i = 0; i < runs; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    pid_t pid = fork();
    if (pid == 0) {
      int null = open("/dev/null", O_WRONLY);
      dup2(null, 1);
      execvp(argv[2], argv + 2);
      _exit(127);
    }
    int status = 0;
    struct rusage ru {};
    wait4(pid, &status, 0, &ru);
    auto t1 = std::chrono::steady_clock::now();
    if (WIFSIGNALED(status)) {
      std::fprintf(stderr, "yplan-measure: %s killed by signal %d\n", argv[2], WTERMSIG(status));
      return 1;
    }
    last_exit = WEXITSTATUS(status);
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    peak = std::max(peak, ru.ru_maxrss);
  }
  std::sort(ms.begin(), ms.end());
  std::printf("%.1f %ld %d\n", ms[ms.size() / 2], peak, last_exit);
  return 0;
}
