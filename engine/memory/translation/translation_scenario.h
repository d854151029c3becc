#pragma once

#include <memory>

#include "engine/core/json_reader.h"
#include "engine/core/model_simulation.h"
#include "engine/memory/translation/translation_records.h"

namespace oslens::engine::translation {

using TranslationSimulation = ModelSimulation<TranslationReportingModel>;

// Reads `config` and `ops` of a translation scenario, managed or image mode; documented in
// docs/scenarios.md. Problems go to top.errors(); returns null if there were any.
std::unique_ptr<TranslationSimulation> buildTranslationSimulation(ScenarioInfo info, ObjectReader& top);

// A 64-bit value written as a JSON number or as a hex string ("0x7ffff7dd1a3c"), at most `max`.
std::optional<std::uint64_t> readWideValue(const Json& value, const std::string& pointer, std::uint64_t max, ValidationErrors& errors);

}  // namespace oslens::engine::translation
