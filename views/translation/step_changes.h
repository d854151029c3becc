#pragma once

#include <cstdint>
#include <optional>
#include <set>

#include "engine/memory/translation/translation_scenario.h"

namespace oslens::views {

// What the shown step worked on, from its events: the frames and swap slots it changed, the TLB
// set it looked in and the entry it hit or filled. The memory and TLB pictures outline these.
struct StepChanges {
  std::set<engine::translation::FrameNumber> frames;
  std::set<engine::translation::SlotNumber> swapSlots;
  std::optional<std::uint32_t> set;
  std::optional<std::uint64_t> slot;

  static StepChanges of(const engine::translation::TranslationSimulation& simulation);
};

}  // namespace oslens::views
