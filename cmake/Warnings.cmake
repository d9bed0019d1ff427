option(BIENNIEN_WERROR "Treat compiler warnings as errors" ON)

function(biennien_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
    -Wno-sign-conversion -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
    $<$<BOOL:${BIENNIEN_WERROR}>:-Werror>)
endfunction()
