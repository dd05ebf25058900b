# Included from tests/CMakeLists.txt: every fuzz harness built with the normal compiler against orion_core, with a
# main() that replays the seed corpus and every saved crash (FuzzTargets.cmake). CTest fuzz.replay.<target>.
# Needs no clang: libFuzzer only finds new inputs (scripts/fuzz.sh); this keeps the found ones fixed.
include(${CMAKE_CURRENT_LIST_DIR}/FuzzTargets.cmake)

foreach(fuzz_target IN LISTS ORION_FUZZ_TARGETS)
    set(fuzz_exe fuzz_replay_${fuzz_target})
    add_executable(${fuzz_exe} ${CMAKE_CURRENT_LIST_DIR}/${ORION_FUZZ_HARNESS_${fuzz_target}}
        ${CMAKE_CURRENT_LIST_DIR}/ReplayMain.cpp)
    target_include_directories(${fuzz_exe} PRIVATE ${CMAKE_CURRENT_LIST_DIR})
    target_link_libraries(${fuzz_exe} PRIVATE orion_core)
    # All folders, existing or not yet (a first crash creates regressions/<target>): read at test time.
    set(fuzz_seed_dirs)
    foreach(dir IN LISTS ORION_FUZZ_SEEDS_${fuzz_target} ITEMS tests/fuzz/corpus/${fuzz_target}
                                                            tests/fuzz/regressions/${fuzz_target})
        list(APPEND fuzz_seed_dirs ${PROJECT_SOURCE_DIR}/${dir})
    endforeach()
    add_test(NAME fuzz.replay.${fuzz_target} COMMAND ${fuzz_exe} ${fuzz_seed_dirs})
    set_tests_properties(fuzz.replay.${fuzz_target} PROPERTIES LABELS fuzz TIMEOUT 120)
endforeach()
