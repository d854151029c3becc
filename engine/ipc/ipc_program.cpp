#include "engine/ipc/ipc_program.h"

#include "engine/core/overloaded.h"

namespace oslens::engine::ipc {

std::optional<ObjectId> objectOf(const Action& a) {
  return std::visit(Overloaded{[](const WriteAction& x) -> std::optional<ObjectId> { return x.pipe; },
                               [](const ReadAction& x) -> std::optional<ObjectId> { return x.pipe; },
                               [](const CloseAction& x) -> std::optional<ObjectId> { return x.pipe; },
                               [](const SetSizeAction& x) -> std::optional<ObjectId> { return x.pipe; },
                               [](const OpenAction& x) -> std::optional<ObjectId> { return x.fifo; },
                               [](const MqSendAction& x) -> std::optional<ObjectId> { return x.queue; },
                               [](const MqReceiveAction& x) -> std::optional<ObjectId> { return x.queue; },
                               [](const MsgSendAction& x) -> std::optional<ObjectId> { return x.queue; },
                               [](const MsgReceiveAction& x) -> std::optional<ObjectId> { return x.queue; },
                               [](const SemAction& x) -> std::optional<ObjectId> { return x.semaphore; },
                               [](const LoadAction& x) -> std::optional<ObjectId> { return x.shm; },
                               [](const StoreAction& x) -> std::optional<ObjectId> { return x.shm; },
                               [](const auto&) -> std::optional<ObjectId> { return std::nullopt; }},
                    a);
}

}  // namespace oslens::engine::ipc
