# Shared target settings: warnings on for the project's own code only.
function(crossseg_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
endfunction()

# Collect the sources of one room (a folder) without hand-listing them.
function(crossseg_room_sources out_var room)
  file(GLOB _srcs CONFIGURE_DEPENDS
       ${CMAKE_CURRENT_SOURCE_DIR}/${room}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/${room}/*.h)
  set(${out_var} ${_srcs} PARENT_SCOPE)
endfunction()

# crossseg_layer_include_root(<target> <prefix> <rooms...>)
# Gives <target> an include root that holds only its own rooms, as <prefix>/<room> (e.g. core/learn), built as a
# tree of symbolic links in the build folder. A library sees its own rooms and, through what it links, the rooms of
# the layers below it, and nothing else: an include across a forbidden edge (core/learn including core/io, core
# including ui) does not compile. Sources include project headers by their layer-prefixed path only.
function(crossseg_layer_include_root target prefix)
  set(root ${PROJECT_BINARY_DIR}/layer-include/${target})
  foreach(room ${ARGN})
    if(prefix STREQUAL ".")
      set(link ${root}/${room})
      set(source ${PROJECT_SOURCE_DIR}/${room})
    else()
      set(link ${root}/${prefix}/${room})
      set(source ${PROJECT_SOURCE_DIR}/${prefix}/${room})
    endif()
    get_filename_component(link_dir ${link} DIRECTORY)
    file(MAKE_DIRECTORY ${link_dir})
    if(NOT EXISTS ${link})
      file(CREATE_LINK ${source} ${link} SYMBOLIC)
    endif()
  endforeach()
  target_include_directories(${target} PUBLIC ${root})
endfunction()

# Layering tests (tests/layering, tests/ui_layering): a probe file compiled with a library's real flags when the test
# runs (an object library outside the default build).
#   crossseg_layering_probe(<prefix> <name> <library> <source>)            must compile
#   crossseg_forbidden_include(<prefix> <name> <library> <source> <header>) must fail because <header> is not found
#                                                                         (not for any other reason)
function(crossseg_layering_probe prefix name library source)
  add_library(${prefix}_probe_${name} OBJECT EXCLUDE_FROM_ALL ${CMAKE_CURRENT_SOURCE_DIR}/${source})
  target_link_libraries(${prefix}_probe_${name} PRIVATE ${library})
  add_test(NAME ${prefix}_${name} COMMAND ${CMAKE_COMMAND} --build ${PROJECT_BINARY_DIR} --target ${prefix}_probe_${name})
endfunction()

function(crossseg_forbidden_include prefix name library source header)
  crossseg_layering_probe(${prefix} ${name} ${library} ${source})
  string(REPLACE "." "\\." header_regex "${header}")
  set_tests_properties(${prefix}_${name} PROPERTIES PASS_REGULAR_EXPRESSION "${header_regex}: No such file")
endfunction()
