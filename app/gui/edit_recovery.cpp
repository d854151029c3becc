#include "app/gui/edit_recovery.h"

#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTimer>

#include "app/gui/scenario_editor.h"
#include "views/core/safe_file_write.h"

namespace oslens::app {

namespace {
constexpr int kQuietMs = 1000;
}

EditRecovery::EditRecovery(ScenarioEditor& editor, QObject* parent)
    : QObject(parent), m_editor(editor), m_timer(new QTimer(this)) {
  m_timer->setSingleShot(true);
  m_timer->setInterval(kQuietMs);
  connect(m_timer, &QTimer::timeout, this, &EditRecovery::writeNow);
  connect(m_editor.textEdit(), &QPlainTextEdit::textChanged, this, [this] {
    if (m_editor.isModified()) m_timer->start();
  });
  connect(&m_editor, &ScenarioEditor::modificationChanged, this, [this](bool modified) {
    if (!modified) discard();
  });
}

QString EditRecovery::recoveryFilePath() {
  return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovered.oslens.json");
}

QString EditRecovery::pendingText() {
  QFile file(recoveryFilePath());
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(file.readAll());
}

void EditRecovery::discard() {
  m_timer->stop();
  QFile::remove(recoveryFilePath());
}

void EditRecovery::writeNow() {
  if (!m_editor.isModified()) return;
  QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
  // A copy that cannot be written (a full disk) leaves the previous copy whole, and there is no one
  // to tell in the middle of typing: the edits themselves are still in the editor.
  views::writeFileSafely(recoveryFilePath(), m_editor.text().toUtf8());
}

}  // namespace oslens::app
