#include "views/ipc/ipc_object_text.h"

#include "engine/core/overloaded.h"
#include "views/core/sentences.h"
#include "views/ipc/ipc_narrator.h"

namespace oslens::views {

using namespace engine::ipc;

QString IpcObjectText::contents(const IpcState& s, ObjectId o) {
  return std::visit(
      engine::Overloaded{
          [&](const PipeObject& x) {
            const auto& ring = x.ring;
            QString text = ring.geometry().model == PipeModel::Linux
                               ? tr("%1 of %2 in %3 of %4 slots").arg(IpcNarrator::bytesText(ring.buffered()), IpcNarrator::bytesText(ring.capacity())).arg(ring.slotsUsed()).arg(ring.slotCount())
                               : tr("%1 of %2").arg(IpcNarrator::bytesText(ring.buffered()), IpcNarrator::bytesText(ring.capacity()));
            if (ring.buffered() > 0 && ring.buffered() <= 64) text = tr("%1: %2").arg(text, IpcNarrator::quoted(ring.contents(), 16));
            return text;
          },
          [&](const PosixQueueObject& x) {
            QStringList messages;
            for (const PosixMessage& m : x.queue.messages()) messages << QStringLiteral("%1·%2").arg(m.priority).arg(IpcNarrator::quoted(m.data, 8));
            const QString count = tr("%1 of %2 messages").arg(x.queue.messages().size()).arg(x.queue.maxMessages());
            return messages.isEmpty() ? count : tr("%1: %2").arg(count, messages.mid(0, 4).join(QStringLiteral(" ")));
          },
          [&](const SysvQueueObject& x) {
            QStringList messages;
            for (const SysvMessage& m : x.queue.messages()) messages << QStringLiteral("%1·%2").arg(m.type).arg(IpcNarrator::quoted(m.data, 8));
            const QString count = tr("%1 messages, %2 of %3").arg(x.queue.messages().size()).arg(IpcNarrator::bytesText(x.queue.bytes()), IpcNarrator::bytesText(x.queue.maxBytes()));
            return messages.isEmpty() ? count : tr("%1: %2").arg(count, messages.mid(0, 4).join(QStringLiteral(" ")));
          },
          [&](const SemaphoreObject& x) { return tr("value %1").arg(x.semaphore.value()); },
          [&](const SharedMemoryObject& x) {
            QStringList cells;
            for (std::size_t i = 0; i < x.cells.size() && i < 6; ++i) cells << QStringLiteral("[%1] = %2").arg(i).arg(x.cells[i]);
            if (x.cells.size() > 6) cells << QStringLiteral("…");
            return cells.join(QStringLiteral("  "));
          }},
      s.objects[o]);
}

const std::deque<ProcessId>& IpcObjectText::waitQueue(const IpcState& s, ObjectId o) {
  static const std::deque<ProcessId> kNone;
  return std::visit(engine::Overloaded{[](const PipeObject& x) -> const std::deque<ProcessId>& { return x.waiting; },
                                       [](const PosixQueueObject& x) -> const std::deque<ProcessId>& { return x.waiting; },
                                       [](const SysvQueueObject& x) -> const std::deque<ProcessId>& { return x.waiting; },
                                       [](const SemaphoreObject& x) -> const std::deque<ProcessId>& { return x.semaphore.waiting(); },
                                       [](const SharedMemoryObject&) -> const std::deque<ProcessId>& { return kNone; }},
                    s.objects[o]);
}

QString IpcObjectText::waiters(const IpcState& s, ObjectId o) {
  QStringList names;
  for (ProcessId p : waitQueue(s, o)) names << IpcNarrator::processName(s, p);
  return names.isEmpty() ? QStringLiteral("—") : listText(names);
}

QString IpcObjectText::settings(const IpcState& s, ObjectId o) {
  const ObjectSpec& spec = s.setup->objects[o];
  return std::visit(engine::Overloaded{
                        [&](const PipeSpec& x) {
                          return x.geometry.model == PipeModel::Linux
                                     ? tr("Linux page slots of %1, PIPE_BUF %2").arg(IpcNarrator::bytesText(x.geometry.page)).arg(x.pipeBuf)
                                     : tr("capacity %1, PIPE_BUF %2").arg(IpcNarrator::bytesText(x.geometry.capacity)).arg(x.pipeBuf);
                        },
                        [&](const PosixQueueSpec& x) { return tr("at most %1 messages of %2").arg(x.maxMessages).arg(IpcNarrator::bytesText(x.messageSize)); },
                        [&](const SysvQueueSpec& x) { return tr("max_bytes %1").arg(x.maxBytes); },
                        [&](const SemaphoreSpec& x) {
                          return s.setup->semaphores == SemaphoreRule::Textbook ? tr("textbook rule, starts at %1").arg(x.value)
                                                                                : tr("POSIX rule, starts at %1").arg(x.value);
                        },
                        [&](const SharedMemorySpec& x) { return x.cells == 1 ? tr("1 cell") : tr("%1 cells").arg(x.cells); }},
                    spec);
}

}  // namespace oslens::views
