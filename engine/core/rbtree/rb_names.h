#pragma once

#include "engine/core/rbtree/rb_observer.h"

namespace oslens::engine::rbtree {

// The names the JSON records use: "insert_uncle_red", ..., "left", "right", "red", "black".
const char* rbCaseName(RbCase which);
const char* rbSideName(RbSide side);
const char* rbColorName(RbColor color);

}  // namespace oslens::engine::rbtree
