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
