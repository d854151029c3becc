#include "views/freelist/pointer_chips.h"

#include <algorithm>

namespace oslens::views {

using namespace engine::freelist;

std::vector<PointerChip> pointerChips(const FreelistState& state, std::optional<TagId> focus, std::size_t most,
                                      bool unassignedFocus, std::size_t* before) {
  const auto& status = state.tagStatus;
  const auto assigned = [&](std::size_t id) {
    return status[id] != TagSlot::Status::Unused || (unassignedFocus && focus && id == *focus);
  };
  // The window: back from the focus (or from the first tags) until `most` are found, then on
  // past the focus if there is room.
  std::vector<TagId> ids;
  const std::size_t end = std::min(status.size(), focus ? static_cast<std::size_t>(*focus) + 1 : status.size());
  if (focus) {
    for (std::size_t id = end; id-- > 0 && ids.size() < most;)
      if (assigned(id)) ids.push_back(static_cast<TagId>(id));
    std::reverse(ids.begin(), ids.end());
    for (std::size_t id = end; id < status.size() && ids.size() < most; ++id)
      if (assigned(id)) ids.push_back(static_cast<TagId>(id));
  } else {
    for (std::size_t id = 0; id < status.size() && ids.size() < most; ++id)
      if (assigned(id)) ids.push_back(static_cast<TagId>(id));
  }
  if (before) {
    *before = 0;
    if (!ids.empty())
      for (std::size_t id = 0; id < ids.front(); ++id) *before += assigned(id);
  }
  std::vector<PointerChip> chips;
  chips.reserve(ids.size());
  for (TagId id : ids) {
    const TagSlot slot = state.tag(id);
    PointerChip chip;
    chip.tag = id;
    switch (slot.status) {
      case TagSlot::Status::Live:
        chip.kind = PointerChip::Kind::Live;
        chip.address = slot.block.addr + state.config->header;
        chip.mapped = slot.mapped;
        break;
      case TagSlot::Status::Freed: chip.kind = PointerChip::Kind::Freed; break;
      case TagSlot::Status::Failed: chip.kind = PointerChip::Kind::Null; break;
      case TagSlot::Status::Unused: chip.kind = PointerChip::Kind::NeverAssigned; break;
    }
    chips.push_back(chip);
  }
  return chips;
}

}  // namespace oslens::views
