#include "engine/deadlock/common/scan_records.h"

namespace oslens::engine::deadlock {

void writeProcessVector(const DeadlockNames& names, ProcessId p, std::span<const Count> vector, JsonOut& out) {
  out.beginObject();
  out.field("process", names.processes[p]);
  out.field("vector", vector);
  out.endObject();
}

}  // namespace oslens::engine::deadlock
