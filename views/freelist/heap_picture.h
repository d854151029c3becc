#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "engine/memory/freelist/freelist_model.h"

namespace oslens::views {

// What the heap picture shows at one moment: the blocks in address order, the free list in its
// order, and what the step has revealed so far (each examined entry's verdict, the block taken or
// freed). A step is a sequence of these beats (`heapBeats`); the last is the state after it, and
// a beat shows nothing the step has not yet done, so the picture never gives the answer away.
struct HeapPicture {
  struct Span {
    engine::freelist::Block block;
    std::optional<engine::freelist::TagId> tag;  // the pointer that holds it (none: free, or leaked)
    bool free = false;
    std::optional<engine::freelist::TagId> leakedFrom;  // in use, no pointer to it: the tag that lost it
    bool highlighted = false;                    // the block the step took, freed or merged into
  };
  std::vector<Span> blocks;                                   // by address, tiling base..break
  std::vector<engine::freelist::Block> freeList;              // in list order
  std::vector<std::optional<engine::freelist::Verdict>> verdicts;  // by list index, once examined
  std::optional<std::size_t> cursor;                          // the entry the search is looking at
  std::optional<std::size_t> listHighlight;                   // the entry the step made or changed
  std::vector<Span> mapped;                                   // mmapped chunks, by address
  engine::freelist::Address programBreak = 0;
  std::optional<std::size_t> rover;                           // next fit: where the next search starts
  std::optional<engine::freelist::Address> splitAt;           // where the chosen block is about to be cut
  std::optional<engine::freelist::Address> trimTo;            // where a trim is about to put the break
  std::optional<engine::freelist::TagId> stepTag;             // the pointer the step's op is about
  bool wentWrong = false;                                     // shown: malloc returned NULL, or a bad pointer
  bool stepTagFreed = false;                                  // a free's beats after the block turned free
  const engine::freelist::FreelistState* state = nullptr;     // whose figures the header shows
};

// The picture of a state at rest; `events` (of the step that made it) mark what that step did.
HeapPicture heapPictureOf(const engine::freelist::FreelistState& state,
                          const std::vector<engine::freelist::FreelistEvent>& events = {});

// The beats of one step, forwards: the state before with the search revealed entry by entry (at
// most `maxWalkBeats` beats for the walk: a long walk reveals several entries a beat), the break
// moving, the chosen block and where it is cut; for a free, the block turning free and each merge
// with a neighbour (standard rules); then the state after. A step with nothing to play has one
// beat, the state after.
std::vector<HeapPicture> heapBeats(const engine::freelist::FreelistState& before,
                                   const std::vector<engine::freelist::FreelistEvent>& events,
                                   const engine::freelist::FreelistState& after, std::size_t maxWalkBeats = 12);

}  // namespace oslens::views
