#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <vector>

#include "engine/memory/translation/translation_model.h"

namespace oslens::views {

// Turns the events of one translation step into sentences: how the address splits, what the TLB
// and each level of the walk said, why the access faulted and what the kernel did about it.
class TranslationNarrator {
  Q_DECLARE_TR_FUNCTIONS(TranslationNarrator)

 public:
  static QStringList narrate(std::size_t stepIndex, const engine::translation::TranslationState& after,
                             const engine::translation::TranslationOp& op,
                             const std::vector<engine::translation::TranslationEvent>& events);
  static QString summary(const engine::translation::TranslationState& state);

  // The name of the table at `level` (0 = top): x86-64's PML4, PDPT, PD, PT; a two-level
  // table's page directory and page table; "level 2 table" otherwise.
  static QString tableName(const engine::translation::TranslationState& state, int level);
  // How the address splits: "page directory 24, page table 8, offset 28".
  static QString fieldsText(const engine::translation::TranslationState& state, engine::translation::VirtualAddress va);
  // A process's name as the scenario gives it ("?" for an index it does not have).
  static QString processName(const engine::translation::TranslationState& state, engine::translation::ProcessIndex process);
  // "0x7ffff7dd1a3c".
  static QString hex(std::uint64_t value);
  // An offset within a page: hex from 10 on ("0x1c"), as the addresses are written.
  static QString offsetText(std::uint64_t offset);
  // "2 MiB", "4 KiB", "32 bytes".
  static QString sizeText(std::uint64_t bytes);
};

}  // namespace oslens::views
