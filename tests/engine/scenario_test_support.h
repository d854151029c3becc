#pragma once

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/core/validation_error.h"
#include "engine/modules.h"

// Loading scenario text that must fail, and finding one error among those reported.
namespace oslens::engine::testing {

// The errors loadSimulation reports for `text`; fails the test if it loads.
inline ValidationErrors loadErrors(std::string_view text) {
  try {
    loadSimulation(text);
  } catch (const ScenarioError& e) {
    return e.errors();
  }
  ADD_FAILURE() << "expected a ScenarioError for:\n" << text;
  return {};
}

// The error at `pointer` with `code`, or null. Prints every error when it is missing.
inline const ValidationError* findError(const ValidationErrors& errors, std::string_view pointer, ErrorCode code) {
  for (const auto& e : errors.list())
    if (e.pointer == pointer && e.code == code) return &e;
  std::string all;
  for (const auto& e : errors.list()) all += "  " + formatError(e) + "\n";
  ADD_FAILURE() << "no error of the expected kind at \"" << pointer << "\"; got:\n" << all;
  return nullptr;
}

// A paging scenario around `body`, which supplies "config" and "ops"/"refs" (and may add keys).
inline std::string pagingScenario(std::string_view body) {
  return std::string(R"({"oslens": 1, "module": "paging", )") + std::string(body) + "}";
}

}  // namespace oslens::engine::testing
