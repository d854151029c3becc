#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

#include "engine/memory/slab/slab_model.h"
#include "views/core/sentences.h"

namespace oslens::views {

// The outcome of a slab step in one line under the narration, as the diagram states it: which
// object went to whom and where its slab went, how many pages a shrink gave back, or why the step
// failed. A failure reads in red, a warning (the kernel's "Wrong slab cache") in amber.
struct SlabOutcome {
  Q_DECLARE_TR_FUNCTIONS(SlabOutcome)

 public:
  enum class Tone { Done, Warning, Failed };

  QStringList sentences;  // a line may hold them all, or break between them
  Tone tone = Tone::Done;

  QString text() const { return joinSentences(sentences); }

  // `after`: the state the step produced, for the names its ids stand for.
  static SlabOutcome of(const engine::slab::SlabState& after, const std::vector<engine::slab::SlabEvent>& events);
};

}  // namespace oslens::views
