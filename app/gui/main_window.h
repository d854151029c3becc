#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QVBoxLayout;

namespace oslens::views {
enum class Theme;
class ModuleView;
class SceneDeck;
class SimulationDocument;
}  // namespace oslens::views

namespace oslens::app {

class CaptionStrip;
class EditRecovery;
class NarrationPanel;
class ProblemsPanel;
class ScenarioEditor;
class ScenarioLibrary;
class StepReveal;
class TimelineBar;

// The library on the left, the module's diagram in the centre above the timeline bar, the
// narration, the scenario text and its problems on the right (docs/architecture.md, "The GUI").
// Presentation mode shows one picture at a time over the whole screen (a key for each), and the
// current step as a caption under it.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Each returns whether the scenario was loaded; on failure the problems panel lists why and
  // everything that was open stays open.
  bool openFile(const QString& path);
  bool openBuiltin(const QString& resourcePath);
  bool applyScenarioText(const QString& text, const QString& source);
  // Saves the scenario text as it stands in the editor, atomically (views::writeFileSafely). On
  // failure (a full disk) it warns, keeps the old file and leaves the text marked unsaved.
  bool saveTo(const QString& path);
  // Exports a view of the current step; returns an empty string or the reason it failed.
  QString exportView(const QString& path, const QString& viewName, double scale);
  QString exportAllSteps(const QString& path, const QString& viewName);
  void setLanguage(const QString& code);
  void setPresentationMode(bool on);
  // The pictures' look (remembered for the next start); the pictures are made anew at the same step.
  void setTheme(views::Theme theme);
  // Offers back the unsaved edits a session left when it did not end normally (read them with
  // EditRecovery::pendingText() before opening anything). Called at start-up.
  void offerRecoveredEdits(const QString& text);

  views::SimulationDocument& document() { return *m_document; }
  views::ModuleView* moduleView() const { return m_view.get(); }
  ProblemsPanel* problemsPanel() const { return m_problems; }
  ScenarioEditor* scenarioEditor() const { return m_editor; }
  // Presentation mode's pictures (null outside it) and caption.
  views::SceneDeck* sceneDeck() const { return m_deck; }
  CaptionStrip* captionStrip() const { return m_caption; }
  TimelineBar* timelineBar() const { return m_timeline; }

 protected:
  void changeEvent(QEvent* event) override;
  void closeEvent(QCloseEvent* event) override;

 private:
  void createActions();
  void createMenus();
  void createDocks();
  void retranslate();
  void onScenarioLoaded();
  // Makes the module's pictures and panels for the loaded simulation, at its current step.
  void createView();
  void showProblems(const QString& source, const QStringList& problems);
  void updateWindowTitle();
  void focusDiagram();
  void createSceneDeck();
  void deleteSceneDeck();
  void refreshDeckTitle();  // the scenario and the step, over the picture in presentation mode
  bool maybeSave();
  void openWithDialog();
  bool save();
  bool saveAsWithDialog();
  void exportWithDialog();
  void exportAllStepsWithDialog();

  std::unique_ptr<views::SimulationDocument> m_document;
  std::unique_ptr<views::ModuleView> m_view;
  QWidget* m_viewWidget = nullptr;
  QWidget* m_stateWidget = nullptr;
  views::SceneDeck* m_deck = nullptr;  // presentation mode's centre, in place of m_viewWidget
  CaptionStrip* m_caption = nullptr;
  StepReveal* m_reveal = nullptr;
  bool m_narrationWasVisible = true;
  QVBoxLayout* m_centreLayout = nullptr;
  TimelineBar* m_timeline = nullptr;
  ScenarioLibrary* m_library = nullptr;
  NarrationPanel* m_narration = nullptr;
  ScenarioEditor* m_editor = nullptr;
  ProblemsPanel* m_problems = nullptr;
  QDockWidget* m_libraryDock = nullptr;
  QDockWidget* m_narrationDock = nullptr;
  QDockWidget* m_editorDock = nullptr;
  QDockWidget* m_problemsDock = nullptr;
  QDockWidget* m_stateDock = nullptr;
  EditRecovery* m_recovery = nullptr;
  QString m_savePath;  // where Save writes; empty for built-ins and new text

  QMenu* m_fileMenu = nullptr;
  QMenu* m_playMenu = nullptr;
  QMenu* m_viewMenu = nullptr;
  QMenu* m_languageMenu = nullptr;
  QMenu* m_helpMenu = nullptr;
  QAction* m_open = nullptr;
  QAction* m_save = nullptr;
  QAction* m_saveAs = nullptr;
  QAction* m_export = nullptr;
  QAction* m_exportAll = nullptr;
  QAction* m_quit = nullptr;
  QAction* m_playPause = nullptr;
  QAction* m_stepBack = nullptr;
  QAction* m_stepForward = nullptr;
  QAction* m_toStart = nullptr;
  QAction* m_toEnd = nullptr;
  QAction* m_presentation = nullptr;
  QAction* m_highContrast = nullptr;
  QAction* m_nextPicture = nullptr;
  QAction* m_previousPicture = nullptr;
  QList<QAction*> m_pictureKeys;  // 1..9 in presentation mode
  QAction* m_about = nullptr;
  QActionGroup* m_languages = nullptr;
};

}  // namespace oslens::app
