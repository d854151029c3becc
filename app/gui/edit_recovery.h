#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace oslens::app {

class ScenarioEditor;

// Keeps a copy of unsaved scenario edits on disk (a second after typing stops), so a crash or a
// power cut never costs a student their work. The copy is removed when the edits are saved or
// knowingly discarded; if the program ends any other way, the next start offers it back.
class EditRecovery : public QObject {
  Q_OBJECT

 public:
  explicit EditRecovery(ScenarioEditor& editor, QObject* parent = nullptr);

  // Text left by a session that did not end normally, or an empty string.
  static QString pendingText();
  static QString recoveryFilePath();
  // The edits are safe elsewhere (saved) or were discarded on purpose.
  void discard();

 private:
  void writeNow();

  ScenarioEditor& m_editor;
  QTimer* m_timer;
};

}  // namespace oslens::app
