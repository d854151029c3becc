#pragma once

#include "engine/ipc/ipc_scenario.h"
#include "views/core/module_view.h"

namespace oslens::views {

class IpcScene;
class IpcProcessesModel;
class IpcObjectsModel;
class TaskStateDiagram;

// Interprocess communication: the processes and the objects they talk through ("processes": the
// lanes, the pipes, queues, semaphores and shared memory, with what each step moves flying), the
// shared process-state diagram ("states") and the message sequence chart of the run ("sequence");
// beside them the processes and the objects as tables.
class IpcView : public ModuleView {
  Q_OBJECT

 public:
  IpcView(const engine::ipc::IpcSimulation& simulation, QObject* parent = nullptr);

  QWidget* createWidget(QWidget* parent) override;
  QWidget* createStateWidget(QWidget* parent) override;

  IpcScene* processes() const { return m_processes; }
  TaskStateDiagram* states() const { return m_states; }

 private:
  const engine::ipc::IpcSimulation& m_simulation;
  IpcScene* m_processes;
  TaskStateDiagram* m_states;
  IpcProcessesModel* m_processTable;
  IpcObjectsModel* m_objectTable;
  bool m_hasSequence = false;
};

}  // namespace oslens::views
