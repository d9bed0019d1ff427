# embed_files(TARGET NAMESPACE ns ROOT dir GLOBS pattern...)
# Generates a static library exposing `ns::files()`: every matched file as {relative path, bytes},
# sorted by path, regenerated whenever one of the files changes.
function(embed_files target)
  cmake_parse_arguments(ARG "" "NAMESPACE;ROOT" "GLOBS" ${ARGN})
  set(globs)
  foreach(g IN LISTS ARG_GLOBS)
    list(APPEND globs "${ARG_ROOT}/${g}")
  endforeach()
  file(GLOB files CONFIGURE_DEPENDS LIST_DIRECTORIES false ${globs})
  list(SORT files)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${target}.cpp")
  add_custom_command(OUTPUT "${out}"
    COMMAND "${CMAKE_COMMAND}" -DOUT=${out} -DROOT=${ARG_ROOT} -DNAMESPACE=${ARG_NAMESPACE}
            "-DFILES=${files}" -P "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/embed_files_generate.cmake"
    DEPENDS ${files} "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/embed_files_generate.cmake"
    COMMENT "Embedding ${target}" VERBATIM)
  add_library(${target} STATIC "${out}")
  target_include_directories(${target} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/include")
endfunction()
