#pragma once

namespace oslens::engine {

// std::visit over an event variant with one lambda per event type.
template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};

}  // namespace oslens::engine
