#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/event_log.h"
#include "engine/memory/translation/translation_events.h"
#include "engine/memory/translation/translation_types.h"

namespace oslens::engine::translation {

struct TranslationState {
  TranslationConfig config;
  ProcessNames names;
  ManagedState managed;  // managed mode; unused in image mode
  std::uint64_t step = 0;
  // Image mode: what its translations found.
  std::uint64_t translations = 0, notPresent = 0, protection = 0, nonCanonical = 0, reserved = 0;

  bool imageMode() const { return config.image != nullptr; }
  bool operator==(const TranslationState&) const = default;
};

// One op per step: an access (image mode: a translation), fork, exit or a context switch.
struct TranslationModel {
  using State = TranslationState;
  using Op = TranslationOp;
  using Event = TranslationEvent;

  // `processes`: managed mode's processes at the start (empty in image mode); `names`: every
  // process of the run (ProcessNames).
  static State initialState(const TranslationConfig& config, std::vector<Process> processes, ProcessNames names);
  static void step(State& state, const Op& op, EventLog<Event>& log);
  static std::uint64_t hash(const State& state);
  static std::size_t footprintBytes(const State& state);
  static std::vector<std::string> checkInvariants(const State& state);
};

}  // namespace oslens::engine::translation
