#pragma once

#include <QDialog>

class QComboBox;

namespace oslens::views {
class ModuleView;
}

namespace oslens::app {

// Which view to export, in which format, at which PNG scale (1x, 2x, 3x for sharp slides).
class ExportDialog : public QDialog {
  Q_OBJECT

 public:
  ExportDialog(const views::ModuleView& view, QWidget* parent = nullptr);

  QString viewName() const;
  QString suffix() const;  // "svg", "png" or "pdf"
  double scale() const;

 private:
  QComboBox* m_view;
  QComboBox* m_format;
  QComboBox* m_scale;
};

}  // namespace oslens::app
