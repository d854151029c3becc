#include "views/ipc/ipc_layout.h"

#include <algorithm>
#include <numeric>

#include "engine/core/overloaded.h"

namespace oslens::views {

using namespace engine::ipc;

namespace {
// + for what puts data or units in (write, send, post, store), − for what takes them out.
int producerScore(const ProcessSpec& spec) {
  int score = 0;
  for (const Action& a : spec.program)
    score += std::visit(engine::Overloaded{[](const WriteAction&) { return 1; }, [](const MqSendAction&) { return 1; },
                                           [](const MsgSendAction&) { return 1; }, [](const StoreAction&) { return 0; },
                                           [](const ReadAction&) { return -1; }, [](const MqReceiveAction&) { return -1; },
                                           [](const MsgReceiveAction&) { return -1; },
                                           [](const OpenAction& o) { return o.end == PipeEnd::Write ? 1 : -1; },
                                           [](const auto&) { return 0; }},
                        a);
  return score;
}

// The height of an object's full card.
qreal cardHeight(const ObjectSpec& spec) {
  switch (spec.index()) {
    case 0: return 190;  // pipe: title, cells or slots, positions, who holds the ends, waiters
    case 1:
    case 2: return 150;  // queues: title, messages, waiters
    case 3: return 104;  // semaphore: title, value and its queue
    default: return 112;  // shared memory: title, cells and their indices
  }
}

// Lanes of one side, from the top of the body down.
void placeSide(const std::vector<ProcessId>& side, bool left, const IpcState& s, std::vector<std::optional<IpcLayout::Lane>>& lanes,
               QRectF& more, int& hidden) {
  if (side.empty()) return;
  const qreal x = left ? 0 : IpcLayout::kWidth - IpcLayout::kLaneWidth;
  const auto n = static_cast<qreal>(side.size());
  const qreal each = (IpcLayout::kBodyHeight - IpcLayout::kGap * (n - 1)) / n;
  std::size_t shown = side.size();
  int lines = 0;
  qreal height = IpcLayout::kCompactLane;
  if (each >= IpcLayout::kLaneHeader + IpcLayout::kLineHeight + 10) {
    lines = static_cast<int>((each - IpcLayout::kLaneHeader - 10) / IpcLayout::kLineHeight);
    lines = std::min(lines, 10);
    height = 0;  // by its program
  } else if (each < IpcLayout::kCompactLane) {
    // One row each, and a "+N more" row for those that do not fit.
    shown = static_cast<std::size_t>((IpcLayout::kBodyHeight + IpcLayout::kGap) / (IpcLayout::kCompactLane + IpcLayout::kGap)) - 1;
  }
  qreal y = IpcLayout::kBodyTop;
  for (std::size_t i = 0; i < side.size(); ++i) {
    const ProcessId p = side[i];
    if (i >= shown) {
      ++hidden;
      continue;
    }
    IpcLayout::Lane lane;
    lane.left = left;
    lane.lines = std::min<int>(lines, static_cast<int>(s.setup->processes[p].program.size()));
    const qreal h = lines > 0 ? IpcLayout::kLaneHeader + lane.lines * IpcLayout::kLineHeight + 10 : height;
    lane.rect = QRectF(x, y, IpcLayout::kLaneWidth, h);
    lanes[p] = lane;
    y += h + IpcLayout::kGap;
  }
  if (hidden > 0) more = QRectF(x, y, IpcLayout::kLaneWidth, IpcLayout::kCompactLane);
}
}  // namespace

IpcLayout::IpcLayout(const IpcState& s) {
  const auto& processes = s.setup->processes;
  const auto n = static_cast<ProcessId>(processes.size());
  std::vector<ProcessId> order(n);
  std::iota(order.begin(), order.end(), ProcessId{0});
  std::stable_sort(order.begin(), order.end(), [&](ProcessId a, ProcessId b) { return producerScore(processes[a]) > producerScore(processes[b]); });
  m_left.assign(n, false);
  const std::size_t leftCount = (n + 1) / 2;
  std::vector<ProcessId> left, right;
  for (std::size_t i = 0; i < order.size(); ++i) (i < leftCount ? left : right).push_back(order[i]);
  // Each side in the scenario's order.
  std::sort(left.begin(), left.end());
  std::sort(right.begin(), right.end());
  for (ProcessId p : left) m_left[p] = true;
  lanes.assign(n, std::nullopt);
  placeSide(left, true, s, lanes, moreLeft, hiddenLeft);
  placeSide(right, false, s, lanes, moreRight, hiddenRight);

  // Objects: full cards while they fit, else one row each.
  const auto& objects = s.setup->objects;
  cards.assign(objects.size(), std::nullopt);
  qreal full = 0;
  for (const ObjectSpec& spec : objects) full += cardHeight(spec) + kGap;
  const bool compact = full - kGap > kBodyHeight;
  constexpr qreal kCompactCard = 46;
  const std::size_t fit =
      compact ? static_cast<std::size_t>((kBodyHeight + kGap) / (kCompactCard + kGap)) : objects.size();
  const std::size_t shown = fit >= objects.size() ? objects.size() : fit - 1;
  qreal y = kBodyTop;
  for (std::size_t o = 0; o < objects.size(); ++o) {
    if (o >= shown) {
      ++hiddenObjects;
      continue;
    }
    const qreal h = compact ? kCompactCard : cardHeight(objects[o]);
    cards[o] = Card{QRectF(kMiddleLeft, y, kMiddleWidth, h), compact};
    y += h + kGap;
  }
  if (hiddenObjects > 0) moreObjects = QRectF(kMiddleLeft, y, kMiddleWidth, kCompactCard);
  // The picture is as tall as what it holds (a pipe between two processes is a wide, short
  // picture, drawn larger when fitted to the screen's width), the same at every step.
  qreal bottom = kBodyTop + 200;
  for (const auto& lane : lanes)
    if (lane) bottom = std::max(bottom, lane->rect.bottom());
  for (const auto& card : cards)
    if (card) bottom = std::max(bottom, card->rect.bottom());
  for (const QRectF& more : {moreLeft, moreRight, moreObjects})
    if (!more.isEmpty()) bottom = std::max(bottom, more.bottom());
  legendTop = bottom + 26;
  height = legendTop + 40;
}

bool IpcLayout::onLeft(ProcessId p) const { return p < m_left.size() && m_left[p]; }

QPointF IpcLayout::laneAnchor(ProcessId p, qreal rowY) const {
  const bool left = onLeft(p);
  if (p < lanes.size() && lanes[p]) {
    const QRectF& r = lanes[p]->rect;
    return {left ? r.right() : r.left(), std::clamp(rowY, r.top() + 12, r.bottom() - 12)};
  }
  const QRectF& more = left ? moreLeft : moreRight;
  return {left ? more.right() : more.left(), more.center().y()};
}

QPointF IpcLayout::cardAnchor(ObjectId o, bool fromLeft) const {
  const QRectF r = o < cards.size() && cards[o] ? cards[o]->rect : moreObjects;
  return {fromLeft ? r.left() : r.right(), r.center().y()};
}

}  // namespace oslens::views
