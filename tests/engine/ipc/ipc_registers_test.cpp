// A process's registers as the scenario reader names them (load/add/store, OSTEP ch. 26): read
// from a file and run, the counter of a lost update. Found by the views (the reader once kept
// the register names through a dangling temporary, and a file with a register failed to load).
#include <gtest/gtest.h>

#include "engine/ipc/ipc_scenario.h"
#include "scenario_test_support.h"

namespace oslens::engine::ipc {
namespace {

TEST(IpcRegisters, AFileWithRegistersLoadsAndLosesAnUpdate) {
  auto sim = loadSimulation(R"({"oslens": 1, "module": "ipc", "title": {"en": "t", "zh_CN": "t"}, "config": {
    "objects": [{"shm": "counter", "bytes": 1}],
    "processes": [
      {"name": "T1", "program": [{"load": {"shm": "counter", "offset": 0, "into": "r"}}, {"add": {"reg": "r", "value": 1}},
                                 {"store": {"shm": "counter", "offset": 0, "from": "r"}}]},
      {"name": "T2", "program": [{"load": {"shm": "counter", "offset": 0, "into": "acc"}}, {"add": {"reg": "acc", "value": 1}},
                                 {"store": {"shm": "counter", "offset": 0, "from": "acc"}}]}],
    "schedule": ["T1", "T2", "T1", "T2", "T1", "T2"]}})");
  ASSERT_TRUE(sim);
  const auto& ipc = dynamic_cast<const IpcSimulation&>(*sim);
  EXPECT_EQ(ipc.timeline().initialState().setup->processes[0].registers, (std::vector<std::string>{"r"}));
  EXPECT_EQ(ipc.timeline().initialState().setup->processes[1].registers, (std::vector<std::string>{"acc"}));
  sim->seek(sim->stepCount());
  // Both loaded 0 before either stored: one of the two increments is lost.
  EXPECT_EQ(sim->summary()["objects"]["counter"]["cells"], (nlohmann::json{1}));
}

}  // namespace
}  // namespace oslens::engine::ipc
