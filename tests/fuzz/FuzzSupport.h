// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace deai::fuzz {

// Stops the run like a crash, so libFuzzer keeps the input that broke the
// invariant next to the message.
[[noreturn]] void failInvariant(const char *condition, const char *file, int line);

// The fuzz input as bytes, without a copy.
inline QByteArrayView bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Creates the application object some Qt code looks for (image plugins,
// translations) and fixes the locale, so that no result depends on the
// machine's language. For LLVMFuzzerInitialize.
void prepareQt(int *argc, char ***argv);

// Overwrites a file in a directory private to this process and answers its
// path, for code under test that only reads paths. The directory is removed
// when the process ends normally.
QString writeScratchFile(const QString &fileName, QByteArrayView contents);

} // namespace deai::fuzz

#define DEAI_FUZZ_CHECK(condition) \
    ((condition) ? void() : ::deai::fuzz::failInvariant(#condition, __FILE__, __LINE__))

// Defines the LLVMFuzzerInitialize of a target that calls prepareQt().
#define DEAI_FUZZ_PREPARE_QT()                                        \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)      \
    {                                                                 \
        ::deai::fuzz::prepareQt(argc, argv);                          \
        return 0;                                                     \
    }
