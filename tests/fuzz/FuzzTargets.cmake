# The fuzz targets, shared by the libFuzzer project (tests/fuzz/CMakeLists.txt, clang) and the regression replay in
# the normal suite (FuzzReplay.cmake, any compiler). For each target: its harness, and the folders of real
# payloads it starts from (relative to the repository root). tests/fuzz/corpus/<target> (extra seeds) and
# tests/fuzz/regressions/<target> (every input that once crashed) are added to every target.
set(ORION_FUZZ_TARGETS kalshi_rest kalshi_ws polymarket_rest polymarket_ws settings_yaml money credential_file)

set(ORION_FUZZ_HARNESS_kalshi_rest FuzzKalshiRest.cpp)
set(ORION_FUZZ_HARNESS_kalshi_ws FuzzKalshiWs.cpp)
set(ORION_FUZZ_HARNESS_polymarket_rest FuzzPolymarketRest.cpp)
set(ORION_FUZZ_HARNESS_polymarket_ws FuzzPolymarketWs.cpp)
set(ORION_FUZZ_HARNESS_settings_yaml FuzzSettingsYaml.cpp)
set(ORION_FUZZ_HARNESS_money FuzzMoney.cpp)
set(ORION_FUZZ_HARNESS_credential_file FuzzCredentialFile.cpp)

set(ORION_FUZZ_SEEDS_kalshi_rest tests/data/kalshi)
set(ORION_FUZZ_SEEDS_kalshi_ws tests/data/kalshi)
set(ORION_FUZZ_SEEDS_polymarket_rest tests/data/polymarket)
set(ORION_FUZZ_SEEDS_polymarket_ws tests/data/polymarket)
set(ORION_FUZZ_SEEDS_settings_yaml config tests/data/config/valid tests/data/config/invalid)
set(ORION_FUZZ_SEEDS_money "")
set(ORION_FUZZ_SEEDS_credential_file "")

# Every seed folder of `target`, as absolute paths under `root`, the existing ones only.
function(orion_fuzz_seed_dirs target root out)
    set(dirs)
    foreach(dir IN LISTS ORION_FUZZ_SEEDS_${target} ITEMS tests/fuzz/corpus/${target} tests/fuzz/regressions/${target})
        if(IS_DIRECTORY ${root}/${dir})
            list(APPEND dirs ${root}/${dir})
        endif()
    endforeach()
    set(${out} ${dirs} PARENT_SCOPE)
endfunction()
