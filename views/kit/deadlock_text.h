#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "engine/deadlock/common/scan_events.h"

namespace oslens::views {

// The words both deadlock modules use: vectors as the book prints them, lists of names, and the
// sentences of a Work/Finish scan (the banker's safety algorithm and the detection algorithm
// differ only in what they compare with Work: Need or Request).
class DeadlockText {
  Q_DECLARE_TR_FUNCTIONS(DeadlockText)

 public:
  using Names = std::vector<std::string>;

  // "(3, 3, 2)"
  static QString vector(std::span<const engine::deadlock::Count> counts);
  // "P1, P3, P4"
  static QString names(const Names& all, const std::vector<engine::deadlock::ProcessId>& ids);
  // "⟨P1, P3, P4, P2, P0⟩": a safe sequence, as Silberschatz writes it.
  static QString sequence(const Names& all, const std::vector<engine::deadlock::ProcessId>& ids);

  // At most this many examinations are narrated per step; the rest are counted in one sentence.
  static constexpr int kMaxNarratedExaminations = 200;

  // The sentence of an examination, a finish or the end of the scan; `demand` is the word for
  // what is compared with Work ("Need" or "Request"). `examined` counts examinations so far.
  static QString examine(const Names& processes, const std::vector<engine::deadlock::ResourceType>& resources,
                         const QString& demand, const engine::deadlock::ScanExamine& e);
  static QString finish(const Names& processes, const engine::deadlock::ScanFinish& e);
  // "… and 3,040 more comparisons, made but not listed", or empty.
  static QString unnarrated(std::uint64_t count);
};

// Counts the examinations a step narrates, so that a huge table still reads as a page: the
// first kMaxNarratedExaminations are told, with their finishes; the rest only counted.
class ScanNarrationBudget {
 public:
  bool admitExamination() {
    m_telling = m_told < DeadlockText::kMaxNarratedExaminations;
    if (m_telling) ++m_told;
    else ++m_skipped;
    return m_telling;
  }
  bool tellingFinish() const { return m_telling; }
  std::uint64_t skipped() const { return m_skipped; }

 private:
  int m_told = 0;
  std::uint64_t m_skipped = 0;
  bool m_telling = true;
};

// What the event visitors of both narrators share: the state the step ends in (for names), the
// list the sentences go to, and the budget of narrated examinations.
template <class State>
class SentenceWriter {
 public:
  SentenceWriter(const State& s, QStringList& out) : m_s(s), m_out(out) {}

 protected:
  QString name(engine::deadlock::ProcessId p) const { return QString::fromStdString(m_s.processName(p)); }
  QString resource(engine::deadlock::ResourceId r) const { return QString::fromStdString(m_s.setup->resources[r].name); }

  const State& m_s;
  QStringList& m_out;
  ScanNarrationBudget m_budget;
};

// A step's sentences: `heading`, then each event's, through a module's SentenceWriter.
template <class Writer, class State, class Event>
QStringList narrateEvents(QString heading, const State& after, const std::vector<Event>& events) {
  QStringList out{std::move(heading)};
  Writer writer(after, out);
  for (const Event& event : events) std::visit(writer, event);
  return out;
}

template <class Writer, class State, class Event>
QStringList narrateEvent(const State& after, const Event& event) {
  QStringList out;
  Writer writer(after, out);
  std::visit(writer, event);
  return out;
}

}  // namespace oslens::views
