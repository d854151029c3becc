#pragma once

#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <cstdlib>

// QtTest main for OS Lens: offscreen unless a platform was chosen (gtest_discover_tests and CI have
// no display), a private runtime directory, and test-mode settings so a run never touches the
// user's own.
#define OSLENS_QTEST_MAIN(TestClass)                                              \
  int main(int argc, char** argv) {                                               \
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                            \
      qputenv("QT_QPA_PLATFORM", "offscreen");                                     \
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {                          \
      char pattern[] = "/tmp/oslens-test-runtime-XXXXXX";                          \
      if (const char* dir = mkdtemp(pattern)) qputenv("XDG_RUNTIME_DIR", dir);     \
    }                                                                             \
    QStandardPaths::setTestModeEnabled(true);                                     \
    QApplication app(argc, argv);                                                 \
    QApplication::setOrganizationName(QStringLiteral("OS Lens Tests"));           \
    QApplication::setApplicationName(QStringLiteral("OS Lens Tests"));            \
    TestClass test;                                                               \
    return QTest::qExec(&test, argc, argv);                                       \
  }
