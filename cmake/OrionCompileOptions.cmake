# One INTERFACE target carries the language level, warnings and Qt strictness defines; every target links it.
add_library(orion_compile_options INTERFACE)
target_compile_features(orion_compile_options INTERFACE cxx_std_20)
target_compile_options(orion_compile_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
                                   -Woverloaded-virtual>)
target_compile_definitions(orion_compile_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    ORION_VERSION="${PROJECT_VERSION}")
if(ORION_SANITIZE)
    target_compile_options(orion_compile_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(orion_compile_options INTERFACE -fsanitize=address,undefined)
endif()

# Money code gets the conversion warnings too: a silent narrowing there is a wrong price.
add_library(orion_money_warnings INTERFACE)
target_compile_options(orion_money_warnings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wconversion -Wsign-conversion>)
