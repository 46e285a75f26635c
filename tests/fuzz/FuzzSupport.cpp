// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace deai::fuzz {

void failInvariant(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "Invariant broken at %s:%d: %s\n", file, line, condition);
    std::abort();
}

void prepareQt(int *argc, char ***argv)
{
    QLocale::setDefault(QLocale::c());
    // Never destroyed: libFuzzer leaves through exit(), after Qt's own
    // globals are gone, and the destructor would touch them.
    static const QCoreApplication *const application = new QCoreApplication(*argc, *argv);
    Q_UNUSED(application);
}

namespace {

// Memory-backed when the system has it: a disk write per input made the
// file-reading targets ten times slower.
QString scratchTemplate()
{
    const QFileInfo shared(QStringLiteral("/dev/shm"));
    const QString parent = shared.isDir() && shared.isWritable() ? shared.filePath()
                                                                  : QDir::tempPath();
    return parent + QStringLiteral("/deai-fuzz-XXXXXX");
}

} // namespace

QString writeScratchFile(const QString &fileName, QByteArrayView contents)
{
    static QTemporaryDir directory(scratchTemplate());
    if (!directory.isValid())
        failInvariant("scratch directory could be created", __FILE__, __LINE__);

    const QString path = directory.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(contents.data(), contents.size()) != contents.size()) {
        failInvariant("scratch file could be written", __FILE__, __LINE__);
    }
    return path;
}

} // namespace deai::fuzz
