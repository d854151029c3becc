#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/json_reader.h"
#include "engine/deadlock/common/deadlock_types.h"
#include "engine/deadlock/common/process_vector_op.h"

// Reading the parts of a scenario that the banker and detection modules share
// (docs/scenarios.md, modules "banker" and "deadlock"). Every problem goes to the errors with its
// JSON pointer; nothing read is trusted before it is checked.
namespace oslens::engine::deadlock {

// "resources": [{"name", "total"}], 1 to kMaxDeadlockResources of them with distinct names.
struct ResourceList {
  std::optional<std::vector<ResourceType>> types;  // none if any entry had an error
  // The array's length whenever it is a usable array, even with a bad entry: the processes'
  // vectors are still checked against it, so one mistake does not hide the others.
  std::optional<std::size_t> count;
};
ResourceList readResources(ObjectReader& config);

// An array of exactly `length` counts, each 0 to kMaxResourceInstances. Without a known
// length (the resources had errors) only the counts are checked.
std::optional<ResourceVector> readResourceVector(const Json& value, const std::string& pointer,
                                                 std::optional<std::size_t> length, ValidationErrors& errors);

// "processes": [{"name", <vector keys>}]: the names and one matrix per key, in the order of
// `keys`. A key not given reads as zeros unless it is required.
struct VectorKey {
  std::string_view key;
  bool required = true;
};
struct ProcessTable {
  std::vector<std::string> names;
  std::vector<CountMatrix> matrices;
};
std::optional<ProcessTable> readProcesses(ObjectReader& config, std::optional<std::size_t> resourceCount,
                                          const std::vector<VectorKey>& keys);

// Names to ids, for ops that name a process.
class ProcessNames {
 public:
  ProcessNames() = default;
  explicit ProcessNames(const std::vector<std::string>& names);
  // A string naming a process; UnknownName otherwise.
  std::optional<ProcessId> read(const Json& value, const std::string& pointer, ValidationErrors& errors) const;

 private:
  std::map<std::string, ProcessId, std::less<>> m_ids;
};

// {"process": NAME, "vector": [..]}, the argument of request, release and preempt ops.
std::optional<ProcessVector> readProcessVector(const Json& value, const std::string& pointer, const ProcessNames& names,
                                               std::size_t resourceCount, ValidationErrors& errors);

// Column sums of `allocation` above a resource's total: OverAllocated at that resource's
// "total" (`resourcesPointer` is "/config/resources").
bool checkTotals(const std::vector<ResourceType>& resources, const CountMatrix& allocation,
                 const std::string& resourcesPointer, ValidationErrors& errors);

}  // namespace oslens::engine::deadlock
