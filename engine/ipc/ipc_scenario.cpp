#include "engine/ipc/ipc_scenario.h"

#include <bit>
#include <cstdio>
#include <limits>
#include <unordered_map>

#include "engine/core/limits.h"
#include "engine/core/name_table.h"
#include "engine/core/scenario_frame.h"
#include "engine/ipc/ipc_schedule.h"

namespace oslens::engine::ipc {

namespace {
constexpr std::int64_t kMaxBuffer = limits::kMaxIpcBufferBytes;

// The objects by name, with their kinds, for the programs to refer to.
class ObjectNames {
 public:
  explicit ObjectNames(const std::vector<ObjectSpec>& objects) : m_objects(objects) {
    for (ObjectId o = 0; o < objects.size(); ++o) m_ids.emplace(objectName(objects[o]), o);
  }
  // The object `name` if it is one of `kinds` ("pipe" also takes a FIFO: both are read and
  // written alike); otherwise UnknownName or WrongKind at `pointer`.
  std::optional<ObjectId> find(const std::string& name, const std::string& pointer, std::initializer_list<std::string_view> kinds,
                               ValidationErrors& errors) const {
    const auto it = m_ids.find(name);
    if (it == m_ids.end()) {
      errors.add(pointer, ErrorCode::UnknownName, {name, "object"});
      return std::nullopt;
    }
    const std::string_view kind = objectKindKey(m_objects[it->second]);
    for (std::string_view k : kinds)
      if (k == kind || (k == "pipe" && kind == "fifo")) return it->second;
    errors.add(pointer, ErrorCode::WrongKind, {name, std::string(kind), std::string(*kinds.begin())});
    return std::nullopt;
  }
  std::uint64_t cells(ObjectId o) const { return std::get<SharedMemorySpec>(m_objects[o]).cells; }
  std::int64_t messageSize(ObjectId o) const { return static_cast<std::int64_t>(std::get<PosixQueueSpec>(m_objects[o]).messageSize); }

 private:
  const std::vector<ObjectSpec>& m_objects;
  std::unordered_map<std::string, ObjectId> m_ids;
};

// A name: text with at least one character.
std::optional<std::string> readName(const Json& value, const std::string& pointer, ValidationErrors& errors) {
  auto name = readText(value, pointer, errors);
  if (name && name->empty()) {
    errors.add(pointer, ErrorCode::EmptyText);
    return std::nullopt;
  }
  return name;
}

// A pipe's or a message's text: printable ASCII, so that every byte is one character in a cell.
std::optional<std::string> readData(const Json& value, const std::string& pointer, ValidationErrors& errors) {
  auto data = readText(value, pointer, errors);
  if (!data) return std::nullopt;
  if (data->size() > static_cast<std::size_t>(kMaxBuffer)) {
    errors.add(pointer, ErrorCode::TooLong, {std::to_string(data->size()), std::to_string(kMaxBuffer)});
    return std::nullopt;
  }
  for (std::size_t i = 0; i < data->size(); ++i) {
    const auto c = static_cast<unsigned char>((*data)[i]);
    if (c >= 0x20 && c < 0x7f) continue;
    // The code point for the message: decode the UTF-8 sequence the byte starts (or the byte).
    std::uint32_t code = c;
    const int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    if (extra > 0 && i + extra < data->size() + 0) {
      code = c & (0x3f >> extra);
      for (int k = 1; k <= extra && i + k < data->size(); ++k) code = (code << 6) | (static_cast<unsigned char>((*data)[i + k]) & 0x3f);
    }
    char text[16];
    std::snprintf(text, sizeof text, "U+%04X", code);
    errors.add(pointer, ErrorCode::NotText, {text});
    return std::nullopt;
  }
  return data;
}

// "data": text, or "bytes": N of filler (the process's initial, so two writers' bytes differ).
std::optional<std::string> readPayload(ObjectReader& call, const std::string& processName) {
  const bool hasData = call.has("data"), hasBytes = call.has("bytes");
  if (hasData && hasBytes) {
    call.optional("bytes");
    call.errors().add(call.pointerTo("bytes"), ErrorCode::Conflict, {"bytes", "data"});
    call.optional("data");
    return std::nullopt;
  }
  if (hasBytes) {
    const auto n = call.integer("bytes", 1, kMaxBuffer);
    if (!n) return std::nullopt;
    const char initial = static_cast<unsigned char>(processName[0]) >= 0x20 && static_cast<unsigned char>(processName[0]) < 0x7f ? processName[0] : 'x';
    return std::string(static_cast<std::size_t>(*n), initial);
  }
  const Json* data = call.required("data");
  return data ? readData(*data, call.pointerTo("data"), call.errors()) : std::nullopt;
}

std::optional<PipeGeometry> readGeometry(ObjectReader& o) {
  PipeGeometry g;
  const auto model = o.choice("model", {"bytes", "linux"}, std::string("bytes"));
  if (!model) return std::nullopt;
  g.model = *model == "linux" ? PipeModel::Linux : PipeModel::Bytes;
  if (g.model == PipeModel::Bytes && o.has("page_size")) {
    o.errors().add(o.pointerTo("page_size"), ErrorCode::NotWith, {"page_size", o.optional("page_size")->dump(), "model", "bytes"});
    return std::nullopt;
  }
  const auto page = g.model == PipeModel::Linux ? o.integer("page_size", 8, 65536, 4096) : std::optional<std::int64_t>(4096);
  const auto capacity = o.integer("capacity", 1, kMaxBuffer, 65536);
  if (!page || !capacity) return std::nullopt;
  g.page = static_cast<std::uint64_t>(*page);
  g.capacity = static_cast<std::uint64_t>(*capacity);
  if (g.model == PipeModel::Linux) {
    // fs/pipe.c: a pipe is a power-of-two number of pages (round_pipe_size), at least one.
    if (!std::has_single_bit(g.page)) {
      o.errors().add(o.pointerTo("page_size"), ErrorCode::NotPowerOfTwo, {std::to_string(g.page)});
      return std::nullopt;
    }
    if (!std::has_single_bit(g.capacity) || g.capacity < g.page) {
      o.errors().add(o.pointerTo("capacity"), std::has_single_bit(g.capacity) ? ErrorCode::NotAligned : ErrorCode::NotPowerOfTwo,
                     {std::to_string(g.capacity), std::to_string(g.page)});
      return std::nullopt;
    }
  }
  return g;
}

struct PendingEnds {
  std::optional<std::vector<std::pair<std::string, std::string>>> readers, writers;  // name, pointer
};

std::optional<std::vector<std::pair<std::string, std::string>>> readNameList(ObjectReader& o, std::string_view key, bool& ok) {
  const Json* list = o.optional(key);
  if (!list) return std::nullopt;
  const std::string pointer = o.pointerTo(key);
  std::vector<std::pair<std::string, std::string>> out;
  if (!expectArray(*list, pointer, limits::kMaxIpcProcesses, o.errors())) {
    ok = false;
    return out;
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string at = childPointer(pointer, i);
    if (auto name = readName((*list)[i], at, o.errors())) out.emplace_back(*name, at);
    else ok = false;
  }
  return out;
}

std::optional<ObjectSpec> readObject(ObjectReader& o, PendingEnds& ends) {
  auto kind = readSingleOpKey(o, {"pipe", "fifo", "mq", "msgq", "semaphore", "shm"});
  if (!kind) return std::nullopt;
  ValidationErrors& errors = o.errors();
  auto name = readName(*kind->value, kind->pointer, errors);
  if (kind->key == "pipe" || kind->key == "fifo") {
    PipeSpec spec;
    spec.fifo = kind->key == "fifo";
    const auto geometry = readGeometry(o);
    const auto pipeBuf = o.integer("pipe_buf", 1, kMaxBuffer, std::min<std::int64_t>(4096, geometry ? geometry->capacity : 4096));
    const auto maxSize = o.integer("pipe_max_size", 4096, kMaxBuffer, 1048576);
    bool ok = true;
    if (!spec.fifo) {
      ends.readers = readNameList(o, "readers", ok);
      ends.writers = readNameList(o, "writers", ok);
    }
    if (!name || !geometry || !pipeBuf || !maxSize || !ok) return std::nullopt;
    // A write of PIPE_BUF bytes or fewer waits until all of it fits: more than the pipe holds never would.
    if (static_cast<std::uint64_t>(*pipeBuf) > geometry->capacity) {
      errors.add(o.pointerTo("pipe_buf"), ErrorCode::AboveLimit, {std::to_string(*pipeBuf), "capacity", std::to_string(geometry->capacity)});
      return std::nullopt;
    }
    spec.name = *name;
    spec.geometry = *geometry;
    spec.pipeBuf = static_cast<std::uint64_t>(*pipeBuf);
    spec.maxSize = static_cast<std::uint64_t>(*maxSize);
    return spec;
  }
  if (kind->key == "mq") {
    const auto maxMessages = o.integer("max_messages", 1, limits::kMaxIpcMessages, 10);
    const auto messageSize = o.integer("message_size", 1, kMaxBuffer, 8192);
    if (!name || !maxMessages || !messageSize) return std::nullopt;
    return PosixQueueSpec{*name, static_cast<std::uint64_t>(*maxMessages), static_cast<std::uint64_t>(*messageSize)};
  }
  if (kind->key == "msgq") {
    const auto maxBytes = o.integer("max_bytes", 1, kMaxBuffer, 16384);
    if (!name || !maxBytes) return std::nullopt;
    return SysvQueueSpec{*name, static_cast<std::uint64_t>(*maxBytes)};
  }
  if (kind->key == "semaphore") {
    const auto value = o.integer("value", 0, Semaphore::kValueMax, 0);
    if (!name || !value) return std::nullopt;
    return SemaphoreSpec{*name, *value};
  }
  const auto cells = o.integer("bytes", 1, limits::kMaxIpcSharedCells, 1);
  if (!name || !cells) return std::nullopt;
  return SharedMemorySpec{*name, static_cast<std::uint64_t>(*cells)};
}

// What one process's program may do to the run's length: its steps (a compute of N is N) and
// the bytes its writes and sends carry.
struct ProgramCost {
  std::uint64_t steps = 0;
  std::uint64_t bytes = 0;
};

class ActionReader {
 public:
  ActionReader(const ObjectNames& objects, const std::string& processName, NameTable& registers)
      : m_objects(objects), m_process(processName), m_registers(registers) {}

  std::optional<Action> read(ObjectReader& op, ProgramCost& cost) {
    auto given = readSingleOpKey(op, {"write", "read", "close", "set_size", "open", "mq_send", "mq_receive", "msgsnd", "msgrcv",
                                      "sem_wait", "sem_trywait", "sem_post", "load", "add", "store", "compute", "exit"});
    if (!given) return std::nullopt;
    ValidationErrors& errors = op.errors();
    const std::string_view key = given->key;
    cost.steps += 1;
    if (key == "sem_wait" || key == "sem_trywait" || key == "sem_post") {
      const auto name = readName(*given->value, given->pointer, errors);
      const auto sem = name ? m_objects.find(*name, given->pointer, {"semaphore"}, errors) : std::nullopt;
      if (!sem) return std::nullopt;
      return SemAction{*sem, key == "sem_wait" ? SemOp::Wait : key == "sem_trywait" ? SemOp::TryWait : SemOp::Post};
    }
    if (key == "compute") {
      const auto n = readInteger(*given->value, given->pointer, 1, limits::kMaxIpcRepeat, errors);
      if (!n) return std::nullopt;
      cost.steps += static_cast<std::uint64_t>(*n) - 1;
      return ComputeAction{static_cast<std::uint64_t>(*n)};
    }
    if (key == "exit") {
      const auto yes = readBoolean(*given->value, given->pointer, errors);
      if (!yes) return std::nullopt;
      if (!*yes) {
        errors.add(given->pointer, ErrorCode::UnknownChoice, {"false", "true", "true"});
        return std::nullopt;
      }
      return ExitAction{};
    }
    ObjectReader call(*given->value, given->pointer, errors);
    if (!call.isObject()) return std::nullopt;
    auto action = readCall(key, call, cost);
    call.finish();
    return action;
  }

 private:
  std::optional<ObjectId> object(ObjectReader& call, std::string_view key, std::initializer_list<std::string_view> kinds) {
    const Json* value = call.required(key);
    if (!value) return std::nullopt;
    const auto name = readName(*value, call.pointerTo(key), call.errors());
    return name ? m_objects.find(*name, call.pointerTo(key), kinds, call.errors()) : std::nullopt;
  }
  std::optional<RegisterId> reg(ObjectReader& call, std::string_view key) {
    const Json* value = call.required(key);
    if (!value) return std::nullopt;
    const auto name = readName(*value, call.pointerTo(key), call.errors());
    if (!name) return std::nullopt;
    if (!m_registers.find(*name) && m_registers.size() >= limits::kMaxIpcRegisters) {
      call.errors().add(call.pointerTo(key), ErrorCode::TooMany, {std::to_string(m_registers.size() + 1), std::to_string(limits::kMaxIpcRegisters)});
      return std::nullopt;
    }
    return m_registers.intern(*name);
  }
  // An offset into a shared memory segment: within its cells.
  std::optional<std::uint64_t> offset(ObjectReader& call, const std::optional<ObjectId>& shm) {
    const auto cells = shm ? m_objects.cells(*shm) : limits::kMaxIpcSharedCells;
    const auto at = call.integer("offset", 0, static_cast<std::int64_t>(cells) - 1, 0);
    return at ? std::optional<std::uint64_t>(static_cast<std::uint64_t>(*at)) : std::nullopt;
  }

  std::optional<Action> readCall(std::string_view key, ObjectReader& call, ProgramCost& cost) {
    if (key == "write") {
      const auto pipe = object(call, "pipe", {"pipe"});
      const auto data = readPayload(call, m_process);
      const auto nonblock = call.boolean("nonblock", false);
      if (!pipe || !data || !nonblock) return std::nullopt;
      cost.bytes += data->size();
      return WriteAction{*pipe, *data, *nonblock};
    }
    if (key == "read") {
      const auto pipe = object(call, "pipe", {"pipe"});
      const auto bytes = call.integer("bytes", 1, kMaxBuffer);
      const auto nonblock = call.boolean("nonblock", false);
      if (!pipe || !bytes || !nonblock) return std::nullopt;
      return ReadAction{*pipe, static_cast<std::uint64_t>(*bytes), *nonblock};
    }
    if (key == "close") {
      const auto pipe = object(call, "pipe", {"pipe"});
      const auto end = call.choice("end", {"read", "write"});
      if (!pipe || !end) return std::nullopt;
      return CloseAction{*pipe, *end == "read" ? PipeEnd::Read : PipeEnd::Write};
    }
    if (key == "set_size") {
      const auto pipe = object(call, "pipe", {"pipe"});
      const auto bytes = call.integer("bytes", 1, kMaxBuffer);
      if (!pipe || !bytes) return std::nullopt;
      return SetSizeAction{*pipe, static_cast<std::uint64_t>(*bytes)};
    }
    if (key == "open") {
      const auto fifo = object(call, "fifo", {"fifo"});
      const auto mode = call.choice("mode", {"r", "w"});
      const auto nonblock = call.boolean("nonblock", false);
      if (!fifo || !mode || !nonblock) return std::nullopt;
      return OpenAction{*fifo, *mode == "r" ? PipeEnd::Read : PipeEnd::Write, *nonblock};
    }
    if (key == "mq_send") {
      const auto queue = object(call, "queue", {"mq"});
      const auto data = readPayload(call, m_process);
      // Checked when it runs: MQ_PRIO_MAX and above is EINVAL (mq_send(3)), a run-time error.
      const auto priority = call.integer("priority", 0, 1'000'000, 0);
      const auto nonblock = call.boolean("nonblock", false);
      if (!queue || !data || !priority || !nonblock) return std::nullopt;
      cost.bytes += data->size();
      return MqSendAction{*queue, *data, static_cast<std::uint64_t>(*priority), *nonblock};
    }
    if (key == "mq_receive") {
      const auto queue = object(call, "queue", {"mq"});
      const auto buffer = call.integer("buffer", 1, kMaxBuffer, queue ? std::optional<std::int64_t>(m_objects.messageSize(*queue)) : 8192);
      const auto nonblock = call.boolean("nonblock", false);
      if (!queue || !buffer || !nonblock) return std::nullopt;
      return MqReceiveAction{*queue, static_cast<std::uint64_t>(*buffer), *nonblock};
    }
    if (key == "msgsnd") {
      const auto queue = object(call, "queue", {"msgq"});
      // Checked when it runs: a type below 1 is EINVAL (msgop(2)).
      const auto type = call.integer("type", -1'000'000'000, 1'000'000'000, 1);
      const auto data = readPayload(call, m_process);
      const auto nowait = call.boolean("nowait", false);
      if (!queue || !type || !data || !nowait) return std::nullopt;
      cost.bytes += data->size();
      return MsgSendAction{*queue, *type, *data, *nowait};
    }
    if (key == "msgrcv") {
      const auto queue = object(call, "queue", {"msgq"});
      const auto type = call.integer("type", -1'000'000'000, 1'000'000'000, 0);
      const auto except = call.boolean("except", false);
      const auto nowait = call.boolean("nowait", false);
      if (!queue || !type || !except || !nowait) return std::nullopt;
      return MsgReceiveAction{*queue, *type, *except, *nowait};
    }
    if (key == "load" || key == "store") {
      const auto shm = object(call, "shm", {"shm"});
      const auto at = offset(call, shm);
      const auto r = reg(call, key == "load" ? "into" : "from");
      if (!shm || !at || !r) return std::nullopt;
      if (key == "load") return LoadAction{*shm, *at, *r};
      return StoreAction{*shm, *at, *r};
    }
    // add
    const auto r = reg(call, "reg");
    const auto value = call.integer("value", -1'000'000'000, 1'000'000'000, 1);
    if (!r || !value) return std::nullopt;
    return AddAction{*r, *value};
  }

  const ObjectNames& m_objects;
  const std::string& m_process;
  NameTable& m_registers;
};


// Default ends of a pipe: the processes whose programs read (or close the read end of) it hold
// its read end, those that write (or close the write end, or resize it) its write end.
void defaultEnds(const IpcSetup& setup, ObjectId pipe, std::vector<ProcessId>& readers, std::vector<ProcessId>& writers) {
  for (ProcessId p = 0; p < setup.processes.size(); ++p) {
    bool reads = false, writes = false, resizes = false;
    for (const Action& a : setup.processes[p].program) {
      if (const auto* r = std::get_if<ReadAction>(&a); r && r->pipe == pipe) reads = true;
      if (const auto* w = std::get_if<WriteAction>(&a); w && w->pipe == pipe) writes = true;
      if (const auto* c = std::get_if<CloseAction>(&a); c && c->pipe == pipe) (c->end == PipeEnd::Read ? reads : writes) = true;
      if (const auto* z = std::get_if<SetSizeAction>(&a); z && z->pipe == pipe) resizes = true;
    }
    // fcntl(F_SETPIPE_SZ) needs a descriptor of either end; one that only resizes gets the write end.
    if (resizes && !reads) writes = true;
    if (reads) readers.push_back(p);
    if (writes) writers.push_back(p);
  }
}

struct ScheduleRead {
  Schedule schedule;
  bool ok = true;
};

ScheduleRead readSchedule(ObjectReader& config, const NameTable& processes) {
  ScheduleRead out;
  ValidationErrors& errors = config.errors();
  const Json* given = config.optional("schedule");
  std::string kindName = "rr";
  if (given && given->is_array()) {
    kindName = "list";
    const std::string pointer = config.pointerTo("schedule");
    out.schedule.kind = ScheduleKind::Explicit;
    if (!expectArray(*given, pointer, limits::kMaxIpcSteps, errors)) out.ok = false;
    else if (given->empty()) errors.add(pointer, ErrorCode::EmptyList), out.ok = false;
    else
      for (std::size_t i = 0; i < given->size(); ++i) {
        const std::string at = childPointer(pointer, i);
        const auto name = readName((*given)[i], at, errors);
        const auto id = name ? processes.find(*name) : std::nullopt;
        if (name && !id) errors.add(at, ErrorCode::UnknownName, {*name, "process"});
        if (id) out.schedule.order.push_back(*id);
        else out.ok = false;
      }
  } else {
    const auto kind = config.choice("schedule", {"rr", "fifo", "random"}, std::string("rr"));
    if (!kind) return {{}, false};
    kindName = *kind;
    out.schedule.kind = *kind == "fifo" ? ScheduleKind::Fifo : *kind == "random" ? ScheduleKind::Random : ScheduleKind::RoundRobin;
  }
  // quantum belongs to round robin (an explicit list goes on round robin when it is used up),
  // seed to random: given with another schedule, they are reported rather than ignored.
  const auto onlyWith = [&](std::string_view key, bool fits) {
    if (!config.has(key) || fits) return true;
    errors.add(config.pointerTo(key), ErrorCode::NotWith, {std::string(key), config.optional(key)->dump(), "schedule", kindName});
    return false;
  };
  const bool rr = out.schedule.kind == ScheduleKind::RoundRobin || out.schedule.kind == ScheduleKind::Explicit;
  const bool quantumFits = onlyWith("quantum", rr);
  const bool seedFits = onlyWith("seed", out.schedule.kind == ScheduleKind::Random);
  if (!quantumFits || !seedFits) out.ok = false;
  const auto quantum = rr ? config.integer("quantum", 1, limits::kMaxIpcRepeat, 1) : std::optional<std::int64_t>(1);
  const auto seed = out.schedule.kind == ScheduleKind::Random ? config.integer("seed", 0, std::numeric_limits<std::int64_t>::max(), 1)
                                                              : std::optional<std::int64_t>(1);
  if (!quantum || !seed) return {{}, false};
  out.schedule.quantum = static_cast<std::uint64_t>(*quantum);
  out.schedule.seed = static_cast<std::uint64_t>(*seed);
  return out;
}

struct ConfigRead {
  std::shared_ptr<IpcSetup> setup;
  Schedule schedule;
  std::uint64_t maxSteps = 0;
};

// The names of the processes first (objects name them as pipe ends, programs as nothing, the
// schedule as its entries), then the objects, then the programs, which name the objects.
std::optional<ConfigRead> readConfig(ObjectReader& config) {
  ValidationErrors& errors = config.errors();
  auto setup = std::make_shared<IpcSetup>();
  bool ok = true;
  const auto rule = config.choice("semaphores", {"posix", "textbook"}, std::string("posix"));
  if (rule) setup->semaphores = *rule == "textbook" ? SemaphoreRule::Textbook : SemaphoreRule::Posix;
  else ok = false;

  // Processes: their names.
  const Json* processesJson = config.required("processes");
  const std::string processesPointer = config.pointerTo("processes");
  NameTable processNames;
  std::vector<std::optional<ObjectReader>> processReaders;
  if (processesJson && processesJson->is_array()) processReaders.reserve(processesJson->size());
  if (processesJson && expectArray(*processesJson, processesPointer, limits::kMaxIpcProcesses, errors)) {
    if (processesJson->empty()) errors.add(processesPointer, ErrorCode::EmptyList), ok = false;
    for (std::size_t i = 0; i < processesJson->size(); ++i) {
      processReaders.emplace_back(std::in_place, (*processesJson)[i], childPointer(processesPointer, i), errors);
      ObjectReader& p = *processReaders.back();
      if (!p.isObject()) {
        ok = false;
        continue;
      }
      const Json* name = p.required("name");
      auto text = name ? readName(*name, p.pointerTo("name"), errors) : std::nullopt;
      if (!text) {
        ok = false;
        continue;
      }
      if (processNames.find(*text)) {
        errors.add(p.pointerTo("name"), ErrorCode::DuplicateName, {*text});
        ok = false;
        continue;
      }
      processNames.intern(*text);
      ProcessSpec spec;
      spec.name = *text;
      setup->processes.push_back(std::move(spec));
    }
  } else {
    ok = false;
  }

  // Objects.
  const Json* objectsJson = config.required("objects");
  const std::string objectsPointer = config.pointerTo("objects");
  std::vector<PendingEnds> pendingEnds;
  std::unordered_map<std::string, std::size_t> objectIndex;
  if (objectsJson && expectArray(*objectsJson, objectsPointer, limits::kMaxIpcObjects, errors)) {
    for (std::size_t i = 0; i < objectsJson->size(); ++i) {
      ObjectReader o((*objectsJson)[i], childPointer(objectsPointer, i), errors);
      if (!o.isObject()) {
        ok = false;
        continue;
      }
      PendingEnds ends;
      auto spec = readObject(o, ends);
      o.finish();
      if (!spec) {
        ok = false;
        continue;
      }
      if (!objectIndex.emplace(objectName(*spec), setup->objects.size()).second) {
        errors.add(childPointer(o.pointer(), objectKindKey(*spec)), ErrorCode::DuplicateName, {objectName(*spec)});
        ok = false;
        continue;
      }
      setup->objects.push_back(std::move(*spec));
      pendingEnds.push_back(std::move(ends));
    }
  } else {
    ok = false;
  }
  // The programs refer to the processes and objects: they are read when those were good, so
  // that a bad object does not also report every action that names it.
  const bool namesAndObjectsOk = ok;
  auto schedule = readSchedule(config, processNames);
  if (!schedule.ok) ok = false;

  // Programs (only with every process named and every object read: they refer to both).
  const ObjectNames objects(setup->objects);
  std::uint64_t steps = 0, bytes = 0;
  for (std::size_t i = 0; i < processReaders.size(); ++i) {
    ObjectReader& p = *processReaders[i];
    if (!p.isObject()) continue;
    const auto repeat = p.integer("repeat", 1, limits::kMaxIpcRepeat, 1);
    const auto sigpipe = p.choice("sigpipe", {"default", "ignore"}, std::string("default"));
    const Json* program = p.required("program");
    if (!repeat || !sigpipe || !program) ok = false;
    const std::string programPointer = p.pointerTo("program");
    if (namesAndObjectsOk && program && expectArray(*program, programPointer, limits::kMaxIpcProgramLength, errors)) {
      ProcessSpec& spec = setup->processes[i];
      NameTable registers;
      ActionReader actions(objects, spec.name, registers);
      ProgramCost cost;
      for (std::size_t a = 0; a < program->size(); ++a) {
        ObjectReader op((*program)[a], childPointer(programPointer, a), errors);
        if (!op.isObject()) {
          ok = false;
          continue;
        }
        auto action = actions.read(op, cost);
        op.finish();
        if (action) spec.program.push_back(std::move(*action));
        else ok = false;
      }
      if (program->empty()) errors.add(programPointer, ErrorCode::EmptyList), ok = false;
      if (repeat && sigpipe) {
        spec.repeat = static_cast<std::uint64_t>(*repeat);
        spec.sigpipe = *sigpipe == "ignore" ? SigpipeDisposition::Ignore : SigpipeDisposition::Default;
        // Saturating: the sums are compared against bounds far below 2^64 / 10^7.
        steps = std::min<std::uint64_t>(steps + cost.steps * spec.repeat, std::uint64_t{1} << 62);
        bytes = std::min<std::uint64_t>(bytes + cost.bytes * spec.repeat, std::uint64_t{1} << 62);
      }
      // names() returns a new shared_ptr: held here, since a range-for over *registers.names()
      // would read the vector after that temporary is gone (before C++23).
      const auto registerNames = registers.names();
      spec.registers = *registerNames;
    } else if (program) {
      ok = false;
    }
    p.finish();
  }
  if (!ok) return std::nullopt;

  // Pipe ends: as given (names of processes), or from the programs.
  for (ObjectId o = 0; o < setup->objects.size(); ++o) {
    auto* pipe = std::get_if<PipeSpec>(&setup->objects[o]);
    if (!pipe || pipe->fifo) continue;
    std::vector<ProcessId> readers, writers;
    defaultEnds(*setup, o, readers, writers);
    const auto resolve = [&](const auto& given, std::vector<ProcessId>& out) {
      if (!given) return;
      out.clear();
      for (const auto& [name, pointer] : *given) {
        if (const auto id = processNames.find(name)) out.push_back(*id);
        else errors.add(pointer, ErrorCode::UnknownName, {name, "process"}), ok = false;
      }
    };
    resolve(pendingEnds[o].readers, readers);
    resolve(pendingEnds[o].writers, writers);
    pipe->readers = std::move(readers);
    pipe->writers = std::move(writers);
  }
  if (!ok) return std::nullopt;

  // The bounds of the run, known from the programs before it starts.
  const std::uint64_t perStep = setup->processes.size() + setup->objects.size();
  const std::uint64_t maxSteps = std::min<std::uint64_t>(limits::kMaxIpcSteps, limits::kMaxIpcRecordEntries / perStep);
  if (steps > maxSteps) {
    errors.add(processesPointer, ErrorCode::RunTooLong, {std::to_string(maxSteps), "actions"});
    return std::nullopt;
  }
  if (bytes > limits::kMaxIpcMovedBytes) {
    errors.add(processesPointer, ErrorCode::RunTooLong, {std::to_string(limits::kMaxIpcMovedBytes), "bytes"});
    return std::nullopt;
  }
  return ConfigRead{std::move(setup), std::move(schedule.schedule), steps};
}

}  // namespace

std::unique_ptr<IpcSimulation> buildIpcSimulation(ScenarioInfo info, ObjectReader& top) {
  auto config = openConfig(top);
  if (!config) {
    top.optional("ops");
    return nullptr;
  }
  auto read = readConfig(*config);
  config->finish();
  if (!read || !top.errors().empty()) return nullptr;
  IpcState initial = initialIpcState(read->setup);
  // Every step runs an action, so the run ends within the programs' steps (or deadlocks sooner).
  Plan plan = planSteps(initial, read->schedule, read->maxSteps + 1);
  if (plan.tooLong) {
    top.errors().add(top.pointerTo("config"), ErrorCode::RunTooLong, {std::to_string(read->maxSteps), "actions"});
    return nullptr;
  }
  return std::make_unique<IpcSimulation>(std::move(info), std::move(initial), std::move(plan.steps));
}

}  // namespace oslens::engine::ipc
