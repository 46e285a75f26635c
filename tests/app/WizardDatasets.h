// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxFixture.h"

#include <QDir>
#include <QFile>

// The sandbox's small datasets written to files a user could pick. `variant`
// changes the content, so each test can have files no other test uploaded.
namespace deai::test {

inline QString writeDatasetFile(const QString &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

inline QString writeImagesZip(const QString &folder, int variant)
{
    return writeDatasetFile(folder, QStringLiteral("images%1.zip").arg(variant),
                            datasets::twoClassImageZip(3 + variant));
}

inline QString writeImageLabelsCsv(const QString &folder, int variant)
{
    return writeDatasetFile(folder, QStringLiteral("labels%1.csv").arg(variant),
                            datasets::twoClassLabelsCsv(3 + variant));
}

inline QString writeSeriesCsv(const QString &folder, int variant)
{
    return writeDatasetFile(folder, QStringLiteral("series%1.csv").arg(variant),
                            datasets::seriesCsv(200 + variant));
}

} // namespace deai::test
