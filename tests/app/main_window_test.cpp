// The real main window, offscreen: keys step the timeline and the diagram follows; a bad scenario
// shows its problems and keeps the open one; edits are never lost; exports and saves are real files.
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include "app/gui/caption_strip.h"
#include "app/gui/edit_recovery.h"
#include "app/gui/main_window.h"
#include "app/gui/problems_panel.h"
#include "app/gui/scenario_editor.h"
#include "app/gui/timeline_bar.h"
#include "engine/memory/paging/paging_scenario.h"
#include "engine/modules.h"
#include "resources/builtin_scenarios.h"
#include "support/full_disk.h"
#include "support/qt_test_main.h"
#include "support/scene_checks.h"
#include "views/core/chart_scene.h"
#include "views/core/fitted_scene_view.h"
#include "views/core/language.h"
#include "views/core/module_view.h"
#include "views/core/narrator.h"
#include "views/core/scene_deck.h"
#include "views/core/sentences.h"
#include "views/core/view_palette.h"
#include "views/core/simulation_document.h"
#include "views/paging/frame_table_model.h"
#include "views/paging/paging_scene.h"
#include "views/paging/paging_view.h"

#include <QPlainTextEdit>
#include <QSlider>
#include <QTableView>
#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>

using namespace oslens;

namespace {
QString belady() { return resources::builtinScenarioPath(QStringLiteral("paging-belady")); }

// True when the block that holds `sentence` (its last occurrence) lies wholly inside the
// narration's viewport. (QTextDocument::find reads a no-break space as a space: search for the
// sentence as the narrator wrote it.)
bool lastSentenceInView(QTextBrowser& narration, const QString& sentence) {
  QTextDocument* document = narration.document();
  const QTextCursor found = document->find(sentence, document->characterCount(), QTextDocument::FindBackward);
  if (found.isNull()) return false;
  const QRectF block = document->documentLayout()->blockBoundingRect(found.block());
  const int top = narration.verticalScrollBar()->value();
  return block.top() >= top && block.bottom() <= top + narration.viewport()->height();
}

// Presentation mode at `size` (offscreen, full screen is the size the test gives the window).
void presentAt(app::MainWindow& window, QSize size) {
  window.setPresentationMode(true);
  window.showNormal();  // offscreen, full screen is the platform's small screen: take the test's size
  window.resize(size);
  QTRY_COMPARE(window.size(), size);
  QTest::qWait(20);  // the layouts settle
}

// The texts of a scene's text items, visible ones only.
QStringList sceneTexts(QGraphicsScene& scene) {
  QStringList texts;
  for (QGraphicsItem* item : scene.items()) {
    if (!item->isVisible()) continue;
    if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item)) texts << simple->text();
    else if (auto* rich = dynamic_cast<QGraphicsTextItem*>(item)) texts << rich->toPlainText();
  }
  return texts;
}

views::PagingScene* diagramOf(app::MainWindow& window) {
  auto* view = dynamic_cast<views::PagingView*>(window.moduleView());
  return view ? view->diagram() : nullptr;
}

// What the frames hold after `step` steps, from the engine alone.
QStringList expectedFrames(const QByteArray& scenario, int step) {
  auto simulation = engine::loadSimulation(scenario.toStdString());
  simulation->seek(static_cast<std::size_t>(step));
  QStringList out;
  for (const auto& f : dynamic_cast<engine::paging::PagingSimulation&>(*simulation).timeline().state().frames)
    out << (f.empty() ? QStringLiteral("free") : QString::number(f.page));
  return out;
}

QStringList shownFrames(app::MainWindow& window, int count) {
  QStringList out;
  for (int f = 0; f < count; ++f) out << diagramOf(window)->frameLabel(f);
  return out;
}

// Closes the next message box the window opens (a modal warning waits for a click) and keeps its
// text. Polls while the box's own event loop runs; stops when it goes out of scope.
class MessageBoxCloser {
 public:
  MessageBoxCloser() {
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
      if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
        m_text = box->text();
        box->accept();
      }
    });
    m_timer.start(10);
  }
  QString text() const { return m_text; }

 private:
  QTimer m_timer;
  QString m_text;
};

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
  const QString path = dir.filePath(name);
  QFile file(path);
  file.open(QIODevice::WriteOnly);
  file.write(content);
  return path;
}
}  // namespace

class MainWindowTest : public QObject {
  Q_OBJECT

 private slots:
  // Every test starts in English, whatever the one before left (a failed check mid-loop too).
  void cleanup() { views::Language::apply(QStringLiteral("en")); }
  void keysStepForwardAndBackAndTheViewFollows() {
    app::MainWindow window;
    QVERIFY(window.openBuiltin(belady()));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto& document = window.document();
    // Keys go where a person's keys go: to the focused widget (the diagram, not the text editor).
    QWidget* focused = QApplication::focusWidget();
    QVERIFY(focused);
    QVERIFY2(!qobject_cast<QPlainTextEdit*>(focused), "the scenario editor took the keyboard at start-up");
    for (int i = 0; i < 7; ++i) QTest::keyClick(&window, Qt::Key_Right);
    QCOMPARE(document.position(), 7);
    diagramOf(window)->finishAnimations();
    QCOMPARE(shownFrames(window, 4), expectedFrames(document.text(), 7));

    QTest::keyClick(&window, Qt::Key_Left);
    QCOMPARE(document.position(), 6);
    QVERIFY(diagramOf(window)->isAnimating());  // stepping back animates the page back out
    diagramOf(window)->finishAnimations();
    QCOMPARE(shownFrames(window, 4), expectedFrames(document.text(), 6));

    QTest::keyClick(&window, Qt::Key_End);
    QCOMPARE(document.position(), document.stepCount());
    QTest::keyClick(&window, Qt::Key_Right);  // past the end: nothing happens
    QCOMPARE(document.position(), document.stepCount());
    QTest::keyClick(&window, Qt::Key_Home);
    QCOMPARE(document.position(), 0);
    QCOMPARE(shownFrames(window, 4), expectedFrames(document.text(), 0));
    QTest::keyClick(&window, Qt::Key_Left);  // before the start: nothing happens
    QCOMPARE(document.position(), 0);
  }

  void stateTableListsEveryFrame() {
    app::MainWindow window;
    QVERIFY(window.openBuiltin(belady()));
    window.document().seek(7);
    auto* table = window.findChild<QTableView*>(QStringLiteral("frameTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 4);
    // Step 7: page 5 replaced page 1 in frame 0 (FIFO), loaded at step 7.
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("5"));
    QCOMPARE(table->model()->index(0, views::FrameTableModel::LoadedColumn).data().toInt(), 7);
    window.document().seek(0);
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("free"));
  }

  void escapeTakesTheKeysBackFromTheEditor() {
    app::MainWindow window;
    QVERIFY(window.openBuiltin(belady()));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* editor = window.scenarioEditor()->textEdit();
    QTest::mouseClick(editor->viewport(), Qt::LeftButton);
    QCOMPARE(QApplication::focusWidget(), editor);
    QTest::keyClick(editor, Qt::Key_Right);  // moves the text cursor, not the timeline
    QCOMPARE(window.document().position(), 0);
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(QApplication::focusWidget() != editor);
    QTest::keyClick(&window, Qt::Key_Right);
    QCOMPARE(window.document().position(), 1);
  }

  void spacePlaysAndPauses() {
    app::MainWindow window;
    QVERIFY(window.openBuiltin(belady()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(window.timelineBar()->playing());
    QTRY_VERIFY_WITH_TIMEOUT(window.document().position() >= 1, 3000);
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(!window.timelineBar()->playing());
  }

  void scrubSliderSeeks() {
    app::MainWindow window;
    QVERIFY(window.openBuiltin(belady()));
    window.timelineBar()->slider()->setValue(9);
    QCOMPARE(window.document().position(), 9);
    QCOMPARE(shownFrames(window, 4), expectedFrames(window.document().text(), 9));
  }

  void badFileShowsItsProblemsAndKeepsTheOpenScenario() {
    QTemporaryDir dir;
    app::MainWindow window;
    QVERIFY(window.openBuiltin(belady()));
    window.document().seek(5);
    const QString bad = writeFile(dir, QStringLiteral("bad.oslens.json"),
                                  R"({"oslens": 1, "module": "paging", "config": {"frames": 0, "polcy": "lru"}, "refs": [1, "two"]})");
    QVERIFY(!window.openFile(bad));
    const QStringList problems = window.problemsPanel()->problems();
    QVERIFY2(problems.filter(QStringLiteral("/config/frames")).size() == 1, qPrintable(problems.join('\n')));
    QVERIFY2(problems.filter(QStringLiteral("did you mean \"policy\"")).size() == 1, qPrintable(problems.join('\n')));
    QVERIFY2(problems.filter(QStringLiteral("/refs/1")).size() == 1, qPrintable(problems.join('\n')));
    QCOMPARE(window.document().title(), QStringLiteral("Belady's anomaly"));
    QCOMPARE(window.document().position(), 5);

    QVERIFY(!window.openFile(dir.filePath(QStringLiteral("missing.oslens.json"))));
    QVERIFY(!window.openFile(writeFile(dir, QStringLiteral("syntax.json"), "{\"oslens\": 1,\n  \"module\": ")));
    QVERIFY(window.problemsPanel()->problems().join(' ').contains(QStringLiteral("line 2")));
    QCOMPARE(window.document().title(), QStringLiteral("Belady's anomaly"));
  }

  // /dev/zero says its size is 0 and never ends: it is read up to the limit and refused (it used to
  // be read until memory ran out).
  void openingADeviceStopsAtTheLimit() {
    app::MainWindow window;
    QVERIFY(window.openBuiltin(belady()));
    QVERIFY(!window.openFile(QStringLiteral("/dev/zero")));
    const QString problems = window.problemsPanel()->problems().join('\n');
    QVERIFY2(problems.contains(QStringLiteral("the file is larger than the limit of 134217728 bytes")), qPrintable(problems));
    QCOMPARE(window.document().title(), QStringLiteral("Belady's anomaly"));
  }

  void editingAValueAppliesItAndNonsenseIsExplainedWithoutLosingTheText() {
    app::MainWindow window;
    QVERIFY(window.openBuiltin(belady()));
    window.document().seek(12);
    QCOMPARE(window.document().simulation()->summary()["faults"].get<int>(), 10);  // FIFO, 4 frames

    auto* editor = window.scenarioEditor();
    QString text = editor->text();
    text.replace(QStringLiteral("\"frames\": 4"), QStringLiteral("\"frames\": 3"));
    editor->textEdit()->setPlainText(text);
    QVERIFY(window.applyScenarioText(editor->text(), QStringLiteral("edit")));
    QCOMPARE(window.document().position(), 12);  // the same step, with the new value
    QCOMPARE(window.document().simulation()->summary()["faults"].get<int>(), 9);  // Belady: fewer frames, fewer faults

    QString nonsense = editor->text();
    nonsense.replace(QStringLiteral("\"fifo\""), QStringLiteral("\"lruu\""));
    editor->textEdit()->setPlainText(nonsense);
    QVERIFY(!window.applyScenarioText(editor->text(), QStringLiteral("edit")));
    QVERIFY(window.problemsPanel()->problems().join(' ').contains(QStringLiteral("/config/policy")));
    QCOMPARE(editor->text(), nonsense);  // what the student typed is still there
    QCOMPARE(window.document().simulation()->summary()["faults"].get<int>(), 9);  // the last good scenario runs on
  }

  void unsavedEditsAreKeptOnDiskUntilSavedOrDiscarded() {
    QTemporaryDir dir;
    {
      app::MainWindow window;
      QVERIFY(window.openBuiltin(belady()));
      window.scenarioEditor()->textEdit()->appendPlainText(QStringLiteral(" "));
      QVERIFY(window.scenarioEditor()->isModified());
      // A second after typing stops, the edits are on disk: a crash now would not lose them.
      QTRY_COMPARE_WITH_TIMEOUT(app::EditRecovery::pendingText(), window.scenarioEditor()->text(), 5000);
      QVERIFY(window.saveTo(dir.filePath(QStringLiteral("saved.oslens.json"))));
      QVERIFY(app::EditRecovery::pendingText().isEmpty());  // saved: nothing to recover

      window.scenarioEditor()->textEdit()->appendPlainText(QStringLiteral(" "));
      QTRY_VERIFY_WITH_TIMEOUT(!app::EditRecovery::pendingText().isEmpty(), 5000);
      const QString unsaved = window.scenarioEditor()->text();
      app::MainWindow next;  // what the next start offers back
      next.offerRecoveredEdits(QString());  // nothing offered for no text
      QCOMPARE(app::EditRecovery::pendingText(), unsaved);
    }
    // Both windows ended normally: no recovery copy outlives them.
    QVERIFY(app::EditRecovery::pendingText().isEmpty());
  }

  void saveWritesTheEditorTextAndItLoadsAgain() {
    QTemporaryDir dir;
    app::MainWindow window;
    QVERIFY(window.openBuiltin(belady()));
    const QString path = dir.filePath(QStringLiteral("mine.oslens.json"));
    QVERIFY(window.saveTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), window.scenarioEditor()->text());
    QVERIFY(window.openFile(path));
    QCOMPARE(window.document().sourcePath(), path);
  }

  // Saving onto a full disk says so, keeps the file that was there and leaves the text unsaved. The
  // text is small enough to wait in Qt's buffer until commit(), whose failed write Qt 6.4 does not
  // report: the file used to be replaced with an empty one, and the status bar said "Saved".
  void saveOntoAFullDiskKeepsTheOldFileAndTheTextUnsaved() {
    const QString name = QStringLiteral("mine.oslens.json");
    const QByteArray old = "{\"oslens\": 1, \"the\": \"old file\"}";
    FullDisk disk(name, old);
    OSLENS_REQUIRE_FULL_DISK(disk);
    app::MainWindow window;
    QVERIFY(window.openBuiltin(belady()));
    window.scenarioEditor()->textEdit()->appendPlainText(QStringLiteral(" "));
    QVERIFY(window.scenarioEditor()->isModified());
    MessageBoxCloser closer;
    QVERIFY(!window.saveTo(disk.path(name)));
    QVERIFY2(closer.text().contains(QStringLiteral("the disk is full (no space left on device)")), qPrintable(closer.text()));
    QVERIFY2(closer.text().contains(disk.path(name)), qPrintable(closer.text()));
    QCOMPARE(disk.contents(name), old);
    QCOMPARE(disk.entries(), disk.entriesAtStart());
    QVERIFY(window.scenarioEditor()->isModified());
    QVERIFY2(!window.statusBar()->currentMessage().contains(QStringLiteral("Saved")), qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(window.windowTitle().contains(QStringLiteral(" *")), qPrintable(window.windowTitle()));
  }

  // A generated scenario of a million characters loads and runs, but the panel does not try to
  // lay it out; saving still writes it whole, and recovered edits make the panel editable again.
  void aScenarioTooLargeToEditRunsAndSavesWhole() {
    QTemporaryDir dir;
    QByteArray big = R"({"oslens": 1, "module": "paging", "config": {"frames": 3}, "refs": [)";
    for (int i = 0; big.size() <= app::ScenarioEditor::kMaxEditableCharacters; ++i) big += (i ? ", " : "") + QByteArray::number(i % 7);
    big += "]}";
    app::MainWindow window;
    QVERIFY(window.openFile(writeFile(dir, QStringLiteral("big.oslens.json"), big)));
    auto* editor = window.scenarioEditor();
    QVERIFY(!editor->isEditable());
    QVERIFY(editor->textEdit()->toPlainText().isEmpty());
    QVERIFY(editor->textEdit()->isReadOnly());
    QVERIFY(editor->textEdit()->placeholderText().contains(QStringLiteral("characters")));
    QCOMPARE(editor->text(), QString::fromUtf8(big));
    QVERIFY(window.document().hasSimulation());

    const QString copy = dir.filePath(QStringLiteral("copy.oslens.json"));
    QVERIFY(window.saveTo(copy));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), big);

    editor->setEditedText(QStringLiteral("{}"));
    QVERIFY(editor->isEditable());
    QVERIFY(editor->isModified());
    QCOMPARE(editor->text(), QStringLiteral("{}"));
  }

  void exportWritesSvgPngAndPdfAndADeck() {
    QTemporaryDir dir;
    app::MainWindow window;
    QVERIFY(window.openBuiltin(belady()));
    window.document().seek(7);
    QCOMPARE(window.exportView(dir.filePath("step7.svg"), QStringLiteral("memory"), 1), QString());
    QCOMPARE(window.exportView(dir.filePath("step7.png"), QStringLiteral("memory"), 3), QString());
    QCOMPARE(window.exportView(dir.filePath("chart.pdf"), QStringLiteral("faults"), 1), QString());
    QVERIFY(QFile(dir.filePath("step7.svg")).size() > 1000);
    QImage png(dir.filePath("step7.png"));
    QCOMPARE(png.size(), QSize(1920 * 3, 1080 * 3));  // a 16:9 slide
    QCOMPARE(window.exportAllSteps(dir.filePath("deck.pdf"), QStringLiteral("memory")), QString());
    QFile deck(dir.filePath("deck.pdf"));
    QVERIFY(deck.open(QIODevice::ReadOnly));
    const QByteArray bytes = deck.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "), 13);  // steps 0..12
    QCOMPARE(window.document().position(), 7);  // the display did not move
  }

  // NaN is neither below 0.25 nor above 8; it used to make an empty image and a 0-byte PNG.
  void exportRefusesAScaleThatIsNoNumber() {
    QTemporaryDir dir;
    app::MainWindow window;
    QVERIFY(window.openBuiltin(belady()));
    const QString path = dir.filePath(QStringLiteral("x.png"));
    for (double scale : {qQNaN(), qInf(), -qInf()}) {
      const QString problem = window.exportView(path, QStringLiteral("memory"), scale);
      QVERIFY2(problem.contains(QStringLiteral("the PNG scale must be between 0.25 and 8")), qPrintable(problem));
      QVERIFY(!QFile::exists(path));
    }
  }

  void languageSwitchesAtRunTimeEverywhere() {
    app::MainWindow window;
    QVERIFY(window.openBuiltin(belady()));
    window.document().seek(1);
    window.setLanguage(QStringLiteral("zh_CN"));
    // Qt delivers LanguageChange as a posted event.
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
    QVERIFY(diagramOf(window)->visibleTexts().contains(QStringLiteral("当前内存")));
    auto* narration = window.findChild<QTextBrowser*>(QStringLiteral("narrationPanel"));
    QTRY_VERIFY(narration->toPlainText().contains(QStringLiteral("第 1 步")));
    QVERIFY(window.document().title().contains(QStringLiteral("Belady 异常")));
    window.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QTRY_VERIFY(narration->toPlainText().contains(QStringLiteral("Step 1")));
  }

  // The narration scrolls so that the current step's last sentence is in view in a 1280x720
  // window; in presentation mode the caption shows it. For every built-in at a middle step.
  void narrationShowsTheCurrentStepsLastSentence() {
    for (const QString& path : resources::builtinScenarioPaths()) {
      for (bool presentation : {false, true}) {
        app::MainWindow window;
        window.resize(1280, 720);
        QVERIFY(window.openBuiltin(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (presentation) presentAt(window, {1280, 720});
        const int middle = std::max(1, static_cast<int>(window.document().simulation()->stepCount() / 2));
        window.document().seek(middle);
        const QStringList sentences = views::narrateCurrentStep(*window.document().simulation());
        QVERIFY(!sentences.isEmpty());
        const QString where = path + (presentation ? QStringLiteral(" (presentation)") : QString());
        if (presentation) {
          app::CaptionStrip* caption = window.captionStrip();
          QVERIFY2(caption->isVisible(), qPrintable(where));
          QTRY_VERIFY2(caption->plainText().contains(sentences.back()), qPrintable(where));
          QVERIFY2(caption->fits(), qPrintable(where));
          QVERIFY2(caption->pixelSize() >= caption->minimumPixelSize(), qPrintable(where));
        } else {
          auto* narration = window.findChild<QTextBrowser*>(QStringLiteral("narrationPanel"));
          QTRY_VERIFY2(lastSentenceInView(*narration, sentences.back()), qPrintable(where));
        }
      }
    }
  }

  // Presentation mode gives the screen to the picture: for every built-in, at 1920x1080 and
  // 1280x720, each picture of the module fills its pane one way (width or height), the pane is
  // most of the window, the caption's words are at least ~24 px on the large screen, and no chart
  // text is elided.
  void presentationFillsTheScreenWithEachPicture() {
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
      for (const QString& path : resources::builtinScenarioPaths()) {
        app::MainWindow window;
        QVERIFY(window.openBuiltin(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        presentAt(window, size);
        window.document().seek(std::max(1, static_cast<int>(window.document().simulation()->stepCount() / 2)));
        views::SceneDeck* deck = window.sceneDeck();
        QVERIFY(deck);
        QCOMPARE(deck->count(), window.moduleView()->viewNames().size());
        for (int i = 0; i < deck->count(); ++i) {
          deck->showPicture(i);
          QTest::qWait(10);
          views::FittedSceneView* view = deck->currentView();
          const QString where = QStringLiteral("%1 %2x%3 picture %4").arg(path).arg(size.width()).arg(size.height()).arg(deck->currentName());
          QVERIFY2(view && view->isVisible(), qPrintable(where));
          const QRect pane = view->viewport()->rect();
          QVERIFY2(pane.width() * pane.height() >= 0.6 * size.width() * size.height(),
                   qPrintable(where + QStringLiteral(": pane %1x%2 in %3x%4").arg(pane.width()).arg(pane.height()).arg(window.width()).arg(window.height())));
          const QRectF shown = view->mapFromScene(view->scene()->itemsBoundingRect()).boundingRect();
          const double fill = std::max(shown.width() / pane.width(), shown.height() / pane.height());
          QVERIFY2(fill >= 0.8, qPrintable(where + QStringLiteral(": fills %1").arg(fill)));
          if (view->showsChart())
            for (const QString& text : sceneTexts(*view->scene()))
              QVERIFY2(!text.contains(QStringLiteral("...")) && !text.contains(QChar(0x2026)),
                       qPrintable(where + QStringLiteral(": elided ") + text));
        }
        app::CaptionStrip* caption = window.captionStrip();
        if (size.height() >= 1080) QVERIFY2(caption->minimumPixelSize() >= 24, qPrintable(path));
        QVERIFY2(caption->pixelSize() >= caption->minimumPixelSize(), qPrintable(path));
      }
    }
  }

  // Opening a scenario replaces the view made for the one before; nothing of the old view may read
  // the old simulation once it is gone (a slab view did, when it was told to leave presentation
  // mode after its simulation was freed: ASan's heap-use-after-free). In and out of presentation.
  void openingAnotherScenarioLeavesNothingOfTheOldOne() {
    for (bool presentation : {false, true}) {
      app::MainWindow window;
      window.show();
      QVERIFY(QTest::qWaitForWindowExposed(&window));
      if (presentation) window.setPresentationMode(true);
      for (const QString& name : {QStringLiteral("slab-kmalloc-mixed"), QStringLiteral("buddy-zones-bytes"), QStringLiteral("paging-belady"),
                                  QStringLiteral("slab-cache-lifecycle")}) {
        QVERIFY(window.openBuiltin(resources::builtinScenarioPath(name)));
        window.document().seek(2);
        QCOMPARE(window.moduleView()->presentation(), presentation);
      }
      window.setPresentationMode(!presentation);
      QCOMPARE(window.moduleView()->presentation(), !presentation);
    }
  }

  // Step 0 in presentation mode: the caption is the lesson's set-up, the description from its
  // first sentence (what does not fit goes from its end), for every built-in, in both languages.
  void theCaptionIntroducesTheScenarioAtStepZero() {
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
      for (const QString& path : resources::builtinScenarioPaths()) {
        app::MainWindow window;
        window.setLanguage(language);
        QVERIFY(window.openBuiltin(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        presentAt(window, {1920, 1080});
        const QString where = language + QLatin1Char(' ') + path;
        const QStringList sentences = views::splitSentences(window.document().description());
        QVERIFY2(!sentences.isEmpty(), qPrintable(where));
        app::CaptionStrip* caption = window.captionStrip();
        // QTextDocument reads a no-break space as a space.
        QString first = views::bindNumbersToUnits(sentences.front());
        first.replace(QChar(0xA0), QLatin1Char(' '));
        QTRY_VERIFY2(caption->plainText().contains(first), qPrintable(where + QStringLiteral(": ") + caption->plainText()));
        QVERIFY2(caption->fits(), qPrintable(where));
      }
  }

  // Words on the projector: every picture of every built-in in presentation mode at 1920x1080,
  // the smallest text drawn and the text most of the picture is written in (the median), in
  // pixels on the screen. Issue 14 asks ~24 px; the dense memory pictures (buddy with two zones,
  // slab with several caches) do not reach it for their smallest notes, so the floors are what
  // the pictures hold today (docs/architecture.md, "Presentation mode"): a picture that gets
  // smaller fails.
  void presentationTextIsLargeOnAProjector() {
    QStringList report;
    for (const QString& path : resources::builtinScenarioPaths()) {
      app::MainWindow window;
      QVERIFY(window.openBuiltin(path));
      window.show();
      QVERIFY(QTest::qWaitForWindowExposed(&window));
      presentAt(window, {1920, 1080});
      window.document().seek(std::max(1, static_cast<int>(window.document().simulation()->stepCount() / 2)));
      window.moduleView()->finishAnimations();
      views::SceneDeck* deck = window.sceneDeck();
      for (int i = 0; i < deck->count(); ++i) {
        deck->showPicture(i);
        QTest::qWait(10);
        views::FittedSceneView* view = deck->currentView();
        std::vector<std::pair<double, QString>> sizes;
        const double viewScale = view->transform().m22();  // the view only scales, alike both ways
        for (const test::ShownText& shown : test::shownTexts(*view->scene())) sizes.emplace_back(shown.pixels * viewScale, shown.text);
        if (sizes.empty()) continue;
        std::sort(sizes.begin(), sizes.end());
        const double smallest = sizes.front().first, median = sizes[sizes.size() / 2].first;
        const QString where = QStringLiteral("%1 %2 (scale %3): smallest %4 px (%5), median %6 px")
                                  .arg(QFileInfo(path).completeBaseName(), deck->currentName())
                                  .arg(viewScale, 0, 'f', 2)
                                  .arg(smallest, 0, 'f', 1)
                                  .arg(sizes.front().second.left(30))
                                  .arg(median, 0, 'f', 1);
        report << where;
        // Issue 14 asks ~24 px on a 1080 projector. Every picture but the slab table reaches 19 px
        // or more (most 22–58); the slab table is as wide as the screen and reaches ~18 px
        // (docs/architecture.md, "Presentation form").
        const double floor = deck->currentName() == QLatin1String("memory") && path.contains(QLatin1String("slab-")) ? 17 : 19;
        QVERIFY2(smallest >= floor, qPrintable(where));
        QVERIFY2(median >= floor, qPrintable(where));
      }
    }
    qInfo("%s", qPrintable(report.join(QLatin1Char('\n'))));
  }

  // Play waits while the view still animates the last step, then pauses briefly, then steps.
  void playWaitsForTheStepsAnimation() {
    app::MainWindow window;
    QVERIFY(window.openBuiltin(belady()));
    auto* bar = window.findChild<app::TimelineBar*>();
    QVERIFY(bar);
    // The view is busy from step 1 on, until released.
    bool released = false;
    bar->setAnimationBusy([&] { return !released && window.document().position() >= 1; });
    auto* speed = bar->findChild<QComboBox*>();
    speed->setCurrentIndex(speed->count() - 1);  // the fastest: 8x, a step every 125 ms at most
    bar->togglePlay();
    QTRY_COMPARE(window.document().position(), 1);
    // Not busy, Play would be ten steps further after this.
    QTest::qWait(1200);
    QCOMPARE(window.document().position(), 1);
    QVERIFY(bar->playing());
    released = true;
    QTRY_VERIFY_WITH_TIMEOUT(window.document().position() >= 3, 5000);
    bar->stop();
  }

  // What Play waits for is real: a banker step's safety scan plays for more than a second at 1x.
  void aBankerStepAnimatesUntilItsScanHasPlayed() {
    app::MainWindow window;
    QVERIFY(window.openBuiltin(resources::builtinScenarioPath(QStringLiteral("banker-textbook"))));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.document().seek(1);
    QVERIFY(window.moduleView()->isAnimating());
    QTest::qWait(1000);
    QVERIFY(window.moduleView()->isAnimating());
    QTRY_VERIFY_WITH_TIMEOUT(!window.moduleView()->isAnimating(), 30000);
  }

  // A 1280x720 window (a common projector): no chart's text is cut to "...", in any tab, for
  // every built-in.
  void aSmallWindowElidesNoChartText() {
    for (const QString& path : resources::builtinScenarioPaths()) {
      app::MainWindow window;
      window.resize(1280, 720);
      QVERIFY(window.openBuiltin(path));
      window.show();
      QVERIFY(QTest::qWaitForWindowExposed(&window));
      window.document().seek(std::max(1, static_cast<int>(window.document().simulation()->stepCount() / 2)));
      auto checkCharts = [&] {
        for (views::FittedSceneView* view : window.findChildren<views::FittedSceneView*>()) {
          if (!view->isVisible() || !view->showsChart()) continue;
          for (const QString& text : sceneTexts(*view->scene()))
            QVERIFY2(!text.contains(QStringLiteral("...")) && !text.contains(QChar(0x2026)),
                     qPrintable(path + QStringLiteral(" ") + view->objectName() + QStringLiteral(": elided ") + text));
        }
      };
      checkCharts();
      for (QTabWidget* tabs : window.findChildren<QTabWidget*>())
        for (int i = 0; i < tabs->count(); ++i) {
          tabs->setCurrentIndex(i);
          QTest::qWait(5);
          checkCharts();
        }
    }
  }

  // Presentation mode: the panels go, the picture fills the window with the caption under it,
  // Tab and the digits choose the picture, the arrows still step, and leaving brings it all back.
  void presentationModeShowsOnePictureAndTheCaption() {
    app::MainWindow window;
    QVERIFY(window.openBuiltin(belady()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.sceneDeck());
    window.setPresentationMode(true);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.findChild<QDockWidget*>(QStringLiteral("libraryDock"))->isVisible());
    QVERIFY(!window.findChild<QDockWidget*>(QStringLiteral("narrationDock"))->isVisible());
    QVERIFY(window.captionStrip()->isVisible());
    views::SceneDeck* deck = window.sceneDeck();
    QVERIFY(deck && deck->isVisible());
    QCOMPARE(deck->currentName(), QStringLiteral("memory"));
    QTest::keyClick(&window, Qt::Key_Right);  // keys still step with the menus hidden
    QCOMPARE(window.document().position(), 1);
    QTRY_VERIFY(window.captionStrip()->plainText().contains(QStringLiteral("Step 1")));
    // Which experiment is on the wall, and where it is.
    QCOMPARE(deck->title(), QStringLiteral("Belady's anomaly · step 1 of 12"));
    // (keySequence: QTest's keyClick gives Tab to focus navigation, a real key press reaches the action.)
    QTest::keySequence(&window, QKeySequence(Qt::Key_Tab));
    QCOMPARE(deck->currentName(), QStringLiteral("faults"));
    QVERIFY(deck->currentView()->showsChart());
    QVERIFY(deck->currentView()->chartScale() >= 1.0);
    QTest::keyClick(&window, Qt::Key_1);
    QCOMPARE(deck->currentName(), QStringLiteral("memory"));
    QTest::keySequence(&window, QKeySequence(Qt::Key_Backtab));
    QCOMPARE(deck->currentName(), QStringLiteral("faults"));
    QTest::keyClick(&window, Qt::Key_Left);
    QCOMPARE(window.document().position(), 0);
    window.setPresentationMode(false);
    QVERIFY(!window.sceneDeck());
    QVERIFY(!window.captionStrip()->isVisible());
    QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("libraryDock"))->isVisible());
    QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("narrationDock"))->isVisible());
    // Outside presentation mode, Tab and the digits are not the deck's.
    QTest::keyClick(&window, Qt::Key_2);
    QVERIFY(!window.sceneDeck());
  }

  // The high-contrast theme (View menu) makes the pictures anew, at the same step.
  void theHighContrastThemeRebuildsThePicturesInPlace() {
    app::MainWindow window;
    QVERIFY(window.openBuiltin(belady()));
    window.document().seek(7);
    const QStringList before = shownFrames(window, 4);
    auto* action = window.findChild<QAction*>(QStringLiteral("highContrastAction"));
    QVERIFY(action && !action->isChecked());
    action->trigger();
    QCOMPARE(views::ViewPalette::theme(), views::Theme::HighContrast);
    QCOMPARE(window.document().position(), 7);
    QCOMPARE(shownFrames(window, 4), before);
    QCOMPARE(shownFrames(window, 4), expectedFrames(window.document().text(), 7));
    window.setTheme(views::Theme::Standard);
    QVERIFY(!action->isChecked());
    QCOMPARE(views::ViewPalette::theme(), views::Theme::Standard);
    QCOMPARE(shownFrames(window, 4), before);
  }

  // While a step forward still animates, the words say what the step does, not how it ended.
  void theOutcomeWaitsForThePicture() {
    app::MainWindow window;
    QVERIFY(window.openBuiltin(resources::builtinScenarioPath(QStringLiteral("banker-textbook"))));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setPresentationMode(true);
    window.document().stepForward();
    QVERIFY(window.moduleView()->isAnimating());
    const QStringList sentences = views::narrateCurrentStep(*window.document().simulation());
    QVERIFY(sentences.size() > 1);
    auto* narration = window.findChild<QTextBrowser*>(QStringLiteral("narrationPanel"));
    QVERIFY(window.captionStrip()->plainText().contains(sentences.front()));
    QVERIFY(!window.captionStrip()->plainText().contains(sentences.back()));
    QVERIFY(!narration->toPlainText().contains(sentences.back()));
    window.moduleView()->finishAnimations();
    QTRY_VERIFY(window.captionStrip()->plainText().contains(sentences.back()));
    QTRY_VERIFY(narration->toPlainText().contains(sentences.back()));
    // A jump shows it all at once.
    window.document().seek(3);
    QVERIFY(window.captionStrip()->plainText().contains(views::narrateCurrentStep(*window.document().simulation()).back()));
  }
};

OSLENS_QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
