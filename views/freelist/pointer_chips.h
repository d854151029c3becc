#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "engine/memory/freelist/freelist_model.h"

namespace oslens::views {

// The program's pointer variables (the scenario's tags) and what each holds now: the address
// malloc returned, a freed block's dangling value, or NULL. What the picture's pointer row shows,
// so that "A is dangling" and "D = NULL" can be seen, not only read.
struct PointerChip {
  enum class Kind { Live, Freed, Null, NeverAssigned };
  engine::freelist::TagId tag = 0;
  Kind kind = Kind::Live;
  engine::freelist::Address address = 0;  // Live: the pointer (the block's start plus the header)
  bool mapped = false;
};

// At most `most` of the tags that have been assigned, in the order the scenario names them: a
// window that holds `focus` (the step's tag) and the tags just before it, else the first ones.
// `before`: how many assigned tags the window leaves out before its first. `unassignedFocus`:
// show the focus even if nothing was ever assigned to it (a free of a pointer malloc never
// returned; not a malloc about to assign it, which would tell nothing).
std::vector<PointerChip> pointerChips(const engine::freelist::FreelistState& state,
                                      std::optional<engine::freelist::TagId> focus, std::size_t most,
                                      bool unassignedFocus = false, std::size_t* before = nullptr);

}  // namespace oslens::views
