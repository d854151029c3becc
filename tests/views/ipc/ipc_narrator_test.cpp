// The IPC narration read as a student reads it: each step says who ran which call, what happened
// and why, in the rule's words (pipe(7), mq_send(3), sem_overview(7), Silberschatz 10e 6.6), in
// English and in Chinese. Offscreen QtTest.
#include <QtTest>

#include "engine/modules.h"
#include "ipc_test_scenarios.h"
#include "support/qt_test_main.h"
#include "views/core/language.h"
#include "views/core/narrator.h"

using namespace oslens;

namespace {
// Every step's sentences, one string a step.
QStringList narration(const std::string& text) {
  auto simulation = engine::loadSimulation(text);
  QStringList steps;
  for (std::size_t step = 1; step <= simulation->stepCount(); ++step) {
    simulation->seek(step);
    steps << views::narrateCurrentStep(*simulation).join(QLatin1Char(' '));
  }
  return steps;
}

QString summary(const std::string& text) {
  auto simulation = engine::loadSimulation(text);
  simulation->seek(simulation->stepCount());
  return views::summarizeSimulation(*simulation);
}

bool hasLatinWords(const QString& text) {
  // Chinese narration keeps names, calls and errno names; a run of three lowercase English words
  // means a sentence was left untranslated.
  static const QRegularExpression words(QStringLiteral("\\b[a-z]{3,} [a-z]{2,} [a-z]{3,}\\b"));
  return words.match(text).hasMatch();
}
}  // namespace

class IpcNarratorTest : public QObject {
  Q_OBJECT

 private slots:
  void init() { QVERIFY(views::Language::apply(QStringLiteral("en"))); }
  void cleanupTestCase() { views::Language::apply(QStringLiteral("en")); }

  // pipe(7): a write larger than PIPE_BUF may be partial; the reader's read wakes the writer, whose
  // write then completes; with no writer left, read returns 0.
  void aPipeTellsPartialWritesWakingAndEndOfFile() {
    const QStringList steps = narration(test::ipc::kPipe);
    QCOMPARE(steps.size(), 8);
    QVERIFY2(steps[0].startsWith(QStringLiteral("Step 1: writer runs write(p, \"hello\").")), qPrintable(steps[0]));
    QVERIFY2(steps[2].contains(QStringLiteral("Only 3 of the 6 bytes fit — a write larger than PIPE_BUF (4) may be partial — so writer blocks until p drains.")),
             qPrintable(steps[2]));
    QVERIFY2(steps[4].contains(QStringLiteral("reader reads \"hel\" from p")), qPrintable(steps[4]));
    QVERIFY2(steps[4].contains(QStringLiteral("writer wakes and its write completes (6 bytes).")), qPrintable(steps[4]));
    QVERIFY2(steps[7].contains(QStringLiteral("no process holds its write end: read returns 0 — end of file.")), qPrintable(steps[7]));
    QVERIFY2(summary(test::ipc::kPipe).startsWith(QStringLiteral("writer: wrote 11 bytes, blocked 2 steps, exited; reader: read 11 bytes, exited.")),
             qPrintable(summary(test::ipc::kPipe)));
  }

  // A write with no reader: SIGPIPE kills by default; ignored, write fails with EPIPE. A
  // non-blocking read of an empty pipe fails with EAGAIN, with its reason.
  void sigpipeEpipeAndEagainAreToldWithTheirReasons() {
    const QStringList steps = narration(test::ipc::kSigpipe);
    QVERIFY2(steps[0].contains(QStringLiteral("q is empty and a writer still holds it open: with O_NONBLOCK, read fails with EAGAIN instead of waiting.")),
             qPrintable(steps[0]));
    QVERIFY2(steps[4].contains(QStringLiteral("No process holds p's read end: the kernel sends killed SIGPIPE, whose default action kills it.")),
             qPrintable(steps[4]));
    QVERIFY2(steps[6].contains(QStringLiteral("which it ignores.")) && steps[6].contains(QStringLiteral("write fails with EPIPE.")), qPrintable(steps[6]));
    QVERIFY(summary(test::ipc::kSigpipe).contains(QStringLiteral("killed: killed by SIGPIPE")));
  }

  // The schedule's entry for a blocked process is skipped, and said so; a send to an empty queue
  // with a receiver waiting goes straight to it; a priority past MQ_PRIO_MAX is EINVAL.
  void queuesTellTheHandOffPrioritiesAndSkippedEntries() {
    const QStringList steps = narration(test::ipc::kQueue);
    QVERIFY2(steps[1].contains(QStringLiteral("q is empty: receiver blocks until a message is sent.")), qPrintable(steps[1]));
    QVERIFY2(steps[2].contains(QStringLiteral("receiver is next in the schedule but is blocked, so the schedule's next entry runs.")), qPrintable(steps[2]));
    QVERIFY2(steps[2].contains(QStringLiteral("receiver was waiting in mq_receive: the message goes straight to it, \"low\" (priority 1), and it wakes.")),
             qPrintable(steps[2]));
    const QString all = steps.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Priority 40000 is not below MQ_PRIO_MAX (32768): mq_send fails with EINVAL.")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("receiver receives \"high\" (priority 9) from q: the oldest message of the highest priority.")), qPrintable(all));
  }

  // Silberschatz's semaphore goes negative and counts its waiters; taken in opposite orders, two
  // of them deadlock, and the narration names the wait-for cycle.
  void theTextbookSemaphoreGoesNegativeAndTheDeadlockNamesItsCycle() {
    const QStringList steps = narration(test::ipc::kDeadlock);
    QCOMPARE(steps.size(), 4);
    QVERIFY2(steps[2].contains(QStringLiteral("sem_wait decrements Q to -1: below 0, so P0 blocks in its queue — a negative value counts the waiters (1).")),
             qPrintable(steps[2]));
    QVERIFY2(steps[3].contains(QStringLiteral("Every process still alive is blocked: deadlock")), qPrintable(steps[3]));
    QVERIFY2(steps[3].contains(QStringLiteral("The wait-for cycle: P0 → P1 → P0")), qPrintable(steps[3]));
    QVERIFY(summary(test::ipc::kDeadlock).contains(QStringLiteral("Deadlock")));
  }

  // counter = counter + 1 as three actions: each process's register is in the sentences.
  void loadAddStoreTellTheRegisters() {
    const QStringList steps = narration(test::ipc::kLostUpdate);
    QVERIFY2(steps[1].contains(QStringLiteral("T2 loads counter[0] = 0 into its register r.")), qPrintable(steps[1]));
    QVERIFY2(steps[2].contains(QStringLiteral("T1 adds 1 to its register: r = 1, in the register only — shared memory does not change.")), qPrintable(steps[2]));
    QVERIFY2(steps[5].contains(QStringLiteral("T2 stores its register r = 1 into counter[0].")), qPrintable(steps[5]));
  }

  // The same runs in Chinese: every sentence translated, the terms the course uses.
  void chineseNarrationIsChinese() {
    QVERIFY(views::Language::apply(QStringLiteral("zh_CN")));
    for (const std::string& text : {test::ipc::kPipe, test::ipc::kSigpipe, test::ipc::kQueue, test::ipc::kDeadlock, test::ipc::kLostUpdate}) {
      const QStringList steps = narration(text);
      for (const QString& step : steps) QVERIFY2(!hasLatinWords(step), qPrintable(step));
      QVERIFY2(!hasLatinWords(summary(text)), qPrintable(summary(text)));
    }
    const QStringList pipe = narration(test::ipc::kPipe);
    QVERIFY2(pipe[2].contains(QStringLiteral("PIPE_BUF")) && pipe[2].contains(QStringLiteral("阻塞")), qPrintable(pipe[2]));
    QVERIFY2(pipe[4].contains(QStringLiteral("唤醒")), qPrintable(pipe[4]));
    QVERIFY2(pipe[7].contains(QStringLiteral("文件结束")), qPrintable(pipe[7]));
    const QStringList deadlock = narration(test::ipc::kDeadlock);
    QVERIFY2(deadlock[3].contains(QStringLiteral("死锁")) && deadlock[3].contains(QStringLiteral("P0 → P1 → P0")), qPrintable(deadlock[3]));
    const QStringList sigpipe = narration(test::ipc::kSigpipe);
    QVERIFY2(sigpipe[4].contains(QStringLiteral("SIGPIPE")), qPrintable(sigpipe[4]));
  }
};

OSLENS_QTEST_MAIN(IpcNarratorTest)
#include "ipc_narrator_test.moc"
