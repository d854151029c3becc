// IPC throughput (issue 17, docs/performance.md): 10^6 actions of 100 processes over 50 objects
// (20 pipes, 10 POSIX queues, 10 semaphores, 10 shared segments), stepped with events off as a
// seek's replay steps them (target under 1 s); 65,536 one-byte writes, the whole default pipe,
// loaded from the file and written out as `oslens-cli run` writes its JSON (target under 1 s);
// a seek to a random step of the first run (target under 16 ms).
#include <benchmark/benchmark.h>

#include <string>

#include "random_seeks.h"
#include "engine/core/json_writer.h"
#include "engine/ipc/ipc_scenario.h"
#include "engine/modules.h"

namespace {

using namespace oslens::engine;
using namespace oslens::engine::ipc;

std::string scenario(const std::string& config) {
  return R"({"oslens": 1, "module": "ipc", "title": {"en": "bench", "zh_CN": "bench"}, "config": )" + config + "}";
}

// 100 processes, each 10^4 actions: a writer and a reader per pipe (16 bytes each time), a
// sender and a receiver per queue, a poster and a waiter per semaphore, two processes adding to
// each shared counter without a lock. Round robin, one action a turn.
std::string manyProcessesConfig() {
  std::string objects, processes;
  auto add = [](std::string& list, const std::string& item) { list += (list.empty() ? "" : ",") + item; };
  constexpr int kRounds = 10'000;
  for (int i = 0; i < 20; ++i) {
    const std::string p = "\"p" + std::to_string(i) + "\"";
    add(objects, "{\"pipe\": " + p + ", \"capacity\": 4096}");
    add(processes, "{\"name\": \"w" + std::to_string(i) + "\", \"repeat\": " + std::to_string(kRounds) +
                       ", \"program\": [{\"write\": {\"pipe\": " + p + ", \"bytes\": 16}}]}");
    add(processes, "{\"name\": \"r" + std::to_string(i) + "\", \"repeat\": " + std::to_string(kRounds) +
                       ", \"program\": [{\"read\": {\"pipe\": " + p + ", \"bytes\": 16}}]}");
  }
  for (int i = 0; i < 10; ++i) {
    const std::string q = "\"q" + std::to_string(i) + "\"";
    add(objects, "{\"mq\": " + q + ", \"max_messages\": 10, \"message_size\": 64}");
    add(processes, "{\"name\": \"s" + std::to_string(i) + "\", \"repeat\": " + std::to_string(kRounds) +
                       ", \"program\": [{\"mq_send\": {\"queue\": " + q + ", \"data\": \"message\", \"priority\": " + std::to_string(i % 4) + "}}]}");
    add(processes, "{\"name\": \"c" + std::to_string(i) + "\", \"repeat\": " + std::to_string(kRounds) +
                       ", \"program\": [{\"mq_receive\": {\"queue\": " + q + "}}]}");
  }
  for (int i = 0; i < 10; ++i) {
    const std::string s = "\"sem" + std::to_string(i) + "\"";
    add(objects, "{\"semaphore\": " + s + "}");
    add(processes, "{\"name\": \"post" + std::to_string(i) + "\", \"repeat\": " + std::to_string(kRounds) +
                       ", \"program\": [{\"sem_post\": " + s + "}]}");
    add(processes, "{\"name\": \"wait" + std::to_string(i) + "\", \"repeat\": " + std::to_string(kRounds) +
                       ", \"program\": [{\"sem_wait\": " + s + "}]}");
  }
  for (int i = 0; i < 10; ++i) {
    const std::string m = "\"m" + std::to_string(i) + "\"";
    add(objects, "{\"shm\": " + m + "}");
    for (int k = 0; k < 2; ++k)
      add(processes, "{\"name\": \"add" + std::to_string(i) + "_" + std::to_string(k) + "\", \"repeat\": " + std::to_string(kRounds / 3 + 1) +
                         ", \"program\": [{\"load\": {\"shm\": " + m + ", \"into\": \"r\"}}, {\"add\": {\"reg\": \"r\", \"value\": 1}}, {\"store\": {\"shm\": " +
                         m + ", \"from\": \"r\"}}]}");
  }
  return "{\"objects\": [" + objects + "], \"processes\": [" + processes + "]}";
}

const IpcSimulation& manyProcesses() {
  static const auto sim = [] {
    auto loaded = loadSimulation(scenario(manyProcessesConfig()));
    return std::unique_ptr<IpcSimulation>(static_cast<IpcSimulation*>(loaded.release()));
  }();
  return *sim;
}

void BM_Ipc_MillionActions_100Processes_50Objects(benchmark::State& state) {
  const IpcSimulation& sim = manyProcesses();
  const auto& ops = sim.timeline().ops();
  for (auto _ : state) {
    IpcState s = sim.timeline().initialState();
    EventLog<IpcEvent> silent(false);
    for (const IpcStep& op : ops) IpcModel::step(s, op, silent);
    benchmark::DoNotOptimize(s.step);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * ops.size()));
  state.counters["actions"] = static_cast<double>(ops.size());
}

// The whole default pipe, a byte at a time (pipe(7): 65536 bytes), then one read of all of it;
// the file loaded (the run is planned then) and every record written as JSON text.
void BM_Ipc_OneByteWrites_WithJson(benchmark::State& state) {
  const std::string text = scenario(R"({"objects": [{"pipe": "p"}], "schedule": "fifo", "processes": [
      {"name": "writer", "repeat": 65536, "program": [{"write": {"pipe": "p", "data": "x"}}]},
      {"name": "reader", "program": [{"read": {"pipe": "p", "bytes": 65536}}]}]})");
  std::size_t written = 0;
  for (auto _ : state) {
    auto sim = loadSimulation(text);
    std::string out;
    JsonWriter writer(out);
    for (std::size_t i = 1; i <= sim->stepCount(); ++i) {
      sim->seek(i);
      sim->writeStepRecord(writer);
      written += out.size();
      out.clear();
    }
    benchmark::DoNotOptimize(written);
  }
  state.counters["MiB_written_per_run"] = static_cast<double>(written) / static_cast<double>(state.iterations()) / (1024.0 * 1024.0);
}

void BM_Ipc_Seek(benchmark::State& state) {
  static Timeline<IpcReportingModel> timeline(manyProcesses().timeline().initialState(), manyProcesses().timeline().ops());
  oslens::bench::runRandomSeeks(state, timeline);
}

BENCHMARK(BM_Ipc_MillionActions_100Processes_50Objects)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Ipc_OneByteWrites_WithJson)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Ipc_Seek)->Unit(benchmark::kMillisecond);

}  // namespace
