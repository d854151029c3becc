#include "views/sched/sched_narrator.h"

#include <QLocale>

#include "engine/core/overloaded.h"
#include "views/core/step_number.h"
#include "views/kit/duration_text.h"

namespace oslens::views {

using namespace engine::baseline;
using engine::sched::kNoTask;
using engine::sched::TaskId;

namespace {
QString name(const BaselineState& s, TaskId task) { return QString::fromStdString(s.name(task)); }
QString dur(std::int64_t ns) { return durationText(ns); }

QString enqueueSentence(const BaselineState& s, const Enqueue& e) {
  const QString who = name(s, e.task);
  switch (s.policy()) {
    case BaselinePolicy::Fifo:
    case BaselinePolicy::Rr:
      return e.position == 0 ? SchedNarrator::tr("%1 joins the ready queue, at its head.").arg(who)
                             : SchedNarrator::tr("%1 joins the tail of the ready queue (place %2).").arg(who).arg(e.position + 1);
    case BaselinePolicy::Sjf:
    case BaselinePolicy::Stcf:
      return SchedNarrator::tr("%1 joins the ready queue at place %2: its next CPU burst is %3, and shorter bursts go first.")
          .arg(who)
          .arg(e.position + 1)
          .arg(SchedNarrator::burstText(e.nextBurstNs));
  }
  return {};
}

QString dispatchSentence(const BaselineState& s, const Dispatch& e) {
  if (e.to == kNoTask) return SchedNarrator::tr("The ready queue is empty: the CPU is idle.");
  const QString who = name(s, e.to);
  if (s.policy() == BaselinePolicy::Rr)
    return SchedNarrator::tr("%1, at the head of the ready queue, gets the CPU for a quantum of %2 (until %3).")
        .arg(who, dur(s.setup->quantumNs), dur(e.quantumEndNs));
  if (s.policy() == BaselinePolicy::Fifo)
    return SchedNarrator::tr("%1, first in the ready queue, gets the CPU and keeps it until its burst ends.").arg(who);
  return SchedNarrator::tr("%1 has the shortest next CPU burst (%2): it gets the CPU.").arg(who, SchedNarrator::burstText(e.nextBurstNs));
}

QString preemptSentence(const BaselineState& s, const Preempt& e) {
  if (e.reason == Preempt::Reason::QuantumExpired)
    return SchedNarrator::tr("%1's quantum is used up after %2 and another task is ready: it goes to the tail of the queue.")
        .arg(name(s, e.task), dur(e.ranNs));
  return SchedNarrator::tr("%1 needs only %2, less than the %3 %4 has left: %1 preempts it (STCF).")
      .arg(name(s, e.by), SchedNarrator::burstText(e.byLeftNs), SchedNarrator::burstText(e.leftNs), name(s, e.task));
}
}  // namespace

QString SchedNarrator::burstText(engine::sched::Nanoseconds ns) { return ns == kEndlessBurst ? tr("endless") : dur(ns); }

QString SchedNarrator::policyName(BaselinePolicy policy) {
  switch (policy) {
    case BaselinePolicy::Fifo: return tr("FIFO (first come, first served)");
    case BaselinePolicy::Sjf: return tr("SJF (shortest job first)");
    case BaselinePolicy::Stcf: return tr("STCF (shortest time to completion first)");
    case BaselinePolicy::Rr: return tr("RR (round robin)");
  }
  return {};
}

QStringList SchedNarrator::narrate(std::size_t stepIndex, const BaselineState& s, const engine::sched::SchedStep& op,
                                   const std::vector<BaselineEvent>& events) {
  QStringList out;
  out << tr("Step %1, at %2:").arg(stepNumber(stepIndex)).arg(dur(op.atNs));
  for (const BaselineEvent& event : events) {
    QString sentence = std::visit(
        engine::Overloaded{
            [&](const Ran& e) { return tr("%1 ran %2.").arg(name(s, e.task), dur(e.toNs - e.fromNs)); },
            [&](const Arrive& e) {
              return e.spawned ? tr("%1 is spawned.").arg(name(s, e.task)) : tr("%1 arrives.").arg(name(s, e.task));
            },
            [&](const Wake& e) { return tr("%1's I/O is done: it is ready again.").arg(name(s, e.task)); },
            [&](const Enqueue& e) { return enqueueSentence(s, e); },
            [&](const Dispatch& e) { return dispatchSentence(s, e); },
            [&](const Preempt& e) { return preemptSentence(s, e); },
            [&](const Block& e) { return tr("%1 waits for I/O until %2.").arg(name(s, e.task), dur(e.untilNs)); },
            [&](const Exit& e) { return tr("%1 has no work left: it exits.").arg(name(s, e.task)); },
            [&](const Renice& e) {
              return tr("renice %1 from %2 to %3: %4 does not look at nice values, so nothing else changes.")
                  .arg(name(s, e.task))
                  .arg(e.fromNice)
                  .arg(e.toNice)
                  .arg(policyName(s.policy()));
            },
            [&](const Horizon& e) { return tr("The run ends at %1 (until_ns).").arg(dur(e.atNs)); },
            [](const StateChange&) { return QString(); },  // the state diagram shows these
        },
        event);
    if (!sentence.isEmpty()) out << sentence;
  }
  return out;
}

QString SchedNarrator::summary(const BaselineState& s) {
  return tr("At %1 under %2: %3 ready, CPU busy %4 of the time.")
      .arg(dur(s.now), policyName(s.policy()))
      .arg(s.queued().size())
      .arg(s.now > 0 ? QLocale().toString(100.0 * static_cast<double>(s.busyNs) / static_cast<double>(s.now), 'f', 1) + QStringLiteral("%")
                     : QStringLiteral("—"));
}

}  // namespace oslens::views
