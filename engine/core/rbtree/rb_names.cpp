#include "engine/core/rbtree/rb_names.h"

namespace oslens::engine::rbtree {

const char* rbCaseName(RbCase which) {
  switch (which) {
    case RbCase::InsertRoot: return "insert_root";
    case RbCase::InsertParentBlack: return "insert_parent_black";
    case RbCase::InsertUncleRed: return "insert_uncle_red";
    case RbCase::InsertInnerChild: return "insert_inner_child";
    case RbCase::InsertOuterChild: return "insert_outer_child";
    case RbCase::EraseRedOrChildRed: return "erase_red_or_child_red";
    case RbCase::EraseSiblingRed: return "erase_sibling_red";
    case RbCase::EraseSiblingBlackNephewsBlack: return "erase_sibling_black_nephews_black";
    case RbCase::EraseFarNephewBlack: return "erase_far_nephew_black";
    case RbCase::EraseFarNephewRed: return "erase_far_nephew_red";
  }
  return "?";
}

const char* rbSideName(RbSide side) { return side == RbSide::Left ? "left" : "right"; }
const char* rbColorName(RbColor color) { return color == RbColor::Red ? "red" : "black"; }

}  // namespace oslens::engine::rbtree
