# How the layers (engine/, views/) are put together from their folders: each folder has a small
# CMakeLists.txt that calls oslens_folder_sources(), and the layer lists only its folders with
# oslens_add_folders(), which then checks that no .cpp file below the layer was left out (a new
# folder not listed stops the configure with its name). See docs/architecture.md, "The module kit".

# Every .cpp file in the calling folder becomes part of TARGET. A file added to a module folder is
# built without touching any list (CONFIGURE_DEPENDS re-runs the glob at build time).
function(oslens_folder_sources target)
  file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp")
  target_sources(${target} PRIVATE ${sources})
  oslens_unity_group(${target} "${CMAKE_CURRENT_SOURCE_DIR}" ${sources})
endfunction()

# With OSLENS_UNITY_BUILD, the files of one folder are compiled as one unit (UNITY_BUILD_MODE
# GROUP): a folder is one module's or one shared piece's, so two of its files defining the same
# name in an anonymous namespace is a clash its author sees, and no file elsewhere can cause one.
function(oslens_unity_group target folder)
  file(RELATIVE_PATH group "${PROJECT_SOURCE_DIR}" "${folder}")
  set_source_files_properties(${ARGN} TARGET_DIRECTORY ${target} PROPERTIES UNITY_GROUP "${group}")
endfunction()

# TARGET is compiled folder by folder as unity builds when OSLENS_UNITY_BUILD is on.
function(oslens_unity_build target)
  set_target_properties(${target} PROPERTIES UNITY_BUILD ${OSLENS_UNITY_BUILD} UNITY_BUILD_MODE GROUP)
endfunction()

# Adds each FOLDER (relative to the calling folder, each with its CMakeLists.txt), then fails the
# configure if a .cpp file below the calling folder is not among TARGET's sources.
function(oslens_add_folders target)
  foreach(folder IN LISTS ARGN)
    add_subdirectory(${folder})
  endforeach()
  file(GLOB_RECURSE present CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp")
  get_target_property(built ${target} SOURCES)
  set(built_absolute "")
  foreach(source IN LISTS built)
    cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE)
    list(APPEND built_absolute "${source}")
  endforeach()
  foreach(source IN LISTS present)
    if(NOT source IN_LIST built_absolute)
      message(FATAL_ERROR "${source} is not built: add its folder to oslens_add_folders() in "
                          "${CMAKE_CURRENT_SOURCE_DIR}/CMakeLists.txt (docs/architecture.md, \"The module kit\")")
    endif()
  endforeach()
endfunction()
