#include "app/gui/export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

#include "views/core/module_view.h"

namespace oslens::app {

ExportDialog::ExportDialog(const views::ModuleView& view, QWidget* parent)
    : QDialog(parent), m_view(new QComboBox(this)), m_format(new QComboBox(this)), m_scale(new QComboBox(this)) {
  setWindowTitle(tr("Export view"));
  for (const QString& name : view.viewNames()) m_view->addItem(view.viewTitle(name), name);
  m_format->addItem(tr("SVG (vector, for slides)"), QStringLiteral("svg"));
  m_format->addItem(tr("PNG (image)"), QStringLiteral("png"));
  m_format->addItem(tr("PDF (vector, for print)"), QStringLiteral("pdf"));
  for (int s = 1; s <= 3; ++s) m_scale->addItem(tr("%1×").arg(s), s);
  m_scale->setCurrentIndex(1);
  auto* form = new QFormLayout(this);
  form->addRow(tr("View"), m_view);
  form->addRow(tr("Format"), m_format);
  form->addRow(tr("PNG scale"), m_scale);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_format, &QComboBox::currentIndexChanged, this, [this] { m_scale->setEnabled(suffix() == QLatin1String("png")); });
  m_scale->setEnabled(false);
}

QString ExportDialog::viewName() const { return m_view->currentData().toString(); }
QString ExportDialog::suffix() const { return m_format->currentData().toString(); }
double ExportDialog::scale() const { return m_scale->currentData().toDouble(); }

}  // namespace oslens::app
