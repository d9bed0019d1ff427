# libFuzzer targets (fuzz/): configure with the `fuzz` preset (clang, BIENNIEN_FUZZ=ON).
# Every library is built with coverage instrumentation and ASan+UBSan; the fuzz targets link
# libFuzzer's main. scripts/fuzz builds them and runs each over a seed corpus.
option(BIENNIEN_FUZZ "Build the libFuzzer targets in fuzz/ (clang only)" OFF)
if(BIENNIEN_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "BIENNIEN_FUZZ needs clang (libFuzzer): use `cmake --preset fuzz`")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
