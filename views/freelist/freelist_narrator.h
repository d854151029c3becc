#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <vector>

#include "engine/memory/freelist/freelist_model.h"

namespace oslens::views {

// Turns the events of one malloc, free or realloc into sentences a student can follow with
// OSTEP ch. 17 open: what the request needs, the walk along the free list and each block's
// verdict, the split, where the freed block goes and what it merges with, the break and mmap.
class FreelistNarrator {
  Q_DECLARE_TR_FUNCTIONS(FreelistNarrator)

 public:
  static QStringList narrate(std::size_t stepIndex, const engine::freelist::FreelistState& after,
                             const engine::freelist::FreelistOp& op,
                             const std::vector<engine::freelist::FreelistEvent>& events);
  static QString summary(const engine::freelist::FreelistState& state);

  // "1000" for the small addresses of a teaching heap, "0x7effffffe000" for large ones.
  static QString addressText(engine::freelist::Address address);
  // "1 byte", "20 bytes", "128 KiB".
  static QString bytesText(std::uint64_t bytes);
  // "1 block", "3 blocks".
  static QString blocksText(std::size_t count);
  // "1000 (20 bytes)": a block as the sentences and the list boxes name it.
  static QString blockText(const engine::freelist::Block& block);
  static QString policyTitle(engine::freelist::FitPolicy policy);
  static QString orderTitle(engine::freelist::ListOrder order);
  // The op in C: "malloc(8) → G", "free(G)", "realloc(G, 12)".
  static QString opText(const engine::freelist::FreelistState& state, const engine::freelist::FreelistOp& op);
  // The verdict of one examined entry, as the list box shows it under the box.
  static QString verdictText(engine::freelist::Verdict verdict, engine::freelist::FitPolicy policy);
};

}  // namespace oslens::views
