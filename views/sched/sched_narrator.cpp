#include "views/sched/sched_narrator.h"

#include <QLocale>

#include "engine/core/overloaded.h"
#include "views/core/step_number.h"
#include "views/kit/duration_text.h"
#include "views/sched/sched_metrics.h"

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
  // SJF and STCF: the decision is the dispatch at the end of the step, so the queue left is `s`'s.
  if (s.ready.empty())
    return SchedNarrator::tr("%1 is the only task ready: it gets the CPU (its next CPU burst: %2).")
        .arg(who, SchedNarrator::burstText(e.nextBurstNs));
  return SchedNarrator::tr("%1 has the shortest next CPU burst (%2): it gets the CPU.").arg(who, SchedNarrator::burstText(e.nextBurstNs));
}

QString preemptSentence(const BaselineState& s, const Preempt& e) {
  if (e.reason == Preempt::Reason::QuantumExpired) {
    // It had the CPU for whole quanta: more than one when no other task was ready at the end of
    // the earlier ones (QuantumRenewed).
    const auto quantum = s.setup->quantumNs;
    if (e.ranNs <= quantum)
      // Where it goes is the next sentence's (the Enqueue event: "joins the tail ... (place 3)").
      return SchedNarrator::tr("%1 has used up its quantum of %2 and another task is ready: %1 gives up the CPU.")
          .arg(name(s, e.task), dur(quantum));
    return SchedNarrator::tr("%1 has used up its quantum of %2 and now another task is ready: %1 gives up the CPU, after %3 "
                             "on it (%4 quanta in a row).")
        .arg(name(s, e.task), dur(quantum), dur(e.ranNs))
        .arg(e.ranNs / quantum);
  }
  return SchedNarrator::tr("%1 needs only %2, less than the %3 %4 has left: %1 preempts it (STCF).")
      .arg(name(s, e.by), SchedNarrator::burstText(e.byLeftNs), SchedNarrator::burstText(e.leftNs), name(s, e.task));
}

// RR with no other task ready when the quantum ran out (one or more times since the last step).
QString renewedSentence(const BaselineState& s, const QuantumRenewed& e) {
  if (e.count == 1)
    return SchedNarrator::tr("At %1 %2's quantum was used up, but no other task was ready: %2 kept the CPU with a fresh quantum "
                             "of %3, until %4.")
        .arg(dur(e.atNs), name(s, e.task), dur(s.setup->quantumNs), dur(e.untilNs));
  return SchedNarrator::tr("From %1 on, %2's quantum was used up %3 times with no other task ready: each time %2 kept the CPU "
                           "with a fresh quantum of %4; the last one runs until %5.")
      .arg(dur(e.atNs), name(s, e.task))
      .arg(e.count)
      .arg(dur(s.setup->quantumNs), dur(e.untilNs));
}

// A task joined the ready queue while another runs and the scheduler let it run on: why, in the
// policy's words. Empty when the step gave the CPU to someone, or when the scheduler has not
// decided yet (more is due at this instant).
QString keepsCpuSentence(const BaselineState& s, const std::vector<BaselineEvent>& events) {
  if (s.current == kNoTask || s.moreDueNow()) return {};
  bool joined = false;
  for (const BaselineEvent& event : events) {
    if (std::holds_alternative<Dispatch>(event) || std::holds_alternative<Preempt>(event)) return {};
    if (const auto* e = std::get_if<Enqueue>(&event); e && e->task != s.current) joined = true;
  }
  if (!joined) return {};
  const QString runner = name(s, s.current);
  switch (s.policy()) {
    case BaselinePolicy::Fifo:
      return SchedNarrator::tr("%1 keeps the CPU: FIFO never takes it from a running task.").arg(runner);
    case BaselinePolicy::Sjf:
      return SchedNarrator::tr("%1 keeps the CPU: SJF does not preempt, so a shorter job waits until %1's burst ends.").arg(runner);
    case BaselinePolicy::Stcf: {
      if (s.ready.empty()) return {};
      const TaskId shortest = s.ready.top();
      return SchedNarrator::tr("%1 needs %2, no less than the %3 %4 has left: %4 keeps the CPU.")
          .arg(name(s, shortest), SchedNarrator::burstText(s.nextBurst(shortest)), SchedNarrator::burstText(s.nextBurst(s.current)),
               runner);
    }
    case BaselinePolicy::Rr:
      return SchedNarrator::tr("%1 keeps the CPU until its quantum ends at %2.").arg(runner, dur(s.quantumEndNs));
  }
  return {};
}

// The scheduler decides once everything due at this instant is in (the textbooks' examples
// assume jobs arriving together are all seen).
QString waitsToDecideSentence(const BaselineState& s) {
  if (s.finished || !s.moreDueNow()) return {};
  return SchedNarrator::tr("More happens at t = %1 too: the scheduler decides once all of it has happened.").arg(dur(s.now));
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
            [&](const QuantumRenewed& e) { return renewedSentence(s, e); },
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
  for (const QString& sentence : {keepsCpuSentence(s, events), waitsToDecideSentence(s)})
    if (!sentence.isEmpty()) out << sentence;
  return out;
}

QString SchedNarrator::summary(const BaselineState& s) {
  QString text = tr("At %1 under %2: %3 ready, CPU busy %4 of the time.")
                     .arg(dur(s.now), policyName(s.policy()))
                     .arg(s.queued().size())
                     .arg(s.now > 0 ? QLocale().toString(100.0 * static_cast<double>(s.busyNs) / static_cast<double>(s.now), 'f', 1) +
                                          QStringLiteral("%")
                                    : QStringLiteral("—"));
  const AverageMetrics a = averageMetrics(s);
  if (a.tasks == 0) return text;
  auto mean = [](std::optional<double> ns) { return ns ? dur(static_cast<std::int64_t>(*ns)) : QStringLiteral("—"); };
  text += QLatin1Char(' ');
  if (a.allFinished())
    return text + tr("Averages over the %1 tasks: response %2, turnaround %3, waiting %4.")
                      .arg(a.tasks)
                      .arg(mean(a.responseNs()), mean(a.turnaroundNs()), mean(a.waitNs()));
  // Not every task finished (the run stopped at until_ns): the averages of what is known.
  const QString response = a.ran == 0 || a.allRan() ? mean(a.responseNs()) : tr("%1 (of the %2 that ran)").arg(mean(a.responseNs())).arg(a.ran);
  const QString turnaround = a.finished == 0 ? mean(std::nullopt) : tr("%1 (of the %2 finished)").arg(mean(a.turnaroundNs())).arg(a.finished);
  return text + tr("%1 of %2 tasks finished. Averages so far: response %3, turnaround %4, waiting %5.")
                    .arg(a.finished)
                    .arg(a.tasks)
                    .arg(response, turnaround, mean(a.waitNs()));
}

}  // namespace oslens::views
