// Running helper programs (src/base/process.hpp): output is bounded.
#include <doctest/doctest.h>

#include <string>

#include "base/process.hpp"

TEST_CASE("run_capture: output past the limit stops the program and says so") {
  std::string out, err;
  int rc = yplan::internal::run_capture({"head", "-c", "1000000", "/dev/zero"}, out, err, 65536);
  CHECK(rc == yplan::internal::kOutputTooLarge);
  CHECK(out.empty());
  rc = yplan::internal::run_capture({"head", "-c", "1000", "/dev/zero"}, out, err, 65536);
  CHECK(rc == 0);
  CHECK(out.size() == 1000);
  // Endless output: stopped at the limit, not run forever.
  rc = yplan::internal::run_capture({"cat", "/dev/zero"}, out, err, 1 << 20);
  CHECK(rc == yplan::internal::kOutputTooLarge);
}
