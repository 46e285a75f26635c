# SPDX-License-Identifier: GPL-3.0-or-later
# One interface target carries the project's warning, define and sanitizer
# settings, so every library, tool and test is built the same way.

add_library(deai_compile_options INTERFACE)

target_compile_options(deai_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough)

if(DEAI_WARNINGS_AS_ERRORS)
    target_compile_options(deai_compile_options INTERFACE -Werror)
endif()

# Catch accidental conversions between byte arrays and text.
target_compile_definitions(deai_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    DEAI_VERSION_STRING="${PROJECT_VERSION}")

if(DEAI_SANITIZE)
    target_compile_options(deai_compile_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(deai_compile_options INTERFACE -fsanitize=address,undefined)
endif()

if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" OR CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    find_program(CCACHE_PROGRAM ccache)
    if(CCACHE_PROGRAM)
        set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_PROGRAM} CACHE STRING "")
    endif()
endif()
