#include "app/gui/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include "app/gui/caption_strip.h"
#include "app/gui/edit_recovery.h"
#include "app/gui/export_dialog.h"
#include "app/gui/narration_panel.h"
#include "app/gui/problems_panel.h"
#include "app/gui/scenario_editor.h"
#include "app/gui/scenario_library.h"
#include "app/gui/step_reveal.h"
#include "app/gui/timeline_bar.h"
#include "engine/modules.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/fitted_scene_view.h"
#include "views/core/language.h"
#include "views/core/module_view.h"
#include "views/core/safe_file_write.h"
#include "views/core/scene_deck.h"
#include "views/core/view_palette.h"
#include "views/core/simulation_document.h"
#include "views/export/deck_exporter.h"
#include "views/export/scene_exporter.h"

namespace oslens::app {

namespace {
const QString kScenarioFilter = QStringLiteral("*.oslens.json *.json");
bool isBuiltin(const QString& path) { return path.startsWith(QLatin1String(":/")); }
}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_document(std::make_unique<views::SimulationDocument>()) {
  setObjectName(QStringLiteral("mainWindow"));
  auto* centre = new QWidget(this);
  m_centreLayout = new QVBoxLayout(centre);
  m_centreLayout->setContentsMargins(0, 0, 0, 0);
  m_centreLayout->setSpacing(0);
  m_timeline = new TimelineBar(*m_document, centre);
  m_timeline->setAnimationBusy([this] { return m_view && m_view->isAnimating(); });
  m_reveal = new StepReveal([this] { return m_view && m_view->isAnimating(); }, this);
  m_caption = new CaptionStrip(*m_document, *m_reveal, centre);
  m_caption->hide();
  m_centreLayout->addStretch(1);
  m_centreLayout->addWidget(m_caption);
  m_centreLayout->addWidget(m_timeline);
  setCentralWidget(centre);

  createDocks();
  m_recovery = new EditRecovery(*m_editor, this);
  createActions();
  createMenus();

  connect(m_document.get(), &views::SimulationDocument::scenarioLoaded, this, &MainWindow::onScenarioLoaded);
  connect(m_document.get(), &views::SimulationDocument::positionChanged, this, [this](int from, int to) {
    if (m_view) m_view->showPosition(from, to, isVisible());
    m_reveal->moved(from, to);  // after the view has started animating the move
    refreshDeckTitle();
  });
  m_narration->setStepReveal(m_reveal);
  connect(m_timeline, &TimelineBar::speedChanged, this, [this](double speed) {
    if (m_view) m_view->setAnimationSpeed(speed);
  });
  connect(m_library, &ScenarioLibrary::scenarioChosen, this, [this](const QString& path) {
    if (maybeSave()) openBuiltin(path);
  });
  connect(m_editor, &ScenarioEditor::applyRequested, this,
          [this](const QString& text) { applyScenarioText(text, tr("The edited scenario")); });
  connect(m_editor, &ScenarioEditor::modificationChanged, this, &MainWindow::updateWindowTitle);

  retranslate();
  resize(1500, 900);
  restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
}

MainWindow::~MainWindow() {
  // Only a normal end gets here; after a crash the recovered edits stay for the next start.
  m_recovery->discard();
  // The view's widgets reference the view's scenes and models: delete the widgets first.
  delete m_deck;
  delete m_viewWidget;
  delete m_stateWidget;
}

void MainWindow::offerRecoveredEdits(const QString& text) {
  if (text.isEmpty()) return;
  const auto answer = QMessageBox::question(
      this, tr("Recover unsaved edits"),
      tr("OS Lens did not close normally and the scenario text had changes that were not saved. "
         "Restore them into the Scenario panel?"),
      QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
  if (answer != QMessageBox::Yes) return m_recovery->discard();
  m_editor->setEditedText(text);
  m_editorDock->show();
  m_editorDock->raise();
  statusBar()->showMessage(tr("Recovered edits restored: press Apply to run them, or save them."), 10000);
}

void MainWindow::createDocks() {
  m_library = new ScenarioLibrary(this);
  m_narration = new NarrationPanel(*m_document, this);
  m_editor = new ScenarioEditor(this);
  m_problems = new ProblemsPanel(this);
  auto dock = [this](QWidget* content, const char* name, Qt::DockWidgetArea area) {
    auto* d = new QDockWidget(this);
    d->setObjectName(QLatin1String(name));
    d->setWidget(content);
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(area, d);
    return d;
  };
  m_libraryDock = dock(m_library, "libraryDock", Qt::LeftDockWidgetArea);
  m_narrationDock = dock(m_narration, "narrationDock", Qt::RightDockWidgetArea);
  m_editorDock = dock(m_editor, "editorDock", Qt::RightDockWidgetArea);
  m_problemsDock = dock(m_problems, "problemsDock", Qt::RightDockWidgetArea);
  m_stateDock = dock(new QWidget(this), "stateDock", Qt::RightDockWidgetArea);
  tabifyDockWidget(m_editorDock, m_problemsDock);
  tabifyDockWidget(m_editorDock, m_stateDock);
  m_editorDock->raise();
  resizeDocks({m_libraryDock, m_narrationDock}, {260, 420}, Qt::Horizontal);
  resizeDocks({m_narrationDock, m_editorDock}, {520, 300}, Qt::Vertical);
}

void MainWindow::createActions() {
  auto make = [this](const char* name, QKeySequence key, auto slot) {
    auto* a = new QAction(this);
    a->setObjectName(QLatin1String(name));
    if (!key.isEmpty()) a->setShortcut(key);
    connect(a, &QAction::triggered, this, slot);
    addAction(a);  // shortcuts work in presentation mode, where the menu bar is hidden
    return a;
  };
  m_open = make("openAction", QKeySequence::Open, [this] { openWithDialog(); });
  m_save = make("saveAction", QKeySequence::Save, [this] { save(); });
  m_saveAs = make("saveAsAction", QKeySequence::SaveAs, [this] { saveAsWithDialog(); });
  m_export = make("exportAction", QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportWithDialog(); });
  m_exportAll = make("exportAllAction", QKeySequence(), [this] { exportAllStepsWithDialog(); });
  m_quit = make("quitAction", QKeySequence::Quit, [this] { close(); });
  m_playPause = make("playPauseAction", QKeySequence(Qt::Key_Space), [this] { m_timeline->togglePlay(); });
  m_stepBack = make("stepBackAction", QKeySequence(Qt::Key_Left), [this] { m_document->stepBack(); });
  m_stepForward = make("stepForwardAction", QKeySequence(Qt::Key_Right), [this] { m_document->stepForward(); });
  m_toStart = make("toStartAction", QKeySequence(Qt::Key_Home), [this] { m_document->rewind(); });
  m_toEnd = make("toEndAction", QKeySequence(Qt::Key_End), [this] { m_document->seekToEnd(); });
  m_presentation = make("presentationAction", QKeySequence(Qt::Key_F11), [this] {
    setPresentationMode(m_presentation->isChecked());
  });
  m_presentation->setCheckable(true);
  m_highContrast = make("highContrastAction", QKeySequence(), [this] {
    setTheme(m_highContrast->isChecked() ? views::Theme::HighContrast : views::Theme::Standard);
  });
  m_highContrast->setCheckable(true);
  m_highContrast->setChecked(views::ViewPalette::theme() == views::Theme::HighContrast);
  // Presentation mode shows one picture at a time: Tab and Shift+Tab go round them, 1 to 9 choose.
  m_nextPicture = make("nextPictureAction", QKeySequence(Qt::Key_Tab), [this] {
    if (m_deck) m_deck->showNext();
  });
  m_previousPicture = make("previousPictureAction", QKeySequence(Qt::Key_Backtab), [this] {
    if (m_deck) m_deck->showPrevious();
  });
  for (int i = 0; i < 9; ++i) {
    QAction* key = make("pictureAction", QKeySequence(Qt::Key_1 + i), [this, i] {
      if (m_deck) m_deck->showPicture(i);
    });
    key->setObjectName(QStringLiteral("pictureAction%1").arg(i + 1));
    m_pictureKeys << key;
  }
  // Outside presentation mode the keys are the editor's and the tabs' as usual.
  for (QAction* a : QList<QAction*>{m_nextPicture, m_previousPicture} + m_pictureKeys) a->setEnabled(false);
  m_about = make("aboutAction", QKeySequence(), [this] {
    QMessageBox::about(this, tr("About OS Lens"),
                       tr("<h3>OS Lens</h3><p>See how an operating system works, one step at a time, forwards and "
                          "backwards.</p><p>Page replacement follows Silberschatz, <i>Operating System Concepts</i> "
                          "10e, section 10.4, and OSTEP chapter 22.</p>"));
  });
  auto* leavePresentation = new QAction(this);
  leavePresentation->setShortcut(QKeySequence(Qt::Key_Escape));
  // Escape leaves presentation mode and gives the keys back to the timeline (out of the editor).
  connect(leavePresentation, &QAction::triggered, this, [this] {
    if (m_presentation->isChecked()) setPresentationMode(false);
    focusDiagram();
  });
  addAction(leavePresentation);

  m_languages = new QActionGroup(this);
  for (const QString& code : views::Language::available()) {
    auto* a = new QAction(views::Language::nativeName(code), m_languages);
    a->setCheckable(true);
    a->setData(code);
    a->setObjectName(QStringLiteral("language_") + code);
    a->setChecked(code == views::Language::current());
    connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
  }
}

void MainWindow::createMenus() {
  m_fileMenu = menuBar()->addMenu(QString());
  m_fileMenu->addActions({m_open, m_save, m_saveAs});
  m_fileMenu->addSeparator();
  m_fileMenu->addActions({m_export, m_exportAll});
  m_fileMenu->addSeparator();
  m_fileMenu->addAction(m_quit);
  m_playMenu = menuBar()->addMenu(QString());
  m_playMenu->addActions({m_playPause, m_stepBack, m_stepForward, m_toStart, m_toEnd});
  m_viewMenu = menuBar()->addMenu(QString());
  m_viewMenu->addAction(m_presentation);
  m_viewMenu->addActions({m_nextPicture, m_previousPicture, m_highContrast});
  m_viewMenu->addSeparator();
  for (QDockWidget* d : {m_libraryDock, m_narrationDock, m_editorDock, m_problemsDock, m_stateDock})
    m_viewMenu->addAction(d->toggleViewAction());
  m_languageMenu = menuBar()->addMenu(QString());
  m_languageMenu->addActions(m_languages->actions());
  m_helpMenu = menuBar()->addMenu(QString());
  m_helpMenu->addAction(m_about);
}

void MainWindow::retranslate() {
  refreshDeckTitle();
  m_fileMenu->setTitle(tr("&File"));
  m_playMenu->setTitle(tr("&Playback"));
  m_viewMenu->setTitle(tr("&View"));
  m_languageMenu->setTitle(tr("&Language"));
  m_helpMenu->setTitle(tr("&Help"));
  m_open->setText(tr("&Open scenario…"));
  m_save->setText(tr("&Save scenario"));
  m_saveAs->setText(tr("Save scenario &as…"));
  m_export->setText(tr("&Export view…"));
  m_exportAll->setText(tr("Export all steps as P&DF…"));
  m_quit->setText(tr("&Quit"));
  m_playPause->setText(tr("Play / pause"));
  m_stepBack->setText(tr("Step back"));
  m_stepForward->setText(tr("Step forward"));
  m_toStart->setText(tr("Jump to start"));
  m_toEnd->setText(tr("Jump to end"));
  m_presentation->setText(tr("&Presentation mode"));
  m_nextPicture->setText(tr("Next picture (presentation mode)"));
  m_highContrast->setText(tr("&High-contrast pictures"));
  m_previousPicture->setText(tr("Previous picture (presentation mode)"));
  m_about->setText(tr("&About OS Lens"));
  m_libraryDock->setWindowTitle(tr("Scenario library"));
  m_narrationDock->setWindowTitle(tr("What happened and why"));
  m_editorDock->setWindowTitle(tr("Scenario"));
  m_problemsDock->setWindowTitle(tr("Problems"));
  m_stateDock->setWindowTitle(tr("State"));
  if (m_view) m_view->retranslate();
  updateWindowTitle();
}

void MainWindow::updateWindowTitle() {
  QString title = m_document->hasSimulation() ? m_document->title() : tr("No scenario");
  if (m_editor->isModified()) title += QStringLiteral(" *");
  setWindowTitle(tr("%1 — OS Lens").arg(title));
}

void MainWindow::onScenarioLoaded() {
  createView();
  m_library->setCurrentScenario(m_document->sourcePath());
  m_problems->clearProblems();
  focusDiagram();
  updateWindowTitle();
}

void MainWindow::setTheme(views::Theme theme) {
  m_highContrast->setChecked(theme == views::Theme::HighContrast);
  if (theme == views::ViewPalette::theme()) return;
  views::ViewPalette::setTheme(theme);
  QSettings().setValue(QStringLiteral("ui/theme"), views::ViewPalette::themeName(theme));
  if (!m_document->hasSimulation()) return;
  // Pictures read their colours and lines when they are made: make them again, at this step.
  createView();
  if (m_view) m_view->showPosition(0, m_document->position(), false);
  focusDiagram();
}

void MainWindow::createView() {
  deleteSceneDeck();
  delete m_viewWidget;
  m_viewWidget = nullptr;
  delete m_stateWidget;
  m_stateWidget = nullptr;
  m_view = views::createModuleView(*m_document->simulation());
  if (m_view) {
    m_stateWidget = m_view->createStateWidget(m_stateDock);
    m_stateDock->setWidget(m_stateWidget);
    m_view->setAnimationSpeed(m_timeline->speed());
    m_viewWidget = m_view->createWidget(centralWidget());
    m_centreLayout->insertWidget(0, m_viewWidget, 1);
    m_centreLayout->setStretch(1, 0);
    if (m_presentation->isChecked()) createSceneDeck();
  }
  if (auto* stretch = m_centreLayout->itemAt(1); stretch && stretch->spacerItem()) {
    m_centreLayout->removeItem(stretch);
    delete stretch;
  }
}

void MainWindow::focusDiagram() {
  if (m_deck && m_deck->currentView()) return m_deck->currentView()->setFocus(Qt::OtherFocusReason);
  if (!m_viewWidget) return;
  // The first focusable widget inside the module's centre: its diagram view.
  if (QWidget* target = m_viewWidget->focusPolicy() != Qt::NoFocus ? m_viewWidget : m_viewWidget->nextInFocusChain())
    target->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showProblems(const QString& source, const QStringList& problems) {
  m_problems->showProblems(source, problems);
  m_problemsDock->show();
  m_problemsDock->raise();
  statusBar()->showMessage(problems.size() == 1
                               ? tr("%1 was not loaded: 1 problem. The open scenario is unchanged.").arg(source)
                               : tr("%1 was not loaded: %2 problems. The open scenario is unchanged.")
                                     .arg(source, QString::number(problems.size())),
                           10000);
}

bool MainWindow::openFile(const QString& path) {
  const QStringList problems = m_document->loadFile(path);
  if (!problems.isEmpty()) {
    showProblems(QFileInfo(path).fileName(), problems);
    return false;
  }
  m_savePath = isBuiltin(path) ? QString() : path;
  m_editor->setLoadedText(QString::fromUtf8(m_document->text()));
  if (!isBuiltin(path)) QSettings().setValue(QStringLiteral("files/lastDirectory"), QFileInfo(path).absolutePath());
  statusBar()->showMessage(tr("Opened %1").arg(m_document->title()), 5000);
  updateWindowTitle();
  return true;
}

bool MainWindow::openBuiltin(const QString& resourcePath) { return openFile(resourcePath); }

bool MainWindow::applyScenarioText(const QString& text, const QString& source) {
  const int position = m_document->position();
  const QString path = m_document->sourcePath();
  const QStringList problems = m_document->load(text.toUtf8(), path);
  if (!problems.isEmpty()) {
    showProblems(source, problems);
    return false;
  }
  // Stay at the same step if the edited scenario still has it: a changed value is compared in place.
  m_document->seek(position);
  statusBar()->showMessage(tr("Applied the edited scenario."), 5000);
  updateWindowTitle();
  return true;
}

bool MainWindow::saveTo(const QString& path) {
  // On failure the text stays marked unsaved, so closing the window still asks about it.
  const QString problem = views::writeFileSafely(path, m_editor->text().toUtf8());
  if (!problem.isEmpty()) {
    QMessageBox::warning(this, tr("Save scenario"), problem);
    return false;
  }
  m_savePath = path;
  m_editor->setModified(false);
  statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
  updateWindowTitle();
  return true;
}

bool MainWindow::save() { return m_savePath.isEmpty() ? saveAsWithDialog() : saveTo(m_savePath); }

bool MainWindow::saveAsWithDialog() {
  const QString start = QSettings().value(QStringLiteral("files/lastDirectory")).toString();
  QString path = QFileDialog::getSaveFileName(this, tr("Save scenario"), start,
                                              tr("OS Lens scenarios (%1)").arg(kScenarioFilter));
  if (path.isEmpty()) return false;
  if (!path.endsWith(QLatin1String(".json"))) path += QStringLiteral(".oslens.json");
  return saveTo(path);
}

void MainWindow::openWithDialog() {
  if (!maybeSave()) return;
  const QString start = QSettings().value(QStringLiteral("files/lastDirectory")).toString();
  const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), start,
                                                    tr("OS Lens scenarios (%1)").arg(kScenarioFilter));
  if (!path.isEmpty()) openFile(path);
}

bool MainWindow::maybeSave() {
  if (!m_editor->isModified()) return true;
  const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                            tr("The scenario text has changes that are not saved. Save them first?"),
                                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
  if (answer == QMessageBox::Save) return save();
  return answer == QMessageBox::Discard;
}

QString MainWindow::exportView(const QString& path, const QString& viewName, double scale) {
  if (!m_view) return tr("nothing to export");
  QGraphicsScene* scene = m_view->scene(viewName);
  if (!scene) return tr("unknown view \"%1\"").arg(viewName);
  m_view->finishAnimations();
  // Fitted to the step as a jump fits it: an export does not depend on how the display got there
  // (the CFS run queue keeps its room while stepping).
  const int position = static_cast<int>(m_document->position());
  m_view->showPosition(position, position, false);
  // An export is for a reader without the caption strip: the scenes' full form, even in
  // presentation mode.
  const bool presenting = m_view->presentation();
  if (presenting) m_view->setPresentation(false);
  const QString problem = views::SceneExporter::exportScene(*scene, path, scale,
                                                            views::SlideText::describe(*m_document->simulation(), *m_view, viewName));
  if (presenting) m_view->setPresentation(true);
  return problem;
}

QString MainWindow::exportAllSteps(const QString& path, const QString& viewName) {
  if (!m_document->hasSimulation()) return tr("nothing to export");
  // A copy of the scenario, so the display does not move while the deck is drawn.
  auto copy = engine::loadSimulation(m_document->text().toStdString());
  return views::exportStepDeck(*copy, viewName, path);
}

void MainWindow::exportWithDialog() {
  if (!m_view) return;
  ExportDialog dialog(*m_view, this);
  if (dialog.exec() != QDialog::Accepted) return;
  const QString start = QSettings().value(QStringLiteral("files/lastExportDirectory")).toString();
  QString path = QFileDialog::getSaveFileName(this, tr("Export view"), start,
                                              tr("%1 files (*.%2)").arg(dialog.suffix().toUpper(), dialog.suffix()));
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + dialog.suffix();
  QSettings().setValue(QStringLiteral("files/lastExportDirectory"), QFileInfo(path).absolutePath());
  const QString problem = exportView(path, dialog.viewName(), dialog.scale());
  if (!problem.isEmpty()) QMessageBox::warning(this, tr("Export view"), problem);
  else statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::exportAllStepsWithDialog() {
  if (!m_view) return;
  const QString path = QFileDialog::getSaveFileName(this, tr("Export all steps"), QString(), tr("PDF files (*.pdf)"));
  if (path.isEmpty()) return;
  const QString problem = exportAllSteps(path, m_view->viewNames().front());
  if (!problem.isEmpty()) QMessageBox::warning(this, tr("Export all steps"), problem);
  else statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::setLanguage(const QString& code) {
  if (!views::Language::apply(code)) return;
  QSettings().setValue(QStringLiteral("ui/language"), code);
  for (QAction* a : m_languages->actions()) a->setChecked(a->data().toString() == code);
  // Qt sends LanguageChange to every widget; scenes are not widgets, so they are told here.
  if (m_view) m_view->retranslate();
}

void MainWindow::setPresentationMode(bool on) {
  m_presentation->setChecked(on);
  for (QDockWidget* d : {m_libraryDock, m_editorDock, m_problemsDock, m_stateDock}) d->setVisible(!on);
  // The caption under the picture tells the step; the log comes back with the window.
  if (on) m_narrationWasVisible = m_narrationDock->isVisible();
  m_narrationDock->setVisible(!on && m_narrationWasVisible);
  menuBar()->setVisible(!on);
  statusBar()->setVisible(!on);
  m_caption->setVisible(on);
  for (QAction* a : QList<QAction*>{m_nextPicture, m_previousPicture} + m_pictureKeys) a->setEnabled(on);
  if (on) {
    createSceneDeck();
  } else {
    deleteSceneDeck();
    if (m_view) m_view->setPresentation(false);  // the scenes' full form again (not when the view is replaced)
  }
  if (on) showFullScreen();
  else showNormal();
  focusDiagram();
}

void MainWindow::createSceneDeck() {
  if (!m_view || m_deck) return;
  m_view->setPresentation(true);
  m_deck = new views::SceneDeck(*m_view, centralWidget());
  refreshDeckTitle();
  m_viewWidget->hide();
  m_centreLayout->insertWidget(0, m_deck, 1);
  m_deck->show();
}

void MainWindow::refreshDeckTitle() {
  if (!m_deck || !m_document->hasSimulation()) return;
  const auto* simulation = m_document->simulation();
  // One arg() for all three: a title with "%2" in it stays as written.
  m_deck->setTitle(views::typesetChinese(tr("%1 · step %2 of %3")
                                              .arg(m_document->title(), QString::number(simulation->position()),
                                                   QString::number(simulation->stepCount()))));
}

void MainWindow::deleteSceneDeck() {
  delete m_deck;
  m_deck = nullptr;
  if (m_viewWidget) m_viewWidget->show();
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!maybeSave()) return event->ignore();
  QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
  event->accept();
}

}  // namespace oslens::app
