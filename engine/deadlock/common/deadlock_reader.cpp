#include "engine/deadlock/common/deadlock_reader.h"

#include <set>

#include "engine/core/limits.h"

namespace oslens::engine::deadlock {

ResourceList readResources(ObjectReader& config) {
  ValidationErrors& errors = config.errors();
  const Json* value = config.required("resources");
  if (!value) return {};
  const std::string pointer = config.pointerTo("resources");
  if (!expectArray(*value, pointer, limits::kMaxDeadlockResources, errors)) return {};
  if (value->empty()) {
    errors.add(pointer, ErrorCode::OutOfRange, {"0", "1", std::to_string(limits::kMaxDeadlockResources)});
    return {};
  }
  std::vector<ResourceType> out;
  std::set<std::string> names;
  bool ok = true;
  for (std::size_t i = 0; i < value->size(); ++i) {
    ObjectReader resource((*value)[i], childPointer(pointer, i), errors);
    if (!resource.isObject()) {
      ok = false;
      continue;
    }
    auto name = resource.text("name");
    auto total = resource.integer("total", 0, limits::kMaxResourceInstances);
    resource.finish();
    if (name && !names.insert(*name).second) {
      errors.add(resource.pointerTo("name"), ErrorCode::DuplicateName, {*name});
      ok = false;
    }
    if (!name || !total) ok = false;
    else out.push_back({*name, *total});
  }
  if (!ok) return {std::nullopt, value->size()};
  return {std::move(out), value->size()};
}

std::optional<ResourceVector> readResourceVector(const Json& value, const std::string& pointer,
                                                 std::optional<std::size_t> length, ValidationErrors& errors) {
  if (!expectArray(value, pointer, limits::kMaxDeadlockResources, errors)) return std::nullopt;
  bool ok = true;
  if (length && value.size() != *length) {
    errors.add(pointer, ErrorCode::WrongLength, {std::to_string(value.size()), std::to_string(*length)});
    ok = false;
  }
  ResourceVector out;
  for (std::size_t r = 0; r < value.size(); ++r) {
    auto count = readInteger(value[r], childPointer(pointer, r), 0, limits::kMaxResourceInstances, errors);
    if (count) out.push_back(*count);
    else ok = false;
  }
  return ok ? std::optional(std::move(out)) : std::nullopt;
}

std::optional<ProcessTable> readProcesses(ObjectReader& config, std::optional<std::size_t> resourceCount,
                                          const std::vector<VectorKey>& keys) {
  ValidationErrors& errors = config.errors();
  const Json* value = config.required("processes");
  if (!value) return std::nullopt;
  const std::string pointer = config.pointerTo("processes");
  if (!expectArray(*value, pointer, limits::kMaxDeadlockProcesses, errors)) return std::nullopt;
  if (value->empty()) {
    errors.add(pointer, ErrorCode::OutOfRange, {"0", "1", std::to_string(limits::kMaxDeadlockProcesses)});
    return std::nullopt;
  }
  const std::size_t columns = resourceCount.value_or(0);
  ProcessTable table;
  table.matrices.assign(keys.size(), CountMatrix(value->size(), columns));
  std::set<std::string> names;
  bool ok = true;
  for (std::size_t p = 0; p < value->size(); ++p) {
    ObjectReader process((*value)[p], childPointer(pointer, p), errors);
    if (!process.isObject()) {
      ok = false;
      continue;
    }
    auto name = process.text("name");
    if (name && !names.insert(*name).second) {
      errors.add(process.pointerTo("name"), ErrorCode::DuplicateName, {*name});
      ok = false;
    }
    if (name) table.names.push_back(*name);
    else ok = false;
    for (std::size_t k = 0; k < keys.size(); ++k) {
      const Json* vector = keys[k].required ? process.required(keys[k].key) : process.optional(keys[k].key);
      if (!vector) {
        ok = ok && !keys[k].required;
        continue;
      }
      auto counts = readResourceVector(*vector, process.pointerTo(keys[k].key), resourceCount, errors);
      if (!counts) ok = false;
      else if (resourceCount) std::copy(counts->begin(), counts->end(), table.matrices[k].row(p).begin());
    }
    process.finish();
  }
  return ok && resourceCount ? std::optional(std::move(table)) : std::nullopt;
}

ProcessNames::ProcessNames(const std::vector<std::string>& names) {
  for (std::size_t p = 0; p < names.size(); ++p) m_ids.emplace(names[p], static_cast<ProcessId>(p));
}

std::optional<ProcessId> ProcessNames::read(const Json& value, const std::string& pointer, ValidationErrors& errors) const {
  auto name = readText(value, pointer, errors);
  if (!name) return std::nullopt;
  auto it = m_ids.find(*name);
  if (it == m_ids.end()) {
    errors.add(pointer, ErrorCode::UnknownName, {*name, "process"});
    return std::nullopt;
  }
  return it->second;
}

std::optional<ProcessVector> readProcessVector(const Json& value, const std::string& pointer, const ProcessNames& names,
                                               std::size_t resourceCount, ValidationErrors& errors) {
  ObjectReader reader(value, pointer, errors);
  if (!reader.isObject()) return std::nullopt;
  std::optional<ProcessId> process;
  if (const Json* name = reader.required("process")) process = names.read(*name, reader.pointerTo("process"), errors);
  std::optional<ResourceVector> vector;
  if (const Json* counts = reader.required("vector"))
    vector = readResourceVector(*counts, reader.pointerTo("vector"), resourceCount, errors);
  reader.finish();
  if (!process || !vector) return std::nullopt;
  return ProcessVector{*process, std::move(*vector)};
}

bool checkTotals(const std::vector<ResourceType>& resources, const CountMatrix& allocation,
                 const std::string& resourcesPointer, ValidationErrors& errors) {
  bool ok = true;
  for (std::size_t r = 0; r < resources.size(); ++r) {
    Count sum = 0;
    for (std::size_t p = 0; p < allocation.rows(); ++p) sum += allocation.at(p, r);
    if (sum > resources[r].total) {
      errors.add(childPointer(childPointer(resourcesPointer, r), "total"), ErrorCode::OverAllocated,
                 {std::to_string(sum), std::to_string(resources[r].total)});
      ok = false;
    }
  }
  return ok;
}

}  // namespace oslens::engine::deadlock
