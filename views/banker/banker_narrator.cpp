#include "views/banker/banker_narrator.h"

#include "engine/core/overloaded.h"
#include "views/core/step_number.h"
#include "views/kit/deadlock_text.h"

namespace oslens::views {

using namespace engine::deadlock;
using namespace engine::deadlock::banker;

namespace {

QString vec(std::span<const Count> counts) { return DeadlockText::vector(counts); }

QString heading(std::size_t stepIndex, const BankerState& s, const BankerOp& op) {
  const auto step = stepNumber(stepIndex);
  return std::visit(engine::Overloaded{
                        [&](const RequestOp& o) {
                          return BankerNarrator::tr("Step %1: %2 requests %3.")
                              .arg(step)
                              .arg(QString::fromStdString(s.processName(o.process)), vec(o.vector));
                        },
                        [&](const ReleaseOp& o) {
                          return BankerNarrator::tr("Step %1: %2 releases %3.")
                              .arg(step)
                              .arg(QString::fromStdString(s.processName(o.process)), vec(o.vector));
                        },
                        [&](const SafetyOp&) { return BankerNarrator::tr("Step %1: is the current state safe?").arg(step); },
                    },
                    op);
}

class Sentences : public SentenceWriter<BankerState> {
 public:
  using SentenceWriter::SentenceWriter;

  void operator()(const ClaimCheck& e) {
    if (!e.exceeds) {
      m_out << BankerNarrator::tr("Request %1 ≤ Need %2: within %3's maximum claim.").arg(vec(e.request), vec(e.need), name(e.process));
      return;
    }
    m_out << BankerNarrator::tr("Error: Request %1 > Need %2 (%3 of %4, but only %5 left of its claim). %6 has exceeded "
                                "its maximum claim; nothing changes.")
                 .arg(vec(e.request), vec(e.need))
                 .arg(e.request[*e.exceeds])
                 .arg(resource(*e.exceeds))
                 .arg(e.need[*e.exceeds])
                 .arg(name(e.process));
  }
  void operator()(const AvailableCheck& e) {
    if (!e.exceeds) {
      m_out << BankerNarrator::tr("Request %1 ≤ Available %2: enough is free.").arg(vec(e.request), vec(e.available));
      return;
    }
    m_out << BankerNarrator::tr("Request %1 > Available %2: only %3 of %4 free. %5 must wait; nothing changes.")
                 .arg(vec(e.request), vec(e.available))
                 .arg(e.available[*e.exceeds])
                 .arg(resource(*e.exceeds), name(e.process));
  }
  void operator()(const TrialAllocation& e) {
    m_out << BankerNarrator::tr("Pretend to allocate: Available = %1, Allocation[%2] = %3, Need[%2] = %4.")
                 .arg(vec(e.available), name(e.process), vec(e.allocation), vec(e.need));
  }
  void operator()(const SafetyCheck& e) {
    m_out << (e.trial ? BankerNarrator::tr("Is this new state safe? The safety algorithm:")
                      : BankerNarrator::tr("The safety algorithm on the current state:"));
  }
  void operator()(const ScanBegin& e) {
    m_out << BankerNarrator::tr("Work = Available = %1; Finish[i] = false for every process.").arg(vec(e.work));
  }
  void operator()(const ScanExamine& e) {
    if (m_budget.admitExamination())
      m_out << DeadlockText::examine(m_s.setup->processes, m_s.setup->resources, BankerNarrator::tr("Need"), e);
  }
  void operator()(const ScanFinish& e) {
    if (m_budget.tellingFinish()) m_out << DeadlockText::finish(m_s.setup->processes, e);
  }
  void operator()(const ScanEnd& e) {
    if (const QString more = DeadlockText::unnarrated(m_budget.skipped() + e.unrecordedExaminations); !more.isEmpty())
      m_out << more;
    if (e.unfinished.empty())
      m_out << BankerNarrator::tr("Every process can finish: the state is safe, with safe sequence %1.")
                   .arg(DeadlockText::sequence(m_s.setup->processes, e.sequence));
    else
      m_out << BankerNarrator::tr("No process left can finish with Work = %1: %2 cannot, so the state is unsafe.")
                   .arg(vec(e.work), DeadlockText::names(m_s.setup->processes, e.unfinished));
  }
  void operator()(const SafeSequences& e) {
    QStringList listed;
    for (const auto& sequence : e.listed) listed << DeadlockText::sequence(m_s.setup->processes, sequence);
    // "Safe sequences, 3 in all": a count after the noun reads right for 1 too (no "sequence(s)").
    const auto count = static_cast<qulonglong>(e.count);
    if (!e.complete)
      m_out << BankerNarrator::tr("Safe sequences, at least %1 (the search stopped at its budget): %2.")
                   .arg(count)
                   .arg(listed.join(QStringLiteral(", ")));
    else if (e.count == 0)
      m_out << BankerNarrator::tr("There is no safe sequence.");
    else if (e.listed.size() < e.count)
      m_out << BankerNarrator::tr("Safe sequences, %1 in all; the first %2: %3.")
                   .arg(count)
                   .arg(e.listed.size())
                   .arg(listed.join(QStringLiteral(", ")));
    else
      m_out << BankerNarrator::tr("Safe sequences, %1 in all: %2.").arg(count).arg(listed.join(QStringLiteral(", ")));
  }
  void operator()(const RequestDecision& e) {
    switch (e.outcome) {
      case RequestOutcome::Granted:
        m_out << BankerNarrator::tr("Safe, so the request is granted: %1 now holds %2.")
                     .arg(name(e.process), vec(m_s.allocation.row(e.process)));
        break;
      case RequestOutcome::Unsafe:
        m_out << BankerNarrator::tr("Unsafe, so the trial allocation is rolled back and %1 waits, although the "
                                    "resources are free.")
                     .arg(name(e.process));
        break;
      case RequestOutcome::ExceedsClaim:
      case RequestOutcome::Unavailable: break;  // said by the check that failed
    }
  }
  void operator()(const Released& e) {
    m_out << BankerNarrator::tr("%1 gives back %2: Allocation[%1] = %3, Available = %4.")
                 .arg(name(e.process), vec(e.vector), vec(m_s.allocation.row(e.process)), vec(e.available));
  }
  void operator()(const ReleaseRefused& e) {
    m_out << BankerNarrator::tr("Error: %1 holds only %2 of %3 and cannot give back %4; nothing changes.")
                 .arg(name(e.process))
                 .arg(e.allocation[e.exceeds])
                 .arg(resource(e.exceeds))
                 .arg(e.vector[e.exceeds]);
  }
};

}  // namespace

QStringList BankerNarrator::narrate(std::size_t stepIndex, const BankerState& after, const BankerOp& op,
                                    const std::vector<BankerEvent>& events) {
  return narrateEvents<Sentences>(heading(stepIndex, after, op), after, events);
}

QString BankerNarrator::verdict(const BankerState& s, const SafetyResult& result) {
  if (result.safe) return tr("safe, sequence %1").arg(DeadlockText::sequence(s.setup->processes, result.sequence));
  return tr("unsafe: %1 cannot finish").arg(DeadlockText::names(s.setup->processes, result.unfinished));
}

QStringList BankerNarrator::eventSentences(const BankerState& after, const BankerEvent& event) {
  return narrateEvent<Sentences>(after, event);
}

QString BankerNarrator::summary(const BankerState& s) {
  return tr("Available %1; the state is %2.").arg(vec(s.available), verdict(s, BankerModel::checkSafety(s)));
}

}  // namespace oslens::views
