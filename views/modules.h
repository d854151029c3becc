#pragma once

#include <span>
#include <string_view>

#include "views/core/module_presenter.h"

// The views' composition root: the one table of module presenters. It sits at the top of views/
// (not in core/) because it names every module folder; views/core reaches modules only through
// the functions below. Adding a module is one line in modules.cpp (docs/architecture.md).
namespace oslens::views {

// The presenter for a module name as written in scenario files (engine::Simulation::module(),
// e.g. "paging"), or null for a module without views yet.
const ModulePresenter* presenterFor(std::string_view module);

// Every module with views, in the engine's order (engine::modules()).
std::span<const ModulePresenter* const> presenters();

}  // namespace oslens::views
