// The baseline schedulers' narration read as a student reads it (issue 14): under round robin
// what the quantum is, how long a task ran in a step and when its quantum was used up agree, and
// a quantum renewed because no other task was ready is told; a task that joins the queue while
// another runs is told why the runner keeps the CPU. Offscreen QtTest.
#include <QRegularExpression>
#include <QtTest>

#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "views/core/language.h"
#include "views/core/narrator.h"

using namespace oslens;

namespace {
std::unique_ptr<engine::Simulation> loadBuiltin(const QString& name) {
  return engine::loadSimulationFile(std::string(OSLENS_SOURCE_DIR) + "/resources/scenarios/" + name.toStdString() + ".oslens.json");
}

std::unique_ptr<engine::Simulation> loadConfig(const std::string& config) {
  return engine::loadSimulation(R"({"oslens": 1, "module": "sched", "config": )" + config + "}");
}

// Every step's sentences, without the "Step N, at T:" line.
QList<QStringList> narration(engine::Simulation& simulation) {
  QList<QStringList> steps;
  for (std::size_t step = 1; step <= simulation.stepCount(); ++step) {
    simulation.seek(step);
    steps << views::narrateCurrentStep(simulation).mid(1);
  }
  return steps;
}

// A duration written by durationText, in ns ("10 ms", "1.5 s").
qint64 nanoseconds(const QString& text) {
  static const QRegularExpression re(QStringLiteral("^([0-9.]+) (ns|µs|ms|s)$"));
  const auto m = re.match(text);
  if (!m.hasMatch()) return -1;
  const double scale = m.captured(2) == QStringLiteral("s")    ? 1e9
                       : m.captured(2) == QStringLiteral("ms") ? 1e6
                       : m.captured(2) == QStringLiteral("µs") ? 1e3
                                                              : 1;
  return static_cast<qint64>(m.captured(1).toDouble() * scale + 0.5);
}
}  // namespace

class SchedNarratorTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QVERIFY(views::Language::apply(QStringLiteral("en"))); }

  // A (35 ms) is alone until B arrives at 25 ms; the quantum is 10 ms. A's quantum was renewed at
  // 10 and 20 ms (no other task was ready); at 30 ms B is ready and A goes to the tail after three
  // quanta in a row.
  void roundRobinNarratesRenewedQuantaAndTheirEnd() {
    auto simulation = loadConfig(R"({"policy": "rr", "quantum_ns": 10000000, "tasks": [
        {"name": "A", "bursts": [{"cpu_ns": 35000000}]},
        {"name": "B", "arrival_ns": 25000000, "bursts": [{"cpu_ns": 5000000}]}]})");
    const auto steps = narration(*simulation);
    QCOMPARE(steps.size(), 5);
    QCOMPARE(steps[0], (QStringList{"A arrives.", "A joins the ready queue, at its head.",
                                    "A, at the head of the ready queue, gets the CPU for a quantum of 10 ms (until 10 ms)."}));
    QCOMPARE(steps[1], (QStringList{"A ran 25 ms.",
                                    "From 10 ms on, A's quantum was used up 2 times with no other task ready: each time A kept the "
                                    "CPU with a fresh quantum of 10 ms; the last one runs until 30 ms.",
                                    "B arrives.", "B joins the ready queue, at its head.",
                                    "A keeps the CPU until its quantum ends at 30 ms."}));
    QCOMPARE(steps[2], (QStringList{"A ran 5 ms.",
                                    "A has used up its quantum of 10 ms and now another task is ready: A gives up the CPU, after "
                                    "30 ms on it (3 quanta in a row).",
                                    "A joins the tail of the ready queue (place 2).",
                                    "B, at the head of the ready queue, gets the CPU for a quantum of 10 ms (until 40 ms)."}));
  }

  // The built-in that showed the contradiction ("quantum of 10 ms", "ran 15 ms", "used up after
  // 20 ms"): hog gets the CPU at 11 ms until 21 ms; at 21 ms nobody else is ready, so it gets a
  // fresh quantum until 31 ms; the editor wakes at 26 ms and waits for it.
  void roundRobinAgainstCfsIsConsistent() {
    // And no sentence is said twice in a step (it was: "goes to the tail ... joins the tail").
    for (const QString& builtin : {QStringLiteral("sched-rr-vs-cfs"), QStringLiteral("sched-rr-response-time")})
      for (const QStringList& step : narration(*loadBuiltin(builtin))) {
        QVERIFY2(step.join(' ').count(QStringLiteral("tail of the ready queue")) <= 1, qPrintable(step.join('\n')));
      }
    auto simulation = loadBuiltin(QStringLiteral("sched-rr-vs-cfs"));
    const auto steps = narration(*simulation);
    QVERIFY(steps.size() > 6);
    QVERIFY2(steps[4].contains("At 21 ms hog's quantum was used up, but no other task was ready: hog kept the CPU with a fresh "
                               "quantum of 10 ms, until 31 ms."),
             qPrintable(steps[4].join('\n')));
    QVERIFY2(steps[4].contains("hog keeps the CPU until its quantum ends at 31 ms."), qPrintable(steps[4].join('\n')));
    QVERIFY2(steps[5].contains("hog has used up its quantum of 10 ms and now another task is ready: hog gives up the CPU, after "
                               "20 ms on it (2 quanta in a row)."),
             qPrintable(steps[5].join('\n')));
  }

  // Over every RR built-in: a task that ran longer than one quantum in a step had its quantum
  // renewed in that step (and it is said), every quantum named is the scenario's, and a task
  // whose quantum was used up after more than one quantum is said to have had several in a row.
  void everyRoundRobinStepAgreesWithItsQuantum() {
    for (const QString& name : {QStringLiteral("sched-rr-vs-cfs"), QStringLiteral("sched-rr-response-time")}) {
      auto simulation = loadBuiltin(name);
      const qint64 quantum = simulation->summary()["quantum_ns"].get<qint64>();
      static const QRegularExpression ran(QStringLiteral("^(\\S+) ran (.+)\\.$"));
      static const QRegularExpression quantumOf(QStringLiteral("quantum of ([0-9.]+ (?:ns|µs|ms|s))"));
      static const QRegularExpression usedUp(QStringLiteral("^(\\S+) has used up its quantum"));
      const auto steps = narration(*simulation);
      for (int i = 0; i < steps.size(); ++i) {
        const QString where = QStringLiteral("%1 step %2: %3").arg(name).arg(i + 1).arg(steps[i].join(QLatin1Char(' ')));
        bool renewed = false;
        for (const QString& sentence : steps[i])
          if (sentence.contains(QStringLiteral("fresh quantum"))) renewed = true;
        for (const QString& sentence : steps[i]) {
          if (const auto m = ran.match(sentence); m.hasMatch() && nanoseconds(m.captured(2)) > quantum)
            QVERIFY2(renewed, qPrintable(where));
          for (auto it = quantumOf.globalMatch(sentence); it.hasNext();) QCOMPARE(nanoseconds(it.next().captured(1)), quantum);
          if (usedUp.match(sentence).hasMatch() && sentence.contains(QStringLiteral("after ")))
            QVERIFY2(sentence.contains(QStringLiteral("quanta in a row")), qPrintable(where));
        }
      }
    }
  }

  // Why the running task keeps the CPU when another joins the queue, in each policy's words.
  void aNewcomerIsToldWhyTheRunnerKeepsTheCpu() {
    const std::string tasks = R"("tasks": [{"name": "A", "bursts": [{"cpu_ns": 100000000}]},
        {"name": "B", "arrival_ns": 10000000, "bursts": [{"cpu_ns": 90000000}]}]})";
    auto sjf = loadConfig(R"({"policy": "sjf", )" + tasks);
    QVERIFY2(narration(*sjf)[1].contains("A keeps the CPU: SJF does not preempt, so a shorter job waits until A's burst ends."),
             qPrintable(narration(*sjf)[1].join('\n')));
    auto stcf = loadConfig(R"({"policy": "stcf", )" + tasks);
    QVERIFY2(narration(*stcf)[1].contains("B needs 90 ms, no less than the 90 ms A has left: A keeps the CPU."),
             qPrintable(narration(*stcf)[1].join('\n')));
    auto fifo = loadConfig(R"({"policy": "fifo", )" + tasks);
    QVERIFY(narration(*fifo)[1].contains("A keeps the CPU: FIFO never takes it from a running task."));
  }

  // Jobs arriving together: the scheduler decides once all are in (OSTEP's examples assume it).
  void simultaneousArrivalsWaitForTheDecision() {
    auto simulation = loadBuiltin(QStringLiteral("sched-rr-response-time"));
    const auto steps = narration(*simulation);
    QVERIFY2(steps[0].contains("More happens at t = 0 too: the scheduler decides once all of it has happened."), qPrintable(steps[0].join('\n')));
    QVERIFY(!steps[2].join(' ').contains(QStringLiteral("More happens")));
  }
};

OSLENS_QTEST_MAIN(SchedNarratorTest)
#include "sched_narrator_test.moc"
