option(BIENNIEN_WERROR "Treat compiler warnings as errors" ON)

function(biennien_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
    -Wno-sign-conversion -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
    $<$<BOOL:${BIENNIEN_WERROR}>:-Werror>
    # GCC 12 reports false maybe-uninitialized at -O2 inside libstdc++'s <chrono> and std::optional
    # (seen through date::parse); it stays a warning, not an error.
    $<$<CXX_COMPILER_ID:GNU>:-Wno-error=maybe-uninitialized>)
endfunction()
