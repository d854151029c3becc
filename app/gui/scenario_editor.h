#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace oslens::app {

// The open scenario as text, to change a value and try again. Apply validates; if the text is
// wrong the problems are listed and the text stays as typed (nothing the user wrote is lost),
// while the last good scenario keeps running.
class ScenarioEditor : public QWidget {
  Q_OBJECT

 public:
  explicit ScenarioEditor(QWidget* parent = nullptr);

  QString text() const;
  // Shows a newly loaded scenario's text (not a modification).
  void setLoadedText(const QString& text);
  bool isModified() const;
  void setModified(bool modified);
  QPlainTextEdit* textEdit() const { return m_edit; }

 signals:
  void applyRequested(const QString& text);
  void modificationChanged(bool modified);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();

  QLabel* m_hint;
  QPlainTextEdit* m_edit;
  QPushButton* m_apply;
  QPushButton* m_revert;
  QString m_loadedText;
};

}  // namespace oslens::app
