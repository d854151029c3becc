#include "views/paging/frame_table_model.h"

#include <QBrush>

#include "views/core/step_number.h"
#include "views/core/view_palette.h"

namespace oslens::views {

using namespace engine::paging;

FrameTableModel::FrameTableModel(const PagingSimulation& simulation, QObject* parent)
    : StateTableModel(parent), m_simulation(simulation) {}

void FrameTableModel::reload() {
  const auto& timeline = m_simulation.timeline();
  const std::size_t frames = timeline.state().frames.size();
  m_referenceHistory.assign(frames <= kHistoryFrames ? frames : 0, QString());
  if (m_referenceHistory.empty() || timeline.position() == 0) return;
  const std::size_t last = timeline.position();
  const std::size_t first = last > kHistorySteps ? last - kHistorySteps + 1 : 1;
  timeline.visitSteps(first, last, [&](const PagingState& state, const PagingOp&, const auto&) {
    for (std::size_t f = 0; f < frames; ++f) {
      QString& history = m_referenceHistory[f];
      if (!history.isEmpty()) history += QLatin1Char(' ');
      history += state.frames[f].empty() ? QStringLiteral("·") : state.frames[f].referenced ? QStringLiteral("1") : QStringLiteral("0");
    }
  });
}

int FrameTableModel::rows() const { return static_cast<int>(m_simulation.timeline().state().frames.size()); }

QVariant FrameTableModel::data(const QModelIndex& index, int role) const {
  const auto& timeline = m_simulation.timeline();
  const Frame& f = timeline.state().frames.at(static_cast<std::size_t>(index.row()));
  if (role == Qt::BackgroundRole) {
    for (const auto& e : timeline.lastEvents()) {
      if (const auto* load = std::get_if<PageLoaded>(&e); load && load->frame == static_cast<FrameIndex>(index.row()))
        return QBrush(ViewPalette::faultFill());
      if (const auto* hit = std::get_if<PageHit>(&e); hit && hit->frame == static_cast<FrameIndex>(index.row()))
        return QBrush(ViewPalette::hitFill());
    }
    return {};
  }
  if (role == Qt::TextAlignmentRole) return int(Qt::AlignCenter);
  if (role != Qt::DisplayRole) return {};
  if (index.column() == FrameColumn) return index.row();
  if (index.column() == ReferenceHistoryColumn)
    return static_cast<std::size_t>(index.row()) < m_referenceHistory.size() ? m_referenceHistory[index.row()]
                                                                              : QStringLiteral("—");
  if (f.empty()) return index.column() == PageColumn ? tr("free") : QVariant();
  switch (index.column()) {
    case PageColumn: return static_cast<qlonglong>(f.page);
    case DirtyColumn: return f.dirty ? 1 : 0;
    case ReferencedColumn: return f.referenced ? 1 : 0;
    case LoadedColumn: return stepNumber(f.loadedAt);
    case LastUsedColumn: return stepNumber(f.lastUsedAt);
    case NextUseColumn: return f.nextUseAt == kNever ? tr("never") : QVariant(stepNumber(f.nextUseAt));
    case UsesColumn: return static_cast<qulonglong>(f.useCount);
    default: return {};
  }
}

QVariant FrameTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case FrameColumn: return tr("Frame");
    case PageColumn: return tr("Page");
    case DirtyColumn: return tr("Dirty");
    case ReferencedColumn: return tr("Ref. bit");
    case ReferenceHistoryColumn: return tr("Ref. bit, last %1 steps").arg(kHistorySteps);
    case LoadedColumn: return tr("Loaded at");
    case LastUsedColumn: return tr("Last used");
    case NextUseColumn: return tr("Next use");
    case UsesColumn: return tr("Uses");
    default: return {};
  }
}

}  // namespace oslens::views
