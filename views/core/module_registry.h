#pragma once

#include <string_view>

#include "views/core/module_presenter.h"

namespace oslens::views {

// The presenter for a module name as written in scenario files (engine::Simulation::module(),
// e.g. "paging"), or null for a module without views yet.
const ModulePresenter* presenterFor(std::string_view module);

}  // namespace oslens::views
