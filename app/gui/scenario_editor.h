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

  // The text as edited; for a scenario too large to edit, the text as loaded.
  QString text() const;
  // Shows a newly loaded scenario's text (not a modification). Beyond kMaxEditableCharacters the
  // panel says the file is too large instead: laying out one line of 30 MB (a generated file of
  // 10^6 ops) keeps a QPlainTextEdit busy for half a minute, and nobody edits such a file here.
  void setLoadedText(const QString& text);
  // Puts text in as the user's own edits (recovered after a crash): modified, and editable.
  void setEditedText(const QString& text);
  bool isEditable() const { return m_editable; }
  static constexpr qsizetype kMaxEditableCharacters = 1'000'000;
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
  void showTooLargeNotice();

  QLabel* m_hint;
  QPlainTextEdit* m_edit;
  QPushButton* m_apply;
  QPushButton* m_revert;
  QString m_loadedText;
  bool m_editable = true;
};

}  // namespace oslens::app
