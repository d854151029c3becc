#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <concepts>
#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "engine/core/model_simulation.h"
#include "views/core/module_view.h"

namespace oslens::views {

// Everything views/ does for one module, reached through the module's name
// (views/modules.h), so the GUI, the CLI and the exporters never name a module's types.
class ModulePresenter {
  Q_DECLARE_TR_FUNCTIONS(ModulePresenter)

 public:
  // `module` as written in scenario files; `title` untranslated (marked with QT_TRANSLATE_NOOP in
  // the context "ModulePresenter"), translated by title().
  ModulePresenter(const char* module, const char* title) : m_module(module), m_title(title) {}
  virtual ~ModulePresenter() = default;
  ModulePresenter(const ModulePresenter&) = delete;
  ModulePresenter& operator=(const ModulePresenter&) = delete;

  std::string_view module() const { return m_module; }
  // The module's name for people, in the current language ("Page replacement", "页面置换").
  QString title() const { return tr(m_title); }

  // Null when `simulation` is not of this presenter's module.
  virtual std::unique_ptr<ModuleView> createView(const engine::Simulation& simulation, QObject* parent) const = 0;
  // The sentences of the step that produced the current state (none at step 0).
  virtual QStringList narrateCurrentStep(const engine::Simulation& simulation) const = 0;
  // The sentences of steps first..last (1-based, inclusive), without moving the simulation.
  virtual std::vector<QStringList> narrateSteps(const engine::Simulation& simulation, std::size_t first,
                                                std::size_t last) const = 0;
  virtual QString summarize(const engine::Simulation& simulation) const = 0;

 private:
  const char* m_module;
  const char* m_title;
};

namespace detail {
// The model behind a ModelSimulation<Model>; only ModelSimulations have presenters.
template <class SimulationType>
struct ModelOf;
template <class Model>
struct ModelOf<engine::ModelSimulation<Model>> {
  using type = Model;
};
}  // namespace detail

// What a module's narrator provides: the sentences of one step (`stepIndex` 0-based; `after` the
// state the step produced, for the names its ids stand for) and a line on the outcome so far. Static, so narration needs no object and the CLI can use it without a view.
template <class Narrator, class Model>
concept ModelNarrator = requires(std::size_t stepIndex, const typename Model::Op& op,
                                 const std::vector<typename Model::Event>& events, const typename Model::State& state) {
  { Narrator::narrate(stepIndex, state, op, events) } -> std::same_as<QStringList>;
  { Narrator::summary(state) } -> std::same_as<QString>;
};

// The presenter of any ModelSimulation<Model>: one line in views/modules.cpp per module.
template <class SimulationType, class ViewType, class NarratorType>
  requires std::derived_from<ViewType, ModuleView> && std::constructible_from<ViewType, const SimulationType&, QObject*> &&
           ModelNarrator<NarratorType, typename detail::ModelOf<SimulationType>::type>
class TypedModulePresenter final : public ModulePresenter {
 public:
  using ModulePresenter::ModulePresenter;

  std::unique_ptr<ModuleView> createView(const engine::Simulation& simulation, QObject* parent) const override {
    const auto* typed = cast(simulation);
    return typed ? std::make_unique<ViewType>(*typed, parent) : nullptr;
  }

  QStringList narrateCurrentStep(const engine::Simulation& simulation) const override {
    const auto* typed = cast(simulation);
    if (!typed || !typed->timeline().lastOp()) return {};
    const auto& timeline = typed->timeline();
    return NarratorType::narrate(timeline.position() - 1, timeline.state(), *timeline.lastOp(), timeline.lastEvents());
  }

  std::vector<QStringList> narrateSteps(const engine::Simulation& simulation, std::size_t first,
                                        std::size_t last) const override {
    std::vector<QStringList> out;
    const auto* typed = cast(simulation);
    if (!typed) return out;
    // visitSteps calls back once per step, in order, from step max(first, 1): counting here keeps
    // the index out of the model's State.
    std::size_t index = std::max<std::size_t>(first, 1) - 1;
    typed->timeline().visitSteps(first, last, [&](const auto& after, const auto& op, const auto& events) {
      out.push_back(NarratorType::narrate(index++, after, op, events));
    });
    return out;
  }

  QString summarize(const engine::Simulation& simulation) const override {
    const auto* typed = cast(simulation);
    return typed ? NarratorType::summary(typed->timeline().state()) : QString();
  }

 private:
  // views/modules.cpp picks a presenter by module name; the one checked cast guards a name that was
  // registered with the wrong simulation type.
  static const SimulationType* cast(const engine::Simulation& simulation) {
    return dynamic_cast<const SimulationType*>(&simulation);
  }
};

}  // namespace oslens::views
