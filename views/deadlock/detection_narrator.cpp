#include "views/deadlock/detection_narrator.h"

#include "engine/core/overloaded.h"
#include "views/core/step_number.h"
#include "views/kit/deadlock_text.h"

namespace oslens::views {

using namespace engine::deadlock;
using namespace engine::deadlock::detection;

namespace {

QString vec(std::span<const Count> counts) { return DeadlockText::vector(counts); }

QString heading(std::size_t stepIndex, const DetectionState& s, const DetectionOp& op) {
  const auto step = stepNumber(stepIndex);
  auto name = [&](ProcessId p) { return QString::fromStdString(s.processName(p)); };
  return std::visit(
      engine::Overloaded{
          [&](const RequestOp& o) {
            return DetectionNarrator::tr("Step %1: %2 requests %3.").arg(step).arg(name(o.process), vec(o.vector));
          },
          [&](const ReleaseOp& o) {
            return DetectionNarrator::tr("Step %1: %2 releases %3.").arg(step).arg(name(o.process), vec(o.vector));
          },
          [&](const DetectOp&) { return DetectionNarrator::tr("Step %1: run the detection algorithm.").arg(step); },
          [&](const AbortOp& o) {
            if (o.rule == VictimRule::Named)
              return DetectionNarrator::tr("Step %1: abort %2.").arg(step).arg(name(o.process));
            return DetectionNarrator::tr("Step %1: abort a deadlocked process, %2.").arg(step).arg(DetectionNarrator::ruleText(o.rule));
          },
          [&](const PreemptOp& o) {
            return DetectionNarrator::tr("Step %1: preempt %2 from %3.").arg(step).arg(vec(o.vector), name(o.process));
          },
      },
      op);
}

class Sentences : public SentenceWriter<DetectionState> {
 public:
  using SentenceWriter::SentenceWriter;

  void operator()(const RequestGranted& e) {
    m_out << DetectionNarrator::tr("Enough is free, so %1 gets it at once: Available = %2.").arg(name(e.process), vec(e.available));
  }
  void operator()(const RequestWaits& e) {
    m_out << DetectionNarrator::tr("Only %1 of %2 free (Available %3): %4 blocks, and %5 becomes its Request row "
                                   "(request edges in the graph).")
                 .arg(e.available[e.exceeds])
                 .arg(resource(e.exceeds), vec(e.available), name(e.process), vec(e.vector));
  }
  void operator()(const Refused& e) {
    switch (e.reason) {
      case RefusalReason::Blocked:
        m_out << DetectionNarrator::tr("%1 is blocked on its request, so it cannot run to do this; nothing changes.").arg(name(e.process));
        break;
      case RefusalReason::Aborted:
        m_out << DetectionNarrator::tr("%1 was aborted earlier; nothing changes.").arg(name(e.process));
        break;
      case RefusalReason::AboveTotal:
        m_out << DetectionNarrator::tr("Refused: %1 would hold more %2 than the system has (%3); nothing changes.")
                     .arg(name(e.process), resource(*e.resource))
                     .arg(m_s.setup->resources[*e.resource].total);
        break;
      case RefusalReason::AboveAllocation:
        m_out << DetectionNarrator::tr("Refused: %1 holds only %2 of %3; nothing changes.")
                     .arg(name(e.process))
                     .arg(m_s.allocation.at(e.process, *e.resource))
                     .arg(resource(*e.resource));
        break;
      case RefusalReason::NobodyDeadlocked:
        m_out << DetectionNarrator::tr("Nobody is deadlocked, so there is no victim to choose; nothing changes.");
        break;
    }
  }
  void operator()(const Released& e) {
    m_out << DetectionNarrator::tr("%1 gives back %2: Available = %3.").arg(name(e.process), vec(e.vector), vec(e.available));
  }
  void operator()(const WaiterGranted& e) {
    m_out << DetectionNarrator::tr("%1's waiting request %2 now fits: granted, and %1 runs again (Available = %3).")
                 .arg(name(e.process), vec(e.vector), vec(e.available));
  }
  void operator()(const Aborted& e) {
    if (e.rule != VictimRule::Named)
      m_out << DetectionNarrator::tr("Among the deadlocked %1, the rule picks %2.")
                   .arg(DeadlockText::names(m_s.setup->processes, e.deadlocked), name(e.process));
    m_out << DetectionNarrator::tr("%1 is terminated: its %2 is freed and its request dropped. Available = %3.")
                 .arg(name(e.process), vec(e.freed), vec(e.available));
  }
  void operator()(const Preempted& e) {
    m_out << DetectionNarrator::tr("%1 is rolled back: %2 is taken from it (Available = %3) and it must ask for it again.")
                 .arg(name(e.process), vec(e.vector), vec(e.available));
  }
  void operator()(const DetectionStart&) {
    m_out << DetectionNarrator::tr("The detection algorithm (several instances per resource): like the safety "
                                   "algorithm, with Request in place of Need.");
  }
  void operator()(const ScanBegin& e) {
    std::vector<ProcessId> idle;
    for (ProcessId p = 0; p < e.finish.size(); ++p)
      if (e.finish[p]) idle.push_back(p);
    if (idle.empty())
      m_out << DetectionNarrator::tr("Work = Available = %1; Finish[i] = false for every process.").arg(vec(e.work));
    else
      m_out << DetectionNarrator::tr("Work = Available = %1; Finish[i] = true for %2 (holding nothing, they cannot be "
                                     "part of a deadlock), false for the others.")
                   .arg(vec(e.work), DeadlockText::names(m_s.setup->processes, idle));
  }
  void operator()(const ScanExamine& e) {
    if (m_budget.admitExamination())
      m_out << DeadlockText::examine(m_s.setup->processes, m_s.setup->resources, DetectionNarrator::tr("Request"), e);
  }
  void operator()(const ScanFinish& e) {
    if (m_budget.tellingFinish()) m_out << DeadlockText::finish(m_s.setup->processes, e);
  }
  void operator()(const ScanEnd& e) {
    if (const QString more = DeadlockText::unnarrated(m_budget.skipped() + e.unrecordedExaminations); !more.isEmpty())
      m_out << more;
    if (e.unfinished.empty())
      m_out << DetectionNarrator::tr("Every process can finish: nobody is deadlocked.");
    else
      m_out << DetectionNarrator::tr("Finish is still false for %1: they are deadlocked.")
                   .arg(DeadlockText::names(m_s.setup->processes, e.unfinished));
  }
  void operator()(const GraphCycle& e) {
    if (!e.cycle) {
      m_out << DetectionNarrator::tr("The resource-allocation graph has no cycle.");
    } else {
      const QString cycle = DetectionNarrator::cycleText(*m_s.setup, *e.cycle);
      if (e.singleInstance)
        m_out << DetectionNarrator::tr("Cycle %1: every resource on it has one instance, so the cycle is a deadlock.").arg(cycle);
      else if (m_s.lastReport && !m_s.lastReport->deadlocked.empty())
        m_out << DetectionNarrator::tr("Cycle %1 among the deadlocked. A resource on it has several instances, so the "
                                       "cycle alone would not prove a deadlock; the algorithm did.")
                     .arg(cycle);
      else
        m_out << DetectionNarrator::tr("Cycle %1, but a resource on it has several instances, and another holder can "
                                       "give one back: a cycle without a deadlock.")
                     .arg(cycle);
    }
    if (e.waitForCycle) {
      std::vector<VertexId> closed(e.waitForCycle->begin(), e.waitForCycle->end());
      m_out << DetectionNarrator::tr("Wait-for graph (single-instance resources): %1.").arg(DetectionNarrator::cycleText(*m_s.setup, closed));
    }
  }
  void operator()(const Deadlocked&) {}  // said with the end of the scan
};

}  // namespace

QString DetectionNarrator::cycleText(const DetectionSetup& setup, const std::vector<VertexId>& cycle) {
  QStringList parts;
  for (VertexId v : cycle) parts << QString::fromStdString(setup.vertexName(v));
  if (!cycle.empty()) parts << QString::fromStdString(setup.vertexName(cycle.front()));
  return parts.join(QStringLiteral(" → "));
}

QString DetectionNarrator::ruleText(VictimRule rule) {
  switch (rule) {
    case VictimRule::MostHeld: return tr("the one holding the most instances");
    case VictimRule::FewestHeld: return tr("the one holding the fewest instances");
    case VictimRule::LowestIndex: return tr("the first in the table");
    case VictimRule::Named: break;
  }
  return {};
}

QStringList DetectionNarrator::narrate(std::size_t stepIndex, const DetectionState& after, const DetectionOp& op,
                                       const std::vector<DetectionEvent>& events) {
  return narrateEvents<Sentences>(heading(stepIndex, after, op), after, events);
}

QStringList DetectionNarrator::eventSentences(const DetectionState& after, const DetectionEvent& event) {
  return narrateEvent<Sentences>(after, event);
}

QString DetectionNarrator::summary(const DetectionState& s) {
  engine::EventLog<DetectionEvent> silent(false);
  const DetectionReport report = DetectionModel::detect(s, silent);
  if (report.deadlocked.empty()) return tr("Available %1; nobody is deadlocked.").arg(vec(s.available));
  return tr("Available %1; deadlocked: %2.").arg(vec(s.available), DeadlockText::names(s.setup->processes, report.deadlocked));
}

}  // namespace oslens::views
