# Every dependency is a Debian package (scripts/install-deps lists them).
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(LibIcal REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
# simdjson reads the common case of JSON article input (a well-formed object) many times faster;
# nlohmann_json reads the rest and everything else.
find_package(simdjson REQUIRED)
find_package(date REQUIRED)  # Howard Hinnant date; date::date-tz uses the OS tz database
find_package(CLI11 REQUIRED)
find_package(PkgConfig REQUIRED)
# RE2 has no CMake package in Debian.
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
# Gumbo (HTML5 parser, libgumbo-dev) reads .html article pages; no CMake package in Debian either.
# (lexbor, the other candidate, is not packaged in Debian 12.)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
if(BUILD_TESTING OR NOT DEFINED BUILD_TESTING)
  find_package(doctest REQUIRED)
endif()
