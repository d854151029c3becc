#include "engine/sched/workload/workload_reader.h"

#include <algorithm>
#include <map>
#include <string>

#include "engine/core/limits.h"
#include "engine/core/scenario_frame.h"

namespace oslens::engine::sched {

namespace {

// The task names seen so far (config tasks, then spawns in op order), for duplicates and for
// the renice ops that refer to them.
using TaskNames = std::map<std::string, TaskId>;

std::optional<Burst> readBurst(ObjectReader& burst) {
  const bool cpu = burst.has("cpu_ns");
  const bool io = burst.has("io_ns");
  if (cpu && io) {
    burst.errors().add(burst.pointer(), ErrorCode::Conflict, {"cpu_ns", "io_ns"});
    burst.optional("cpu_ns");
    burst.optional("io_ns");
    return std::nullopt;
  }
  const char* key = io ? "io_ns" : "cpu_ns";  // neither: report "cpu_ns" as the missing one
  auto ns = burst.integer(key, 1, limits::kMaxDurationNs);
  burst.finish();
  if (!ns) return std::nullopt;
  return Burst{io ? Burst::Kind::Io : Burst::Kind::Cpu, *ns};
}

std::optional<std::vector<Burst>> readBursts(const Json& value, const std::string& pointer, std::size_t& totalBursts,
                                             ValidationErrors& errors) {
  if (!expectArray(value, pointer, limits::kMaxBurstsPerTask, errors)) return std::nullopt;
  if (value.empty()) {
    errors.add(pointer, ErrorCode::OutOfRange, {"0", "1", std::to_string(limits::kMaxBurstsPerTask)});
    return std::nullopt;
  }
  totalBursts += value.size();
  if (totalBursts > limits::kMaxBursts) {
    errors.add(pointer, ErrorCode::TooMany, {std::to_string(totalBursts), std::to_string(limits::kMaxBursts)});
    return std::nullopt;
  }
  std::vector<Burst> bursts;
  bursts.reserve(value.size());
  bool ok = true;
  for (std::size_t i = 0; i < value.size() && !errors.full(); ++i) {
    ObjectReader burst(value[i], childPointer(pointer, i), errors);
    if (!burst.isObject()) {
      ok = false;
      continue;
    }
    auto read = readBurst(burst);
    if (read) bursts.push_back(*read);
    else ok = false;
  }
  return ok ? std::optional(std::move(bursts)) : std::nullopt;
}

// One task object. A spawned task arrives at its op's at_ns, so it has no arrival_ns.
std::optional<TaskSpec> readTask(ObjectReader& task, bool spawned, std::size_t& totalBursts) {
  ValidationErrors& errors = task.errors();
  TaskSpec spec;
  spec.spawned = spawned;
  auto name = task.text("name");
  auto nice = task.integer("nice", kMinNice, kMaxNice, 0);
  bool arrivalOk = true;
  if (spawned && task.has("arrival_ns")) {
    task.optional("arrival_ns");
    errors.add(task.pointerTo("arrival_ns"), ErrorCode::Conflict, {"arrival_ns", "at_ns"});
    arrivalOk = false;
  } else if (!spawned) {
    const auto arrival = task.integer("arrival_ns", 0, limits::kMaxDurationNs, 0);
    if (arrival) spec.arrivalNs = *arrival;
    arrivalOk = arrival.has_value();
  }
  auto cpuBound = task.boolean("cpu_bound", false);
  auto repeat = task.boolean("repeat", false);
  const Json* bursts = task.optional("bursts");
  bool ok = name && nice && arrivalOk && cpuBound && repeat;
  if (cpuBound && *cpuBound) {
    if (bursts) {
      errors.add(task.pointerTo("bursts"), ErrorCode::Conflict, {"cpu_bound", "bursts"});
      ok = false;
    }
    if (repeat && *repeat) {
      errors.add(task.pointerTo("repeat"), ErrorCode::Conflict, {"cpu_bound", "repeat"});
      ok = false;
    }
  } else if (!bursts) {
    if (task.isObject()) errors.add(task.pointer(), ErrorCode::MissingKey, {"bursts"});
    ok = false;
  } else {
    auto read = readBursts(*bursts, task.pointerTo("bursts"), totalBursts, errors);
    if (read) spec.bursts = std::move(*read);
    else ok = false;
  }
  task.finish();
  if (!ok) return std::nullopt;
  spec.name = *name;
  spec.nice = static_cast<int>(*nice);
  spec.cpuBound = *cpuBound;
  spec.repeat = *repeat;
  return spec;
}

bool addName(const std::string& name, TaskId id, const std::string& pointer, TaskNames& names, ValidationErrors& errors) {
  if (names.emplace(name, id).second) return true;
  errors.add(pointer, ErrorCode::DuplicateName, {name});
  return false;
}

bool readTasks(ObjectReader& config, Workload& workload, TaskNames& names, std::size_t& totalBursts) {
  ValidationErrors& errors = config.errors();
  const Json* value = config.required("tasks");
  if (!value) return false;
  const std::string pointer = config.pointerTo("tasks");
  if (!expectArray(*value, pointer, limits::kMaxSchedTasks, errors)) return false;
  bool ok = true;
  for (std::size_t i = 0; i < value->size() && !errors.full(); ++i) {
    ObjectReader task((*value)[i], childPointer(pointer, i), errors);
    if (!task.isObject()) {
      ok = false;
      continue;
    }
    auto spec = readTask(task, false, totalBursts);
    if (!spec) {
      ok = false;
      continue;
    }
    ok = addName(spec->name, static_cast<TaskId>(workload.tasks.size()), task.pointerTo("name"), names, errors) && ok;
    workload.tasks.push_back(std::move(*spec));
  }
  return ok;
}

std::optional<WorkloadOp> readOp(ObjectReader& op, Workload& workload, TaskNames& names, std::size_t& totalBursts) {
  ValidationErrors& errors = op.errors();
  auto at = op.integer("at_ns", 0, limits::kMaxDurationNs);
  const bool renice = op.has("renice");
  const bool spawn = op.has("spawn");
  if (renice == spawn) {
    if (renice) errors.add(op.pointer(), ErrorCode::Conflict, {"renice", "spawn"});
    else errors.add(op.pointer(), ErrorCode::MissingKey, {"renice"});
    op.optional("renice");
    op.optional("spawn");
    op.finish();
    return std::nullopt;
  }
  if (renice) {
    ObjectReader body(*op.optional("renice"), op.pointerTo("renice"), errors);
    auto task = body.text("task");
    auto nice = body.integer("nice", kMinNice, kMaxNice);
    body.finish();
    op.finish();
    if (!body.isObject() || !task || !nice || !at) return std::nullopt;
    auto found = names.find(*task);
    if (found == names.end()) {
      errors.add(body.pointerTo("task"), ErrorCode::UnknownName, {*task, "task"});
      return std::nullopt;
    }
    return ReniceOp{*at, found->second, static_cast<int>(*nice)};
  }
  ObjectReader body(*op.optional("spawn"), op.pointerTo("spawn"), errors);
  op.finish();
  if (!body.isObject()) return std::nullopt;
  if (workload.tasks.size() >= limits::kMaxSchedTasks) {
    errors.add(op.pointerTo("spawn"), ErrorCode::TooMany,
               {std::to_string(workload.tasks.size() + 1), std::to_string(limits::kMaxSchedTasks)});
    return std::nullopt;
  }
  auto spec = readTask(body, true, totalBursts);
  if (!spec || !at) return std::nullopt;
  const auto id = static_cast<TaskId>(workload.tasks.size());
  if (!addName(spec->name, id, body.pointerTo("name"), names, errors)) return std::nullopt;
  spec->arrivalNs = *at;
  workload.tasks.push_back(std::move(*spec));
  return SpawnOp{*at, id};
}

bool readOps(ObjectReader& top, Workload& workload, TaskNames& names, std::size_t& totalBursts) {
  ValidationErrors& errors = top.errors();
  const Json* value = top.optional("ops");
  if (!value) return true;
  if (!expectArray(*value, "/ops", limits::kMaxOps, errors)) return false;
  bool ok = true;
  Nanoseconds previous = 0;
  for (std::size_t i = 0; i < value->size() && !errors.full(); ++i) {
    ObjectReader op((*value)[i], childPointer("/ops", i), errors);
    if (!op.isObject()) {
      ok = false;
      continue;
    }
    auto read = readOp(op, workload, names, totalBursts);
    if (!read) {
      ok = false;
      continue;
    }
    const Nanoseconds at = opTime(*read);
    if (at < previous) {
      errors.add(op.pointerTo("at_ns"), ErrorCode::OutOfOrder, {std::to_string(at), std::to_string(previous)});
      ok = false;
    }
    previous = std::max(previous, at);
    workload.ops.push_back(*read);
  }
  return ok;
}

}  // namespace

Nanoseconds latestEndNs(const Workload& workload) {
  constexpr Nanoseconds kCap = limits::kMaxDurationNs + 1;
  Nanoseconds total = 0;
  for (const TaskSpec& task : workload.tasks) total = std::max(total, task.arrivalNs);
  for (const TaskSpec& task : workload.tasks)
    for (const Burst& burst : task.bursts) {
      total = std::min(kCap, total + burst.ns);  // both terms stay below 2 * 10^15: no overflow
      if (total == kCap) return total;
    }
  return total;
}

std::optional<Workload> readWorkload(ObjectReader& config, ObjectReader& top) {
  ValidationErrors& errors = config.errors();
  Workload workload;
  TaskNames names;
  std::size_t totalBursts = 0;
  auto until = config.integer("until_ns", 1, limits::kMaxDurationNs, 0);
  bool ok = readTasks(config, workload, names, totalBursts);
  ok = readOps(top, workload, names, totalBursts) && ok;
  if (!until) return std::nullopt;
  if (*until > 0) workload.untilNs = *until;
  if (!ok) return std::nullopt;

  if (workload.tasks.empty()) {
    errors.add(config.pointerTo("tasks"), ErrorCode::OutOfRange, {"0", "1", std::to_string(limits::kMaxSchedTasks)});
    return std::nullopt;
  }
  if (!workload.untilNs) {
    for (const TaskSpec& task : workload.tasks) {
      if (!task.runsForever()) continue;
      errors.add(config.pointerTo("until_ns"), ErrorCode::HorizonRequired, {task.name});
      return std::nullopt;
    }
    if (latestEndNs(workload) > limits::kMaxDurationNs) {
      errors.add(config.pointerTo("tasks"), ErrorCode::RunTooLong, {std::to_string(limits::kMaxDurationNs), "ns"});
      return std::nullopt;
    }
  }
  return workload;
}

std::optional<ObjectReader> openSchedConfig(ObjectReader& top) {
  auto config = openConfig(top);
  if (!config) top.optional("ops");
  return config;
}

}  // namespace oslens::engine::sched
