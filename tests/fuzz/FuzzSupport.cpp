// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace deai::fuzz {

void failInvariant(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "Invariant broken at %s:%d: %s\n", file, line, condition);
    std::abort();
}

void createApplication(int *argc, char ***argv)
{
    static std::unique_ptr<QCoreApplication> application;
    if (!application)
        application = std::make_unique<QCoreApplication>(*argc, *argv);
}

QString writeScratchFile(const QString &fileName, QByteArrayView contents)
{
    static QTemporaryDir directory;
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
