# The page's vendored code, from web/package-lock.json (npm ci in web/, run by scripts/install-deps):
# the standalone UMD build of vis-timeline (it bundles moment, hammerjs, keycharm, uuid, vis-data,
# vis-util, xss ... and its own stylesheet, which it injects) is copied into web/vendor/ (not
# committed) with the licences of everything the bundle holds, and embedded with the page, so that
# `biennien build` writes a complete site. Copies are made only when a file changed.
set(biennien_web_modules "${CMAKE_CURRENT_LIST_DIR}/node_modules")
set(biennien_vis "${biennien_web_modules}/vis-timeline")
if(NOT EXISTS "${biennien_vis}/standalone/umd/vis-timeline-graph2d.min.js")
  message(FATAL_ERROR "web/node_modules/vis-timeline is missing: run scripts/install-deps "
                      "(it runs `npm ci` in web/).")
endif()
set(biennien_vendor "${CMAKE_CURRENT_LIST_DIR}/vendor/vis-timeline")
foreach(f standalone/umd/vis-timeline-graph2d.min.js)
  get_filename_component(name "${f}" NAME)
  configure_file("${biennien_vis}/${f}" "${biennien_vendor}/${name}" COPYONLY)
endforeach()

# LICENSES.txt: vis-timeline's licence files, then those of each package its standalone build bundles.
set(licences "")
foreach(package vis-timeline @egjs/hammerjs component-emitter cssfilter keycharm moment
                propagating-hammerjs uuid vis-data vis-util xss)
  file(GLOB files LIST_DIRECTORIES false "${biennien_web_modules}/${package}/LICENSE*")
  list(SORT files)
  file(READ "${biennien_web_modules}/${package}/package.json" manifest)
  string(JSON version GET "${manifest}" version)
  foreach(f IN LISTS files)
    get_filename_component(name "${f}" NAME)
    file(READ "${f}" text)
    string(APPEND licences "==== ${package} ${version}: ${name} ====\n\n${text}\n\n")
    set_property(DIRECTORY "${CMAKE_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${f}")
  endforeach()
endforeach()
file(WRITE "${CMAKE_BINARY_DIR}/vis-timeline-LICENSES.txt" "${licences}")
configure_file("${CMAKE_BINARY_DIR}/vis-timeline-LICENSES.txt" "${biennien_vendor}/LICENSES.txt" COPYONLY)
