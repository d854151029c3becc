#pragma once

#include <QPointF>
#include <QRectF>

#include "engine/sched/cfs/cfs_model.h"

class QGraphicsRectItem;
class QGraphicsScene;
class QGraphicsSimpleTextItem;

namespace oslens::views {

// The CPU: the task CFS is running (the one taken out of the tree), its vruntime, and how much
// of its slice it has used, as a bar. Empty and grey when the CPU is idle.
class CpuBox {
 public:
  static constexpr qreal kWidth = 230;
  static constexpr qreal kHeight = 150;

  CpuBox(QGraphicsScene& scene, const QPointF& topLeft);

  void show(const engine::cfs::CfsState& state);
  void retranslate(const engine::cfs::CfsState& state) { show(state); }
  QRectF bounds() const;
  QString taskText() const;  // tests: the running task's name, or empty

 private:
  QGraphicsRectItem* m_frame;
  QGraphicsSimpleTextItem* m_title;
  QGraphicsRectItem* m_chip;
  QGraphicsSimpleTextItem* m_task;
  QGraphicsSimpleTextItem* m_vruntime;
  QGraphicsRectItem* m_sliceTrack;
  QGraphicsRectItem* m_sliceUsed;
  QGraphicsSimpleTextItem* m_slice;
};

}  // namespace oslens::views
