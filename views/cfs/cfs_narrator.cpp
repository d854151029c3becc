#include "views/cfs/cfs_narrator.h"

#include <QLocale>

#include "engine/core/overloaded.h"
#include "engine/sched/cfs/cfs_weights.h"
#include "views/kit/duration_text.h"
#include "views/kit/task_state_diagram.h"
#include "views/core/step_number.h"
#include "views/core/sentences.h"

namespace oslens::views {

using namespace engine::cfs;
using engine::sched::kNoTask;
using engine::sched::TaskId;

namespace {

QString name(const CfsState& s, TaskId task) { return QString::fromStdString(s.name(task)); }
QString dur(std::int64_t ns) { return durationText(ns); }
QString vtime(std::uint64_t v) { return durationText(static_cast<std::int64_t>(v)); }

QString ranSentence(const CfsState& s, const CfsRan& e) {
  const int nice = s.tasks[e.task].run.nice;
  const QString ran = dur(e.toNs - e.fromNs);
  const QString from = vtime(e.vruntimeFrom), to = vtime(e.vruntimeTo);
  if (nice == 0)
    return CfsNarrator::tr("%1 ran %2: its vruntime went from %3 to %4 (nice 0: virtual time runs at real speed).")
        .arg(name(s, e.task), ran, from, to);
  const double rate = static_cast<double>(NICE_0_LOAD) / niceToWeight(nice);
  return CfsNarrator::tr("%1 ran %2: its vruntime went from %3 to %4 (nice %5: %6 ns of vruntime per ns, 1024/%7).")
      .arg(name(s, e.task), ran, from, to)
      .arg(nice)
      .arg(QLocale().toString(rate, 'g', 3))
      .arg(niceToWeight(nice));
}

QString placeSentence(const CfsState& s, const CfsPlace& e) {
  const QString who = name(s, e.task);
  switch (e.rule) {
    case CfsPlace::Rule::NewAfterDebit:
      return CfsNarrator::tr("New task %1 is placed one virtual slice after min_vruntime: %2 + %3 = %4 (START_DEBIT: it "
                             "waits behind the tasks already due in this period).")
          .arg(who, vtime(e.minVruntime), vtime(e.amount), vtime(e.vruntime));
    case CfsPlace::Rule::NewAtMin:
      return CfsNarrator::tr("New task %1 starts at min_vruntime %2 (START_DEBIT is off).").arg(who, vtime(e.vruntime));
    case CfsPlace::Rule::SleeperCredit:
      if (e.amount == 0)
        return CfsNarrator::tr("%1 slept: its vruntime %2 is raised to min_vruntime %3 (no sleeper credit).")
            .arg(who, vtime(e.previous), vtime(e.vruntime));
      return CfsNarrator::tr("%1 slept, so its vruntime %2 fell behind. It gets credit for the sleep, but at most %3: it "
                             "is placed at min_vruntime %4 − %3 = %5.")
          .arg(who, vtime(e.previous), vtime(e.amount), vtime(e.minVruntime), vtime(e.vruntime));
    case CfsPlace::Rule::KeptOwn:
      return CfsNarrator::tr("%1 keeps its own vruntime %2: it is not more than %3 behind min_vruntime %4.")
          .arg(who, vtime(e.vruntime), vtime(e.amount), vtime(e.minVruntime));
  }
  return {};
}

QString preemptSentence(const CfsState& s, const CfsPreempt& e) {
  const QString who = name(s, e.task);
  const QString by = e.by == kNoTask ? QString() : name(s, e.by);
  switch (e.reason) {
    case CfsPreempt::Reason::SliceUsed: {
      const auto [ran, ideal] = distinctDurationTexts(e.ranNs, e.idealNs);
      return CfsNarrator::tr("Tick: %1 has run %2, more than its slice of %3. It must give up the CPU (check_preempt_tick).")
          .arg(who, ran, ideal);
    }
    case CfsPreempt::Reason::VruntimeLead: {
      const auto [lead, ideal] = distinctDurationTexts(e.vdiff, e.idealNs);
      return CfsNarrator::tr("Tick: %1 has run %2 and its vruntime is %3 ahead of %4's, more than its slice of %5. It "
                             "must give up the CPU (check_preempt_tick).")
          .arg(who, dur(e.ranNs), lead, by, ideal);
    }
    case CfsPreempt::Reason::Wakeup:
      return CfsNarrator::tr("%1's vruntime is %2 behind the running %3's, more than the wakeup granularity (%4 for its "
                             "weight): %1 preempts %3 (check_preempt_wakeup).")
          .arg(by, distinctDurationTexts(e.vdiff, static_cast<std::int64_t>(e.granularity)).first, who,
           distinctDurationTexts(e.vdiff, static_cast<std::int64_t>(e.granularity)).second);
    case CfsPreempt::Reason::Reniced:
      return CfsNarrator::tr("%1's nice went up while it ran: the scheduler runs again (prio_changed_fair).").arg(who);
  }
  return {};
}

QString noPreemptSentence(const CfsState& s, const CfsNoPreempt& e) {
  if (e.vdiff <= 0)
    return CfsNarrator::tr("%1 keeps the CPU: %2 is not behind it in vruntime.").arg(name(s, e.task), name(s, e.by));
  return CfsNarrator::tr("%1 keeps the CPU: %2 is only %3 behind it, not more than the wakeup granularity %4.")
      .arg(name(s, e.task), name(s, e.by), distinctDurationTexts(e.vdiff, static_cast<std::int64_t>(e.granularity)).first,
           distinctDurationTexts(e.vdiff, static_cast<std::int64_t>(e.granularity)).second);
}

QString switchSentence(const CfsState& s, const CfsSwitch& e) {
  if (e.to == kNoTask) return CfsNarrator::tr("No task is runnable: the CPU is idle.");
  const QString who = name(s, e.to);
  QString text = CfsNarrator::tr("%1, the leftmost task, gets the CPU. Its slice: period %2 × weight %3 / total weight %4 = %5.")
                     .arg(who, dur(e.periodNs))
                     .arg(e.weight)
                     .arg(e.totalWeight)
                     .arg(dur(e.sliceNs));
  const CfsParams& p = s.params();
  if (e.nrRunning > p.nrLatency())
    text = appendSentence(text, CfsNarrator::tr("With %1 runnable tasks, more than sched_nr_latency (%2), the period is "
                                                "stretched to %1 × min_granularity.")
                                    .arg(e.nrRunning)
                                    .arg(p.nrLatency()));
  return text;
}

// The red-black tree's work for one insert or erase, as one or two sentences.
QString treeSentence(const CfsState& s, const engine::rbtree::RbEvent& change) {
  using namespace engine::rbtree;
  return std::visit(engine::Overloaded{
                        [&](const RbFixup& e) { return CfsNarrator::caseText(e.which); },
                        [&](const RbRotate& e) {
                          return e.direction == RbSide::Left ? CfsNarrator::tr("Rotate left at %1.").arg(name(s, e.pivot))
                                                             : CfsNarrator::tr("Rotate right at %1.").arg(name(s, e.pivot));
                        },
                        [&](const RbSuccessor& e) {
                          return CfsNarrator::tr("%1 has two children: its successor %2 takes its place.")
                              .arg(name(s, e.node), name(s, e.successor));
                        },
                        [](const auto&) { return QString(); },
                    },
                    change);
}

}  // namespace

QString CfsNarrator::caseText(engine::rbtree::RbCase which) {
  using engine::rbtree::RbCase;
  switch (which) {
    case RbCase::InsertRoot: return tr("It is the root: paint it black.");
    case RbCase::InsertParentBlack: return tr("Its parent is black: the tree is still a red-black tree.");
    case RbCase::InsertUncleRed: return tr("Insert case 1: parent and uncle are red. Recolour them black and the grandparent red, then look again from the grandparent.");
    case RbCase::InsertInnerChild: return tr("Insert case 2: the uncle is black and the node is an inner grandchild. Rotate at the parent to make it an outer one.");
    case RbCase::InsertOuterChild: return tr("Insert case 3: the uncle is black and the node is an outer grandchild. Recolour the parent black and the grandparent red, and rotate at the grandparent.");
    case RbCase::EraseRedOrChildRed: return tr("A red node took the removed node's place: paint it black and the black heights are restored.");
    case RbCase::EraseSiblingRed: return tr("Delete case 1: the sibling is red. Recolour and rotate at the parent, so the sibling becomes black.");
    case RbCase::EraseSiblingBlackNephewsBlack: return tr("Delete case 2: the sibling and both its children are black. Paint the sibling red and move the missing black up to the parent.");
    case RbCase::EraseFarNephewBlack: return tr("Delete case 3: the sibling is black, its near child red and its far child black. Rotate at the sibling so the red child is on the far side.");
    case RbCase::EraseFarNephewRed: return tr("Delete case 4: the sibling is black and its far child red. Rotate at the parent and recolour: the missing black is restored.");
  }
  return {};
}

QString CfsNarrator::modelNote() {
  return tr("CFS as in Linux 2.6.23 to 6.5, on one CPU. Linux 6.6 replaced it with EEVDF.");
}

QString CfsNarrator::stateName(engine::sched::TaskState state) { return TaskStateDiagram::stateName(state); }

QStringList CfsNarrator::narrate(std::size_t stepIndex, const CfsState& s, const SchedStep& op,
                                 const std::vector<CfsEvent>& events) {
  QStringList out;
  out << tr("Step %1, at %2:").arg(stepNumber(stepIndex)).arg(dur(op.atNs));
  for (const CfsEvent& event : events) {
    QString sentence = std::visit(
        engine::Overloaded{
            [&](const CfsRan& e) { return ranSentence(s, e); },
            [&](const CfsArrive& e) {
              const int nice = s.spec(e.task).nice;
              return e.spawned ? tr("%1 is spawned (nice %2, weight %3).").arg(name(s, e.task)).arg(nice).arg(niceToWeight(nice))
                               : tr("%1 arrives (nice %2, weight %3).").arg(name(s, e.task)).arg(nice).arg(niceToWeight(nice));
            },
            [&](const CfsWake& e) { return tr("%1's I/O is done: it wakes up.").arg(name(s, e.task)); },
            [&](const CfsPlace& e) { return placeSentence(s, e); },
            [&](const CfsEnqueue& e) {
              return tr("%1 goes into the red-black tree at vruntime %2.").arg(name(s, e.task), vtime(e.vruntime));
            },
            [&](const CfsDequeue& e) { return tr("%1 leaves the tree.").arg(name(s, e.task)); },
            [&](const CfsTree& e) { return treeSentence(s, e.change); },
            [&](const CfsPreempt& e) { return preemptSentence(s, e); },
            [&](const CfsNoPreempt& e) { return noPreemptSentence(s, e); },
            [&](const CfsTick& e) {
              return tr("Tick: %1 has run %2 of its %3 slice; it keeps the CPU.").arg(name(s, e.task), dur(e.ranNs), dur(e.idealNs));
            },
            [&](const CfsSwitch& e) { return switchSentence(s, e); },
            [](const CfsStateChange&) { return QString(); },  // the state diagram shows these
            [&](const CfsBlock& e) {
              return tr("%1 has finished its CPU burst and waits for I/O until %2: it leaves the run queue.")
                  .arg(name(s, e.task), dur(e.untilNs));
            },
            [&](const CfsExit& e) { return tr("%1 has no work left: it exits.").arg(name(s, e.task)); },
            [&](const CfsRenice& e) {
              return tr("renice %1 from %2 to %3: its weight goes from %4 to %5; its vruntime stays.")
                  .arg(name(s, e.task))
                  .arg(e.fromNice)
                  .arg(e.toNice)
                  .arg(e.fromWeight)
                  .arg(e.toWeight);
            },
            [&](const CfsMinVruntime& e) {
              const auto [from, to] = distinctDurationTexts(static_cast<std::int64_t>(e.from), static_cast<std::int64_t>(e.to));
              return tr("min_vruntime moves from %1 to %2.").arg(from, to);
            },
            [&](const CfsHorizon& e) { return tr("The run ends at %1 (until_ns).").arg(dur(e.atNs)); },
        },
        event);
    if (!sentence.isEmpty()) out << sentence;
  }
  return out;
}

QString CfsNarrator::summary(const CfsState& s) {
  QStringList shares;
  for (TaskId id = 0; id < s.tasks.size(); ++id) {
    const double share = s.now > 0 ? 100.0 * static_cast<double>(s.tasks[id].run.runtimeNs) / static_cast<double>(s.now) : 0.0;
    shares << tr("%1 %2%").arg(name(s, id)).arg(QLocale().toString(share, 'f', 1));
  }
  return tr("At %1: %2 runnable, min_vruntime %3. CPU shares: %4.")
      .arg(dur(s.now))
      .arg(s.nrRunning)
      .arg(vtime(s.minVruntime))
      .arg(shares.join(tr(", ", "between list items")));
}

}  // namespace oslens::views
